// Package reminders sends appointment reminders that patients answer in
// one word, and acts on the answer.
//
// The vendor's scheduling system stays the source of truth behind the
// Scheduler interface (look up, confirm, cancel, open slots, reschedule,
// book); MemoryScheduler stands in for it in demos and tests. Subpackages
// map FHIR R4 Appointment and Slot (reminders/fhir) and parse HL7 v2 SIU
// messages (reminders/hl7) into Appointments.
//
// The flow:
//
//   - Sync stores each appointment the vendor creates or changes in a
//     Store and plans its reminders with a Policy (48 and 24 hours before by
//     default, per appointment type, optional same-day). A moved or
//     cancelled appointment's pending reminders are voided.
//   - A Dispatcher (Run, or RunOnce in tests) claims due reminders with a
//     lease, passes each through channels.Gate (consent, quiet hours in the
//     patient's zone, one automated message a day and three a week, the
//     WhatsApp window), sends it on the patient's preferred channel with
//     fallbacks, with an idempotency key, and records the result; transient
//     failures are retried with back-off until the appointment.
//   - A Responder, installed as an inbox.Interceptor, recognises a reply
//     to an open reminder ("C", "sí", "no puedo ir", a button), confirms,
//     cancels or offers up to three slots through the Scheduler, answers the
//     patient, and offers a freed slot to the waitlist. Questions, unclear
//     and clinical replies are left to the inbox, which queues them for
//     staff.
//
// Every Store passes reminderstest.Run. Time comes from a clock.Clock;
// audit events (reminder.sent, reminder.replied, appointment.updated)
// carry ids, never message text.
package reminders
