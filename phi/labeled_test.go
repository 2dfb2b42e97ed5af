package phi_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/frontdeskhq/frontdesk/phi"
)

func TestReadMarked(t *testing.T) {
	in := "# a comment\n\nCall {NAME|Ana Ruiz} at {PHONE|555-0100}.\\nThanks\n"
	got, err := phi.ReadMarked(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Text != "Call Ana Ruiz at 555-0100.\nThanks" {
		t.Fatalf("got %+v", got)
	}
	want := []phi.Span{{Start: 5, End: 13, Kind: phi.KindName}, {Start: 17, End: 25, Kind: phi.KindPhone}}
	for i, sp := range got[0].Spans {
		if i >= len(want) || sp != want[i] {
			t.Errorf("span %d = %+v, want %+v", i, sp, want)
		}
	}
	for _, bad := range []string{"ok\nhi {NAME|Zed Canary", "hi {NAME Zed Canary}", "hi {SECRET|Zed Canary}", "Zed Canary {NAME|}"} {
		_, err := phi.ReadMarked(strings.NewReader(bad))
		if !errors.Is(err, phi.ErrBadMarkup) {
			t.Errorf("%q: got %v, want ErrBadMarkup", bad, err)
		}
		if err != nil && strings.Contains(err.Error(), "Canary") {
			t.Errorf("error %q quotes the text", err)
		}
	}
}
