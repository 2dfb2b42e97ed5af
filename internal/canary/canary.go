// Package canary helps tests prove that planted PHI (a fake name, phone,
// SSN) reaches no log line and no error string.
package canary

import (
	"fmt"
	"strings"
	"testing"

	"go.uber.org/zap/zaptest/observer"
)

// Dump renders every observed log entry as a line "message key=value ...",
// then every non-nil error's text, one a line, so that one search covers
// both. It fails t when an error in errs is nil and wantErrs is set.
func Dump(t testing.TB, logs *observer.ObservedLogs, errs []error, wantErrs bool) string {
	t.Helper()
	var b strings.Builder
	for _, l := range logs.All() {
		b.WriteString(l.Message)
		for k, v := range l.ContextMap() {
			fmt.Fprintf(&b, " %s=%v", k, v)
		}
		b.WriteByte('\n')
	}
	for _, err := range errs {
		if err == nil {
			if wantErrs {
				t.Fatal("expected every call to fail")
			}
			continue
		}
		b.WriteString(err.Error() + "\n")
	}
	return b.String()
}

// Absent fails t for each canary found in text.
func Absent(t testing.TB, text string, canaries ...string) {
	t.Helper()
	for _, c := range canaries {
		if strings.Contains(text, c) {
			t.Errorf("canary %q leaked:\n%s", c, text)
		}
	}
}
