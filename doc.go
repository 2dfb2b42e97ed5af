// Package frontdesk is patient messaging for EHR and practice-management
// vendors: one inbox for WhatsApp, SMS, e-mail and web chat, threaded by
// patient; triage and routing of every message to the right team with a
// deadline; appointment reminders patients answer by reply; and the privacy
// machinery healthcare needs (PHI redaction, channel tiers, audit).
//
// frontdesk is a library. The vendor owns its database, its UI and its
// patients; frontdesk owns the messaging logic, and ships reference
// implementations, fakes and conformance suites so that a vendor can plug in
// its own parts and prove they behave.
//
// # Packages
//
//   - inbox: the Inbox service (Ingest, Reply, notes, assign, transfer,
//     snooze, close, identity, consent keywords, KPIs, SLA monitoring,
//     access control through Staff views, events), the Store interface,
//     a memory store and inboxtest, the Store conformance suite;
//     inbox/sqlstore: PostgreSQL and SQLite stores, a consent store, an
//     audit sink and cross-instance events.
//   - channels: the Channel interface, Inbound/Outbound/Status, address
//     normalisation, consent, the send gate, retries and rate limits,
//     media storage; channeltest has a fake channel with scripted faults;
//     whatsapp, twilio, email and webchat are the real adapters, each
//     with a fake provider for vendors' tests.
//   - triage: intents, urgency and emergency red flags, with a default
//     model that no classifier can overrule on an emergency.
//   - routing: rules, business hours, SLAs and escalation, staff and
//     assignment, permissions; routing/knowledge answers FAQs.
//   - reminders: appointment reminders answered by reply, the waitlist,
//     FHIR and HL7 v2 mapping.
//   - audit: the hash-chained, signed audit trail and its sinks.
//   - phi: PHI detection and redaction, channel tiers, safe logs, field
//     encryption.
//   - clock: the injected clock; clocktest has the fake tests advance.

// # The flow of one message
//
// A provider webhook reaches a channel adapter, which verifies and parses
// it into a channels.Inbound and calls Inbox.Ingest: the inbox drops a
// redelivery, maps the sender to the vendor's patient (or a provisional
// contact), triages the text, threads it into the patient's one open
// conversation whatever the channel, routes it to a queue with a deadline,
// records an audit event and tells the vendor. An emergency gets an
// immediate safety reply (911, or 988 for a crisis) and an alert; nothing
// clinical is ever answered automatically.
//
// Every record, query, event and audit entry carries the practice (tenant)
// id; nothing crosses between practices. Logs carry ids, never PHI.
//
// Run the demo with go run ./examples/clinic.
package frontdesk
