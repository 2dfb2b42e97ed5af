package audit_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/frontdeskhq/frontdesk/audit"
	"github.com/frontdeskhq/frontdesk/clock/clocktest"
)

var update = flag.Bool("update", false, "rewrite testdata/chain.jsonl")

// The hashes below were computed outside Go (Python's hashlib over the
// literal encodings), so they pin the documented format, not this code.
func TestCanonicalEncodingVectors(t *testing.T) {
	cases := []struct {
		name      string
		e         audit.Event
		canonical string
		hash      string
	}{
		{
			name: "package doc example",
			e: audit.Event{
				PracticeID: "practice-1", Time: t0, Actor: audit.Actor{ID: "staff-7", Kind: "staff"},
				Action: audit.ActionMessageRead, Outcome: audit.OutcomeSuccess, PatientID: "pat-1", Seq: 1,
				Detail: map[string]string{"count": "3"},
			},
			canonical: `{"action":"message.read","actor":{"id":"staff-7","kind":"staff"},"detail":{"count":"3"},"outcome":"success","patient_id":"pat-1","practice_id":"practice-1","seq":1,"time":"2026-03-02T09:00:00Z"}`,
			hash:      "44fe32e8384a6c60bc67ff5050f91d6250f8ce429db4b5c0f083f51edb693536",
		},
		{
			name: "escapes, non-ASCII, zone and fraction",
			e: audit.Event{
				PracticeID: "p\x01", Time: time.Date(2026, 3, 2, 11, 0, 0, 500000000, time.FixedZone("X", 2*3600)),
				Actor: audit.Actor{ID: `s"1\`, Role: "médecin"}, Action: audit.ActionPHIViewed, Outcome: audit.OutcomeDenied,
				Seq: 42, PrevHash: "ab", Hash: "ignored",
			},
			canonical: `{"action":"phi.viewed","actor":{"id":"s\"1\\","role":"médecin"},"outcome":"denied","practice_id":"p\u0001","prev_hash":"ab","seq":42,"time":"2026-03-02T09:00:00.5Z"}`,
			hash:      "3def04c85ea0dde4d9dbdf126a4e952739a87a240d7f754e4bcbee5c73834915",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := string(audit.AppendCanonical(nil, &c.e)); got != c.canonical {
				t.Errorf("canonical\n got %s\nwant %s", got, c.canonical)
			}
			if got := audit.ComputeHash(&c.e); got != c.hash {
				t.Errorf("hash %s, want %s", got, c.hash)
			}
		})
	}
}

// goldenLog builds the log of testdata/chain.jsonl: fixed key, clock and
// events, so its bytes never change unless the format does.
func goldenLog(t *testing.T) []byte {
	t.Helper()
	_, priv := testKey(t, "main")
	sink := audit.NewMemorySink()
	l, err := audit.NewLog(sink, audit.Config{Clock: clocktest.NewFake(t0), SigningKey: priv, CheckpointEvery: 3})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 5 {
		if err := l.Append(t.Context(), event("practice-1", i), event("practice-2", i)); err != nil {
			t.Fatal(err)
		}
	}
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	var out []byte
	for _, e := range sink.Events() {
		out = audit.AppendLine(out, &e)
	}
	return out
}

func TestGoldenChain(t *testing.T) {
	path := filepath.Join("testdata", "chain.jsonl")
	got := goldenLog(t)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want := readFile(t, path)
	if !bytes.Equal(want, got) {
		t.Errorf("the encoding changed; the log differs from %s (run with -update only if the format change is intended)", path)
	}
	pub, _ := testKey(t, "main")
	res, err := audit.VerifyFile(path, audit.VerifyOptions{PublicKey: pub, RequireSealed: true})
	if err != nil {
		t.Fatal(err)
	}
	if res.Count != 13 || res.Checkpoints != 3 {
		t.Errorf("golden log: %+v", res)
	}
}

func TestParseLineRoundTrip(t *testing.T) {
	l, sink, _ := newMemLog(t, -1)
	e := event("p1", 1)
	e.RequestID, e.SourceAddr, e.ContactID, e.MessageID = "req-1", "203.0.113.9", "c-1", "m-1"
	if err := l.Append(t.Context(), e); err != nil {
		t.Fatal(err)
	}
	want := sink.Events()[0]
	line := audit.AppendLine(nil, &want)
	got, err := audit.ParseLine(line[:len(line)-1])
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}
