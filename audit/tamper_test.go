package audit_test

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"errors"
	"path/filepath"
	"testing"

	"github.com/frontdeskhq/frontdesk/audit"
	"github.com/frontdeskhq/frontdesk/clock/clocktest"
)

// writeLog writes n events through a Log with a checkpoint every 4 events
// into a new file, closes it and returns the file's lines.
func writeLog(t *testing.T, n int) (path string, lines [][]byte) {
	t.Helper()
	_, priv := testKey(t, "main")
	path = filepath.Join(t.TempDir(), "audit.jsonl")
	sink := openFile(t, path)
	l, err := audit.NewLog(sink, audit.Config{Clock: clocktest.NewFake(t0), SigningKey: priv, CheckpointEvery: 4})
	if err != nil {
		t.Fatal(err)
	}
	for i := range n {
		if err := l.Append(t.Context(), event("p1", i)); err != nil {
			t.Fatal(err)
		}
	}
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	return path, splitLines(readFile(t, path))
}

func splitLines(data []byte) [][]byte {
	lines := bytes.SplitAfter(data, []byte("\n"))
	if len(lines[len(lines)-1]) == 0 {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// rechain re-stamps lines[from:] as an attacker holding no key would, so
// that only checkpoints can catch the rewrite.
func rechain(t *testing.T, lines [][]byte, from int) [][]byte {
	t.Helper()
	out := make([][]byte, len(lines))
	copy(out, lines)
	prev, err := audit.ParseLine(bytes.TrimSuffix(out[from-1], []byte("\n")))
	if err != nil {
		t.Fatal(err)
	}
	for i := from; i < len(out); i++ {
		e, err := audit.ParseLine(bytes.TrimSuffix(out[i], []byte("\n")))
		if err != nil {
			t.Fatal(err)
		}
		e.PrevHash = prev.Hash
		e.Hash = audit.ComputeHash(&e)
		out[i] = audit.AppendLine(nil, &e)
		prev = e
	}
	return out
}

func mutateLine(t *testing.T, line []byte, f func(e *audit.Event)) []byte {
	t.Helper()
	e, err := audit.ParseLine(bytes.TrimSuffix(line, []byte("\n")))
	if err != nil {
		t.Fatal(err)
	}
	f(&e)
	return audit.AppendLine(nil, &e)
}

func TestVerifyDetectsTampering(t *testing.T) {
	pub, _ := testKey(t, "main")
	_, otherKey := testKey(t, "attacker")
	_, lines := writeLog(t, 10) // 10 events + checkpoints at lines 5, 10 and 13 (final)
	if len(lines) != 13 {
		t.Fatalf("log has %d lines, want 13", len(lines))
	}
	edit := func(f func(ls [][]byte) [][]byte) [][]byte {
		ls := make([][]byte, len(lines))
		for i := range lines {
			ls[i] = bytes.Clone(lines[i])
		}
		return f(ls)
	}
	trusted := func() *audit.Checkpoint {
		e, _ := audit.ParseLine(bytes.TrimSuffix(lines[12], []byte("\n")))
		cp, _ := audit.CheckpointOf(&e)
		return &cp
	}()
	cases := []struct {
		name   string
		lines  [][]byte
		opts   audit.VerifyOptions
		reason error
		pos    int
	}{
		{"edit a byte", edit(func(ls [][]byte) [][]byte {
			ls[2] = bytes.Replace(ls[2], []byte(`"pat-2"`), []byte(`"pat-3"`), 1)
			return ls
		}), audit.VerifyOptions{}, audit.ErrChanged, 3},
		{"edit and rehash one event", edit(func(ls [][]byte) [][]byte {
			ls[2] = mutateLine(t, ls[2], func(e *audit.Event) { e.Actor.ID = "staff-9"; e.Hash = audit.ComputeHash(e) })
			return ls
		}), audit.VerifyOptions{}, audit.ErrChanged, 4},
		{"rewrite the chain", edit(func(ls [][]byte) [][]byte {
			ls[2] = mutateLine(t, ls[2], func(e *audit.Event) { e.Outcome = audit.OutcomeDenied })
			return rechain(t, ls, 2)
		}), audit.VerifyOptions{PublicKey: pub}, audit.ErrBadSignature, 5},
		{"whitespace", edit(func(ls [][]byte) [][]byte {
			ls[1] = bytes.Replace(ls[1], []byte(`,"outcome"`), []byte(`, "outcome"`), 1)
			return ls
		}), audit.VerifyOptions{}, audit.ErrMalformed, 2},
		{"same time, other spelling", edit(func(ls [][]byte) [][]byte {
			ls[1] = bytes.Replace(ls[1], []byte(`Z"}`), []byte(`.0Z"}`), 1)
			return ls
		}), audit.VerifyOptions{}, audit.ErrChanged, 2},
		{"broken json", edit(func(ls [][]byte) [][]byte { ls[6] = ls[6][1:]; return ls }), audit.VerifyOptions{}, audit.ErrMalformed, 7},
		{"delete a line", edit(func(ls [][]byte) [][]byte { return append(ls[:3], ls[4:]...) }), audit.VerifyOptions{}, audit.ErrMissing, 4},
		{"delete the first line", edit(func(ls [][]byte) [][]byte { return ls[1:] }), audit.VerifyOptions{}, audit.ErrMissing, 1},
		{"swap two lines", edit(func(ls [][]byte) [][]byte { ls[5], ls[6] = ls[6], ls[5]; return ls }), audit.VerifyOptions{}, audit.ErrReordered, 6},
		{"repeat a line", edit(func(ls [][]byte) [][]byte {
			return append(ls[:4], append([][]byte{ls[3]}, ls[4:]...)...)
		}), audit.VerifyOptions{}, audit.ErrDuplicate, 5},
		{"torn last line", edit(func(ls [][]byte) [][]byte { ls[12] = ls[12][:40]; return ls }), audit.VerifyOptions{}, audit.ErrTruncated, 13},
		{"truncated before trusted checkpoint", edit(func(ls [][]byte) [][]byte { return ls[:11] }),
			audit.VerifyOptions{PublicKey: pub, Trusted: trusted}, audit.ErrTruncated, 12},
		{"truncated after a checkpoint, sealed required", edit(func(ls [][]byte) [][]byte { return ls[:12] }),
			audit.VerifyOptions{RequireSealed: true}, audit.ErrTruncated, 13},
		{"checkpoint signed by another key", edit(func(ls [][]byte) [][]byte {
			ls[4] = mutateLine(t, ls[4], func(e *audit.Event) {
				cp, _ := audit.CheckpointOf(e)
				forged := audit.SignCheckpoint(otherKey, audit.Head{Seq: cp.Count, Hash: cp.Head})
				e.Detail["key_id"] = forged.KeyID
				e.Detail["signature"] = hex.EncodeToString(forged.Signature)
			})
			return rechain(t, ls, 4)
		}), audit.VerifyOptions{PublicKey: pub}, audit.ErrBadSignature, 5},
		{"checkpoint with a flipped signature bit", edit(func(ls [][]byte) [][]byte {
			ls[9] = mutateLine(t, ls[9], func(e *audit.Event) {
				sig, _ := hex.DecodeString(e.Detail["signature"])
				sig[0] ^= 1
				e.Detail["signature"] = hex.EncodeToString(sig)
				e.Hash = audit.ComputeHash(e)
			})
			return rechain(t, ls, 10)
		}), audit.VerifyOptions{PublicKey: pub}, audit.ErrBadSignature, 10},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := audit.VerifyReader(bytes.NewReader(bytes.Join(c.lines, nil)), c.opts)
			if !errors.Is(err, c.reason) {
				t.Fatalf("err = %v, want %v", err, c.reason)
			}
			var ve *audit.VerifyError
			if !errors.As(err, &ve) {
				t.Fatalf("err %T is not a *VerifyError", err)
			}
			if ve.Position != c.pos {
				t.Errorf("position %d, want %d (%v)", ve.Position, c.pos, err)
			}
		})
	}
	// The untouched log verifies with every option.
	res, err := audit.VerifyReader(bytes.NewReader(bytes.Join(lines, nil)),
		audit.VerifyOptions{PublicKey: pub, Trusted: trusted, RequireSealed: true})
	if err != nil {
		t.Fatal(err)
	}
	if res.Count != 13 || res.Checkpoints != 3 || res.First != 1 {
		t.Errorf("result %+v", res)
	}
}

func TestVerifyPrunedLogNeedsKey(t *testing.T) {
	pub, _ := testKey(t, "main")
	_, lines := writeLog(t, 10)
	rest := bytes.Join(lines[4:], nil) // starts at the checkpoint on line 5
	res, err := audit.VerifyReader(bytes.NewReader(rest), audit.VerifyOptions{PublicKey: pub})
	if err != nil {
		t.Fatal(err)
	}
	if res.First != 5 {
		t.Errorf("first seq %d, want 5", res.First)
	}
	if _, err := audit.VerifyReader(bytes.NewReader(rest), audit.VerifyOptions{}); !errors.Is(err, audit.ErrMissing) {
		t.Errorf("without key: %v, want ErrMissing", err)
	}
	_, other := testKey(t, "attacker")
	if _, err := audit.VerifyReader(bytes.NewReader(rest), audit.VerifyOptions{PublicKey: other.Public().(ed25519.PublicKey)}); !errors.Is(err, audit.ErrBadSignature) {
		t.Errorf("with another key: %v, want ErrBadSignature", err)
	}
}
