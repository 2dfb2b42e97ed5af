package audit_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/frontdeskhq/frontdesk/audit"
)

func goldenLines(f *testing.F) [][]byte {
	f.Helper()
	return splitLines(readFile(f, "testdata/chain.jsonl"))
}

func FuzzParseLine(f *testing.F) {
	for _, l := range goldenLines(f) {
		f.Add(bytes.TrimSuffix(l, []byte("\n")))
	}
	for _, s := range []string{``, `{}`, `null`, `{"seq":1}`, `{"action":"login"} {}`, `{"time":"2026-03-02T09:00:00.000Z"}`, "{\"practice_id\":\"\xff\"}"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		e, err := audit.ParseLine(line)
		if err != nil {
			var ve *audit.VerifyError
			if !errors.As(err, &ve) || !(errors.Is(err, audit.ErrMalformed) || errors.Is(err, audit.ErrChanged)) {
				t.Fatalf("error %v is not a malformed/changed *VerifyError", err)
			}
			return
		}
		got := audit.AppendLine(nil, &e)
		if !bytes.Equal(got[:len(got)-1], line) {
			t.Fatalf("accepted line does not re-encode to itself:\n in %q\nout %q", line, got)
		}
	})
}

func FuzzVerifyReader(f *testing.F) {
	lines := goldenLines(f)
	f.Add(bytes.Join(lines, nil))
	f.Add(bytes.Join(lines[3:], nil))
	f.Add(bytes.Join([][]byte{lines[0], lines[2], lines[1]}, nil))
	f.Add(bytes.Join(lines, nil)[:500])
	f.Add([]byte("\n\n"))
	pub, _ := testKey(f, "main")
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := audit.VerifyReader(bytes.NewReader(data), audit.VerifyOptions{PublicKey: pub})
		n := bytes.Count(data, []byte("\n"))
		if err != nil {
			var ve *audit.VerifyError
			if !errors.As(err, &ve) {
				t.Fatalf("error %T %v is not a *VerifyError", err, err)
			}
			if ve.Position < 1 || ve.Position > n+1 {
				t.Fatalf("position %d outside 1..%d", ve.Position, n+1)
			}
			return
		}
		if res.Count != n || len(data) > 0 && data[len(data)-1] != '\n' {
			t.Fatalf("verified %d events of %d lines", res.Count, n)
		}
	})
}
