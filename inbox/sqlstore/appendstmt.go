package sqlstore

import (
	"strconv"
	"strings"
	"sync"
)

// The statement of a one-statement append (see appendOnto), in one of two
// forms. The full form, committed on its own or in a group, sets every
// column of the threaded row and recognises the remembered row by all its
// columns; it stores nothing when the row changed:
//
//	WITH u AS (UPDATE conversations SET <every column>
//	           WHERE practice_id = $1 AND id = $2 AND <every remembered value>
//	           [AND <the contact is as remembered>] RETURNING 1)
//	INSERT INTO messages (...) SELECT <the message> FROM u
//
// A rider's form (see AppendRiders), one of several in a transaction, is
// trimmed and strict:
//
//	WITH u AS (UPDATE conversations SET <the columns threading changed>
//	           WHERE practice_id = $1 AND id = $2 AND <the row is the remembered one>
//	           [AND <the contact is as remembered>] RETURNING xmin::text AS x),
//	     i AS (INSERT INTO messages (...) SELECT <the message> FROM u RETURNING 1)
//	SELECT (SELECT x FROM u), 1 / count(*) FROM i
//
// Only the columns whose value changed are set: the others already hold
// their remembered values, since the statement writes only over that very
// row. The row is recognised by its xmin when the store knows it (the
// xmin of the version a rider's append wrote, which any later write
// changes), and otherwise by every column's remembered value. When the
// row has changed, nothing is inserted and the division by zero (SQLSTATE
// 22012) fails the statement, and with it the transaction, so that no
// audit event can be committed for a message that was not. The new
// version's xmin is returned for the next append onto the row.

// appendShape selects one form of the statement.
type appendShape struct {
	changed uint32 // bit i: the conversation column convCols[2+i] is set
	byXmin  bool   // the row is recognised by its xmin
	confirm bool   // the remembered contact is confirmed (AppendParams.Confirm)
	strict  bool   // a rider's form: fails when it stores nothing, returns the xmin
}

// appendSQLs caches the statement of each shape (a few are used).
var appendSQLs sync.Map // appendShape -> string

// statement returns the full form of o's append and its arguments.
func (o onto) statement() (string, []any) {
	return o.build(appendShape{changed: 1<<(len(o.conv.args)-2) - 1}, "")
}

// riderStatement returns a rider's form of o's append onto its
// remembered row, whose xmin is xmin ("" when unknown), and its
// arguments.
func (o onto) riderStatement(xmin string) (string, []any) {
	sh := appendShape{byXmin: xmin != "", strict: true}
	cargs, oargs := o.conv.args, o.oldArgs
	for i := 2; i < len(cargs); i++ {
		if cargs[i] != oargs[i] {
			sh.changed |= 1 << (i - 2)
		}
	}
	if sh.changed == 0 {
		// UPDATE needs a column to set: one that keeps its value.
		sh.changed = 1 << (convCountCol - 2)
	}
	return o.build(sh, xmin)
}

// build returns the statement of shape sh (with sh.confirm taken from o)
// and its arguments, in the order of its placeholders: the row's key, the
// values set, the remembered xmin or values, the message's, the contact's.
func (o onto) build(sh appendShape, xmin string) (string, []any) {
	sh.confirm = o.confirmArgs != nil
	cargs, oargs := o.conv.args, o.oldArgs
	args := make([]any, 0, len(cargs)+len(oargs)+len(o.msgArgs)+len(o.confirmArgs))
	args = append(args, cargs[0], cargs[1])
	for i := 2; i < len(cargs); i++ {
		if sh.changed&(1<<(i-2)) != 0 {
			args = append(args, cargs[i])
		}
	}
	if sh.byXmin {
		args = append(args, xmin)
	} else {
		args = append(args, oargs[2:]...)
	}
	args = append(append(args, o.msgArgs...), o.confirmArgs...)
	if q, ok := appendSQLs.Load(sh); ok {
		return q.(string), args
	}
	q, _ := appendSQLs.LoadOrStore(sh, appendSQL(sh))
	return q.(string), args
}

// convCountCol is the index of message_count in convCols.
var convCountCol = func() int {
	for i, c := range splitCols(convCols) {
		if c == "message_count" {
			return i
		}
	}
	panic("sqlstore: convCols has no message_count")
}()

// appendSQL builds the statement of shape sh; its placeholders follow the
// order build gives the arguments.
func appendSQL(sh appendShape) string {
	conv, msg := splitCols(convCols), splitCols(msgCols)
	n := 2
	next := func() string { n++; return "$" + strconv.Itoa(n) }
	var b strings.Builder
	b.WriteString("WITH u AS (UPDATE {conversations} SET ")
	first := true
	for i, c := range conv[2:] {
		if sh.changed&(1<<i) == 0 {
			continue
		}
		if !first {
			b.WriteString(", ")
		}
		first = false
		b.WriteString(c + " = " + next())
	}
	b.WriteString(" WHERE practice_id = $1 AND id = $2")
	if sh.byXmin {
		b.WriteString(" AND xmin::text = " + next())
	} else {
		for _, c := range conv[2:] {
			b.WriteString(" AND " + c + " IS NOT DISTINCT FROM " + next())
		}
	}
	msgFrom := n
	n += len(msg)
	if sh.confirm {
		b.WriteString(" AND EXISTS (SELECT 1 FROM {contacts} WHERE practice_id = $1 AND id = " + next() +
			"::TEXT AND patient_id = " + next() + "::TEXT AND verified = " + next() + "::BOOLEAN)")
	}
	if sh.strict {
		b.WriteString(" RETURNING xmin::text AS x), i AS (")
	} else {
		b.WriteString(" RETURNING 1) ")
	}
	b.WriteString("INSERT INTO {messages} (" + msgCols + ") SELECT ")
	for i, c := range msg {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString("$" + strconv.Itoa(msgFrom+1+i) + "::" + msgColType(c))
	}
	b.WriteString(" FROM u")
	if sh.strict {
		b.WriteString(" RETURNING 1) SELECT (SELECT x FROM u), 1 / count(*) FROM i")
	}
	return b.String()
}
