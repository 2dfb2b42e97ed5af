// Package sqlstore keeps frontdesk's inbox, consent and audit records in
// SQL: PostgreSQL through a pgx pool for production, or an SQLite file
// (pure Go, no cgo) for single-process deployments and demos. Both run the
// same statements through one implementation.
//
// # Use
//
// Open a DB, migrate it once at start-up, and hand its stores to the
// services:
//
//	pool, _ := pgxpool.New(ctx, dsn)          // or: db, _ := sqlstore.OpenSQLite(path, sqlstore.Config{})
//	db, _ := sqlstore.NewPostgres(pool, sqlstore.Config{Schema: "frontdesk"})
//	if err := db.Migrate(ctx); err != nil { ... }
//	lg, _ := audit.NewLog(sqlstore.NewAuditSink(db), audit.Config{SigningKey: key})
//	ib, _ := inbox.New(sqlstore.New(db), inbox.Config{Audit: lg, ...})
//	sms = channels.WithConsent(sqlstore.NewConsentStore(db))(sms)
//
// Store implements inbox.Store, ConsentStore channels.ConsentStore and
// AuditSink audit.Sink and audit.Querier; each passes its package's
// conformance suite on both databases. AuditSink stores what an audit.Log
// chains (Seq, PrevHash, Hash and the signed checkpoints), so the table
// read in order verifies with audit.Verify.
//
// # Migrations
//
// The schema is embedded (migrations/<component>/NNNN_name.sql) and applied
// by DB.Migrate, never implicitly. Applied versions are recorded in the
// schema_migrations table, one row per component and version, in the same
// transaction as the change. Many instances may call Migrate at once: on
// PostgreSQL a transaction-scoped advisory lock (keyed by schema and
// prefix) lets one apply and the others then find nothing to do; on SQLite
// the write transaction is exclusive. Config.Schema (PostgreSQL) and
// Config.TablePrefix put every table and index in their own namespace, so
// that frontdesk can live in a vendor's existing database.
//
// # Tables
//
// Times are BIGINT microseconds since the Unix epoch, UTC, with NULL for
// "not set", so that one schema serves both databases and ordering is
// exact. Lists and nested records are JSON text ("" when empty). Every
// table leads with practice_id, and every query filters on it.
//
//   - schema_migrations (component, version, name): the migrations applied.
//   - contacts (practice_id, id, key, addresses, patient_id, verified, link,
//     created_at, sealed): one row per inbox.Contact. key, the normalised
//     address (or its blind index token when sealed), is unique per
//     practice, which makes PutContact a get-or-create. addresses is the
//     JSON list of channels.Address, link the JSON inbox.Link of the
//     latest merge.
//   - conversations (practice_id, id, subject, patient_id, contact_id,
//     status, channel, queue, assignee, priority, urgency, intent,
//     emergency, first_response_due, first_response_at, message_count,
//     created_at, updated_at, closed_at, ext): one row per
//     inbox.Conversation.
//     A partial unique index on (practice_id, subject) over rows whose
//     status is not 'closed' guarantees one open conversation per patient.
//     Indexes on (practice_id, [queue | assignee,] updated_at, id) serve
//     the staff lists, most recent first.
//   - messages (seq, practice_id, id, conversation_id, contact_id,
//     direction, channel, provider_id, type, raw_type, text, subject,
//     payload, media, in_reply_to, author_id, automated, status,
//     status_history, error_code, triage, handled_by, created_at, sent_at,
//     ext, sealed): one row per inbox.Message; seq numbers rows in
//     insertion order and breaks ties of created_at in threads. A
//     partial unique index on (practice_id, channel, provider_id) where
//     provider_id is not empty deduplicates webhook deliveries, whichever
//     instance receives them.
//     media, status_history and triage are JSON. (practice_id,
//     conversation_id) references conversations.
//   - consents (practice_id, channel, address_kind, address, state, source,
//     keyword, changed_at): the consent in force per practice, channel and
//     address; an upsert keeps the row with the latest changed_at.
//   - audit_events (seq, practice_id, time, action, patient_id, event):
//     append-only, in commit order (appends are serialised, on
//     PostgreSQL by an advisory lock keyed by the table); event is the
//     JSON encoding of the audit.Event, chain fields included, the other
//     columns copies of its fields for queries by practice and time,
//     patient or action. Checkpoints have an empty practice_id.
//
// The ext column of conversations and messages holds, as a JSON object
// keyed by field name, the non-zero fields of the record that have no
// column of their own: fields added to the model (ClosedBy, Mentions, SLA
// state...) are kept without a migration of their own, and "" reads as all
// zero. Columns are authoritative: ext never carries a field that has a
// column, and a key for one is ignored on read. A field that must be
// filtered or indexed gets a column by a new migration that moves it out
// of ext. A new field's type must round-trip through encoding/json.
//
// # Encryption at rest
//
// With Config.Keyring and Config.BlindIndex set, the PHI columns are
// sealed with the phi package's envelope encryption, each value bound to
// its practice, table, record id and column (a value copied to another
// row fails to open): messages' text, subject, payload, media, triage and
// ext, and contacts' addresses, which then also carry the contact key. The
// contacts' key column holds the key's blind index token instead, so that
// PutContact and FindContact still find a contact by its key through the
// unique index, and equal keys of two practices give different tokens.
// Consents likewise store the token of their address, and return the
// address they were asked for.
// Each row records whether it is sealed (the sealed column): turning
// encryption on over an existing database keeps the rows written in clear
// readable, and an update seals them; a DB without the keyring fails to
// read sealed rows with ErrSealed. Ids, times, statuses, queues and
// conversations (which hold no message text) stay in clear for queries.
//
// # Transactions and concurrency
//
// Every write is one transaction. An update function (UpdateContact,
// UpdateMessage, UpdateConversation, AppendParams.Thread) sees the record
// locked (SELECT ... FOR UPDATE on PostgreSQL, at READ COMMITTED) until
// the write commits; a function's error rolls everything back.
// AppendMessage looks the provider id up, locks or creates the subject's
// open conversation, threads, then writes the conversation and the
// message, so a failure at any point leaves nothing half-written. Two
// instances racing on one delivery or one new conversation are settled by
// the unique indexes (INSERT ... ON CONFLICT DO NOTHING): the loser starts
// its transaction over and finds the winner's message (reported as a
// duplicate) or conversation (threaded into). Serialization failures and
// deadlocks are retried the same way, a few times.
//
// On PostgreSQL the Store remembers, per subject, the open conversation row it last wrote, and stores the next
// message threaded into it by a single statement committed on its own, one
// round trip like a bare INSERT: a data-modifying CTE that updates the
// conversation only if its row is still exactly the remembered one, and
// inserts the message only if it did (Thread runs in Go on the remembered
// row, as it would on the locked one). Any change to the row by another
// writer or instance makes the statement store nothing, and the append
// takes the transactional path above; a duplicate delivery fails the
// statement on the unique index and is then reported as such.
// Store.LookupIngest (inbox.IngestLookup) reads a delivery's stored
// message and its sender's contact in one round trip. On PostgreSQL the
// Store also remembers, per practice and contact key, the contacts it
// read or wrote, and answers a known sender from memory
// (IngestFound.Remembered) when no provider id is asked for (an Inbox
// without interceptors): the one-statement append then confirms the
// contact in the same statement (its patient id and verification are
// still those remembered), and stores nothing otherwise, in which case
// AppendMessage forgets the contact and returns inbox.ErrStale and the
// Inbox reads the contact again. A known sender's message onto its open
// conversation thus costs one round trip besides its audit event, and a
// contact changed by another instance (linked to a patient, say) is never
// trusted from memory. A practice is never answered another's contact:
// the practice is part of the key. AuditSink
// writes a batch of events by one statement, which takes a
// transaction-scoped advisory lock so that appends are serialised to
// their commit.
//
// # Audited appends
//
// When the Inbox's audit sink is an audit.Log over an AuditSink on the
// same pool (this DB's, or that of a DB with its own schema or table
// prefix, as when each instance keeps its own audit chain), an inbound
// message that takes the one-statement path rides in the Log's next batch (Store.AppendAudited, inbox.AuditedAppender,
// audit.Log.Ride): the batch, which the Log commits one at a time in
// chain order, becomes one transaction sent in one round trip, BEGIN, one
// append statement per message, the batch's events (each message's
// "received" event among them) and COMMIT. A message and the event that
// records it are then committed together or not at all, and the messages
// and events of concurrent ingests share one round trip and one commit
// instead of a commit per message plus one per audit batch. Each append
// statement sets only the columns its message changed, and recognises a
// row that an earlier audited append wrote by the row version's xmin
// (which the append returns, and any other write changes) rather than by
// all its columns. The append statements of a batch fail (rather than
// store nothing) when their row has changed; a failed statement (that, a duplicate delivery, a
// deadlock) rolls the transaction back, and the batch is sent again
// without that message, whose caller then appends on its own, so that it
// reports its own outcome and records its event as usual. A lost
// connection fails every caller of the batch with ErrUnavailable (the
// commit's outcome is unknown; redeliveries are deduplicated). The Log
// holds a batch with riders a little (audit.Config.GroupDelay) for the
// callers who rode the batch before to come back with their next
// message, so that concurrent ingests share one commit rather than
// alternate in two halves. This is on without configuration; with eight
// concurrent ingests on a two-core machine it brought ingest from 28% to
// 45-51% of the rate of bare single-row inserts (less on a busy
// machine), and the CPU per message (client and server) from about 350
// to 150 microseconds: each batch runs its appends one after another on
// one connection, and the Log commits one batch at a time, so that its
// rate is bounded by the batch's round trip.
//
// With Config.Grouping on PostgreSQL, the one-statement appends that do
// not ride in an audit batch (an Inbox audited elsewhere, or not at all)
// and the AuditSink's batches are committed in groups: the writes that arrive
// while a group is being committed (by at most two groups at a time, each
// on its own connection) form the next one, up to 64, sent as one
// pipeline in one round trip: BEGIN, the audit batches, one append
// statement per message, COMMIT. N ingests then share one round trip and
// one commit, and the audit events of a batch ride in the commit of the
// next messages instead of one of their own. Each caller returns only
// after the commit that made its write durable. An append whose row has
// changed, or the second append to one subject in a group, is left to its
// caller, which takes the transactional path; a statement that fails (a
// duplicate delivery breaking a unique index, say) makes the server skip
// the rest of the group, which commits nothing, and every caller then
// writes on its own, so that each reports its own outcome; a lost
// connection fails every write of the group with ErrUnavailable, the
// commit's outcome being unknown. Single-row reads (GetMessage,
// FindContact...) are likewise sent together with other callers', in one
// pipeline. Grouping is off by default: with eight concurrent ingests on
// a two-core machine shared with PostgreSQL it spends about a tenth less
// CPU per message (client and server together), but each ingest waits
// for its group, and it measured no higher a rate and a higher median
// latency than one round trip per append (compare BenchmarkIngestPostgres
// and BenchmarkIngestPostgresGrouped, or examples/bench, which prints the
// client's and the server backends' CPU per message). Turn it on where
// commits or round trips are dear: a remote server, synchronous
// replication, a slow disk.
//
// SQLite allows one writer. DB writes through one connection owned by a
// writer goroutine, which runs the transactions queued while it was busy
// inside one database transaction, each in its own SAVEPOINT (its error
// rolls back its own work only), and commits them together: group commit.
// A write returns only after the commit that made it durable. Reads use a
// pool of read-only connections, concurrent with the writer thanks to WAL.
//
// # Errors
//
// Missing records return inbox.ErrNotFound (channels.ErrConsentNotFound
// for consent), uniqueness violations inbox.ErrConflict. Database failures
// are *Error values: errors.Is matches inbox.ErrConflict (a unique
// violation, or a race lost too often), ErrUnavailable (the connection was
// lost or refused; nothing was committed unless the loss hit the commit
// itself, and an inbound delivery can always be retried since it is
// deduplicated), ErrDatabase, or the context's error when the context
// ended. Error strings carry the operation and the driver's code, never
// the driver's text, which may quote stored PHI.
//
// # Several instances
//
// Instances of a service share one PostgreSQL database and need nothing
// else to store correctly. For live screens, a Notifier carries inbox
// events between them through LISTEN/NOTIFY: register it as an inbox.Hook
// so that it publishes, and run Listen in a goroutine with a Hook that
// hands the other instances' events to the local staff connections:
//
//	n, _ := sqlstore.NewNotifier(db, sqlstore.NotifierConfig{OnGap: reloadScreens})
//	ib, _ := inbox.New(store, inbox.Config{Hooks: []inbox.Hook{n}})
//	go n.Listen(ctx, inbox.HookFunc(func(ctx context.Context, e inbox.Event) { fanOutToScreens(e) }))
//
// (Inbox.Subscribe feeds only on local events; until the inbox exposes a
// way to inject remote ones, the Listen hook feeds the screens itself.)
package sqlstore
