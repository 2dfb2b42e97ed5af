package inbox

import (
	"context"
	"errors"

	"github.com/frontdeskhq/frontdesk/channels"
)

// Store errors. Every Store implementation returns these (wrapped), so that
// callers and the conformance suite can use errors.Is.
var (
	// ErrNotFound: no record with that id or key in that practice.
	ErrNotFound = errors.New("inbox: not found")
	// ErrConflict: the write would break a uniqueness rule (a second open
	// conversation for a subject, a contact key taken) or an id exists.
	ErrConflict = errors.New("inbox: conflict")
	// ErrInvalidCursor: a page cursor that this store did not issue.
	ErrInvalidCursor = errors.New("inbox: invalid cursor")
)

// Store keeps contacts, conversations and messages. Every method is scoped
// by a practice id: a record of one practice is never returned, changed or
// counted through another practice's scope, even when the caller knows its
// id.
//
// Stores stay simple and hold no policy; the Inbox decides. Methods taking
// an update function call it with the current record inside one atomic unit
// (a transaction, or a lock) and write the result only if it returns nil;
// the function must not call the Store. Implementations must be safe for
// concurrent use and pass inboxtest.Run.
type Store interface {
	// PutContact stores c unless the practice already has a contact with
	// c.Key, in which case it returns that one and created is false.
	PutContact(ctx context.Context, c Contact) (stored Contact, created bool, err error)
	// GetContact returns a contact by id.
	GetContact(ctx context.Context, practiceID, id string) (Contact, error)
	// FindContact returns a contact by its key.
	FindContact(ctx context.Context, practiceID, key string) (Contact, error)
	// UpdateContact applies fn to a contact atomically. fn may not change
	// PracticeID, ID or Key.
	UpdateContact(ctx context.Context, practiceID, id string, fn func(*Contact) error) (Contact, error)

	// AppendMessage stores a message and threads it, atomically; see
	// AppendParams. A message whose (Channel, ProviderID) is already stored
	// in the practice is not stored again: the result holds the stored one
	// with Duplicate set, and no error.
	AppendMessage(ctx context.Context, p AppendParams) (AppendResult, error)
	// GetMessage returns a message by id.
	GetMessage(ctx context.Context, practiceID, id string) (Message, error)
	// FindMessage returns a message by its provider id.
	FindMessage(ctx context.Context, practiceID string, ch channels.Kind, providerID string) (Message, error)
	// UpdateMessage applies fn to a message atomically. fn may not change
	// PracticeID, ID or ConversationID; if it sets a ProviderID already
	// used by another message of the channel, the store returns ErrConflict.
	UpdateMessage(ctx context.Context, practiceID, id string, fn func(*Message) error) (Message, error)
	// ListMessages returns a conversation's messages oldest first, by
	// CreatedAt and then by the order they were stored.
	ListMessages(ctx context.Context, practiceID, conversationID string, p *ListMessagesParams) (MessagePage, error)
	// MoveMessages moves the messages of p.From (only those of
	// p.ContactID, when set) into p.To, keeping their CreatedAt, and
	// recounts both conversations. It returns how many moved.
	MoveMessages(ctx context.Context, practiceID string, p MoveParams) (int, error)

	// GetConversation returns a conversation by id.
	GetConversation(ctx context.Context, practiceID, id string) (Conversation, error)
	// FindOpenConversation returns the subject's conversation that is not
	// closed.
	FindOpenConversation(ctx context.Context, practiceID, subject string) (Conversation, error)
	// UpdateConversation applies fn to a conversation atomically. fn may
	// not change PracticeID or ID; if it changes Subject or Status so that
	// the subject would have two conversations that are not closed, the
	// store returns ErrConflict and writes nothing.
	UpdateConversation(ctx context.Context, practiceID, id string, fn func(*Conversation) error) (Conversation, error)
	// ListConversations returns conversations most recent activity first
	// (UpdatedAt, then ID, descending), filtered by p.
	ListConversations(ctx context.Context, practiceID string, p *ListConversationsParams) (ConversationPage, error)
}

// AppendParams say where a message goes.
type AppendParams struct {
	// Message is the message to store. PracticeID, ID, ContactID,
	// Direction and CreatedAt are required. When ConversationID is set the
	// message goes there (the conversation must exist); otherwise it is
	// threaded into Subject's conversation that is not closed, which is
	// created (open, with Subject, ID NewConversationID and CreatedAt the
	// message's) when there is none.
	Message           Message
	Subject           string
	NewConversationID string
	// Thread, if set, is called in the same atomic unit with the
	// conversation the message joins, before it is written; created
	// reports a new conversation. An error aborts the append and nothing
	// is written. After Thread, the store sets MessageCount and moves
	// UpdatedAt forward to the message's CreatedAt. c is only valid during
	// the call: Thread must not keep it.
	Thread func(c *Conversation, created bool) error
}

// AppendResult is what AppendMessage stored.
type AppendResult struct {
	Message      Message
	Conversation Conversation
	// Created reports that the conversation was created for this message.
	Created bool
	// Duplicate reports that the message was already stored; Message is
	// the stored one and Conversation its conversation.
	Duplicate bool
}

// MoveParams say which messages MoveMessages moves.
type MoveParams struct {
	From, To  string
	ContactID string
}

// DefaultPageSize and MaxPageSize bound list pages.
const (
	DefaultPageSize = 50
	MaxPageSize     = 500
)

// ListMessagesParams page through a conversation. A nil pointer means the
// first page of DefaultPageSize.
type ListMessagesParams struct {
	Limit  int
	Cursor string
}

// MessagePage is one page of messages. Next is empty on the last page.
type MessagePage struct {
	Messages []Message
	Next     string
}

// ListConversationsParams filter and page conversations. Empty fields do
// not filter. A nil pointer means every conversation, first page.
type ListConversationsParams struct {
	Queue     string
	Status    ConversationStatus
	PatientID string
	Assignee  string
	Limit     int
	Cursor    string
}

// ConversationPage is one page of conversations. Next is empty on the last
// page.
type ConversationPage struct {
	Conversations []Conversation
	Next          string
}

// PageLimit returns the page size to use for a requested limit: the default
// for zero or less, capped at MaxPageSize. Store implementations share it.
func PageLimit(n int) int {
	switch {
	case n <= 0:
		return DefaultPageSize
	case n > MaxPageSize:
		return MaxPageSize
	}
	return n
}

// Scanner is an optional Store extension for reports that read a whole
// practice, such as KPIs: it calls fn for every conversation, and for
// every message of each conversation, in no particular order, without
// paging. fn must not retain or modify what it is given, nor call back
// into the store. Stores that do not implement it are read page by page.
type Scanner interface {
	Scan(ctx context.Context, practiceID string, conv func(*Conversation) error, msg func(*Message) error) error
}
