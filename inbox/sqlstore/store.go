package sqlstore

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/inbox"
	"github.com/frontdeskhq/frontdesk/internal/sqldb"
)

// Store is an inbox.Store on a DB. It passes inboxtest.Run on PostgreSQL
// and SQLite. Every write runs in one transaction: in PostgreSQL the record
// an update function sees is locked with SELECT ... FOR UPDATE until the
// write commits; in SQLite the single writer serialises transactions.
// Uniqueness (contact keys, provider ids, one open conversation per
// subject) is enforced by the database's unique indexes.
type Store struct {
	db    *sqldb.DB
	cr    *crypter   // nil: PHI in clear
	group *committer // PostgreSQL with Config.Grouping: see committer
	convs *convCache // PostgreSQL: see appendOnto
	// contacts: PostgreSQL, see newContactCache.
	contacts *memo[inbox.Contact]
}

var _ inbox.Store = (*Store)(nil)

// New returns the inbox store of db. Call db.Migrate first.
func New(db *DB) *Store {
	s := &Store{db: db.db, cr: db.cr, group: db.group}
	if db.db.Dialect() == sqldb.Postgres {
		s.convs, s.contacts = newConvCache(), newContactCache()
	}
	return s
}

var (
	sqlInsertContact = "INSERT INTO {contacts} (" + contactCols + ") VALUES (" + placeholders(1, numCols(contactCols)) + ") ON CONFLICT DO NOTHING"
	sqlContactByID   = "SELECT " + contactCols + " FROM {contacts} WHERE practice_id = $1 AND id = $2"
	// A contact is looked up by its key's blind index token, or by the key
	// in clear for rows written before encryption was turned on.
	sqlContactByKey  = "SELECT " + contactCols + " FROM {contacts} WHERE practice_id = $1 AND key IN ($2, $3)"
	sqlUpdateContact = "UPDATE {contacts} SET " + setList(contactCols, 1) + " WHERE practice_id = $1 AND id = $2"

	sqlConvByID      = "SELECT " + convCols + " FROM {conversations} WHERE practice_id = $1 AND id = $2"
	sqlOpenConv      = "SELECT " + convCols + " FROM {conversations} WHERE practice_id = $1 AND subject = $2 AND status <> 'closed'"
	sqlInsertConv    = "INSERT INTO {conversations} (" + convCols + ") VALUES (" + placeholders(1, numCols(convCols)) + ")"
	sqlUpdateConv    = "UPDATE {conversations} SET " + setList(convCols, 1) + " WHERE practice_id = $1 AND id = $2"
	sqlConvIDExists  = "SELECT 1 FROM {conversations} WHERE practice_id = $1 AND id = $2"
	sqlMsgByID       = "SELECT " + msgCols + " FROM {messages} WHERE practice_id = $1 AND id = $2"
	sqlMsgByProvider = "SELECT " + msgCols + " FROM {messages} WHERE practice_id = $1 AND channel = $2 AND provider_id = $3 AND provider_id <> ''"
	sqlInsertMsg     = "INSERT INTO {messages} (" + msgCols + ") VALUES (" + placeholders(1, numCols(msgCols)) + ")"
	onConflictSkip   = " ON CONFLICT DO NOTHING"
	sqlUpdateMsg     = "UPDATE {messages} SET " + setList(msgCols, 1) + " WHERE practice_id = $1 AND id = $2"
	sqlMsgIDExists   = "SELECT 1 FROM {messages} WHERE practice_id = $1 AND id = $2"
)

// reader is the Querier of single-row reads outside transactions.
func (s *Store) reader() sqldb.Querier {
	if s.group != nil {
		return s.db.RowReader()
	}
	return s.db.Reader()
}

func (s *Store) notFound(what, id string) error {
	return fmt.Errorf("%w: %s %q", inbox.ErrNotFound, what, id)
}

// one runs a single-row query and returns notFound, when not nil, for "no
// rows".
func one[T any](ctx context.Context, q sqldb.Querier, scan func(sqldb.Row) (T, error), notFound error, stmt string, args ...any) (T, error) {
	v, err := scan(q.QueryRow(ctx, stmt, args...))
	if errors.Is(err, sqldb.ErrNoRows) && notFound != nil {
		return v, notFound
	}
	return v, err
}

// GetMessage implements inbox.Store.
func (s *Store) GetMessage(ctx context.Context, practiceID, id string) (inbox.Message, error) {
	m, err := one(ctx, s.reader(), s.scanMessage, s.notFound("message", id), sqlMsgByID, practiceID, id)
	return m, wrap(ctx, "get message", err)
}

