package audit_test

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/frontdeskhq/frontdesk/audit"
	"github.com/frontdeskhq/frontdesk/clock/clocktest"
)

// exampleKey is a fixed key so that the examples' output is stable; real
// deployments generate theirs with ed25519.GenerateKey and keep it secret.
func exampleKey() (ed25519.PublicKey, ed25519.PrivateKey) {
	seed := sha256.Sum256([]byte("example"))
	priv := ed25519.NewKeyFromSeed(seed[:])
	return priv.Public().(ed25519.PublicKey), priv
}

func Example() {
	ctx := context.Background()
	pub, priv := exampleKey()
	clk := clocktest.NewFake(time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC))

	mem := audit.NewMemorySink()
	log, err := audit.NewLog(mem, audit.Config{Clock: clk, SigningKey: priv})
	if err != nil {
		panic(err)
	}
	staff := audit.Actor{ID: "staff-7", Kind: "staff", Role: "nurse"}
	_ = log.Append(ctx, audit.Event{
		PracticeID: "practice-1", Actor: staff, Action: audit.ActionMessageRead,
		Outcome: audit.OutcomeSuccess, PatientID: "pat-1", ConversationID: "conv-1",
		Detail: map[string]string{"count": "3"},
	})
	clk.Advance(time.Hour)
	_ = log.Append(ctx, audit.Event{
		PracticeID: "practice-1", Actor: staff, Action: audit.ActionPHIExported,
		Outcome: audit.OutcomeSuccess, PatientID: "pat-1", RequestID: "req-9",
	})
	cp, _ := log.Checkpoint(ctx) // keep it outside the log's reach
	_ = log.Close()

	res, err := audit.Verify(mem.Events(), audit.VerifyOptions{PublicKey: pub, Trusted: &cp})
	fmt.Println("verified:", res.Count, "events,", res.Checkpoints, "checkpoint", err)

	// The accounting of disclosures for pat-1 in March 2026.
	events, _ := mem.Query(ctx, audit.Query{
		PracticeID: "practice-1", PatientID: "pat-1",
		From: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC),
	})
	for _, e := range events {
		fmt.Println(e.Seq, e.Time.Format(time.Kitchen), e.Actor.ID, e.Action)
	}
	// Output:
	// verified: 3 events, 1 checkpoint <nil>
	// 1 9:00AM staff-7 message.read
	// 2 10:00AM staff-7 phi.exported
}

func ExampleVerifyReader() {
	ctx := context.Background()
	mem := audit.NewMemorySink()
	log, _ := audit.NewLog(mem, audit.Config{Clock: clocktest.NewFake(time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC))})
	for _, patient := range []string{"pat-1", "pat-2", "pat-3"} {
		_ = log.Append(ctx, audit.Event{
			PracticeID: "practice-1", Actor: audit.Actor{ID: "staff-7"},
			Action: audit.ActionPHIViewed, Outcome: audit.OutcomeSuccess, PatientID: patient,
		})
	}
	var file []byte
	for _, e := range mem.Events() {
		file = audit.AppendLine(file, &e)
	}

	// Someone hides that pat-2's record was viewed.
	lines := bytes.SplitAfter(file, []byte("\n"))
	tampered := bytes.Join([][]byte{lines[0], lines[2]}, nil)

	_, err := audit.VerifyReader(bytes.NewReader(tampered), audit.VerifyOptions{})
	var ve *audit.VerifyError
	if errors.As(err, &ve) {
		fmt.Println("line", ve.Position, "missing:", errors.Is(err, audit.ErrMissing))
	}
	fmt.Println(err)
	// Output:
	// line 2 missing: true
	// audit: event missing at position 2 (seq 2): seq 3 found, want 2
}

func ExampleOpenFile() {
	dir, _ := os.MkdirTemp("", "audit-example")
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "audit.jsonl")
	pub, priv := exampleKey()
	ctx := context.Background()

	for run := range 2 { // the clinic starts, stops, and starts again
		sink, err := audit.OpenFile(path, audit.FileConfig{PublicKey: pub})
		if err != nil {
			panic(err) // errors.Is(err, audit.ErrCorrupt): the file was altered
		}
		log, _ := audit.NewLog(sink, audit.Config{SigningKey: priv, Resume: sink.Head()})
		_ = log.Append(ctx, audit.Event{
			PracticeID: "practice-1", Actor: audit.Actor{ID: "staff-7", Kind: "staff"},
			Action: audit.ActionLogin, Outcome: audit.OutcomeSuccess, RequestID: fmt.Sprint("req-", run),
		})
		_ = log.Close() // seals the file with a checkpoint
	}

	res, err := audit.VerifyFile(path, audit.VerifyOptions{PublicKey: pub, RequireSealed: true})
	fmt.Println(res.Count, "lines,", res.Checkpoints, "checkpoints, head seq", res.Head.Seq, err)
	// Output:
	// 4 lines, 2 checkpoints, head seq 4 <nil>
}
