package reminderstest_test

import (
	"fmt"
	"time"

	"github.com/frontdeskhq/frontdesk/reminders/reminderstest"
)

// The suite's builders make records for a store's own extra tests.
func ExampleAppointment() {
	a := reminderstest.Appointment("p1", "a1", reminderstest.T0.Add(72*time.Hour))
	r := reminderstest.Reminder(a, "r1", reminderstest.T0)
	fmt.Println(a.PracticeID, a.ID, a.Status, r.Offset, r.State)
	// Output: p1 a1 booked 72h0m0s scheduled
}
