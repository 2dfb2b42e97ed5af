package webchat

import (
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/frontdeskhq/frontdesk/clock/clocktest"
)

func ids(evs []Event) []uint64 {
	var out []uint64
	for _, e := range evs {
		out = append(out, e.ID)
	}
	return out
}

func TestMemoryHubStream(t *testing.T) {
	ctx := t.Context()
	h := NewMemoryHub(MemoryHubConfig{Buffer: 3, Clock: clocktest.NewFake(t0)})
	exp := t0.Add(time.Hour)
	for i := range 5 {
		if _, _, err := h.Append(ctx, "p1", "s1", Message{From: FromStaff, Text: string(rune('a' + i))}, exp); err != nil {
			t.Fatal(err)
		}
	}
	evs, gap, err := h.Since(ctx, "p1", "s1", 0)
	if err != nil || !gap {
		t.Fatalf("Since(0): gap %v err %v; want a gap (two events dropped)", gap, err)
	}
	if diff := cmp.Diff([]uint64{3, 4, 5}, ids(evs)); diff != "" {
		t.Errorf("retained (-want +got):\n%s", diff)
	}
	evs, gap, _ = h.Since(ctx, "p1", "s1", 3)
	if gap || !cmp.Equal(ids(evs), []uint64{4, 5}) {
		t.Errorf("Since(3) = %v gap %v", ids(evs), gap)
	}
	evs, gap, _ = h.Since(ctx, "p1", "s1", 99)
	if !gap || len(evs) != 3 {
		t.Errorf("Since(unknown id) = %v gap %v, want everything and a gap", ids(evs), gap)
	}
	// Tenancy: another practice's session of the same id is another stream.
	if evs, _, _ := h.Since(ctx, "p2", "s1", 0); len(evs) != 0 {
		t.Errorf("practice p2 sees %d events of p1", len(evs))
	}
}

func TestMemoryHubSessionLimit(t *testing.T) {
	clk := clocktest.NewFake(t0)
	h := NewMemoryHub(MemoryHubConfig{MaxSessions: 2, Clock: clk})
	ctx := t.Context()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(h.Open(ctx, "p1", "a", t0.Add(time.Minute)))
	must(h.Open(ctx, "p1", "b", t0.Add(time.Hour)))
	if err := h.Open(ctx, "p1", "c", t0.Add(time.Hour)); !errors.Is(err, ErrHubFull) {
		t.Fatalf("third session: err = %v, want ErrHubFull", err)
	}
	clk.Advance(time.Minute) // a expires and makes room
	must(h.Open(ctx, "p1", "c", t0.Add(time.Hour)))
}
