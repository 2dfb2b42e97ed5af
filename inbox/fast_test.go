package inbox_test

import (
	"context"
	"testing"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/inbox"
)

// lookupStore is a MemoryStore with the IngestLookup extension, counting
// its calls and what they asked.
type lookupStore struct {
	*inbox.MemoryStore
	calls, withProvider int
}

func (s *lookupStore) LookupIngest(ctx context.Context, practiceID string, ch channels.Kind, providerID, key string) (inbox.IngestFound, error) {
	s.calls++
	var found inbox.IngestFound
	if providerID != "" {
		s.withProvider++
		if m, err := s.FindMessage(ctx, practiceID, ch, providerID); err == nil {
			found.Message = &m
		}
	}
	if c, err := s.FindContact(ctx, practiceID, key); err == nil {
		found.Contact = &c
	}
	return found, nil
}

// A redelivery is recognised before interceptors run, through the
// store's IngestLookup or without it, so that they never run twice for one
// message; without interceptors the store's AppendMessage reports it.
func TestIngestRedeliveryInterceptorsRunOnce(t *testing.T) {
	for _, tc := range []struct {
		name         string
		lookup       bool
		interceptors bool
	}{{"memory", false, true}, {"lookup", true, true}, {"lookup-no-interceptors", true, false}, {"memory-no-interceptors", false, false}} {
		t.Run(tc.name, func(t *testing.T) {
			runs := 0
			var st inbox.Store = inbox.NewMemoryStore()
			ls := &lookupStore{MemoryStore: st.(*inbox.MemoryStore)}
			if tc.lookup {
				st = ls
			}
			cfg := inbox.Config{}
			if tc.interceptors {
				cfg.Interceptors = []inbox.Interceptor{inbox.InterceptorFunc(func(context.Context, inbox.Intake) (inbox.Interception, error) {
					runs++
					return inbox.Interception{}, nil
				})}
			}
			ib, err := inbox.New(st, cfg)
			if err != nil {
				t.Fatal(err)
			}
			m := in(t, channels.SMS, mustAddr(t, channels.AddrPhone, "+14155550177"), "SMonce", "can I come at 3")
			first, err := ib.Ingest(t.Context(), m)
			if err != nil {
				t.Fatal(err)
			}
			second, err := ib.Ingest(t.Context(), m)
			if err != nil {
				t.Fatal(err)
			}
			if first.Duplicate || !second.Duplicate || second.Message.ID != first.Message.ID || second.Contact.ID != first.Contact.ID {
				t.Fatalf("first %+v, second %+v", first.Message, second.Message)
			}
			wantRuns := 0
			if tc.interceptors {
				wantRuns = 1
			}
			if runs != wantRuns {
				t.Errorf("interceptor ran %d times, want %d", runs, wantRuns)
			}
			if tc.lookup {
				wantProvider := 0
				if tc.interceptors {
					wantProvider = 2
				}
				if ls.calls != 2 || ls.withProvider != wantProvider {
					t.Errorf("LookupIngest: %d calls, %d with a provider id; want 2, %d", ls.calls, ls.withProvider, wantProvider)
				}
			}
		})
	}
}
