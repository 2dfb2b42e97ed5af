package main

import (
	"encoding/json"
	"errors"
	"net/http"
	"time"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/inbox"
)

// conversationJSON is a conversation as the staff API shows it.
type conversationJSON struct {
	ID               string     `json:"id"`
	PatientID        string     `json:"patient_id,omitempty"`
	ContactID        string     `json:"contact_id"`
	Status           string     `json:"status"`
	Channel          string     `json:"channel"`
	Queue            string     `json:"queue"`
	Assignee         string     `json:"assignee,omitempty"`
	Urgency          string     `json:"urgency"`
	Intent           string     `json:"intent,omitempty"`
	Emergency        bool       `json:"emergency"`
	MessageCount     int        `json:"message_count"`
	FirstResponseDue *time.Time `json:"first_response_due,omitempty"`
	UpdatedAt        time.Time  `json:"updated_at"`
	Messages         []msgJSON  `json:"messages,omitempty"`
}

// msgJSON is a message as the staff API shows it.
type msgJSON struct {
	ID        string    `json:"id"`
	Direction string    `json:"direction"`
	Channel   string    `json:"channel,omitempty"`
	Text      string    `json:"text"`
	Status    string    `json:"status,omitempty"`
	Author    string    `json:"author,omitempty"`
	Automated bool      `json:"automated,omitempty"`
	Intent    string    `json:"intent,omitempty"`
	Urgency   string    `json:"urgency,omitempty"`
	Queue     string    `json:"queue,omitempty"`
	CreatedAt time.Time `json:"created_at"`
}

func toConversationJSON(c inbox.Conversation) conversationJSON {
	j := conversationJSON{
		ID: c.ID, PatientID: c.PatientID, ContactID: c.ContactID, Status: string(c.Status),
		Channel: string(c.Channel), Queue: c.Queue, Assignee: c.Assignee, Urgency: string(c.Urgency),
		Intent: string(c.Intent), Emergency: c.Emergency, MessageCount: c.MessageCount, UpdatedAt: c.UpdatedAt,
	}
	if !c.FirstResponseDue.IsZero() {
		d := c.FirstResponseDue
		j.FirstResponseDue = &d
	}
	return j
}

func toMsgJSON(m inbox.Message, queue string) msgJSON {
	j := msgJSON{
		ID: m.ID, Direction: string(m.Direction), Channel: string(m.Channel), Text: m.Text,
		Status: string(m.Status), Author: m.AuthorID, Automated: m.Automated, CreatedAt: m.CreatedAt,
	}
	if m.Triage != nil {
		j.Intent, j.Urgency = string(m.Triage.Intent), string(m.Triage.Urgency)
	}
	if m.Direction == inbox.Inbound {
		j.Queue = queue
	}
	return j
}

// apiListConversations serves GET /api/conversations?queue=&status=&cursor=&limit=.
func (s *server) apiListConversations(w http.ResponseWriter, r *http.Request, _ staffMember) {
	q := r.URL.Query()
	page, err := s.c.inbox.Conversations(r.Context(), practiceID, &inbox.ListConversationsParams{
		Queue: q.Get("queue"), Status: inbox.ConversationStatus(q.Get("status")), Cursor: q.Get("cursor"), Limit: atoi(q.Get("limit")),
	})
	if err != nil {
		writeError(w, err)
		return
	}
	out := struct {
		Conversations []conversationJSON `json:"conversations"`
		Next          string             `json:"next,omitempty"`
	}{Conversations: []conversationJSON{}, Next: page.Next}
	for _, c := range page.Conversations {
		out.Conversations = append(out.Conversations, toConversationJSON(c))
	}
	writeJSON(w, http.StatusOK, out)
}

// apiConversation serves GET /api/conversations/{id}: the conversation
// with its messages.
func (s *server) apiConversation(w http.ResponseWriter, r *http.Request, who staffMember) {
	conv, msgs, err := s.thread(r, who)
	if err != nil {
		writeError(w, err)
		return
	}
	j := toConversationJSON(conv)
	for _, m := range msgs {
		j.Messages = append(j.Messages, toMsgJSON(m, conv.Queue))
	}
	writeJSON(w, http.StatusOK, j)
}

