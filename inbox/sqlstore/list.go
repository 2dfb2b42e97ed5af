package sqlstore

import (
	"context"
	"encoding/base64"
	"fmt"
	"strconv"
	"strings"

	"github.com/frontdeskhq/frontdesk/inbox"
	"github.com/frontdeskhq/frontdesk/internal/sqldb"
)

// A cursor is the sort key of the last row of a page: microseconds and a
// tie-breaker (the message sequence number or the conversation id),
// base64url-encoded.
func encodeCursor(us int64, key string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(strconv.FormatInt(us, 10) + "|" + key))
}

func decodeCursor(s string) (int64, string, error) {
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return 0, "", fmt.Errorf("%w: not base64", inbox.ErrInvalidCursor)
	}
	ts, key, ok := strings.Cut(string(b), "|")
	if !ok {
		return 0, "", fmt.Errorf("%w: malformed", inbox.ErrInvalidCursor)
	}
	us, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return 0, "", fmt.Errorf("%w: bad time", inbox.ErrInvalidCursor)
	}
	return us, key, nil
}

// ListMessages implements inbox.Store: oldest first by CreatedAt, then by
// the order stored (the seq column).
func (s *Store) ListMessages(ctx context.Context, practiceID, conversationID string, lp *inbox.ListMessagesParams) (inbox.MessagePage, error) {
	if lp == nil {
		lp = &inbox.ListMessagesParams{}
	}
	limit := inbox.PageLimit(lp.Limit)
	stmt := "SELECT " + msgCols + ", seq FROM {messages} WHERE practice_id = $1 AND conversation_id = $2"
	args := []any{practiceID, conversationID}
	if lp.Cursor != "" {
		us, key, err := decodeCursor(lp.Cursor)
		if err != nil {
			return inbox.MessagePage{}, err
		}
		seq, err := strconv.ParseInt(key, 10, 64)
		if err != nil {
			return inbox.MessagePage{}, fmt.Errorf("%w: bad sequence", inbox.ErrInvalidCursor)
		}
		stmt += " AND (created_at > $3 OR (created_at = $3 AND seq > $4))"
		args = append(args, us, seq)
	}
	args = append(args, limit+1)
	stmt += fmt.Sprintf(" ORDER BY created_at, seq LIMIT $%d", len(args))

	var page inbox.MessagePage
	var seqs []int64
	r := s.db.Reader()
	if _, err := one(ctx, r, scanConvID, s.notFound("conversation", conversationID), sqlConvIDExists, practiceID, conversationID); err != nil {
		return inbox.MessagePage{}, wrap(ctx, "list messages", err)
	}
	err := each(ctx, r, stmt, args, func(row sqldb.Row) error {
		var seq int64
		m, err := s.cr.scanMsg(row, &seq)
		page.Messages, seqs = append(page.Messages, m), append(seqs, seq)
		return err
	})
	if err != nil {
		return inbox.MessagePage{}, wrap(ctx, "list messages", err)
	}
	if len(page.Messages) > limit {
		page.Messages = page.Messages[:limit]
		last := page.Messages[limit-1]
		page.Next = encodeCursor(last.CreatedAt.UnixMicro(), strconv.FormatInt(seqs[limit-1], 10))
	}
	return page, nil
}

func scanConvID(r sqldb.Row) (int, error) {
	var one int
	return one, r.Scan(&one)
}

// each runs a query and calls fn for every row.
func each(ctx context.Context, q sqldb.Querier, stmt string, args []any, fn func(sqldb.Row) error) error {
	rows, err := q.Query(ctx, stmt, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// ListConversations implements inbox.Store: most recent activity first
// (UpdatedAt, then ID, descending).
func (s *Store) ListConversations(ctx context.Context, practiceID string, lp *inbox.ListConversationsParams) (inbox.ConversationPage, error) {
	if lp == nil {
		lp = &inbox.ListConversationsParams{}
	}
	limit := inbox.PageLimit(lp.Limit)
	var b strings.Builder
	b.WriteString("SELECT " + convCols + " FROM {conversations} WHERE practice_id = $1")
	args := []any{practiceID}
	filter := func(col, v string) {
		if v != "" {
			args = append(args, v)
			fmt.Fprintf(&b, " AND %s = $%d", col, len(args))
		}
	}
	filter("queue", lp.Queue)
	filter("status", string(lp.Status))
	filter("patient_id", lp.PatientID)
	filter("assignee", lp.Assignee)
	if lp.Cursor != "" {
		us, id, err := decodeCursor(lp.Cursor)
		if err != nil {
			return inbox.ConversationPage{}, err
		}
		args = append(args, us, id)
		n := len(args)
		fmt.Fprintf(&b, " AND (updated_at < $%d OR (updated_at = $%d AND id < $%d))", n-1, n-1, n)
	}
	args = append(args, limit+1)
	fmt.Fprintf(&b, " ORDER BY updated_at DESC, id DESC LIMIT $%d", len(args))

	var page inbox.ConversationPage
	err := each(ctx, s.db.Reader(), b.String(), args, func(row sqldb.Row) error {
		c, err := scanConv(row)
		page.Conversations = append(page.Conversations, c)
		return err
	})
	if err != nil {
		return inbox.ConversationPage{}, wrap(ctx, "list conversations", err)
	}
	if len(page.Conversations) > limit {
		page.Conversations = page.Conversations[:limit]
		last := page.Conversations[limit-1]
		page.Next = encodeCursor(last.UpdatedAt.UnixMicro(), last.ID)
	}
	return page, nil
}
