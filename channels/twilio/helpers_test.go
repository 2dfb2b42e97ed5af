package twilio_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
	"go.uber.org/zap/zaptest/observer"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/channels/twilio"
	"github.com/frontdeskhq/frontdesk/channels/twilio/twiliotest"
	"github.com/frontdeskhq/frontdesk/clock/clocktest"

	"github.com/frontdeskhq/frontdesk/internal/shareddata"
)

const (
	testSID      = "AC00000000000000000000000000000001"
	testToken    = "test-auth-token"
	testPublic   = "https://clinic.example.com"
	practiceNum  = "+15557654321"
	patientNum   = "+15552345678"
	testPractice = "practice-1"
)

var t0 = time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC)

// dataDir returns ../shared/data/sub, or skips.
func dataDir(t testing.TB, sub string) string {
	return shareddata.Dir(t, sub)
}

type discard struct{}

func (discard) HandleInbound(context.Context, channels.Inbound) error { return nil }
func (discard) HandleStatus(context.Context, channels.Status) error   { return nil }

type env struct {
	ch    *twilio.Channel
	clock *clocktest.Fake
	logs  *observer.ObservedLogs
}

func newChannel(t testing.TB, baseURL string, mod func(*twilio.Config)) env {
	t.Helper()
	core, logs := observer.New(zapcore.DebugLevel)
	clk := clocktest.NewFake(t0)
	cfg := twilio.Config{
		AccountSID: testSID, AuthToken: testToken, PublicURL: testPublic,
		Numbers: []twilio.Number{{Phone: practiceNum, PracticeID: testPractice}},
		BaseURL: baseURL, Clock: clk, Logger: zap.New(core),
	}
	if mod != nil {
		mod(&cfg)
	}
	ch, err := twilio.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return env{ch: ch, clock: clk, logs: logs}
}

func newServer(t testing.TB) *twiliotest.Server {
	s := twiliotest.NewServer(testSID, testToken)
	t.Cleanup(s.Close)
	return s
}

func stringsReader(s string) *strings.Reader { return strings.NewReader(s) }