func (s *Store) scanMessage(r sqldb.Row) (inbox.Message, error) { return s.cr.scanMsg(r) }

// FindMessage implements inbox.Store.
func (s *Store) FindMessage(ctx context.Context, practiceID string, ch channels.Kind, providerID string) (inbox.Message, error) {
	nf := fmt.Errorf("%w: message by provider id", inbox.ErrNotFound)
	if providerID == "" {
		if err := ctx.Err(); err != nil {
			return inbox.Message{}, err
		}
		return inbox.Message{}, nf
	}
	m, err := one(ctx, s.reader(), s.scanMessage, nf, sqlMsgByProvider, practiceID, string(ch), providerID)
	return m, wrap(ctx, "find message", err)
}

// UpdateMessage implements inbox.Store.
func (s *Store) UpdateMessage(ctx context.Context, practiceID, id string, fn func(*inbox.Message) error) (inbox.Message, error) {
	var m inbox.Message
	err := s.db.Tx(ctx, func(q sqldb.Querier) error {
		old, err := one(ctx, q, s.scanMessage, s.notFound("message", id), sqlMsgByID+"{for_update}", practiceID, id)
		if err != nil {
			return err
		}
		m = old
		if err := fn(&m); err != nil {
			return err
		}
		if m.PracticeID != old.PracticeID || m.ID != old.ID || m.ConversationID != old.ConversationID {
			return errors.New("sqlstore: update may not change a message's practice, id or conversation")
		}
		args, err := s.cr.msgArgs(m)
		if err != nil {
			return err
		}
		_, err = q.Exec(ctx, sqlUpdateMsg, args...)
		return err
	})
	if err != nil {
		return inbox.Message{}, wrap(ctx, "update message", err)
	}
	return m, nil
}

// GetConversation implements inbox.Store.
func (s *Store) GetConversation(ctx context.Context, practiceID, id string) (inbox.Conversation, error) {
	c, err := one(ctx, s.reader(), scanConv, s.notFound("conversation", id), sqlConvByID, practiceID, id)
	return c, wrap(ctx, "get conversation", err)
}

// FindOpenConversation implements inbox.Store.
func (s *Store) FindOpenConversation(ctx context.Context, practiceID, subject string) (inbox.Conversation, error) {
	nf := fmt.Errorf("%w: open conversation for subject", inbox.ErrNotFound)
	c, err := one(ctx, s.reader(), scanConv, nf, sqlOpenConv, practiceID, subject)
	return c, wrap(ctx, "find open conversation", err)
}

// UpdateConversation implements inbox.Store. The partial unique index on
// open conversations refuses a second open conversation for a subject.
func (s *Store) UpdateConversation(ctx context.Context, practiceID, id string, fn func(*inbox.Conversation) error) (inbox.Conversation, error) {
	var c inbox.Conversation
	err := s.db.Tx(ctx, func(q sqldb.Querier) error {
		old, err := one(ctx, q, scanConv, s.notFound("conversation", id), sqlConvByID+"{for_update}", practiceID, id)
		if err != nil {
			return err
		}
		c = old
		if err := fn(&c); err != nil {
			return err
		}
		if c.PracticeID != practiceID || c.ID != id {
			return errors.New("sqlstore: update may not change a conversation's practice or id")
		}
		args, err := convArgs(c)
		if err != nil {
			return err
		}
		_, err = q.Exec(ctx, sqlUpdateConv, args...)
		return err
	})
	if err != nil {
		return inbox.Conversation{}, wrap(ctx, "update conversation", err)
	}
	if s.convs != nil {
		// The row as written: the next message of its subject can be
		// stored onto it in one statement (see appendOnto).
		s.convs.put(c)
	}
	return c, nil
}

// lockedConv is the conversation a message joins, locked for the
// transaction: by id, or the subject's open one.
func (s *Store) lockedConv(ctx context.Context, q sqldb.Querier, practiceID, id, subject string) (inbox.Conversation, error) {
	if id != "" {
		return one(ctx, q, scanConv, s.notFound("conversation", id), sqlConvByID+"{for_update}", practiceID, id)
	}
	return one(ctx, q, scanConv, inbox.ErrNotFound, sqlOpenConv+"{for_update}", practiceID, subject)
}

