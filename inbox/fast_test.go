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

// rememberingStore answers LookupIngest from a memory it never refreshes
// until AppendMessage fails to confirm it, as a database store's contact
// cache does when another instance changed the contact.
type rememberingStore struct {
	*inbox.MemoryStore
	remembered  map[string]inbox.Contact // by key
	stale, real int                      // ErrStale answers, real reads
}

func (s *rememberingStore) LookupIngest(ctx context.Context, practiceID string, ch channels.Kind, providerID, key string) (inbox.IngestFound, error) {
	if c, ok := s.remembered[key]; ok && providerID == "" {
		return inbox.IngestFound{Contact: &c, Remembered: true}, nil
	}
	s.real++
	c, err := s.FindContact(ctx, practiceID, key)
	if err != nil {
		return inbox.IngestFound{}, nil
	}
	s.remembered[key] = c
	return inbox.IngestFound{Contact: &c}, nil
}

func (s *rememberingStore) AppendMessage(ctx context.Context, ap inbox.AppendParams) (inbox.AppendResult, error) {
	if c := ap.Confirm; c != nil {
		cur, err := s.GetContact(ctx, c.PracticeID, c.ID)
		if err != nil || cur.PatientID != c.PatientID || cur.Verified != c.Verified {
			s.stale++
			delete(s.remembered, c.Key)
			return inbox.AppendResult{}, inbox.ErrStale
		}
	}
	return s.MemoryStore.AppendMessage(ctx, ap)
}

// A contact the store answered from memory is confirmed by the append;
// when it changed meanwhile (linked to a patient elsewhere), Ingest reads
// it again and the message joins the patient's conversation. ErrStale
// never reaches the caller.
func TestIngestRememberedContactConfirmed(t *testing.T) {
	st := &rememberingStore{MemoryStore: inbox.NewMemoryStore(), remembered: map[string]inbox.Contact{}}
	ib, err := inbox.New(st, inbox.Config{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := t.Context()
	from := mustAddr(t, channels.AddrPhone, "+14155550188")
	first, err := ib.Ingest(ctx, in(t, channels.SMS, from, "SM1", "hello"))
	if err != nil {
		t.Fatal(err)
	}
	second, err := ib.Ingest(ctx, in(t, channels.SMS, from, "SM2", "are you there"))
	if err != nil {
		t.Fatal(err)
	}
	// The first delivery found no contact, the second read the new one.
	if second.Conversation.ID != first.Conversation.ID || st.real != 2 || st.stale != 0 {
		t.Fatalf("second message: conversation %s (want %s), %d reads, %d stale", second.Conversation.ID, first.Conversation.ID, st.real, st.stale)
	}
	// Another instance links the contact: the store's memory is now out
	// of date.
	if _, err := st.UpdateContact(ctx, first.Contact.PracticeID, first.Contact.ID, func(c *inbox.Contact) error {
		c.PatientID, c.Verified = "patient-7", true
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	// The third is answered from memory, refused by the append, and read
	// again from the store itself (FindContact), not through its memory.
	third, err := ib.Ingest(ctx, in(t, channels.SMS, from, "SM3", "it's me"))
	if err != nil {
		t.Fatalf("Ingest: %v", err)
	}
	if st.stale != 1 || st.real != 2 || third.Contact.PatientID != "patient-7" || third.Conversation.Subject != inbox.SubjectFor("patient-7", "") {
		t.Fatalf("after a change elsewhere: %d stale, %d reads, contact patient %q, subject %q", st.stale, st.real, third.Contact.PatientID, third.Conversation.Subject)
	}
	if third.Message.ContactID != first.Contact.ID {
		t.Fatalf("message contact %s, want %s", third.Message.ContactID, first.Contact.ID)
	}
}
