package whatsapp_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
	"go.uber.org/zap/zaptest/observer"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/channels/whatsapp"
	"github.com/frontdeskhq/frontdesk/channels/whatsapp/whatsapptest"
	"github.com/frontdeskhq/frontdesk/clock/clocktest"

	"github.com/frontdeskhq/frontdesk/internal/shareddata"
)

const (
	testSecret   = "test-app-secret"
	testVerify   = "test-verify-token"
	testToken    = "test-access-token"
	testNumberID = "1122334455667"
	testPractice = "practice-1"
)

var t0 = time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC)

// dataDir returns ../shared/data/sub, or skips.
func dataDir(t testing.TB, sub string) string {
	return shareddata.Dir(t, sub)
}

// fixtures loads a pywa fixture file: case name to webhook body.
func fixtures(t testing.TB, file string) map[string]json.RawMessage {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(dataDir(t, "whatsapp/pywa"), file))
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

type env struct {
	ch    *whatsapp.Channel
	clock *clocktest.Fake
	logs  *observer.ObservedLogs
}

// newChannel builds a Channel against baseURL (may be empty) on a fake
// clock, logging into an observer.
func newChannel(t testing.TB, baseURL string, mod func(*whatsapp.Config)) env {
	t.Helper()
	core, logs := observer.New(zapcore.DebugLevel)
	clk := clocktest.NewFake(t0)
	cfg := whatsapp.Config{
		AppSecret: testSecret, VerifyToken: testVerify, AccessToken: testToken,
		Numbers: []whatsapp.Number{{PhoneNumberID: testNumberID, PracticeID: testPractice}},
		BaseURL: baseURL, Clock: clk, Logger: zap.New(core),
	}
	if mod != nil {
		mod(&cfg)
	}
	ch, err := whatsapp.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return env{ch: ch, clock: clk, logs: logs}
}

// newServer starts a fake Graph API closed when t ends.
func newServer(t testing.TB, token string) *whatsapptest.Server {
	s := whatsapptest.NewServer(token)
	t.Cleanup(s.Close)
	return s
}

// discard is a handler that accepts everything and keeps nothing.
type discard struct{}

func (discard) HandleInbound(context.Context, channels.Inbound) error { return nil }
func (discard) HandleStatus(context.Context, channels.Status) error   { return nil }
