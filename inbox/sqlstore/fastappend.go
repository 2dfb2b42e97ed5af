package sqlstore

import (
	"context"
	"sync/atomic"

	"github.com/frontdeskhq/frontdesk/inbox"
	"github.com/frontdeskhq/frontdesk/internal/sqldb"
)

// The one-statement append on PostgreSQL. Most inbound messages join the
// open conversation the store itself wrote last for their subject, so the
// Store remembers that row (convCache) and stores the next message by
// one statement, committed on its own like a bare INSERT:
//
//	WITH u AS (UPDATE conversations SET <the threaded row>
//	           WHERE <the row is still exactly the remembered one> RETURNING 1)
//	INSERT INTO messages (...) SELECT <the message> FROM u
//
// Thread runs in Go on the remembered row, exactly as it would on the row
// locked by SELECT ... FOR UPDATE, since the UPDATE writes only over that
// very row: PostgreSQL re-checks its WHERE on the latest version of the
// row after waiting for any concurrent writer. When anything changed the
// row (another instance's message, an assignment, a close), the UPDATE
// matches nothing, the INSERT inserts nothing, and AppendMessage takes
// its transactional path. A unique violation (a duplicate delivery, a
// taken id) fails the whole statement, which commits nothing, and the
// append starts over carefully. One round trip and one commit per
// message instead of two round trips. The statement is built in
// appendstmt.go, which also builds the trimmed form audited appends use.

// convCache remembers, per (practice, subject), the open conversation row
// as this Store last wrote it.
type convCache struct{ m *memo[cachedConv] }

// cachedConv is a remembered row, with its column values (convArgs) once
// they are known. args is never modified once made, so copies share it.
// gen tells one remembering of a subject's row from the next. xmin, when
// known (the row was written by a rider's append, which returns it), is
// the row version's xmin, which any later write of the row changes.
type cachedConv struct {
	conv inbox.Conversation
	args []any
	gen  uint64
	xmin string
}

// convGen numbers the rows remembered (cachedConv.gen).
var convGen atomic.Uint64

func newConvCache() *convCache {
	return &convCache{&memo[cachedConv]{clone: func(c cachedConv) cachedConv {
		c.conv = c.conv.Clone()
		return c
	}}}
}

func (c *convCache) get(practiceID, subject string) (inbox.Conversation, bool) {
	v, ok := c.m.get(practiceID, subject)
	return v.conv, ok
}

func (c *convCache) entry(practiceID, subject string) (cachedConv, bool) {
	return c.m.get(practiceID, subject)
}

// put remembers conv as written, or forgets its subject's row when conv is
// closed.
func (c *convCache) put(conv inbox.Conversation) { c.putArgs(conv, nil) }

// putArgs is put with the row's column values, args (nil when unknown).
func (c *convCache) putArgs(conv inbox.Conversation, args []any) { c.putVersion(conv, args, "") }

// putVersion is putArgs with the row version's xmin ("" when unknown).
func (c *convCache) putVersion(conv inbox.Conversation, args []any, xmin string) {
	if conv.Status == inbox.StatusClosed {
		c.m.forget(conv.PracticeID, conv.Subject)
		return
	}
	c.m.put(conv.PracticeID, conv.Subject, cachedConv{conv: conv, args: args, gen: convGen.Add(1), xmin: xmin}, false)
}

// gen returns the generation of the row remembered for a subject.
func (c *convCache) gen(practiceID, subject string) (uint64, bool) {
	v, ok := c.m.peek(practiceID, subject)
	return v.gen, ok
}

func (c *convCache) forget(practiceID, subject string) { c.m.forget(practiceID, subject) }

// msgColType is the SQL type of a messages column.
func msgColType(col string) string {
	switch col {
	case "automated", "sealed":
		return "BOOLEAN"
	case "created_at", "sent_at":
		return "BIGINT"
	}
	return "TEXT"
}

