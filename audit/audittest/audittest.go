package audittest

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/frontdeskhq/frontdesk/audit"

	"github.com/frontdeskhq/frontdesk/internal/suite"
)

// Run runs every conformance case against sinks made by newSink.
func Run(t *testing.T, newSink func(t *testing.T) audit.Sink) {
	t.Helper()
	closed := func(t *testing.T) audit.Sink {
		s := newSink(t)
		t.Cleanup(func() { _ = s.Close() })
		return s
	}
	suite.Run(t, closed, map[string]func(*testing.T, audit.Sink){
		"AppendKeepsOrder":          testOrder,
		"RejectsInvalidEvents":      testInvalid,
		"InvalidBatchWritesNothing": testInvalidBatch,
		"ConcurrentAppends":         testConcurrent,
		"TenantIsolation":           testTenancy,
		"QueryFilters":              testQueryFilters,
		"CanceledContext":           testCanceled,
		"Close":                     testClose,
		"KeepsChainThroughLog":      testChain,
	})
}

var t0 = time.Date(2026, 1, 5, 8, 30, 0, 123456789, time.UTC)

// Event returns a valid event of practice numbered i: distinct ids and
// times, a patient of five, an actor of three. Tests of sinks may use it.
func Event(practice string, i int) audit.Event {
	return audit.Event{
		PracticeID: practice, Time: t0.Add(time.Duration(i) * time.Minute),
		Actor:     audit.Actor{ID: fmt.Sprintf("staff-%d", i%3), Kind: "staff"},
		Action:    audit.ActionMessageRead,
		Outcome:   audit.OutcomeSuccess,
		PatientID: fmt.Sprintf("pat-%d", i%5), ConversationID: fmt.Sprintf("conv-%d", i),
		MessageID: fmt.Sprintf("msg-%d", i), RequestID: fmt.Sprintf("req-%d", i),
		Detail: map[string]string{"count": fmt.Sprint(i)},
	}
}

func query(t *testing.T, s audit.Sink, q audit.Query) ([]audit.Event, bool) {
	t.Helper()
	qs, ok := s.(audit.Querier)
	if !ok {
		return nil, false
	}
	got, err := qs.Query(t.Context(), q)
	if err != nil {
		t.Fatalf("Query: %v", err)
	}
	return got, true
}

func mustAppend(t *testing.T, s audit.Sink, events ...audit.Event) {
	t.Helper()
	if err := s.Append(t.Context(), events...); err != nil {
		t.Fatalf("Append: %v", err)
	}
}

func ids(events []audit.Event) []string {
	out := make([]string, len(events))
	for i, e := range events {
		out[i] = e.MessageID
	}
	return out
}

func testOrder(t *testing.T, s audit.Sink) {
	var want []audit.Event
	for i := range 5 {
		batch := []audit.Event{Event("p1", 2*i), Event("p1", 2*i+1)}
		mustAppend(t, s, batch...)
		want = append(want, batch...)
	}
	mustAppend(t, s) // an empty append is a no-op
	got, ok := query(t, s, audit.Query{PracticeID: "p1"})
	if !ok {
		return
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("events read back (-want +got):\n%s", diff)
	}
}

func testInvalid(t *testing.T, s audit.Sink) {
	cases := map[string]func(e *audit.Event){
		"no practice":   func(e *audit.Event) { e.PracticeID = "" },
		"no time":       func(e *audit.Event) { e.Time = time.Time{} },
		"no actor":      func(e *audit.Event) { e.Actor.ID = "" },
		"unknown":       func(e *audit.Event) { e.Action = "message.deleted" },
		"no outcome":    func(e *audit.Event) { e.Outcome = "" },
		"text detail":   func(e *audit.Event) { e.Detail = map[string]string{"note": "Patient says she is feeling worse today"} },
		"email detail":  func(e *audit.Event) { e.Detail = map[string]string{"to": "jane.doe@example.com"} },
		"control in id": func(e *audit.Event) { e.PatientID = "pat\n1" },
	}
	for name, mutate := range cases {
		e := Event("p1", 1)
		mutate(&e)
		if err := s.Append(t.Context(), e); !errors.Is(err, audit.ErrInvalidEvent) {
			t.Errorf("%s: Append = %v, want ErrInvalidEvent", name, err)
		}
	}
}

func testInvalidBatch(t *testing.T, s audit.Sink) {
	bad := Event("p1", 2)
	bad.Outcome = "maybe"
	if err := s.Append(t.Context(), Event("p1", 1), bad); !errors.Is(err, audit.ErrInvalidEvent) {
		t.Fatalf("Append = %v, want ErrInvalidEvent", err)
	}
	if got, ok := query(t, s, audit.Query{PracticeID: "p1"}); ok && len(got) != 0 {
		t.Errorf("%d events recorded from an invalid batch", len(got))
	}
}

