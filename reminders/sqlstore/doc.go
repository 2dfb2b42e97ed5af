// Package sqlstore keeps reminders in PostgreSQL or SQLite: a
// reminders.Store and reminders.WaitlistStore that passes
// reminderstest.Run on both, and that many instances of a vendor's
// service can share.
//
// # Opening
//
// PostgreSQL, through a pgx pool the caller owns:
//
//	pool, _ := pgxpool.New(ctx, dsn)
//	store, _ := sqlstore.NewPostgres(pool, sqlstore.Config{Prefix: "fd_"})
//	if err := store.Migrate(ctx); err != nil { ... }
//
// SQLite (pure Go, modernc.org/sqlite), in a file of the data directory:
//
//	store, _ := sqlstore.OpenSQLite(ctx, filepath.Join(dataDir, "reminders.db"), sqlstore.Config{})
//	defer store.Close()
//	if err := store.Migrate(ctx); err != nil { ... }
//
// Then use it wherever reminders wants a Store and a WaitlistStore:
// reminders.Sync, reminders.NewDispatcher and reminders.NewResponder
// (ResponderConfig.Waitlist).
//
// # Schema
//
// Migrate applies the embedded, numbered migrations (migrations/*.sql)
// not yet recorded in the table {prefix}reminder_schema, in one
// transaction. Instances starting together are safe: in PostgreSQL they
// queue on an advisory lock named after the prefix, in SQLite on the
// single writer, and the later ones find nothing to do. Every table and
// index name starts with Config.Prefix (default "fd_"), so the tables can
// live in a vendor's existing database; in PostgreSQL the connection's
// search_path chooses the schema. Upgrade every dispatcher of a database
// together: since migration 0004 a claim leaves next_us at the due time
// and checks lease_until_us, so a dispatcher of an older version must not
// claim from the same tables. Files ending in .postgres.sql run on
// PostgreSQL only; SQLite records them as applied. The tables:
//
//   - {prefix}reminder_appointments: one row per appointment (practice_id,
//     id), with patient_id, start_us, the version bumped on every save,
//     and the whole reminders.Appointment as JSON in doc.
//   - {prefix}reminders: one row per planned send (practice_id, id): its
//     appointment, due time, state, attempts, PHI-free reason code, the
//     lease (lease_owner, lease_until_us), what was sent (channel,
//     contact_key, provider_id, sent_us) and the patient's answer (reply,
//     replied_us, offered_slots as a JSON array, closed), and next_us, when
//     it is next due (its due time, or the time of its retry). A partial
//     index on next_us of scheduled rows serves Claim, which takes the
//     due rows whose lease (if any) has run out; partial indexes on sent
//     rows serve OpenReminder (by contact key, led by it) and RecentSends
//     (by patient, led by it). In PostgreSQL the key columns compare
//     byte by byte (collation "C"), and the table's pages are kept half
//     full so that a claim, which changes only the lease columns, is a
//     HOT update that writes no index entry.
//   - {prefix}reminder_waitlist: waitlisted patients (practice_id, id),
//     ordered by rank and created_us, the reminders.WaitlistEntry in doc.
//   - {prefix}reminder_offers: offers of freed slots (practice_id, id) with
//     expires_us, closed, claimed_by and claimed_us as columns (they are
//     authoritative) and the reminders.Offer in doc.
//   - {prefix}reminder_offer_contacts: each offer's recipients (patient_id,
//     contact_key), to find the offer a reply answers.
//
// Times are Unix microseconds (UTC) in BIGINT columns, 0 for none; every
// key starts with the practice id, and every query is scoped by it except
// Claim and DueOffers, which serve all practices and return records that
// carry theirs.
//
// # Concurrency
//
// Claim leases due reminders to one owner until a deadline. In PostgreSQL
// a single statement selects them with FOR UPDATE SKIP LOCKED, so
// concurrent dispatchers skip each other's rows instead of waiting, and
// returns them with their appointments and their patients' recent sends;
// a lease that runs out makes the reminder claimable again. Every step of
// the claim and of a group of results is a lookup by key or an index walk
// whatever the planner's statistics say (they are stale right after
// reminders are booked or sent in bulk), so that neither ever scans a
// whole table. In SQLite every write runs in a BEGIN
// IMMEDIATE transaction, the single writer, behind a per-Store mutex
// (so one process does not spin on SQLITE_BUSY) and a busy timeout
// (for other processes). Complete checks the lease owner in its UPDATE;
// concurrent Completes are grouped into one transaction, so that many
// send workers share a commit while each caller still gets its own result
// (nil, ErrLeaseLost or ErrNotFound). The Store is also a
// reminders.BatchCompleter: a Dispatcher hands it each group of results
// in one CompleteBatch call, and its workers never wait for a write to
// send the next reminder. In PostgreSQL a group is a pipeline of
// single-row UPDATEs by primary key, sent in one round trip and run as
// one implicit transaction; in SQLite, one write transaction.
// ClaimOffer is one conditional UPDATE: of several patients
// answering yes, exactly one wins.
//
// # Errors
//
// Methods return the reminders sentinels (ErrNotFound, ErrLeaseLost,
// ErrInvalid, ErrOfferClosed) wrapped, a context error when ctx ends, and
// otherwise an *Error matching ErrDatabase, whose message carries the
// operation and the database's error code but never the driver's text
// (which may quote stored values).
package sqlstore
