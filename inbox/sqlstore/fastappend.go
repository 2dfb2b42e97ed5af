package sqlstore

import (
	"context"
	"strconv"
	"strings"
	"sync"

	"github.com/frontdeskhq/frontdesk/inbox"
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
// message instead of two round trips.

// maxCachedConvs bounds the remembered rows; past it the cache starts
// over (it only ever saves round trips).
const maxCachedConvs = 16384

// convCache remembers, per (practice, subject), the open conversation row
// as this Store last wrote it.
type convCache struct {
	mu sync.Mutex
	m  map[[2]string]cachedConv
}

// cachedConv is a remembered row, with its column values (convArgs) once
// they are known.
type cachedConv struct {
	conv inbox.Conversation
	args []any
}

func (c *convCache) get(practiceID, subject string) (inbox.Conversation, bool) {
	v, ok := c.entry(practiceID, subject)
	return v.conv, ok
}

func (c *convCache) entry(practiceID, subject string) (cachedConv, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.m[[2]string{practiceID, subject}]
	return v, ok
}

// put remembers conv as written, or forgets its subject's row when conv is
// closed.
func (c *convCache) put(conv inbox.Conversation) { c.putArgs(conv, nil) }

// putArgs is put with the row's column values, args (nil when unknown).
func (c *convCache) putArgs(conv inbox.Conversation, args []any) {
	k := [2]string{conv.PracticeID, conv.Subject}
	c.mu.Lock()
	defer c.mu.Unlock()
	if conv.Status == inbox.StatusClosed {
		delete(c.m, k)
		return
	}
	if c.m == nil || len(c.m) >= maxCachedConvs {
		c.m = make(map[[2]string]cachedConv)
	}
	c.m[k] = cachedConv{conv, args}
}

func (c *convCache) forget(practiceID, subject string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.m, [2]string{practiceID, subject})
}

// sqlAppendOnto is the one-statement append: $1-$20 the conversation's
// new values (convCols), $21-$38 its remembered values of the columns
// after practice_id and id, then the message's values (msgCols).
var sqlAppendOnto = func() string {
	conv := splitCols(convCols)
	var b strings.Builder
	b.WriteString("WITH u AS (UPDATE {conversations} SET " + setList(convCols, 1) + " WHERE practice_id = $1 AND id = $2")
	n := len(conv)
	for _, c := range conv[2:] {
		n++
		b.WriteString(" AND " + c + " IS NOT DISTINCT FROM $" + strconv.Itoa(n))
	}
	b.WriteString(" RETURNING 1) INSERT INTO {messages} (" + msgCols + ") SELECT ")
	for i, c := range splitCols(msgCols) {
		if i > 0 {
			b.WriteString(", ")
		}
		n++
		b.WriteString("$" + strconv.Itoa(n) + "::" + msgColType(c))
	}
	b.WriteString(" FROM u")
	return b.String()
}()

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
	n, err := s.db.Reader().Exec(ctx, sqlAppendOnto, o.args...)
	if err != nil || n == 0 {
		s.convs.forget(ap.Message.PracticeID, ap.Subject)
		return res, false, err
	}
	s.convs.putArgs(o.conv.conv, o.conv.args)
	return inbox.AppendResult{Message: o.msg, Conversation: o.conv.conv}, true, nil
}

// onto is an append threaded onto a remembered row.
type onto struct {
	msg  inbox.Message
	conv cachedConv // the row as the append writes it
	args []any      // of sqlAppendOnto
}

// ontoArgs threads ap's message onto old, the remembered row of its
// subject's open conversation, and returns the message and the
// conversation as they would be stored, and the arguments of
// sqlAppendOnto that store them.
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
	args := make([]any, 0, len(cargs)+len(oargs)-2+len(margs))
	args = append(append(append(args, cargs...), oargs[2:]...), margs...)
	return onto{msg: m, conv: cachedConv{conv, cargs}, args: args}, nil
}
