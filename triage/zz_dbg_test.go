package triage_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

func TestZZDbg(t *testing.T) {
	txt := os.Getenv("ZZ_TEXT")
	if txt == "" {
		t.Skip()
	}
	c, _ := triage.NewDefault(triage.Config{})
	for _, s := range strings.Split(txt, "\n") {
		r, err := c.Classify(t.Context(), s)
		if err != nil {
			fmt.Println("ERR", err)
			continue
		}
		fmt.Printf("%s %s %s\n", r.Urgency, r.Intent, s)
		for _, f := range r.RedFlags {
			fmt.Printf("   %s %s %q\n", f.Kind, f.Urgency, s[f.Start:f.End])
		}
	}
}
