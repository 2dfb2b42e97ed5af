package reminders_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/reminders"
)

func TestAnnounce(t *testing.T) {
	e := newEnv(t, local(2026, 5, 4, 7, 30))
	e.policy.Channels = []channels.Kind{channels.SMS}
	rcpt := func(id, num, lang, tz string) reminders.AnnouncementRecipient {
		return reminders.AnnouncementRecipient{PatientID: id, TimeZone: tz,
			Recipient: reminders.Recipient{Addresses: []channels.Address{{Kind: channels.AddrPhone, Value: num}}, Language: lang}}
	}
	_, _ = e.consent.Set(t.Context(), channels.Consent{PracticeID: "p1", Channel: channels.SMS, Address: channels.Address{Kind: channels.AddrPhone, Value: "+15555550403"},
		State: channels.ConsentOptedOut, Source: "keyword", ChangedAt: e.clock.Now()})
	a := reminders.Announcement{PracticeID: "p1", ID: "closed-0504", Deadline: local(2026, 5, 4, 17, 0),
		Texts: map[string]string{"en": "{{.Practice}}: we are closed today. Reply STOP to opt out.", "es": "{{.Practice}}: hoy estamos cerrados. Responda STOP para no recibir mensajes."},
		Recipients: []reminders.AnnouncementRecipient{
			rcpt("en", "+15555550401", "en", "America/Los_Angeles"), // 04:30 there: deferred to 08:00
			rcpt("es", "+15555550402", "es", "Europe/Madrid"),
			rcpt("out", "+15555550403", "en", "Europe/Madrid"),
			rcpt("nozone", "+15555550404", "en", ""),
		}}
	var progress []int
	res, err := e.dispatcher(t, "w").Announce(t.Context(), a, func(done, total int) { progress = append(progress, done) })
	if err != nil {
		t.Fatal(err)
	}
	want := []reminders.AnnouncementResult{
		{PatientID: "en", State: reminders.StateScheduled, DueAt: time.Date(2026, 5, 4, 8, 0, 0, 0, mustLoad("America/Los_Angeles")), Reason: "quiet_hours"},
		{PatientID: "es", State: reminders.StateSent, Channel: channels.SMS},
		{PatientID: "out", State: reminders.StateSkipped, Reason: "opted_out"},
		{PatientID: "nozone", State: reminders.StateSkipped, Reason: "no_time_zone"},
	}
	if diff := cmp.Diff(want, res, cmp.Comparer(func(x, y time.Time) bool { return x.Equal(y) })); diff != "" {
		t.Errorf("results (-want +got):\n%s", diff)
	}
	if !cmp.Equal(progress, []int{1, 2, 3, 4}) {
		t.Errorf("progress %v", progress)
	}
	if got := lastText(e.sms); got != "Sunrise Clinic: hoy estamos cerrados. Responda STOP para no recibir mensajes." {
		t.Errorf("text %q", got)
	}
	if _, err := e.dispatcher(t, "w").Announce(t.Context(), reminders.Announcement{PracticeID: "p1"}, nil); !errorsIs(err, reminders.ErrInvalid) {
		t.Errorf("empty announcement: %v", err)
	}
}
