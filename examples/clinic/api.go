package main

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"time"

	"github.com/frontdeskhq/frontdesk/audit"
	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/inbox"
	"github.com/frontdeskhq/frontdesk/phi"
	"github.com/frontdeskhq/frontdesk/routing"
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
	// SLA is the first-response clock: idle, running, waiting (on the
	// patient) or done; SLABreached and Escalations what the SLA monitor
	// did about it.
	SLA         string    `json:"sla"`
	SLABreached bool      `json:"sla_breached,omitempty"`
	Escalations int       `json:"escalations,omitempty"`
	Priority    int       `json:"priority"`
	CSATScore   int       `json:"csat_score,omitempty"`
	QASampled   bool      `json:"qa_sampled,omitempty"`
	UpdatedAt   time.Time `json:"updated_at"`
	// Redacted says message text is masked for the caller's role.
	Redacted bool      `json:"redacted,omitempty"`
	Messages []msgJSON `json:"messages,omitempty"`
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
	HandledBy string    `json:"handled_by,omitempty"`
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
		SLA: string(c.SLAState()), SLABreached: c.SLABreached, Escalations: c.Escalations, Priority: c.Priority,
		CSATScore: c.CSATScore, QASampled: c.QA.Sampled,
	}
	if !c.FirstResponseDue.IsZero() {
		d := c.FirstResponseDue
		j.FirstResponseDue = &d
	}
	return j
}

