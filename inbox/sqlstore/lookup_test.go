package sqlstore_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/inbox"
	"github.com/frontdeskhq/frontdesk/inbox/sqlstore"
)

func TestLookupIngest(t *testing.T) {
	t.Parallel()
	for name, open := range map[string]func(testing.TB) *sqlstore.DB{"sqlite": newSQLite, "postgres": newPostgres} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			st := sqlstore.New(open(t))
			ctx := t.Context()
			found, err := st.LookupIngest(ctx, "p1", channels.SMS, "SM1", "phone:+14155550100")
			if err != nil || found.Message != nil || found.Contact != nil {
				t.Fatalf("empty store: %+v, %v", found, err)
			}
			c := inbox.Contact{PracticeID: "p1", ID: "c1", Key: "phone:+14155550100", CreatedAt: t0()}
			if _, _, err := st.PutContact(ctx, c); err != nil {
				t.Fatal(err)
			}
			_, err = st.AppendMessage(ctx, inbox.AppendParams{
				Message: inbox.Message{PracticeID: "p1", ID: "m1", ContactID: "c1", Direction: inbox.Inbound,
					Channel: channels.SMS, ProviderID: "SM1", Text: "hello", CreatedAt: t0()},
				Subject: inbox.SubjectFor("", "c1"), NewConversationID: "conv1",
			})
			if err != nil {
				t.Fatal(err)
			}
			found, err = st.LookupIngest(ctx, "p1", channels.SMS, "SM1", "phone:+14155550100")
			if err != nil || found.Message == nil || found.Message.ID != "m1" || found.Contact == nil || found.Contact.ID != "c1" {
				t.Fatalf("stored: %+v, %v", found, err)
			}
			// Another practice, channel or an empty provider id finds nothing.
			for _, q := range []struct {
				practice string
				ch       channels.Kind
				pid      string
			}{{"p2", channels.SMS, "SM1"}, {"p1", channels.WhatsApp, "SM1"}, {"p1", channels.SMS, ""}} {
				found, err := st.LookupIngest(ctx, q.practice, q.ch, q.pid, "phone:+14155550100")
				if err != nil || found.Message != nil {
					t.Errorf("%+v: message %+v, %v", q, found.Message, err)
				}
				if (found.Contact != nil) != (q.practice == "p1") {
					t.Errorf("%+v: contact %+v", q, found.Contact)
				}
			}
		})
	}
}
