// Package webchattest holds the conformance suite for webchat.Hub
// implementations: a vendor running several replicas implements Hub on
// shared storage and proves it with RunHub, as MemoryHub does.
package webchattest

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/frontdeskhq/frontdesk/channels/webchat"

	"github.com/frontdeskhq/frontdesk/internal/suite"
)

// Features describe what a Hub under test guarantees beyond the
// contract.
type Features struct {
	// Buffer is how many events a session retains, if the hub drops
	// older ones; zero skips the retention test.
	Buffer int
}

// RunHub runs the Hub contract against hubs made by newHub, one per
// subtest. newHub gets the subtest's t, so it can register cleanup.
func RunHub(t *testing.T, newHub func(t *testing.T) webchat.Hub, f Features) {
	t.Helper()
	suite.Run(t, newHub, map[string]func(*testing.T, webchat.Hub){
		"AppendAssignsIDsInOrder":         appendInOrder,
		"SinceResumesAfterID":             sinceResumes,
		"UnknownIDIsAGap":                 unknownIDIsGap,
		"ClientIDDedupe":                  clientIDDedupe,
		"WaitWakesOnAppend":               waitWakes,
		"WaitReturnsAtOnceWhenBehind":     waitBehind,
		"WaitEndsWithContext":             waitEnds,
		"SessionsAndPracticesAreSeparate": separate,
		"ConcurrentAppends":               concurrentAppends,
	})
	if f.Buffer > 0 {
		t.Run("RetentionReportsGap", func(t *testing.T) {
			t.Parallel()
			retention(t, newHub(t), f.Buffer)
		})
	}
}

var expires = time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC)

func staff(text string) webchat.Message {
	return webchat.Message{From: webchat.FromStaff, Text: text}
}

func mustAppend(t *testing.T, h webchat.Hub, practice, session string, m webchat.Message) webchat.Event {
	t.Helper()
	ev, _, err := h.Append(t.Context(), practice, session, m, expires)
	if err != nil {
		t.Fatalf("Append: %v", err)
	}
	return ev
}

func since(t *testing.T, h webchat.Hub, practice, session string, after uint64) ([]uint64, []string, bool) {
	t.Helper()
	evs, gap, err := h.Since(t.Context(), practice, session, after)
	if err != nil {
		t.Fatalf("Since: %v", err)
	}
	var ids []uint64
	var texts []string
	for _, e := range evs {
		ids = append(ids, e.ID)
		texts = append(texts, e.Message.Text)
	}
	return ids, texts, gap
}

func appendInOrder(t *testing.T, h webchat.Hub) {
	for i := 1; i <= 3; i++ {
		if ev := mustAppend(t, h, "p1", "s1", staff(fmt.Sprint(i))); ev.ID != uint64(i) {
			t.Fatalf("event %d got id %d", i, ev.ID)
		}
	}
}

func sinceResumes(t *testing.T, h webchat.Hub) {
	for _, s := range []string{"a", "b", "c"} {
		mustAppend(t, h, "p1", "s1", staff(s))
	}
	ids, texts, gap := since(t, h, "p1", "s1", 1)
	if gap || fmt.Sprint(ids) != "[2 3]" || fmt.Sprint(texts) != "[b c]" {
		t.Errorf("Since(1) = %v %v gap %v", ids, texts, gap)
	}
	if ids, _, gap := since(t, h, "p1", "s1", 3); len(ids) != 0 || gap {
		t.Errorf("Since(last) = %v gap %v", ids, gap)
	}
	if ids, _, _ := since(t, h, "p1", "never", 0); len(ids) != 0 {
		t.Errorf("unknown session has events %v", ids)
	}
}

func unknownIDIsGap(t *testing.T, h webchat.Hub) {
	mustAppend(t, h, "p1", "s1", staff("a"))
	ids, _, gap := since(t, h, "p1", "s1", 50)
	if !gap || fmt.Sprint(ids) != "[1]" {
		t.Errorf("Since(50) = %v gap %v; want everything and a gap", ids, gap)
	}
}

func clientIDDedupe(t *testing.T, h webchat.Hub) {
	m := webchat.Message{From: webchat.FromPatient, Text: "hi", ClientID: "c1"}
	first, dup1, err1 := h.Append(t.Context(), "p1", "s1", m, expires)
	again, dup2, err2 := h.Append(t.Context(), "p1", "s1", m, expires)
	if err1 != nil || err2 != nil || dup1 || !dup2 || first.ID != again.ID {
		t.Errorf("first %v/%v/%v again %v/%v/%v", first.ID, dup1, err1, again.ID, dup2, err2)
	}
}

func waitWakes(t *testing.T, h webchat.Hub) {
	if err := h.Open(t.Context(), "p1", "s1", expires); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- h.Wait(t.Context(), "p1", "s1", 0) }()
	mustAppend(t, h, "p1", "s1", staff("a"))
	if err := <-done; err != nil {
		t.Errorf("Wait: %v", err)
	}
}

func waitBehind(t *testing.T, h webchat.Hub) {
	mustAppend(t, h, "p1", "s1", staff("a"))
	mustAppend(t, h, "p1", "s1", staff("b"))
	if err := h.Wait(t.Context(), "p1", "s1", 1); err != nil {
		t.Errorf("Wait behind: %v", err)
	}
}

func waitEnds(t *testing.T, h webchat.Hub) {
	if err := h.Open(t.Context(), "p1", "s1", expires); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if err := h.Wait(ctx, "p1", "s1", 0); !errors.Is(err, context.Canceled) {
		t.Errorf("Wait on cancelled ctx: %v", err)
	}
}

func separate(t *testing.T, h webchat.Hub) {
	mustAppend(t, h, "p1", "s1", staff("p1s1"))
	mustAppend(t, h, "p2", "s1", staff("p2s1"))
	mustAppend(t, h, "p1", "s2", staff("p1s2"))
	for _, c := range []struct{ p, s, want string }{{"p1", "s1", "[p1s1]"}, {"p2", "s1", "[p2s1]"}, {"p1", "s2", "[p1s2]"}} {
		if _, texts, _ := since(t, h, c.p, c.s, 0); fmt.Sprint(texts) != c.want {
			t.Errorf("%s/%s sees %v, want %s", c.p, c.s, texts, c.want)
		}
	}
}

func concurrentAppends(t *testing.T, h webchat.Hub) {
	const n = 50
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			if _, _, err := h.Append(t.Context(), "p1", "s1", staff(fmt.Sprint(i)), expires); err != nil {
				t.Errorf("Append: %v", err)
			}
		})
	}
	wg.Wait()
	// The retained tail (all of it, or the last Buffer) is consecutive
	// and ends at n: no id was lost or given twice.
	ids, _, _ := since(t, h, "p1", "s1", 0)
	if len(ids) == 0 || ids[len(ids)-1] != n {
		t.Fatalf("ids %v do not end at %d", ids, n)
	}
	for i := 1; i < len(ids); i++ {
		if ids[i] != ids[i-1]+1 {
			t.Fatalf("ids %v are not consecutive", ids)
		}
	}
}

func retention(t *testing.T, h webchat.Hub, buffer int) {
	for i := range buffer + 2 {
		mustAppend(t, h, "p1", "s1", staff(fmt.Sprint(i)))
	}
	ids, _, gap := since(t, h, "p1", "s1", 0)
	if !gap || len(ids) != buffer || ids[len(ids)-1] != uint64(buffer+2) {
		t.Errorf("after overflow: ids %v gap %v", ids, gap)
	}
}
