package audit_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/frontdeskhq/frontdesk/audit"
	"github.com/frontdeskhq/frontdesk/clock/clocktest"
)

// yearsOfLog writes one event a month for eight years, with a checkpoint
// every 6 events, and returns the path and the fake clock (now at the end).
func yearsOfLog(t *testing.T) (string, *clocktest.Fake) {
	t.Helper()
	_, priv := testKey(t, "main")
	clk := clocktest.NewFake(time.Date(2018, 1, 15, 12, 0, 0, 0, time.UTC))
	path := filepath.Join(t.TempDir(), "audit.jsonl")
	l, err := audit.NewLog(openFile(t, path), audit.Config{Clock: clk, SigningKey: priv, CheckpointEvery: 6})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 8 * 12 {
		e := event("p1", i)
		e.Time = time.Time{} // stamped by the clock
		if err := l.Append(t.Context(), e); err != nil {
			t.Fatal(err)
		}
		clk.Set(clk.Now().AddDate(0, 1, 0))
	}
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	return path, clk
}

func TestPruneFileKeepsChainVerifiable(t *testing.T) {
	pub, _ := testKey(t, "main")
	path, clk := yearsOfLog(t)
	before := readFile(t, path)
	cutoff := audit.RetentionCutoff(clk.Now(), 0)
	if want := clk.Now().AddDate(-6, 0, 0); !cutoff.Equal(want) {
		t.Fatalf("default cutoff %v, want %v", cutoff, want)
	}
	archive := filepath.Join(t.TempDir(), "audit-archive.jsonl")
	res, err := audit.PruneFile(context.Background(), path, archive, cutoff, audit.VerifyOptions{PublicKey: pub})
	if err != nil {
		t.Fatal(err)
	}
	if res.Archived == 0 || res.Archived+res.Kept != len(splitLines(before)) {
		t.Fatalf("result %+v for %d lines", res, len(splitLines(before)))
	}
	// Archive + live file are exactly the old file.
	if got := append(readFile(t, archive), readFile(t, path)...); !bytes.Equal(got, before) {
		t.Error("archive and live file do not add up to the original")
	}
	live, err := audit.VerifyFile(path, audit.VerifyOptions{PublicKey: pub, RequireSealed: true})
	if err != nil {
		t.Fatalf("live file after pruning: %v", err)
	}
	if live.First != res.Anchor.Count+1 {
		t.Errorf("live file starts at seq %d, anchor covers %d", live.First, res.Anchor.Count)
	}
	arch, err := audit.VerifyFile(archive, audit.VerifyOptions{PublicKey: pub})
	if err != nil {
		t.Fatalf("archive: %v", err)
	}
	if arch.Head.Hash != res.Anchor.Head {
		t.Errorf("archive ends at %s, anchor names %s", arch.Head.Hash, res.Anchor.Head)
	}
	// Every archived event is older than the cutoff.
	events, err := audit.QueryFile(t.Context(), archive, audit.Query{PracticeID: "p1", From: cutoff})
	if err != nil || len(events) != 0 {
		t.Errorf("archive holds %d events newer than the cutoff (%v)", len(events), err)
	}
	// The pruned file reopens and takes new events.
	sink, err := audit.OpenFile(path, audit.FileConfig{PublicKey: pub})
	if err != nil {
		t.Fatal(err)
	}
	sink.Close()

	// Pruning again with the same cutoff finds nothing more to cut.
	res2, err := audit.PruneFile(context.Background(), path, archive+"2", cutoff, audit.VerifyOptions{PublicKey: pub})
	if err != nil || res2.Archived != 0 {
		t.Errorf("second prune: %+v, %v", res2, err)
	}
}

func TestPruneFileRefuses(t *testing.T) {
	pub, _ := testKey(t, "main")
	path, clk := yearsOfLog(t)
	cutoff := audit.RetentionCutoff(clk.Now(), 6)
	if _, err := audit.PruneFile(t.Context(), path, filepath.Join(t.TempDir(), "a"), cutoff, audit.VerifyOptions{}); err == nil {
		t.Error("prune without a public key succeeded")
	}
	existing := filepath.Join(t.TempDir(), "a")
	if err := os.WriteFile(existing, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := audit.PruneFile(t.Context(), path, existing, cutoff, audit.VerifyOptions{PublicKey: pub}); err == nil {
		t.Error("prune over an existing archive succeeded")
	}
	lines := splitLines(readFile(t, path))
	lines[1], lines[2] = lines[2], lines[1]
	writeLines(t, path, lines)
	if _, err := audit.PruneFile(t.Context(), path, filepath.Join(t.TempDir(), "b"), cutoff, audit.VerifyOptions{PublicKey: pub}); err == nil {
		t.Error("prune of a tampered file succeeded")
	}
}
