// Package inbox is frontdesk's one inbox: every message a patient sends, on
// any channel, threaded into that patient's one open conversation, triaged,
// routed to a team with a deadline, and answered by staff on the patient's
// channel.
//
// An Inbox (the service, which holds the policy) works over a Store (the
// records, which hold none). MemoryStore is the reference Store; the SQL
// stores live in inbox/sqlstore; a vendor can bring its own and prove it
// with inboxtest.Run. Every Store method and every record carries the
// practice (tenant) id, and nothing of one practice is visible through
// another's.
//
// The flow of one inbound message, in Ingest: validation; dedupe on
// (channel, provider message id), so a webhook delivered twice is stored
// once; identity, where the vendor's Directory maps the address to a patient
// or the sender becomes a provisional, unverified contact; triage by a
// triage.Classifier; Interceptors (consent keywords, reminder replies); one
// atomic append that threads the message into the patient's open
// conversation; routing; an audit event; events to Hooks and Subscribers.
// An emergency also gets an immediate safety reply (911, or 988 for a
// crisis) and EventEmergency; nothing clinical is ever answered
// automatically.
//
// Logs carry ids only; error strings carry no message text or addresses.
package inbox
