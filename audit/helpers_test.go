package audit_test

import (
	"crypto/ed25519"
	"crypto/sha256"
	"fmt"
	"os"
	"testing"
	"time"

	"go.uber.org/zap"

	"github.com/frontdeskhq/frontdesk/audit"
	"github.com/frontdeskhq/frontdesk/clock/clocktest"
)

var t0 = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)

// testKey returns a fixed Ed25519 key pair, so test runs are repeatable.
func testKey(tb testing.TB, name string) (ed25519.PublicKey, ed25519.PrivateKey) {
	tb.Helper()
	seed := sha256.Sum256([]byte("frontdesk audit test key " + name))
	priv := ed25519.NewKeyFromSeed(seed[:])
	return priv.Public().(ed25519.PublicKey), priv
}

// event returns a valid, unstamped event number i of a practice.
func event(practice string, i int) audit.Event {
	return audit.Event{
		PracticeID: practice, Time: t0.Add(time.Duration(i) * time.Second),
		Actor:  audit.Actor{ID: fmt.Sprintf("staff-%d", i%3), Kind: "staff", Role: "nurse"},
		Action: audit.ActionMessageRead, Outcome: audit.OutcomeSuccess,
		PatientID: fmt.Sprintf("pat-%d", i%5), ConversationID: fmt.Sprintf("conv-%d", i),
		Detail: map[string]string{"count": fmt.Sprint(i), "queue": "front desk"},
	}
}

// newMemLog returns a Log over a MemorySink with a fake clock and a key.
func newMemLog(tb testing.TB, every int) (*audit.Log, *audit.MemorySink, *clocktest.Fake) {
	tb.Helper()
	_, priv := testKey(tb, "main")
	clk := clocktest.NewFake(t0)
	sink := audit.NewMemorySink()
	l, err := audit.NewLog(sink, audit.Config{Clock: clk, SigningKey: priv, CheckpointEvery: every})
	if err != nil {
		tb.Fatal(err)
	}
	return l, sink, clk
}

func readFile(tb testing.TB, path string) []byte {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

func nopLogger() *zap.Logger { return zap.NewNop() }
