// Package reminders sends appointment reminders that patients answer in
// one word, acts on the answer, and fills freed slots from a waitlist.
//
// The vendor's scheduling system stays the source of truth behind the
// Scheduler interface (look up, confirm, cancel, open slots, reschedule,
// book); MemoryScheduler stands in for it in demos and tests. Subpackages
// map FHIR R4 Appointment, Slot and Communication (reminders/fhir) and
// parse HL7 v2 SIU messages (reminders/hl7) into Appointments.
//
// The flow:
//
//   - Sync stores each appointment the vendor creates or changes in a
//     Store and plans its reminders with a Policy (48 and 24 hours before by
//     default, per appointment type, optional same-day). A moved or
//     cancelled appointment's pending reminders are voided. Bad input
//     (past, unknown zone, no contact) is stored without reminders and
//     reported with a typed error.
//   - A Dispatcher (Run, or RunOnce in tests) claims due reminders in
//     batches with a lease, passes each through channels.Gate (consent,
//     quiet hours 08:00-21:00 in the patient's zone, one automated message
//     a day and three a week, the WhatsApp window), sends it on the
//     patient's preferred channel with fallbacks and an idempotency key,
//     and records the result; transient failures are retried with back-off
//     until the appointment. It claims the next batch while sending one.
//     Many dispatchers may share one Store.
//   - A Responder, installed as an inbox.Interceptor, recognises a reply
//     to an open reminder ("C", "sí", "no puedo ir", a button), confirms,
//     cancels or offers up to three slots through the Scheduler, answers the
//     patient, and offers a freed slot to the waitlist in waves; the first
//     yes wins. Inside the inbox, plain-text answers travel back as
//     inbox.Interception.Reply, so the inbox stores them in the patient's
//     conversation and sends them; only answers with buttons (a slot list
//     on WhatsApp) go out on the channel directly. A slot list keeps the
//     conversation aside for the patient's pick (Interception.AwaitReply);
//     a reply left to staff carries a Note naming the reminder. Questions, unclear and clinical replies are left to the
//     inbox, which queues them for staff (OnHandoff names the reminder).
//     An opt-out only ever changes consent.
//
// # Wiring
//
// A clinic wires the pieces once:
//
//	store := reminders.NewMemoryStore() // or reminders/sqlstore (PostgreSQL, SQLite)
//	policy := reminders.Policy{Practices: map[string]string{"p1": "Sunrise Clinic"}}
//	d, _ := reminders.NewDispatcher(store, chans, reminders.DispatcherConfig{Consent: consent, Window: win, Policy: policy, Audit: sink})
//	r, _ := reminders.NewResponder(store, vendorScheduler, chans, reminders.ResponderConfig{Consent: consent, Waitlist: store, Policy: policy, Audit: sink})
//	ib, _ := inbox.New(inboxStore, inbox.Config{Interceptors: []inbox.Interceptor{consentInterceptor, r}, Channels: chans})
//	go d.Run(ctx) // sends due reminders
//	go r.Run(ctx) // moves waitlist offers to their next wave
//
// and calls reminders.Sync(ctx, store, policy, appt, now) whenever the
// scheduling system creates, moves or cancels an appointment (from its own
// events, a FHIR Appointment via fhir.ToAppointment, or an HL7 SIU message
// via hl7.ParseSIU).
//
// Every Store passes reminderstest.Run. Time comes from a clock.Clock;
// audit events (reminder.sent, reminder.replied, appointment.updated)
// carry ids, never message text; logs carry ids only.
package reminders
