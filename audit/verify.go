package audit

import (
	"crypto/ed25519"
	"errors"
	"fmt"
	"io"
	"os"
)

// The reasons Verify gives for the first bad position. A *VerifyError
// wraps exactly one of them, so errors.Is(err, ErrMissing) tells a deleted
// event from an edited one.
var (
	// ErrChanged: an event's content no longer matches its hash, its
	// prev_hash does not match the event before it, it differs from a
	// trusted checkpoint, or its line is not in canonical form.
	ErrChanged = errors.New("audit: event changed")
	// ErrMissing: one or more events are absent (a gap in seq, or a log
	// that does not start at seq 1 or at a signed checkpoint).
	ErrMissing = errors.New("audit: event missing")
	// ErrReordered: events are out of seq order.
	ErrReordered = errors.New("audit: events reordered")
	// ErrDuplicate: an event appears twice in a row.
	ErrDuplicate = errors.New("audit: event repeated")
	// ErrBadSignature: a checkpoint's signature is invalid, made with
	// another key, or does not match the chain it sits in.
	ErrBadSignature = errors.New("audit: bad checkpoint")
	// ErrTruncated: the log ends early: a torn last line, a log shorter
	// than a trusted checkpoint, or events after the last checkpoint when
	// VerifyOptions.RequireSealed is set.
	ErrTruncated = errors.New("audit: log truncated")
	// ErrMalformed: a line is not an audit event (bad JSON, unknown
	// fields, an event that fails Validate, or no seq).
	ErrMalformed = errors.New("audit: malformed event")
)

// VerifyError names the first bad position of a log and why. It wraps its
// Reason (one of ErrChanged, ErrMissing, ErrReordered, ErrDuplicate,
// ErrBadSignature, ErrTruncated, ErrMalformed) and the underlying Err, if
// any. It never holds event content.
type VerifyError struct {
	// Position is the 1-based line of a file, or the 1-based index of an
	// event in a slice. For a log that ends early it is one past the end.
	Position int
	// Seq is the seq expected at Position (zero when unknown).
	Seq uint64
	// Reason is the sentinel that says what is wrong.
	Reason error
	// Msg adds what was found, such as "seq 7 found, want 5".
	Msg string
	// Err is the underlying cause, such as a JSON syntax error.
	Err error
}

