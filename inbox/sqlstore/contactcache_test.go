package sqlstore_test

import (
	"testing"
	"time"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/inbox"
	"github.com/frontdeskhq/frontdesk/inbox/sqlstore"
	"github.com/frontdeskhq/frontdesk/internal/pgtest"
)

// twoInstances returns two DBs over one PostgreSQL schema, as two
// processes of a service would have, each with its own memory.
func twoInstances(t *testing.T, cfg sqlstore.Config) (a, b *sqlstore.DB) {
	t.Helper()
	pool, schema := pgtest.Schema(t)
	cfg.Schema = schema
	a, err := sqlstore.NewPostgres(pool, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Migrate(t.Context()); err != nil {
		t.Fatal(err)
	}
	if b, err = sqlstore.NewPostgres(pool, cfg); err != nil {
		t.Fatal(err)
	}
	return a, b
}

func smsFrom(practiceID, phone, providerID string) channels.Inbound {
	return channels.Inbound{PracticeID: practiceID, Channel: channels.SMS, ProviderID: providerID,
		From: channels.Address{Kind: channels.AddrPhone, Value: phone}, Type: channels.TypeText, Text: "Can I come at 3?"}
}

// TestRememberedContactPerPractice: a contact the store remembers is
// answered only to its own practice, even for the same address.
func TestRememberedContactPerPractice(t *testing.T) {
	t.Parallel()
	for _, grouping := range []bool{false, true} {
		db, _ := twoInstances(t, sqlstore.Config{Grouping: grouping})
		st := sqlstore.New(db)
		ib, err := inbox.New(st, inbox.Config{})
		if err != nil {
			t.Fatal(err)
		}
		ctx := t.Context()
		const phone = "+14155550111"
		key := channels.Address{Kind: channels.AddrPhone, Value: phone}.ContactKey()
		r1, err := ib.Ingest(ctx, smsFrom("p1", phone, "SM1"))
		if err != nil {
			t.Fatal(err)
		}
		f, err := st.LookupIngest(ctx, "p1", channels.SMS, "", key)
		if err != nil || f.Contact == nil || !f.Remembered || f.Contact.ID != r1.Contact.ID {
			t.Fatalf("p1 lookup = %+v, %v; want p1's contact from memory", f, err)
		}
		f, err = st.LookupIngest(ctx, "p2", channels.SMS, "", key)
		if err != nil || f.Contact != nil || f.Remembered {
			t.Fatalf("p2 lookup = %+v, %v; want none", f, err)
		}
		r2, err := ib.Ingest(ctx, smsFrom("p2", phone, "SM2"))
		if err != nil {
			t.Fatal(err)
		}
		if r2.Contact.ID == r1.Contact.ID || r2.Contact.PracticeID != "p2" || r2.Conversation.PracticeID != "p2" {
			t.Fatalf("p2's message joined p1's records: %+v", r2)
		}
		// Both remembered now: each practice's next message joins its own
		// conversation.
		for _, c := range []struct {
			practice, provider string
			want               inbox.IngestResult
		}{{"p1", "SM3", r1}, {"p2", "SM4", r2}} {
			r, err := ib.Ingest(ctx, smsFrom(c.practice, phone, c.provider))
			if err != nil {
				t.Fatal(err)
			}
			if r.Contact.ID != c.want.Contact.ID || r.Conversation.ID != c.want.Conversation.ID || r.Conversation.MessageCount != 2 {
				t.Fatalf("grouping %v: %s's second message: contact %s conversation %s (%d messages); want %s %s",
					grouping, c.practice, r.Contact.ID, r.Conversation.ID, r.Conversation.MessageCount, c.want.Contact.ID, c.want.Conversation.ID)
			}
		}
	}
}

// TestRememberedContactChangedElsewhere: another instance links the
// remembered contact to a patient, or closes its conversation; the next
// message on the first instance follows the change instead of trusting
// its memory.
func TestRememberedContactChangedElsewhere(t *testing.T) {
	t.Parallel()
	for _, grouping := range []bool{false, true} {
		dbA, dbB := twoInstances(t, sqlstore.Config{Grouping: grouping})
		a, err := inbox.New(sqlstore.New(dbA), inbox.Config{})
		if err != nil {
			t.Fatal(err)
		}
		stB := sqlstore.New(dbB)
		b, err := inbox.New(stB, inbox.Config{})
		if err != nil {
			t.Fatal(err)
		}
		ctx := t.Context()
		const phone = "+14155550122"
		first, err := a.Ingest(ctx, smsFrom("p1", phone, "SM1"))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := a.Ingest(ctx, smsFrom("p1", phone, "SM2")); err != nil {
			t.Fatal(err)
		}
		// The patient already has an open conversation on B: linking
		// moves the contact's messages there and closes its own.
		patientConv, err := stB.AppendMessage(ctx, inbox.AppendParams{
			Message: inbox.Message{PracticeID: "p1", ID: "staff-note", ContactID: "other", Direction: inbox.Outbound,
				Channel: channels.SMS, Text: "Reminder sent", CreatedAt: first.Message.CreatedAt},
			Subject: inbox.SubjectFor("patient-9", ""), NewConversationID: "patient-conv",
		})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := b.LinkContact(ctx, "p1", first.Contact.ID, "patient-9", inbox.Actor{ID: "staff-1", Kind: "staff"}); err != nil {
			t.Fatal(err)
		}
		r, err := a.Ingest(ctx, smsFrom("p1", phone, "SM3"))
		if err != nil {
			t.Fatal(err)
		}
		if r.Contact.PatientID != "patient-9" || r.Conversation.ID != patientConv.Conversation.ID {
			t.Fatalf("grouping %v: after a link elsewhere the message joined %s (subject %q, contact patient %q); want %s",
				grouping, r.Conversation.ID, r.Conversation.Subject, r.Contact.PatientID, patientConv.Conversation.ID)
		}
		// B closes the conversation: A's next message opens a new one.
		if _, err := stB.UpdateConversation(ctx, "p1", r.Conversation.ID, func(c *inbox.Conversation) error {
			c.Status = inbox.StatusClosed
			c.ClosedAt = c.UpdatedAt
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		r2, err := a.Ingest(ctx, smsFrom("p1", phone, "SM4"))
		if err != nil {
			t.Fatal(err)
		}
		if r2.Conversation.ID == r.Conversation.ID || r2.Conversation.Status == inbox.StatusClosed || r2.Conversation.Subject != inbox.SubjectFor("patient-9", "") {
			t.Fatalf("grouping %v: after a close elsewhere the message joined %+v", grouping, r2.Conversation)
		}
		// Every message stored once, none lost.
		for _, id := range []string{"SM1", "SM2", "SM3", "SM4"} {
			if _, err := stB.FindMessage(ctx, "p1", channels.SMS, id); err != nil {
				t.Fatalf("grouping %v: %s: %v", grouping, id, err)
			}
		}
	}
}

// TestRememberedContactConfirmedByStatement: another instance changes
// only the contact row (its patient), not the conversation the first
// instance remembers; the append statement itself refuses the remembered
// contact, and the message follows the contact's new subject.
func TestRememberedContactConfirmedByStatement(t *testing.T) {
	t.Parallel()
	for _, grouping := range []bool{false, true} {
		dbA, dbB := twoInstances(t, sqlstore.Config{Grouping: grouping})
		stA := sqlstore.New(dbA)
		a, err := inbox.New(stA, inbox.Config{})
		if err != nil {
			t.Fatal(err)
		}
		stB := sqlstore.New(dbB)
		ctx := t.Context()
		const phone = "+14155550133"
		key := channels.Address{Kind: channels.AddrPhone, Value: phone}.ContactKey()
		first, err := a.Ingest(ctx, smsFrom("p1", phone, "SM1"))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := a.Ingest(ctx, smsFrom("p1", phone, "SM2")); err != nil {
			t.Fatal(err)
		}
		if _, err := stB.UpdateContact(ctx, "p1", first.Contact.ID, func(c *inbox.Contact) error {
			c.PatientID, c.Verified = "patient-5", true
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		// A still remembers the contact as it was.
		f, err := stA.LookupIngest(ctx, "p1", channels.SMS, "", key)
		if err != nil || !f.Remembered || f.Contact.PatientID != "" {
			t.Fatalf("lookup = %+v, %v; want the old contact from memory", f, err)
		}
		r, err := a.Ingest(ctx, smsFrom("p1", phone, "SM3"))
		if err != nil {
			t.Fatal(err)
		}
		if r.Contact.PatientID != "patient-5" || r.Conversation.Subject != inbox.SubjectFor("patient-5", "") || r.Conversation.ID == first.Conversation.ID {
			t.Fatalf("grouping %v: message joined %s (subject %q) with contact patient %q; want the patient's new conversation",
				grouping, r.Conversation.ID, r.Conversation.Subject, r.Contact.PatientID)
		}
		old, err := stB.GetConversation(ctx, "p1", first.Conversation.ID)
		if err != nil || old.MessageCount != 2 {
			t.Fatalf("the contact's old conversation: %+v, %v; want its 2 messages only", old, err)
		}
	}
}

// The remembered contacts share no memory with what the store hands out:
// a caller that edits a contact it was given changes nothing remembered.
func TestRememberedContactSharesNoMemory(t *testing.T) {
	t.Parallel()
	db, _ := twoInstances(t, sqlstore.Config{})
	st := sqlstore.New(db)
	ctx := t.Context()
	addr := channels.Address{Kind: channels.AddrPhone, Value: "+14155550133"}
	c, _, err := st.PutContact(ctx, inbox.Contact{PracticeID: "p1", ID: "c1", Key: addr.ContactKey(),
		Addresses: []channels.Address{addr}, CreatedAt: time.Unix(1_800_000_000, 0)})
	if err != nil {
		t.Fatal(err)
	}
	c.Addresses[0].Value = "+19999999999"
	f, err := st.LookupIngest(ctx, "p1", channels.SMS, "", addr.ContactKey())
	if err != nil || f.Contact == nil || !f.Remembered {
		t.Fatalf("lookup = %+v, %v; want the contact from memory", f, err)
	}
	if got := f.Contact.Addresses[0].Value; got != addr.Value {
		t.Fatalf("remembered address %q after the caller edited its copy, want %q", got, addr.Value)
	}
	f.Contact.Addresses[0].Value = "+18888888888"
	f2, _ := st.LookupIngest(ctx, "p1", channels.SMS, "", addr.ContactKey())
	if got := f2.Contact.Addresses[0].Value; got != addr.Value {
		t.Fatalf("remembered address %q after a lookup's caller edited its copy, want %q", got, addr.Value)
	}
}