func toMsgJSON(m inbox.Message, queue string) msgJSON {
	j := msgJSON{
		ID: m.ID, Direction: string(m.Direction), Channel: string(m.Channel), Text: m.Text, Status: string(m.Status),
		Author: m.AuthorID, Automated: m.Automated, HandledBy: m.HandledBy, CreatedAt: m.CreatedAt,
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
// Without a queue it lists the conversations of the queues the caller may
// read, so a page may hold fewer than limit.
func (s *server) apiListConversations(w http.ResponseWriter, r *http.Request, who staffMember) {
	q := r.URL.Query()
	page, err := s.view(who).List(r.Context(), practiceID, &inbox.ListConversationsParams{
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
// with its messages, their text masked when the caller may not see PHI in
// its queue.
func (s *server) apiConversation(w http.ResponseWriter, r *http.Request, who staffMember) {
	th, err := s.thread(r.Context(), who, r.PathValue("id"))
	if err != nil {
		writeError(w, err)
		return
	}
	j := toConversationJSON(th.Conversation)
	j.Redacted = th.Redacted
	for _, m := range th.Messages {
		j.Messages = append(j.Messages, toMsgJSON(m, th.Conversation.Queue))
	}
	writeJSON(w, http.StatusOK, j)
}

// thread reads a whole conversation through the staff member's view,
// which checks the queue, masks PHI as the role requires and audits the
// read.
func (s *server) thread(ctx context.Context, who staffMember, id string) (inbox.Thread, error) {
	p := &inbox.ListMessagesParams{Limit: inbox.MaxPageSize}
	var all inbox.Thread
	for {
		th, err := s.view(who).Read(ctx, practiceID, id, p)
		if err != nil {
			return th, err
		}
		th.Messages = append(all.Messages, th.Messages...)
		if all = th; th.Next == "" {
			return all, nil
		}
		p.Cursor = th.Next
	}
}

// actionBody is the JSON body of the conversation actions; each uses the
// fields it needs.
type actionBody struct {
	Text         string    `json:"text"`
	Channel      string    `json:"channel"`
	ToUnverified bool      `json:"to_unverified"`
	Assignee     string    `json:"assignee"`
	Queue        string    `json:"queue"`
	Note         string    `json:"note"`
	Until        time.Time `json:"until"`
	// Criteria and Accurate are a QA review.
	Criteria map[string]bool `json:"criteria"`
	Accurate bool            `json:"accurate"`
}

// act runs one conversation action through the staff member's view, which
// checks that they may work the conversation's queue. It returns the
// message or conversation to show.
func (s *server) act(ctx context.Context, who staffMember, id, action string, b actionBody) (any, error) {
	v := s.view(who)
	switch action {
	case "reply":
		m, err := v.Reply(ctx, inbox.ReplyParams{PracticeID: practiceID, ConversationID: id, Author: who.actor(),
			Text: b.Text, Channel: channels.Kind(b.Channel), ToUnverified: b.ToUnverified})
		return toMsgJSON(m, ""), err
	case "note":
		m, err := v.Note(ctx, practiceID, id, b.Text)
		return toMsgJSON(m, ""), err
	case "assign":
		c, err := v.Assign(ctx, practiceID, id, b.Assignee)
		return toConversationJSON(c), err
	case "transfer":
		c, err := v.Transfer(ctx, inbox.TransferParams{PracticeID: practiceID, ConversationID: id,
			Queue: b.Queue, Assignee: b.Assignee, Note: b.Note, By: who.actor()})
		return toConversationJSON(c), err
	case "snooze":
		c, err := v.Snooze(ctx, practiceID, id, b.Until)
		return toConversationJSON(c), err
	case "close":
		c, err := v.Close(ctx, practiceID, id)
		return toConversationJSON(c), err
	case "wait":
		c, err := v.WaitOnPatient(ctx, practiceID, id)
		return toConversationJSON(c), err
	case "qa":
		// Reviewers are the staff who read the practice's reports.
		if err := s.allow(ctx, who, routing.PermExport, ""); err != nil {
			return nil, err
		}
		c, err := v.ReviewQA(ctx, practiceID, id, b.Criteria, b.Accurate)
		return toConversationJSON(c), err
	}
	return nil, inbox.ErrNotFound
}

// apiAction serves POST /api/conversations/{id}/{action} for reply, note,
// assign, transfer, snooze, close, wait (on the patient: the SLA clock
// pauses) and qa (a review of a sampled conversation); the body is JSON
// (empty for close and wait).
func (s *server) apiAction(w http.ResponseWriter, r *http.Request, who staffMember) {
	var b actionBody
	if r.ContentLength != 0 && !readJSON(w, r, &b) {
		return
	}
	v, err := s.act(r.Context(), who, r.PathValue("id"), r.PathValue("action"), b)
	if err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, v)
}

// apiKPIs serves GET /api/kpis: the practice's inbox KPIs, for staff who
// may export reports.
func (s *server) apiKPIs(w http.ResponseWriter, r *http.Request, who staffMember) {
	rep, err := s.view(who).KPIs(r.Context(), practiceID, inbox.KPIParams{})
	if err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, rep)
}

// apiAudit serves GET /api/audit: the chain status and the last events,
// for staff who may export.
func (s *server) apiAudit(w http.ResponseWriter, r *http.Request, who staffMember) {
	if err := s.allow(r.Context(), who, routing.PermExport, ""); err != nil {
		writeError(w, err)
		return
	}
	evs, err := s.c.audit.recent(r.Context(), practiceID, 100)
	if err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, struct {
		Chain  chainStatus   `json:"chain"`
		Events []audit.Event `json:"events"`
	}{s.c.audit.status(r.Context()), evs})
}

// apiReminders serves GET /api/reminders: the seeded appointments with
// their reminders, and the waitlist offers.
func (s *server) apiReminders(w http.ResponseWriter, r *http.Request, who staffMember) {
	if err := s.allow(r.Context(), who, routing.PermReadQueue, routing.QueueScheduling); err != nil {
		writeError(w, err)
		return
	}
	appts, offers, err := s.c.overview(r.Context())
	if err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"appointments": appts, "offers": offers})
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

// errorStatus maps frontdesk's typed errors to HTTP statuses.
func errorStatus(err error) int {
	switch {
	case errors.Is(err, inbox.ErrForbidden), errors.Is(err, routing.ErrDenied):
		return http.StatusForbidden
	case errors.Is(err, inbox.ErrNotFound):
		return http.StatusNotFound
	case errors.Is(err, inbox.ErrClosed), errors.Is(err, inbox.ErrConflict), errors.Is(err, inbox.ErrUnverifiedContact):
		return http.StatusConflict
	case errors.Is(err, inbox.ErrInvalidCursor), errors.Is(err, channels.ErrEmptyText), errors.Is(err, channels.ErrTextTooLong),
		errors.Is(err, channels.ErrInvalidMessage), errors.Is(err, inbox.ErrNoRoute), errors.Is(err, phi.ErrBlocked):
		return http.StatusBadRequest
	case errors.Is(err, channels.ErrOptedOut):
		return http.StatusConflict
	case channels.IsRetryable(err):
		return http.StatusServiceUnavailable
	case errors.Is(err, channels.ErrRejected):
		return http.StatusBadGateway
	}
	return http.StatusInternalServerError
}

// writeError writes err as JSON. frontdesk's error strings carry ids and
// codes, never PHI, so they can be shown.
func writeError(w http.ResponseWriter, err error) {
	writeJSON(w, errorStatus(err), map[string]string{"error": err.Error()})
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
