package main

import (
	"context"
	"fmt"
	"net/http"
	"slices"
	"sync"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/inbox"
)

// eventCounter is an inbox.Hook counting events by type for /metrics.
type eventCounter struct {
	mu sync.Mutex
	n  map[inbox.EventType]int
}

func (m *eventCounter) HandleEvent(_ context.Context, e inbox.Event) {
	m.mu.Lock()
	m.n[e.Type]++
	m.mu.Unlock()
}

func (m *eventCounter) snapshot() map[inbox.EventType]int {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := make(map[inbox.EventType]int, len(m.n))
	for k, v := range m.n {
		out[k] = v
	}
	return out
}

// metrics serves GET /metrics in the Prometheus text format: inbox events
// since start, inbound messages per channel, open conversations and
// first-response breaches per queue, and reminders by state. In
// production, serve it on an internal port.
func (s *server) metrics(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	rep, err := s.c.inbox.KPIs(ctx, practiceID, inbox.KPIParams{})
	if err != nil {
		http.Error(w, "kpis unavailable", http.StatusServiceUnavailable)
		return
	}
	appts, _, err := s.c.overview(ctx)
	if err != nil {
		http.Error(w, "reminders unavailable", http.StatusServiceUnavailable)
		return
	}
	now := s.c.clock.Now()
	open, breached := map[string]int{}, map[string]int{}
	p := &inbox.ListConversationsParams{Status: inbox.StatusOpen, Limit: inbox.MaxPageSize}
	for {
		page, err := s.c.inbox.Conversations(ctx, practiceID, p)
		if err != nil {
			http.Error(w, "store unavailable", http.StatusServiceUnavailable)
			return
		}
		for _, c := range page.Conversations {
			open[c.Queue]++
			if c.FirstResponseAt.IsZero() && !c.FirstResponseDue.IsZero() && now.After(c.FirstResponseDue) {
				breached[c.Queue]++
			}
		}
		if p.Cursor = page.Next; p.Cursor == "" {
			break
		}
	}
	states := map[string]int{}
	for _, a := range appts {
		for _, rem := range a.Reminders {
			states[string(rem.State)]++
		}
	}

	w.Header().Set("Content-Type", "text/plain; version=0.0.4")
	events := s.c.events.snapshot()
	for _, t := range []inbox.EventType{inbox.EventSLAWarning, inbox.EventSLABreached, inbox.EventSLAEscalated} {
		if _, ok := events[t]; !ok {
			events[t] = 0 // listed from the start, for alerts on their rate
		}
	}
	family(w, "frontdesk_inbox_events_total", "counter", "Inbox events since start, by type (sla.* are the SLA monitor's warnings, breaches and escalations).", "type", events)
	byChannel := map[channels.Kind]int{}
	for _, k := range channels.Kinds() {
		byChannel[k] = rep.ByChannel[k]
	}
	family(w, "frontdesk_inbound_messages", "gauge", "Inbound messages stored, by channel.", "channel", byChannel)
	family(w, "frontdesk_open_conversations", "gauge", "Open conversations, by queue.", "queue", open)
	family(w, "frontdesk_first_response_overdue", "gauge", "Open conversations past their first-response deadline, by queue.", "queue", breached)
	family(w, "frontdesk_reminders", "gauge", "Reminders of the demo appointments, by state.", "state", states)
}

// family writes one metric family with a label per key, in key order.
func family[K ~string](w http.ResponseWriter, name, kind, help, label string, values map[K]int) {
	fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, kind)
	keys := make([]K, 0, len(values))
	for k := range values {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Fprintf(w, "%s{%s=%q} %d\n", name, label, string(k), values[k])
	}
}

// ready serves GET /readyz: 200 when the store answers and the audit log
// can be written.
func (s *server) ready(w http.ResponseWriter, r *http.Request) {
	if _, err := s.c.inbox.Conversations(r.Context(), practiceID, &inbox.ListConversationsParams{Limit: 1}); err != nil {
		http.Error(w, "store unavailable", http.StatusServiceUnavailable)
		return
	}
	if _, err := s.c.audit.log.Checkpoint(r.Context()); err != nil {
		http.Error(w, "audit log unavailable", http.StatusServiceUnavailable)
		return
	}
	_, _ = w.Write([]byte("ready\n"))
}
