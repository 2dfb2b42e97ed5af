package sqlstore_test

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/reminders"
	"github.com/frontdeskhq/frontdesk/reminders/reminderstest"
	"github.com/frontdeskhq/frontdesk/reminders/sqlstore"
)

// TestErrorsCarryNoPHI plants a patient's name, phone and SSN in records
// whose writes fail, and checks that the errors, which name the
// operation and the database's code, quote none of them nor the driver's
// own text.
func TestErrorsCarryNoPHI(t *testing.T) {
	t.Parallel()
	const name, phone, ssn = "Zelda Canaryfield", "+15555550199", "078-05-1120"
	s, err := sqlstore.OpenSQLite(t.Context(), filepath.Join(t.TempDir(), "r.db"), sqlstore.Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	// Not migrated: every statement fails in the driver.
	a := reminderstest.Appointment("p1", "a1", reminderstest.T0.Add(72*time.Hour))
	a.PatientID = name + " " + ssn
	a.Recipient.Addresses = []channels.Address{{Kind: channels.AddrPhone, Value: phone}}
	var errs []error
	_, err = s.SaveAppointment(t.Context(), reminders.SaveParams{Appointment: a})
	errs = append(errs, err)
	errs = append(errs, s.AddWaitlist(t.Context(), reminders.WaitlistEntry{PracticeID: "p1", ID: "w1", PatientID: name + " " + ssn}))
	_, err = s.OpenReminder(t.Context(), "p1", "tel:"+phone, reminderstest.T0)
	errs = append(errs, err)
	_, err = s.RecentSends(t.Context(), "p1", ssn, reminderstest.T0)
	errs = append(errs, err)
	for _, err := range errs {
		if err == nil {
			t.Fatal("a write to a missing table succeeded")
		}
		msg := err.Error()
		for _, canary := range []string{name, phone, ssn, "Canary", "no such table"} {
			if strings.Contains(msg, canary) {
				t.Errorf("error %q quotes %q", msg, canary)
			}
		}
	}
}
