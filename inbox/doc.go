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
// # Ingest
//
// The flow of one inbound message, in Ingest: validation; dedupe on
// (channel, provider message id), so a webhook delivered twice is stored
// once; identity, where the vendor's Directory maps the address to a patient
// or the sender becomes a provisional, unverified contact; triage by a
// triage.Classifier; Interceptors (consent keywords, survey scores,
// reminder replies, KnowledgeInterceptor's automatic answers); one atomic
// append that threads the message into the patient's open conversation,
// routes it and moves its SLA clock; an audit event; events to Hooks and
// Subscribers. Then the replies frontdesk sends by itself: an emergency
// gets an immediate safety reply (911, or 988 for a crisis) and
// EventEmergency, and nothing clinical is ever answered automatically; the
// first message of a closed period gets the router's after-hours reply
// (once per conversation per closed period, never for an emergency); and an
// Assigner (a *routing.Roster) gives a new conversation to an agent, sticky
// to the agent of the patient's previous conversation.
//
// # Staff work and access control
//
// The Inbox's staff operations (Reply, AddNote, Assign, Transfer, Snooze,
// WaitOnPatient, Close, Reopen, Draft, KPIs, ReviewQA) trust their caller.
// Inbox.Staff returns the view one staff member may use: with
// Config.Permissions set, each method checks the principal's roles
// (routing.Permissions: which queues they read, whether they see PHI,
// export, manage) in the library, returns a *ForbiddenError (ErrForbidden,
// routing.ErrDenied) and writes an access.denied audit event when they may
// not, audits break-glass access, and masks message text with a
// phi.Redactor for principals who read a queue without PermViewPHI.
//
// # Outbound
//
// Every message frontdesk sends, by staff or by itself, takes one path:
// consent and channel gate, Config.Policy, store, send, audit. PHIPolicy
// adapts a phi.Policy: no clinical detail or identifiers on low-tier
// channels (SMS, WhatsApp, plain e-mail), anything on secure ones (web
// chat). E-mail replies thread on the patient's last e-mail (In-Reply-To,
// References, a "Re:" subject).
//
// # Deadlines and measures
//
// Each conversation carries its first-response clock (SLAEvents): started
// when the patient asks, paused by WaitOnPatient, resumed when the patient
// writes, stopped by a staff reply, restarted by a transfer. An SLAMonitor
// watches the clocks on the injected clock and acts on their notices:
// warning, breach, then the policy's escalation steps (notify a role, raise
// the priority, re-route). KPIs compute first response, SLA attainment,
// resolution, recontact, containment, escalations, volumes, CSAT (the
// optional survey after a close, Config.CSAT) and the audited QA accuracy
// of the sampled conversations (Config.QA).
//
// Logs carry ids only; error strings carry no message text or addresses.
package inbox