// thread loads a conversation and all its messages for a staff member.
func (s *server) thread(r *http.Request, who staffMember) (inbox.Conversation, []inbox.Message, error) {
	ctx := r.Context()
	conv, err := s.c.inbox.Conversation(ctx, practiceID, r.PathValue("id"))
	if err != nil {
		return conv, nil, err
	}
	var msgs []inbox.Message
	p := &inbox.ListMessagesParams{Limit: inbox.MaxPageSize}
	for {
		page, err := s.c.inbox.Messages(ctx, practiceID, conv.ID, who.actor(), p)
		if err != nil {
			return conv, nil, err
		}
		msgs = append(msgs, page.Messages...)
		if page.Next == "" {
			return conv, msgs, nil
		}
		p.Cursor = page.Next
	}
}

// apiReply serves POST /api/conversations/{id}/reply with {"text": "..."}.
func (s *server) apiReply(w http.ResponseWriter, r *http.Request, who staffMember) {
	var body struct {
		Text         string `json:"text"`
		Channel      string `json:"channel"`
		ToUnverified bool   `json:"to_unverified"`
	}
	if !readJSON(w, r, &body) {
		return
	}
	m, err := s.c.inbox.Reply(r.Context(), inbox.ReplyParams{
		PracticeID: practiceID, ConversationID: r.PathValue("id"), Author: who.actor(),
		Text: body.Text, Channel: channels.Kind(body.Channel), ToUnverified: body.ToUnverified,
	})
	if err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, toMsgJSON(m, ""))
}

// apiAssign serves POST /api/conversations/{id}/assign with {"assignee": "..."}.
func (s *server) apiAssign(w http.ResponseWriter, r *http.Request, who staffMember) {
	var body struct {
		Assignee string `json:"assignee"`
	}
	if !readJSON(w, r, &body) {
		return
	}
	c, err := s.c.inbox.Assign(r.Context(), practiceID, r.PathValue("id"), body.Assignee, who.actor())
	if err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, toConversationJSON(c))
}

// apiClose serves POST /api/conversations/{id}/close.
func (s *server) apiClose(w http.ResponseWriter, r *http.Request, who staffMember) {
	c, err := s.c.inbox.Close(r.Context(), practiceID, r.PathValue("id"), who.actor())
	if err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, toConversationJSON(c))
}

func (s staffMember) actor() inbox.Actor {
	return inbox.Actor{ID: s.ID, Role: s.Role, Kind: "staff"}
}

const maxBody = 1 << 20

func readJSON(w http.ResponseWriter, r *http.Request, v any) bool {
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxBody))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": "invalid JSON body"})
		return false
	}
	return true
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// writeError maps frontdesk's typed errors to HTTP statuses. Error strings
// carry no PHI, so they can be shown.
func writeError(w http.ResponseWriter, err error) {
	status := http.StatusInternalServerError
	switch {
	case errors.Is(err, inbox.ErrNotFound):
		status = http.StatusNotFound
	case errors.Is(err, inbox.ErrClosed), errors.Is(err, inbox.ErrConflict), errors.Is(err, inbox.ErrUnverifiedContact):
		status = http.StatusConflict
	case errors.Is(err, inbox.ErrInvalidCursor), errors.Is(err, channels.ErrEmptyText), errors.Is(err, channels.ErrTextTooLong),
		errors.Is(err, channels.ErrInvalidMessage), errors.Is(err, inbox.ErrNoRoute):
		status = http.StatusBadRequest
	case channels.IsRetryable(err):
		status = http.StatusServiceUnavailable
	case errors.Is(err, channels.ErrRejected), errors.Is(err, channels.ErrOptedOut):
		status = http.StatusBadGateway
	}
	writeJSON(w, status, map[string]string{"error": err.Error()})
}

func atoi(s string) int {
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' || n > 1e6 {
			return 0
		}
		n = n*10 + int(r-'0')
	}
	return n
}