// AppendMessage implements inbox.Store in one transaction: look the
// provider id up (a duplicate returns the stored message), lock or create
// the conversation, call Thread, then write the conversation and the
// message.
//
// The first attempt is optimistic, for the common case of a new message:
// it skips the provider-id lookup (the Inbox has just made it) and sends
// its writes and the COMMIT in one round trip, as plain INSERTs. If one
// breaks a unique index, because a concurrent transaction stored the same
// delivery or created the subject's conversation first, or because an id
// is taken, nothing is committed and the append starts over carefully:
// with the lookup, and with inserts that report which race was lost. The
// second attempt then reports the duplicate, threads into the winner's
// conversation, or returns inbox.ErrConflict.
func (s *Store) AppendMessage(ctx context.Context, ap inbox.AppendParams) (inbox.AppendResult, error) {
	const op = "append message"
	m0 := ap.Message
	if m0.PracticeID == "" || m0.ID == "" || m0.ContactID == "" || m0.Direction == "" || m0.CreatedAt.IsZero() {
		return inbox.AppendResult{}, errors.New("sqlstore: message needs practice id, id, contact id, direction and time")
	}
	if m0.ConversationID == "" && (ap.Subject == "" || ap.NewConversationID == "") {
		return inbox.AppendResult{}, errors.New("sqlstore: message needs a conversation id, or a subject and a new conversation id")
	}
	if ap.Confirm != nil {
		return s.appendConfirmed(ctx, ap)
	}
	attempt := 0
	if s.convs != nil && m0.ConversationID == "" {
		if s.group != nil {
			res, handled, careful, err := s.appendGrouped(ctx, ap)
			if handled {
				if err != nil {
					return inbox.AppendResult{}, wrap(ctx, op, err)
				}
				return res, nil
			}
			if careful {
				attempt = 1
			}
		} else if old, ok := s.convs.entry(m0.PracticeID, ap.Subject); ok {
			res, stored, err := s.appendOnto(ctx, ap, old)
			switch {
			case stored:
				return res, nil
			case sqldb.IsConflict(err):
				attempt = 1 // a race lost or an id taken: carefully
			case err != nil && !sqldb.IsRetryable(err):
				return inbox.AppendResult{}, wrap(ctx, op, err)
			}
		}
	}
	var res inbox.AppendResult
	err := s.db.Tx(ctx, func(q sqldb.Querier) error {
		res = inbox.AppendResult{}
		careful := attempt > 0
		attempt++
		m := m0
		if m.ProviderID != "" && careful {
			old, err := one(ctx, q, s.scanMessage, nil, sqlMsgByProvider, m.PracticeID, string(m.Channel), m.ProviderID)
			switch {
			case err == nil:
				conv, err := one(ctx, q, scanConv, s.notFound("conversation", old.ConversationID), sqlConvByID, m.PracticeID, old.ConversationID)
				res = inbox.AppendResult{Message: old, Conversation: conv, Duplicate: true}
				return err
			case !errors.Is(err, sqldb.ErrNoRows):
				return err
			}
		}
		conv, created, err := s.thread(ctx, q, ap, m)
		if err != nil {
			return err
		}
		m.ConversationID = conv.ID
		args, err := s.cr.msgArgs(m)
		if err != nil {
			return err
		}
		cargs, err := convArgs(conv)
		if err != nil {
			return err
		}
		convStmt := sqlUpdateConv
		if created {
			convStmt = sqlInsertConv
		}
		if !careful {
			_, err := q.Batch(ctx, true, sqldb.Stmt{SQL: convStmt, Args: cargs}, sqldb.Stmt{SQL: sqlInsertMsg, Args: args})
			if sqldb.IsConflict(err) {
				return sqldb.ErrRetry
			}
			if err == nil {
				res = inbox.AppendResult{Message: m, Conversation: conv, Created: created}
			}
			return err
		}
		if created {
			n, err := q.Exec(ctx, sqlInsertConv+onConflictSkip, cargs...)
			if err != nil {
				return err
			}
			if n == 0 {
				return s.lostInsert(ctx, q, sqlConvIDExists, m.PracticeID, conv.ID, "conversation")
			}
		} else if _, err := q.Exec(ctx, sqlUpdateConv, cargs...); err != nil {
			return err
		}
		n, err := q.Exec(ctx, sqlInsertMsg+onConflictSkip, args...)
		if err != nil {
			return err
		}
		if n == 0 {
			return s.lostInsert(ctx, q, sqlMsgIDExists, m.PracticeID, m.ID, "message")
		}
		res = inbox.AppendResult{Message: m, Conversation: conv, Created: created}
		return nil
	})
	if err != nil {
		return inbox.AppendResult{}, wrap(ctx, op, err)
	}
	if s.convs != nil && !res.Duplicate {
		s.convs.put(res.Conversation)
	}
	return res, nil
}

