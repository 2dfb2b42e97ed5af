// Package fhir maps reminders' appointments and slots to and from FHIR R4
// Appointment and Slot resources, reads a Patient's telecom and language
// into a reminders.Recipient, and maps inbox messages to FHIR R4
// Communication resources threaded with partOf and inResponseTo.
//
// The structs model the elements frontdesk uses and keep every other
// element in Extra, so that a resource read and written again loses
// nothing. Status codes are FHIR's own (reminders.Status and
// reminders.SlotStatus use them). A FHIR instant carries an offset, not a
// zone, so the patient's IANA zone comes in Options.
package fhir
