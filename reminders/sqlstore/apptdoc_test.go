package sqlstore

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/reminders"
)

// TestApptDocRoundTrip: parseAppt (json v2) reads back every field that
// apptDoc (encoding/json) writes, time zones and empty fields included.
func TestApptDocRoundTrip(t *testing.T) {
	start := time.Date(2026, 11, 1, 1, 30, 0, 123456000, time.FixedZone("EDT", -4*3600))
	for _, a := range []reminders.Appointment{
		{PracticeID: "p1", ID: "a1", PatientID: "pat-1", Status: reminders.StatusBooked, Start: start, End: start.Add(time.Hour),
			TimeZone: "America/New_York"},
		{PracticeID: "p1", ID: "a2", PatientID: "pat-2", ProviderID: "dr-1", LocationID: "loc-9", Type: "checkup",
			Status: reminders.StatusPending, Start: start.UTC(), End: start.Add(30 * time.Minute).UTC(), TimeZone: "Europe/Madrid",
			Confirmed: true, Recipient: reminders.Recipient{Language: "es-MX",
				Addresses: []channels.Address{{Kind: channels.AddrPhone, Value: "+15552000001"}, {Kind: channels.AddrEmail, Value: "a@example.org"}},
				Channels:  []channels.Kind{channels.WhatsApp, channels.SMS}}},
	} {
		doc, err := apptDoc(a)
		if err != nil {
			t.Fatal(err)
		}
		got, err := parseAppt(doc, 7)
		if err != nil {
			t.Fatalf("parseAppt(%s): %v", doc, err)
		}
		a.Version = 7
		if diff := cmp.Diff(a, got, cmp.Comparer(func(x, y time.Time) bool { return x.Equal(y) })); diff != "" {
			t.Errorf("round trip of %s (-want +got):\n%s", a.ID, diff)
		}
	}
	if _, err := parseAppt(`{"id":`, 1); err == nil {
		t.Error("parseAppt of a truncated document: no error")
	}
}