// thread locks the conversation m joins (or prepares the subject's new
// one), applies ap.Thread, and counts m in it.
func (s *Store) thread(ctx context.Context, q sqldb.Querier, ap inbox.AppendParams, m inbox.Message) (inbox.Conversation, bool, error) {
	conv, err := s.lockedConv(ctx, q, m.PracticeID, m.ConversationID, ap.Subject)
	return applyThread(ap, m, conv, err)
}

// applyThread threads m into conv, the conversation found for it (lookupErr
// nil), or into the subject's new conversation when there is none
// (lookupErr inbox.ErrNotFound and no conversation id): it applies
// ap.Thread and counts m. It reports whether the conversation is new.
func applyThread(ap inbox.AppendParams, m inbox.Message, conv inbox.Conversation, lookupErr error) (inbox.Conversation, bool, error) {
	created := false
	switch {
	case errors.Is(lookupErr, inbox.ErrNotFound) && m.ConversationID == "":
		created = true
		conv = inbox.Conversation{
			PracticeID: m.PracticeID, ID: ap.NewConversationID, Subject: ap.Subject,
			Status: inbox.StatusOpen, CreatedAt: m.CreatedAt, UpdatedAt: m.CreatedAt,
		}
	case lookupErr != nil:
		return conv, false, lookupErr
	}
	if ap.Thread != nil {
		if err := ap.Thread(&conv, created); err != nil {
			return conv, false, err
		}
	}
	if conv.ID == "" || conv.PracticeID != m.PracticeID {
		return conv, false, errors.New("sqlstore: thread may not change a conversation's practice or id")
	}
	conv.MessageCount++
	if m.CreatedAt.After(conv.UpdatedAt) {
		conv.UpdatedAt = m.CreatedAt
	}
	return conv, created, nil
}

// lostInsert explains an insert that ON CONFLICT DO NOTHING skipped: the
// id is taken (a conflict), or a concurrent transaction stored the same
// open subject or provider id first (start over).
func (s *Store) lostInsert(ctx context.Context, q sqldb.Querier, stmt, practiceID, id, what string) error {
	var one int
	err := q.QueryRow(ctx, stmt, practiceID, id).Scan(&one)
	switch {
	case err == nil:
		return fmt.Errorf("%w: %s id %q exists", inbox.ErrConflict, what, id)
	case errors.Is(err, sqldb.ErrNoRows):
		return sqldb.ErrRetry
	}
	return err
}

// MoveMessages implements inbox.Store.
func (s *Store) MoveMessages(ctx context.Context, practiceID string, mp inbox.MoveParams) (int, error) {
	moved := 0
	err := s.db.Tx(ctx, func(q sqldb.Querier) error {
		moved = 0
		// Lock both conversations, in id order so that two moves never
		// deadlock.
		ids := []string{mp.From, mp.To}
		if strings.Compare(mp.To, mp.From) < 0 {
			ids[0], ids[1] = mp.To, mp.From
		}
		convs := map[string]inbox.Conversation{}
		for _, id := range ids {
			c, err := one(ctx, q, scanConv, s.notFound("conversation", id), sqlConvByID+"{for_update}", practiceID, id)
			if err != nil {
				return err
			}
			convs[id] = c
		}
		if mp.From == mp.To {
			return nil
		}
		stmt := "UPDATE {messages} SET conversation_id = $3 WHERE practice_id = $1 AND conversation_id = $2"
		args := []any{practiceID, mp.From, mp.To}
		if mp.ContactID != "" {
			stmt += " AND contact_id = $4"
			args = append(args, mp.ContactID)
		}
		n, err := q.Exec(ctx, stmt, args...)
		if err != nil {
			return err
		}
		moved = int(n)
		for _, id := range []string{mp.From, mp.To} {
			c := convs[id]
			var latest *int64
			if err := q.QueryRow(ctx, "SELECT count(*), max(created_at) FROM {messages} WHERE practice_id = $1 AND conversation_id = $2",
				practiceID, id).Scan(&c.MessageCount, &latest); err != nil {
				return err
			}
			if latest != nil && *latest > c.UpdatedAt.UnixMicro() {
				_ = timeCol{&c.UpdatedAt}.Scan(*latest)
			}
			args, err := convArgs(c)
			if err != nil {
				return err
			}
			if _, err := q.Exec(ctx, sqlUpdateConv, args...); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return 0, wrap(ctx, "move messages", err)
	}
	return moved, nil
}