// Error says what is wrong and where, e.g. "audit: event missing at
// position 4 (seq 4): seq 5 found, want 4".
func (e *VerifyError) Error() string {
	s := fmt.Sprintf("%v at position %d", e.Reason, e.Position)
	if e.Seq != 0 {
		s += fmt.Sprintf(" (seq %d)", e.Seq)
	}
	if e.Msg != "" {
		s += ": " + e.Msg
	}
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

// Unwrap returns Reason and Err, for errors.Is and errors.As.
func (e *VerifyError) Unwrap() []error {
	if e.Err == nil {
		return []error{e.Reason}
	}
	return []error{e.Reason, e.Err}
}

// VerifyOptions tunes verification. The zero value checks the chain and
// the shape of checkpoints but not their signatures.
type VerifyOptions struct {
	// PublicKey checks checkpoint signatures. Nil skips the signature
	// check, and a log that starts at a checkpoint (after pruning) then
	// fails with ErrMissing, since nothing vouches for what was removed.
	PublicKey ed25519.PublicKey
	// Trusted is a checkpoint kept outside the log (see Log.Checkpoint).
	// The log must reach Trusted.Count, and its event there must have
	// hash Trusted.Head; otherwise ErrTruncated or ErrChanged. When
	// PublicKey is set, Trusted's signature is checked too.
	Trusted *Checkpoint
	// RequireSealed demands that the log end with a checkpoint, as a Log
	// with a signing key leaves it after Close; otherwise ErrTruncated.
	RequireSealed bool
}

// Result describes a verified log.
type Result struct {
	// First is the seq of the first event: 1, or the seq of the anchoring
	// checkpoint of a pruned log. Zero for an empty log.
	First uint64
	// Count is how many events were verified.
	Count int
	// Head is the seq and hash of the last event.
	Head Head
	// Checkpoints is how many checkpoint events the log holds.
	Checkpoints int
	// LastCheckpoint is the last of them (zero when there is none).
	LastCheckpoint Checkpoint
}

// Verifier checks a chain one event at a time, so a log of any size
// verifies in constant memory. Add the events in the order they are stored,
// then call Finish. A Verifier is not safe for concurrent use.
type Verifier struct {
	opts    VerifyOptions
	pos     int
	res     Result
	last    bool // the last event added was a checkpoint
	pending *VerifyError
	err     error
}

// NewVerifier returns a Verifier with the given options.
func NewVerifier(opts VerifyOptions) *Verifier { return &Verifier{opts: opts} }

// Add checks the next event. It returns the first error found, possibly for
// the previous position: a gap in seq is only told apart from a swap by
// the event after it. Once Add has returned an error it returns it again.
func (v *Verifier) Add(e *Event) error { return v.add(e, hashUnchecked) }

func (v *Verifier) add(e *Event, hs hashState) error {
	v.pos++
	if v.err != nil {
		return v.err
	}
	if p := v.pending; p != nil {
		if e.Seq == p.Seq {
			p.Reason, p.Msg = ErrReordered, fmt.Sprintf("%s; seq %d comes after it", p.Msg, p.Seq)
		}
		v.err = p
		return p
	}
	v.err = v.check(e, hs)
	return v.err
}

func (v *Verifier) fail(reason error, seq uint64, format string, args ...any) *VerifyError {
	return &VerifyError{Position: v.pos, Seq: seq, Reason: reason, Msg: fmt.Sprintf(format, args...)}
}

func (v *Verifier) check(e *Event, hs hashState) error {
	if e.Seq == 0 {
		return v.fail(ErrMalformed, 0, "event has no seq")
	}
	if err := e.Validate(); err != nil {
		return &VerifyError{Position: v.pos, Seq: e.Seq, Reason: ErrMalformed, Err: err}
	}
	head := v.res.Head
	want := head.Seq + 1
	switch {
	case v.res.Count == 0 && e.Seq > 1 && e.Action == ActionCheckpoint && v.opts.PublicKey != nil:
		// A pruned log starts at its anchor checkpoint, checked below.
		head = Head{Seq: e.Seq - 1, Hash: e.PrevHash}
	case e.Seq > want:
		v.pending = v.fail(ErrMissing, want, "seq %d found, want %d", e.Seq, want)
		return nil
	case e.Seq == head.Seq && e.Hash == head.Hash:
		return v.fail(ErrDuplicate, want, "seq %d repeated", e.Seq)
	case e.Seq < want:
		return v.fail(ErrReordered, want, "seq %d found, want %d", e.Seq, want)
	}
	if e.PrevHash != head.Hash {
		return v.fail(ErrChanged, e.Seq, "prev_hash does not match the event before")
	}
	if hs == hashBad || hs == hashUnchecked && !hashMatches(e) {
		return v.fail(ErrChanged, e.Seq, "content does not match its hash")
	}
	if t := v.opts.Trusted; t != nil && e.Seq == t.Count && e.Hash != t.Head {
		return v.fail(ErrChanged, e.Seq, "differs from the trusted checkpoint")
	}
	v.last = e.Action == ActionCheckpoint
	if v.last {
		cp, err := CheckpointOf(e)
		if err != nil {
			return &VerifyError{Position: v.pos, Seq: e.Seq, Reason: ErrBadSignature, Err: err}
		}
		if cp.Count != e.Seq-1 || cp.Head != e.PrevHash {
			return v.fail(ErrBadSignature, e.Seq, "checkpoint does not match the chain")
		}
		if v.opts.PublicKey != nil {
			if err := cp.Verify(v.opts.PublicKey); err != nil {
				return &VerifyError{Position: v.pos, Seq: e.Seq, Reason: ErrBadSignature, Err: err}
			}
		}
		v.res.Checkpoints++
		v.res.LastCheckpoint = cp
	}
	if v.res.Count == 0 {
		v.res.First = e.Seq
	}
	v.res.Count++
	v.res.Head = Head{Seq: e.Seq, Hash: e.Hash}
	return nil
}

// pendingOr returns the error held back for the position before a bad
// line, if any, else err.
func (v *Verifier) pendingOr(err error) error {
	if v.err == nil && v.pending != nil {
		return v.pending
	}
	return err
}

// Finish ends verification and returns the result, or the first error.
func (v *Verifier) Finish() (Result, error) {
	if v.err != nil {
		return Result{}, v.err
	}
	if v.pending != nil {
		return Result{}, v.pending
	}
	end := v.pos + 1
	if t := v.opts.Trusted; t != nil {
		if v.opts.PublicKey != nil {
			if err := t.Verify(v.opts.PublicKey); err != nil {
				return Result{}, &VerifyError{Position: end, Reason: ErrBadSignature, Msg: "trusted checkpoint", Err: err}
			}
		}
		if v.res.Head.Seq < t.Count {
			return Result{}, &VerifyError{Position: end, Seq: v.res.Head.Seq + 1, Reason: ErrTruncated,
				Msg: fmt.Sprintf("log ends at seq %d, trusted checkpoint covers %d", v.res.Head.Seq, t.Count)}
		}
	}
	if v.opts.RequireSealed && !v.last {
		return Result{}, &VerifyError{Position: end, Seq: v.res.Head.Seq + 1, Reason: ErrTruncated,
			Msg: "log does not end with a checkpoint"}
	}
	return v.res, nil
}

// Verify checks a chain of events held in memory, such as
// MemorySink.Events. Positions in errors are 1-based indexes.
func Verify(events []Event, opts VerifyOptions) (Result, error) {
	v := NewVerifier(opts)
	for i := range events {
		if err := v.Add(&events[i]); err != nil {
			return Result{}, err
		}
	}
	return v.Finish()
}

// VerifyReader checks a JSON Lines audit log read from r. Positions in
// errors are 1-based line numbers; other errors are read errors of r.
func VerifyReader(r io.Reader, opts VerifyOptions) (Result, error) {
	v := NewVerifier(opts)
	lr := NewReader(r)
	for {
		e, hs, err := lr.next(true)
		if err == io.EOF {
			return v.Finish()
		}
		if err != nil {
			return Result{}, v.pendingOr(err)
		}
		if err := v.add(&e, hs); err != nil {
			return Result{}, err
		}
	}
}

// VerifyFile checks the JSON Lines audit log at path; see VerifyReader.
func VerifyFile(path string, opts VerifyOptions) (Result, error) {
	f, err := os.Open(path)
	if err != nil {
		return Result{}, fmt.Errorf("audit: verify: %w", err)
	}
	defer f.Close()
	return VerifyReader(f, opts)
}
