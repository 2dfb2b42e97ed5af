// Package audit records who accessed and changed patient information, in a
// log that anyone holding a public key can check for tampering.
//
// Every component of frontdesk (the inbox, channels, routing, reminders)
// emits Events through one Sink. Events carry ids and short codes, never
// message text or other PHI in clear (see Event.Validate).
//
// # Pieces
//
// A Log wraps any Sink: it stamps each event with a sequence number and
// the SHA-256 hash of its canonical encoding chained to the previous
// event's hash, and writes Ed25519-signed checkpoints into the chain every
// Config.CheckpointEvery events, every Config.CheckpointInterval of clock
// time, on demand (Log.Checkpoint) and at Close.
// Concurrent Appends share one write to the sink (group commit).
//
// Sinks: MemorySink (tests, examples), FileSink (an append-only JSON Lines
// file with group commit and fsync, reopened and verified with OpenFile),
// ZapSink (structured log entries for vendors who ship logs elsewhere) and
// Fanout (several sinks at once). Package audittest holds the conformance
// suite every Sink should pass.
//
// Verify, VerifyReader and VerifyFile check a chain and return a
// *VerifyError naming the first bad position and why: ErrChanged,
// ErrMissing, ErrReordered, ErrDuplicate, ErrBadSignature, ErrTruncated or
// ErrMalformed. Query (MemorySink.Query, FileSink.Query, QueryFile) selects
// one practice's events by patient (the accounting of disclosures),
// actor, action, resource and time. PruneFile enforces retention.
//
// A clinic opens its file-backed log like this:
//
//	log, err := audit.OpenFileLog(filepath.Join(dataDir, "audit.jsonl"),
//		audit.FileConfig{PublicKey: pub, Logger: logger},
//		audit.Config{Clock: clk, SigningKey: priv})
//	// errors.Is(err, audit.ErrCorrupt): the file was altered; a
//	// *VerifyError in err names the first bad line.
//	// Pass log as inbox.Config.Audit; log.Close() at shutdown seals the file.
//
// and checks a file with
//
//	res, err := audit.VerifyFile(path, audit.VerifyOptions{PublicKey: pub})
//	// res.Count and res.Head; or a *VerifyError naming the line and reason
//
// # Canonical encoding
//
// An event's hash is the SHA-256, written as 64 lowercase hex digits, of
// its canonical encoding. The encoding is a JSON object (RFC 8259) in
// UTF-8 with no whitespace outside strings, whose members appear in
// ascending byte order of their keys:
//
//	action, actor, contact_id, conversation_id, detail, hash, message_id,
//	outcome, patient_id, practice_id, prev_hash, request_id, seq,
//	source_addr, time
//
// The member "hash" is left out when computing the hash and present in the
// stored line. Every other member holding an empty string, and "detail"
// when it is empty, is left out; "action", "actor", "outcome" and "time"
// are always present ("practice_id" is absent only on checkpoint events).
//
//   - "actor" is an object with the members "id", "kind", "role" in that
//     order, each left out when empty.
//   - "detail" is an object of string values whose members are sorted in
//     ascending byte order of their keys.
//   - "seq" is a JSON number: the decimal digits of the sequence number
//     (at least 1), without sign, fraction, exponent or leading zeros.
//   - "time" is a string: the time in UTC formatted as
//     YYYY-MM-DDTHH:MM:SS, then, when the nanoseconds are not zero, a dot
//     and the nanoseconds as nine digits with trailing zeros removed, then
//     "Z" (Go's time.RFC3339Nano).
//   - "prev_hash" is the previous event's hash; the event with seq 1 has
//     none.
//   - Strings are written byte for byte, except that '"' becomes \", '\'
//     becomes \\ and each byte below 0x20 becomes \u00 followed by two
//     lowercase hex digits. No other escapes appear; non-ASCII characters
//     are written as their UTF-8 bytes.
//
// For example (one line, wrapped here):
//
//	{"action":"message.read","actor":{"id":"staff-7","kind":"staff"},"detail":{"count":"3"},
//	"outcome":"success","patient_id":"pat-1","practice_id":"practice-1","seq":1,"time":"2026-03-02T09:00:00Z"}
//
// To verify in another language: parse a line, drop "hash", re-encode the
// rest by these rules (or, equivalently, check that the line is the
// re-encoding with "hash" in its place), hash it, compare with "hash", and
// check that "prev_hash" equals the previous line's "hash" and "seq" goes
// up by one. A stored line that is not byte for byte the canonical
// encoding of what it parses to is reported as changed.
//
// Checkpoint events and their signatures are described at Checkpoint.
//
// # Files
//
// A JSON Lines audit file holds one canonical encoding (with "hash") per
// line, each ended by '\n', in seq order, checkpoints included. See
// FileSink for the durability guarantee and the repair of a torn last line
// after a crash.
//
// # Retention
//
// Records are kept for DefaultRetentionYears (six years, as HIPAA asks of
// documentation). PruneFile removes the events older than a cutoff by
// cutting the file at a checkpoint: the older part is written to an archive
// file, which verifies on its own, and the live file then starts with the
// checkpoint event. That checkpoint's signature vouches for the count and
// head hash of everything before it, so the live file still verifies
// (VerifyOptions.PublicKey is then required, and Result.First reports where
// the retained chain begins); the archive's last hash is the live file's
// first prev_hash, so the two together verify as one chain.
package audit