// appendOnto tries the one-statement append of ap onto old, the
// remembered row of its subject's open conversation. stored reports
// whether it stored the message; when it did not and err is nil, the row
// had changed. An error means nothing was committed (or, for a lost
// connection, that the outcome is unknown, as for any commit).
func (s *Store) appendOnto(ctx context.Context, ap inbox.AppendParams, old cachedConv) (res inbox.AppendResult, stored bool, err error) {
	o, err := s.ontoArgs(ap, old)
	if err != nil {
		return res, false, err
	}
	q, args := o.statement()
	n, err := s.db.Reader().Exec(ctx, q, args...)
	if err != nil || n == 0 {
		s.convs.forget(ap.Message.PracticeID, ap.Subject)
		return res, false, err
	}
	s.convs.putArgs(o.conv.conv, o.conv.args)
	return inbox.AppendResult{Message: o.msg, Conversation: o.conv.conv}, true, nil
}

// onto is an append threaded onto a remembered row: the message and the
// row as the append writes them, and the values its statement takes (see
// appendstmt.go): the remembered row's (convArgs), the message's
// (msgCols) and the contact to confirm (id, patient id, verified), if any.
type onto struct {
	msg                           inbox.Message
	conv                          cachedConv // the row as the append writes it
	oldArgs, msgArgs, confirmArgs []any
}

// ontoArgs threads ap's message onto old, the remembered row of its
// subject's open conversation, and returns the message and the
// conversation as they would be stored, with the values that store them
// (confirming ap.Confirm, if set).
func (s *Store) ontoArgs(ap inbox.AppendParams, old cachedConv) (onto, error) {
	m := ap.Message
	conv, _, err := applyThread(ap, m, old.conv, nil)
	if err != nil {
		return onto{}, err
	}
	m.ConversationID = conv.ID
	cargs, err := convArgs(conv)
	if err != nil {
		return onto{}, err
	}
	oargs := old.args
	if oargs == nil {
		if oargs, err = convArgs(old.conv); err != nil {
			return onto{}, err
		}
	}
	margs, err := s.cr.msgArgs(m)
	if err != nil {
		return onto{}, err
	}
	var confirm []any
	if c := ap.Confirm; c != nil {
		confirm = []any{c.ID, c.PatientID, c.Verified}
	}
	return onto{msg: m, conv: cachedConv{conv: conv, args: cargs}, oldArgs: oargs, msgArgs: margs, confirmArgs: confirm}, nil
}

// appendConfirmed is AppendMessage of a message whose sender's contact
// the store answered from memory (ap.Confirm, see contactCache): only the
// one-statement append, which confirms the contact in the statement that
// stores the message, may store it. When that path is not open (no
// remembered conversation row), or the row or the contact changed, or a
// unique index or a retryable failure stopped the statement, nothing is
// stored: the contact is forgotten and inbox.ErrStale returned, for the
// caller to read the contact and append again.
func (s *Store) appendConfirmed(ctx context.Context, ap inbox.AppendParams) (inbox.AppendResult, error) {
	const op = "append message"
	m, c := ap.Message, ap.Confirm
	stale := func() (inbox.AppendResult, error) {
		if s.contacts != nil {
			s.contacts.forget(c.PracticeID, c.Key)
		}
		return inbox.AppendResult{}, inbox.ErrStale
	}
	if s.convs == nil || m.ConversationID != "" || c.PracticeID != m.PracticeID || c.ID != m.ContactID {
		return stale()
	}
	if s.group != nil {
		res, handled, _, err := s.appendGrouped(ctx, ap)
		switch {
		case !handled:
			return stale()
		case err != nil:
			return inbox.AppendResult{}, wrap(ctx, op, err)
		}
		return res, nil
	}
	old, ok := s.convs.entry(m.PracticeID, ap.Subject)
	if !ok {
		return stale()
	}
	res, stored, err := s.appendOnto(ctx, ap, old)
	switch {
	case stored:
		return res, nil
	case err == nil || sqldb.IsConflict(err) || sqldb.IsRetryable(err):
		return stale()
	}
	return inbox.AppendResult{}, wrap(ctx, op, err)
}
