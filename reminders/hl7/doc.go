// Package hl7 parses HL7 v2 scheduling messages (SIU^S12 new, S13
// rescheduled, S14 modified, S15 cancelled, S16 discontinued, S17
// deleted, S26 no-show) into reminders appointments, so that a vendor
// whose scheduling system speaks HL7 v2 can feed reminders.Sync directly.
//
// Parse is a tolerant HL7 v2 reader: segments may end in CR, LF or CRLF,
// MLLP framing is ignored, delimiters come from MSH, and escape sequences
// are resolved. ParseSIU maps one message to an Event; errors wrap
// ErrMalformed or ErrNotSIU and never quote the message, which holds PHI.
package hl7
