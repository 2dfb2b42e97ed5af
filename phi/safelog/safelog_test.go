package safelog_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"testing"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
	"go.uber.org/zap/zaptest/observer"

	"github.com/frontdeskhq/frontdesk/phi"
	"github.com/frontdeskhq/frontdesk/phi/safelog"
)

// Canary PHI: none of it may reach a log line.
var canaries = []string{"Zelda Quimby", "Quimby", "078-05-1120", "617-555-0143", "zelda.q@example.net", "MRN 99887766", "99887766"}

const (
	canaryText = "This is Zelda Quimby, SSN 078-05-1120, call 617-555-0143 or zelda.q@example.net, MRN 99887766"
)

type patient struct{ Name, Phone string }

func (p patient) String() string { return "patient " + p.Name + " " + p.Phone }

type objPatient struct{ Name string }

func (p objPatient) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	enc.AddString("note", "my name is "+p.Name)
	return nil
}

func newRedactor(t testing.TB) *phi.Redactor {
	t.Helper()
	r, err := phi.NewRedactor(phi.RedactorConfig{})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func assertClean(t *testing.T, out string) {
	t.Helper()
	for _, c := range canaries {
		if strings.Contains(out, c) {
			t.Errorf("canary %q leaked into logs:\n%s", c, out)
		}
	}
}

func TestZapCoreRedacts(t *testing.T) {
	obs, logs := observer.New(zapcore.DebugLevel)
	log := zap.New(safelog.NewCore(obs, newRedactor(t))).With(zap.String("with", canaryText))
	log.Info(canaryText,
		zap.String("text", canaryText),
		zap.ByteString("bytes", []byte(canaryText)),
		zap.Error(errors.New("send failed for "+canaryText)),
		zap.Stringer("who", patient{"Zelda Quimby", "617-555-0143"}),
		zap.Any("any", map[string]string{"note": canaryText}),
		zap.Object("obj", objPatient{"Zelda Quimby"}),
		zap.Strings("list", []string{canaryText}),
		zap.String("message_id", "msg_123"),
		zap.Int("attempt", 2),
	)
	log.Debug("plain", zap.String("practice_id", "practice-1"))
	var b strings.Builder
	for _, e := range logs.All() {
		fmt.Fprintf(&b, "%s %v\n", e.Message, e.ContextMap())
	}
	assertClean(t, b.String())
	if logs.Len() != 2 {
		t.Fatalf("got %d entries", logs.Len())
	}
	ctx := logs.All()[0].ContextMap()
	if ctx["message_id"] != "msg_123" || ctx["attempt"] != int64(2) {
		t.Errorf("ids and numbers must pass unchanged: %v", ctx)
	}
	if !strings.Contains(logs.All()[0].Message, "[SSN]") {
		t.Errorf("message not tagged: %q", logs.All()[0].Message)
	}
}

func TestSlogHandlerRedacts(t *testing.T) {
	var buf bytes.Buffer
	base := slog.NewJSONHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug})
	log := slog.New(safelog.NewHandler(base, newRedactor(t))).With("with", canaryText)
	log.Info(canaryText,
		"text", canaryText,
		"err", errors.New("failed: "+canaryText),
		"who", patient{"Zelda Quimby", "617-555-0143"},
		slog.Group("g", slog.String("inner", canaryText)),
		"any", []string{canaryText},
		"message_id", "msg_123",
	)
	log.WithGroup("grp").Warn("x", "y", canaryText)
	assertClean(t, buf.String())
	if !strings.Contains(buf.String(), `"message_id":"msg_123"`) {
		t.Errorf("ids must pass unchanged:\n%s", buf.String())
	}
}

func ExampleNewCore() {
	red, err := phi.NewRedactor(phi.RedactorConfig{})
	if err != nil {
		panic(err)
	}
	obs, logs := observer.New(zapcore.InfoLevel)
	log := zap.New(safelog.NewCore(obs, red))
	log.Info("reply failed", zap.String("to", "617-555-0143"), zap.String("message_id", "msg_1"))
	fmt.Println(logs.All()[0].ContextMap()["to"], logs.All()[0].ContextMap()["message_id"])
	// Output: [PHONE] msg_1
}

func BenchmarkZapCore(b *testing.B) {
	red := newRedactor(b)
	sink := zapcore.NewCore(zapcore.NewJSONEncoder(zap.NewProductionEncoderConfig()), zapcore.AddSync(io.Discard), zapcore.DebugLevel)
	log := zap.New(safelog.NewCore(sink, red))
	b.ReportAllocs()
	for b.Loop() {
		log.Info("reply failed", zap.String("message_id", "msg_1"), zap.String("note", canaryText))
	}
}