func testConcurrent(t *testing.T, s audit.Sink) {
	const writers, appends = 8, 40
	var wg sync.WaitGroup
	for w := range writers {
		wg.Go(func() {
			for i := range appends {
				n := (w*appends + i) * 2
				if err := s.Append(context.Background(), Event("p1", n), Event("p1", n+1)); err != nil {
					t.Errorf("Append: %v", err)
					return
				}
			}
		})
	}
	wg.Wait()
	got, ok := query(t, s, audit.Query{PracticeID: "p1"})
	if !ok {
		return
	}
	if len(got) != writers*appends*2 {
		t.Fatalf("%d events read back, want %d", len(got), writers*appends*2)
	}
	seen := make(map[string]bool)
	last := make(map[int]int) // writer -> last n
	for i := 0; i < len(got); i += 2 {
		a, b := got[i], got[i+1]
		var n, m int
		fmt.Sscanf(a.MessageID, "msg-%d", &n)
		fmt.Sscanf(b.MessageID, "msg-%d", &m)
		if n%2 != 0 || m != n+1 {
			t.Fatalf("the two events of one Append are not adjacent at %d: %s, %s", i, a.MessageID, b.MessageID)
		}
		if seen[a.MessageID] {
			t.Fatalf("%s recorded twice", a.MessageID)
		}
		seen[a.MessageID] = true
		w := n / 2 / appends
		if prev, ok := last[w]; ok && n < prev {
			t.Fatalf("writer %d's appends out of order: %d after %d", w, n, prev)
		}
		last[w] = n
	}
}

func testTenancy(t *testing.T, s audit.Sink) {
	mustAppend(t, s, Event("p1", 1), Event("p2", 2), Event("p1", 3))
	mustAppend(t, s, Event("p2", 4))
	for practice, want := range map[string][]string{"p1": {"msg-1", "msg-3"}, "p2": {"msg-2", "msg-4"}, "p3": {}} {
		got, ok := query(t, s, audit.Query{PracticeID: practice})
		if !ok {
			return
		}
		if diff := cmp.Diff(want, ids(got)); diff != "" {
			t.Errorf("practice %s (-want +got):\n%s", practice, diff)
		}
	}
	if qs, ok := s.(audit.Querier); ok {
		if _, err := qs.Query(t.Context(), audit.Query{PatientID: "pat-1"}); !errors.Is(err, audit.ErrNoPractice) {
			t.Errorf("query without practice: %v, want ErrNoPractice", err)
		}
	}
}

func testQueryFilters(t *testing.T, s audit.Sink) {
	var all []audit.Event
	for i := range 12 {
		e := Event("p1", i)
		if i%4 == 0 {
			e.Action = audit.ActionPHIExported
		}
		all = append(all, e)
	}
	mustAppend(t, s, all...)
	mustAppend(t, s, Event("p2", 1)) // same patient id, other practice
	cases := []struct {
		name string
		q    audit.Query
		want []string
	}{
		{"patient", audit.Query{PatientID: "pat-1"}, []string{"msg-1", "msg-6", "msg-11"}},
		{"actor", audit.Query{ActorID: "staff-2"}, []string{"msg-2", "msg-5", "msg-8", "msg-11"}},
		{"action", audit.Query{Actions: []audit.Action{audit.ActionPHIExported}}, []string{"msg-0", "msg-4", "msg-8"}},
		{"conversation", audit.Query{ConversationID: "conv-7"}, []string{"msg-7"}},
		{"message", audit.Query{MessageID: "msg-9"}, []string{"msg-9"}},
		{"time range", audit.Query{From: t0.Add(3 * time.Minute), To: t0.Add(6 * time.Minute)}, []string{"msg-3", "msg-4", "msg-5"}},
		{"patient in range", audit.Query{PatientID: "pat-1", From: t0.Add(2 * time.Minute), To: t0.Add(7 * time.Minute)}, []string{"msg-6"}},
		{"limit", audit.Query{Limit: 2}, []string{"msg-0", "msg-1"}},
	}
	for _, c := range cases {
		c.q.PracticeID = "p1"
		got, ok := query(t, s, c.q)
		if !ok {
			return
		}
		if diff := cmp.Diff(c.want, ids(got)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", c.name, diff)
		}
	}
}

func testCanceled(t *testing.T, s audit.Sink) {
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if err := s.Append(ctx, Event("p1", 1)); !errors.Is(err, context.Canceled) {
		t.Errorf("Append with a canceled context = %v, want context.Canceled", err)
	}
	if got, ok := query(t, s, audit.Query{PracticeID: "p1"}); ok && len(got) != 0 {
		t.Errorf("%d events recorded with a canceled context", len(got))
	}
}

func testClose(t *testing.T, s audit.Sink) {
	mustAppend(t, s, Event("p1", 1))
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if err := s.Append(t.Context(), Event("p1", 2)); !errors.Is(err, audit.ErrClosed) {
		t.Errorf("Append after Close = %v, want ErrClosed", err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close = %v, want nil", err)
	}
}

func testChain(t *testing.T, s audit.Sink) {
	l, err := audit.NewLog(s, audit.Config{CheckpointEvery: -1})
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Go(func() {
			for i := range 10 {
				if err := l.Append(context.Background(), Event("p1", w*10+i)); err != nil {
					t.Errorf("Log.Append: %v", err)
					return
				}
			}
		})
	}
	wg.Wait()
	got, ok := query(t, s, audit.Query{PracticeID: "p1"})
	if !ok {
		return
	}
	if _, err := audit.Verify(got, audit.VerifyOptions{}); err != nil {
		t.Errorf("chain read back from the sink does not verify: %v", err)
	}
	if h := l.Head(); len(got) == 0 || got[len(got)-1].Hash != h.Hash {
		t.Errorf("last event read back is not the log's head %v", h)
	}
}
