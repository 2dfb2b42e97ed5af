package audit_test

import (
	"maps"
	"testing"

	"github.com/frontdeskhq/frontdesk/audit"
	"github.com/frontdeskhq/frontdesk/audit/audittest"
)

// TestMemorySinkDetailIsItsOwn checks that a MemorySink keeps every
// annotation of an event's Detail and shares no map with its callers:
// neither the map appended nor the maps read back change what it holds.
func TestMemorySinkDetailIsItsOwn(t *testing.T) {
	s := audit.NewMemorySink()
	e := audittest.Event("p1", 1)
	e.Detail = map[string]string{"channel": "whatsapp", "queue": "front_desk", "urgency": "routine"}
	want := maps.Clone(e.Detail)
	noDetail := audittest.Event("p1", 2)
	noDetail.Detail = nil
	if err := s.Append(t.Context(), e, noDetail); err != nil {
		t.Fatal(err)
	}
	e.Detail["queue"] = "billing"

	got := s.Events()
	if len(got) != 2 {
		t.Fatalf("got %d events, want 2", len(got))
	}
	if !maps.Equal(got[0].Detail, want) {
		t.Errorf("Detail read back = %v, want %v", got[0].Detail, want)
	}
	if got[1].Detail != nil {
		t.Errorf("an event without Detail was read back with %v", got[1].Detail)
	}
	got[0].Detail["urgency"] = "emergency"

	q, err := s.Query(t.Context(), audit.Query{PracticeID: "p1"})
	if err != nil {
		t.Fatal(err)
	}
	if len(q) != 2 || !maps.Equal(q[0].Detail, want) {
		t.Errorf("Query read back %v, want the Detail %v", q, want)
	}
}
