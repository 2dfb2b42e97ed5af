package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/reminders"
)

const (
	clinicName = "Sunrise Clinic"
	clinicZone = "America/Los_Angeles"
	// reminderLead is how long before an appointment its reminder goes.
	// The demo books appointments just past it, so reminders go within a
	// minute of start-up.
	reminderLead = 24 * time.Hour
)

// reminderDesk is the reminders side of the clinic: the vendor's schedule
// (a MemoryScheduler here), the reminders store, and the dispatcher and
// responder that send reminders and act on the answers.
type reminderDesk struct {
	policy     reminders.Policy
	store      *reminders.MemoryStore
	sched      *reminders.MemoryScheduler
	dispatcher *reminders.Dispatcher
	responder  *reminders.Responder
	// appointments are the seeded appointment ids, in order.
	appointments []string
	// waitlisted are the patients on the waitlist.
	waitlisted []patient
}

// providers are the demo practice's clinicians, one per patient.
var providers = []string{"dr-lee", "dr-patel", "dr-kim", "dr-ng", "dr-ross"}

// seedSchedule books an appointment tomorrow for every patient but one,
// opens three free slots per clinician for reschedules and puts the last
// patient on the waitlist.
//
// With a real SMS provider nothing is seeded: the demo patients' numbers
// are fictitious.
func (c *clinic) seedSchedule(ctx context.Context) error {
	r := c.reminders
	if c.realKinds[channels.SMS] {
		return nil
	}
	now := c.clock.Now().Truncate(time.Minute)
	start := now.Add(reminderLead + time.Minute)
	for i, p := range c.patients {
		if p.ID == waitlistPatient {
			continue
		}
		a := reminders.Appointment{
			PracticeID: practiceID, ID: fmt.Sprintf("appt-%d", 100+i), PatientID: p.ID, ProviderID: providers[i], Type: "follow-up",
			Status: reminders.StatusBooked, Start: start, TimeZone: clinicZone,
			Recipient: c.recipient(p),
		}
		a.End = a.Start.Add(30 * time.Minute)
		if err := r.sched.PutAppointment(a); err != nil {
			return err
		}
		if _, err := reminders.Sync(ctx, r.store, r.policy, a, c.clock.Now()); err != nil {
			return fmt.Errorf("sync appointment %s: %w", a.ID, err)
		}
		r.appointments = append(r.appointments, a.ID)
	}
	for _, doc := range providers {
		for i := range 3 {
			s := start.Add(48*time.Hour + time.Duration(i)*time.Hour)
			if err := r.sched.PutSlot(reminders.Slot{PracticeID: practiceID, ID: fmt.Sprintf("slot-%s-%d", doc, i+1), ProviderID: doc,
				Type: "follow-up", Status: reminders.SlotFree, Start: s, End: s.Add(30 * time.Minute)}); err != nil {
				return err
			}
		}
	}
	for _, p := range c.patients {
		if p.ID == waitlistPatient {
			if err := r.store.AddWaitlist(ctx, reminders.WaitlistEntry{PracticeID: practiceID, ID: "wait-" + p.ID, PatientID: p.ID,
				Type: "follow-up", TimeZone: clinicZone, Recipient: c.recipient(p), CreatedAt: c.clock.Now()}); err != nil {
				return err
			}
			r.waitlisted = append(r.waitlisted, p)
		}
	}
	return nil
}

// waitlistPatient has no appointment and waits for a freed slot.
const waitlistPatient = "pat-1003"

// recipient says how reminders reach a patient: SMS to their phone.
func (c *clinic) recipient(p patient) reminders.Recipient {
	phone, _ := channels.ParsePhone(p.Phone, nil)
	return reminders.Recipient{Addresses: []channels.Address{phone}, Channels: []channels.Kind{channels.SMS}, Language: p.Lang}
}

// appointmentView is one row of the reminders page.
type appointmentView struct {
	ID, PatientID, Status string
	Start                 time.Time
	Confirmed             bool
	Reminders             []reminders.Reminder
}

// offerView is a waitlist offer as the reminders page shows it.
type offerView struct {
	PatientID, SlotID, ClaimedBy string
	Start                        time.Time
}

// overview lists the seeded appointments with their reminders, and the
// waitlist offers open or claimed.
func (c *clinic) overview(ctx context.Context) ([]appointmentView, []offerView, error) {
	r := c.reminders
	var appts []appointmentView
	for _, id := range r.appointments {
		a, err := r.sched.Appointment(ctx, practiceID, id)
		if err != nil {
			return nil, nil, err
		}
		rems, err := r.store.Reminders(ctx, practiceID, id)
		if err != nil {
			return nil, nil, err
		}
		appts = append(appts, appointmentView{ID: a.ID, PatientID: a.PatientID, Status: string(a.Status), Start: a.Start, Confirmed: a.Confirmed, Reminders: rems})
	}
	var offers []offerView
	for _, p := range r.waitlisted {
		rcp := c.recipient(p)
		o, err := r.store.OpenOffer(ctx, practiceID, rcp.Addresses[0].ContactKey(), c.clock.Now())
		if errors.Is(err, reminders.ErrNotFound) {
			continue
		}
		if err != nil {
			return nil, nil, err
		}
		offers = append(offers, offerView{PatientID: p.ID, SlotID: o.Slot.ID, Start: o.Slot.Start, ClaimedBy: o.ClaimedBy})
	}
	return appts, offers, nil
}
