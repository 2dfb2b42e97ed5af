package main

import (
	"cmp"
	"context"
	"fmt"
	"html/template"
	"net/http"
	"slices"
	"time"

	"go.uber.org/zap"

	"github.com/frontdeskhq/frontdesk/audit"
	"github.com/frontdeskhq/frontdesk/inbox"
	"github.com/frontdeskhq/frontdesk/routing"
)

var pages = template.Must(template.New("").Funcs(template.FuncMap{
	"remaining": remaining,
	"minutes":   func(d time.Duration) string { return fmt.Sprintf("%.0f min", d.Minutes()) },
	"percent":   func(f float64) string { return fmt.Sprintf("%.0f%%", f*100) },
	// short is the end of an id, the part that differs between the
	// time-ordered ids of one session.
	"short": func(id string) string { return id[max(0, len(id)-8):] },
}).ParseFS(webFS, "web/*.html"))

// pageData is what every page template gets; each uses its own fields.
type pageData struct {
	Title string
	Staff staffMember
	// CanAudit and CanSchedule show the links to the KPI and audit pages
	// and to the reminders page.
	CanAudit, CanSchedule bool
	Error                 string
	Now                   time.Time

	Queues        []queueCount
	Queue         string
	Conversations []inbox.Conversation
	Conv          inbox.Conversation
	Messages      []inbox.Message
	Redacted      bool
	Colleagues    []staffMember
	Draft         string
	QueueNames    []string
	// CanBreakGlass offers emergency access on a masked conversation;
	// Scorecard is the QA review form's criteria.
	CanBreakGlass bool
	Scorecard     []string

	KPIs   inbox.KPIReport
	Charts []chart

	Appointments []appointmentView
	Offers       []offerView

	Chain  chainStatus
	Events []audit.Event
}

// queueCount is a queue in the inbox sidebar.
type queueCount struct {
	Name              string
	Open, Emergencies int
}

func (s *server) render(w http.ResponseWriter, status int, name string, d pageData) {
	d.Now = s.c.clock.Now()
	d.CanAudit = d.Staff.ID != "" && s.may(d.Staff, routing.PermExport, "")
	d.CanSchedule = d.Staff.ID != "" && s.may(d.Staff, routing.PermReadQueue, routing.QueueScheduling)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	if err := pages.ExecuteTemplate(w, name, d); err != nil {
		s.c.log.Error("template", zap.String("page", name), zap.Error(err))
	}
}

func (s *server) fail(w http.ResponseWriter, who staffMember, err error) {
	s.render(w, errorStatus(err), "error.html", pageData{Title: "Error", Staff: who, Error: err.Error()})
}

// remaining says how long until a first-response deadline, or how late it
// is; the page's script keeps it current.
func remaining(now, due time.Time) string {
	d := due.Sub(now).Round(time.Minute)
	if d < 0 {
		return "overdue " + fmtDur(-d)
	}
	return fmtDur(d) + " left"
}

func fmtDur(d time.Duration) string {
	h, m := int(d.Hours()), int(d.Minutes())%60
	if h > 0 {
		return fmt.Sprintf("%dh %dm", h, m)
	}
	return fmt.Sprintf("%dm", m)
}

func (s *server) loginPage(w http.ResponseWriter, _ *http.Request) {
	s.render(w, http.StatusOK, "login.html", pageData{Title: "Sign in"})
}

func (s *server) login(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, maxBody)
	who, ok := s.c.staffByToken(r.PostFormValue("token"))
	if !ok {
		s.render(w, http.StatusUnauthorized, "login.html", pageData{Title: "Sign in", Error: "Unknown token."})
		return
	}
	_ = s.c.audit.log.Append(r.Context(), audit.Event{PracticeID: practiceID, Actor: who.actor(), Action: audit.ActionLogin, Outcome: audit.OutcomeSuccess})
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: who.Token, Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode})
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (s *server) logout(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: "", Path: "/", MaxAge: -1})
	http.Redirect(w, r, "/login", http.StatusSeeOther)
}

// patientPage is a demo practice website that embeds the web-chat widget.
func (s *server) patientPage(w http.ResponseWriter, _ *http.Request) {
	s.render(w, http.StatusOK, "patient.html", pageData{Title: "Patient web chat"})
}

// openConversations returns the open conversations of the queues who may
// read, most urgent first, and the count per queue.
func (s *server) openConversations(ctx context.Context, who staffMember, queue string) ([]inbox.Conversation, []queueCount, error) {
	counts := map[string]*queueCount{}
	var out []inbox.Conversation
	p := &inbox.ListConversationsParams{Status: inbox.StatusOpen, Limit: inbox.MaxPageSize}
	for {
		page, err := s.view(who).List(ctx, practiceID, p)
		if err != nil {
			return nil, nil, err
		}
		for _, c := range page.Conversations {
			q := counts[c.Queue]
			if q == nil {
				q = &queueCount{Name: c.Queue}
				counts[c.Queue] = q
			}
			q.Open++
			if c.Emergency {
				q.Emergencies++
			}
			if queue == "" || queue == c.Queue {
				out = append(out, c)
			}
		}
		if page.Next == "" {
			break
		}
		p.Cursor = page.Next
	}
	slices.SortStableFunc(out, func(a, b inbox.Conversation) int {
		return cmp.Or(-cmp.Compare(a.Urgency.Rank(), b.Urgency.Rank()), a.FirstResponseDue.Compare(b.FirstResponseDue))
	})
	var qs []queueCount
	for _, q := range counts {
		qs = append(qs, *q)
	}
	slices.SortFunc(qs, func(a, b queueCount) int { return cmp.Compare(a.Name, b.Name) })
	return out, qs, nil
}

func (s *server) inboxPage(w http.ResponseWriter, r *http.Request, who staffMember) {
	queue := r.URL.Query().Get("queue")
	if queue != "" {
		// Asking for one queue checks (and audits) the permission.
		if _, err := s.view(who).List(r.Context(), practiceID, &inbox.ListConversationsParams{Queue: queue, Limit: 1}); err != nil {
			s.fail(w, who, err)
			return
		}
	}
	convs, queues, err := s.openConversations(r.Context(), who, queue)
	if err != nil {
		s.fail(w, who, err)
		return
	}
	s.render(w, http.StatusOK, "inbox.html", pageData{Title: "Inbox", Staff: who, Queues: queues, Queue: queue, Conversations: convs})
}

func (s *server) conversationPage(w http.ResponseWriter, r *http.Request, who staffMember) {
	s.showConversation(w, r, who, http.StatusOK, "")
}

func (s *server) showConversation(w http.ResponseWriter, r *http.Request, who staffMember, status int, msg string) {
	th, err := s.thread(r.Context(), who, r.PathValue("id"))
	if err != nil {
		s.fail(w, who, err)
		return
	}
	var queues []string
	for _, q := range routing.DefaultRuleset().Queues {
		queues = append(queues, q.Name)
	}
	var draft string
	if !th.Redacted {
		d, err := s.draft(r.Context(), who, th.Conversation.ID)
		if err != nil {
			s.c.log.Warn("draft", zap.String("conversation_id", th.Conversation.ID), zap.Error(err))
		}
		draft = d.Text
	}
	s.render(w, status, "conversation.html", pageData{Title: "Conversation", Staff: who, Conv: th.Conversation, Messages: th.Messages,
		Redacted: th.Redacted, Colleagues: s.c.staff, QueueNames: queues, Error: msg, Draft: draft,
		CanBreakGlass: th.Redacted && s.mayBreakGlass(who), Scorecard: inbox.DefaultScorecard()})
}

// actionForm handles the conversation page's forms (reply, note, assign,
// transfer, snooze, close, wait, qa) through the same code as the JSON
// API.
func (s *server) actionForm(w http.ResponseWriter, r *http.Request, who staffMember) {
	r.Body = http.MaxBytesReader(w, r.Body, maxBody)
	b := actionBody{Text: r.PostFormValue("text"), ToUnverified: r.PostFormValue("to_unverified") == "1",
		Assignee: r.PostFormValue("assignee"), Queue: r.PostFormValue("queue"), Note: r.PostFormValue("note")}
	if r.PostFormValue("review") == "1" {
		b.Criteria, b.Accurate = map[string]bool{}, r.PostFormValue("accurate") == "1"
		for _, c := range inbox.DefaultScorecard() {
			b.Criteria[c] = r.PostFormValue(c) == "1"
		}
	}
	if h := atoi(r.PostFormValue("hours")); h > 0 {
		b.Until = s.c.clock.Now().Add(time.Duration(h) * time.Hour)
	}
	id := r.PathValue("id")
	if _, err := s.act(r.Context(), who, id, r.PathValue("action"), b); err != nil {
		s.showConversation(w, r, who, http.StatusUnprocessableEntity, err.Error())
		return
	}
	if r.PathValue("action") == "transfer" || r.PathValue("action") == "close" {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	http.Redirect(w, r, "/c/"+id, http.StatusSeeOther)
}

func (s *server) remindersPage(w http.ResponseWriter, r *http.Request, who staffMember) {
	if err := s.allow(r.Context(), who, routing.PermReadQueue, routing.QueueScheduling); err != nil {
		s.fail(w, who, err)
		return
	}
	appts, offers, err := s.c.overview(r.Context())
	if err != nil {
		s.fail(w, who, err)
		return
	}
	s.render(w, http.StatusOK, "reminders.html", pageData{Title: "Reminders", Staff: who, Appointments: appts, Offers: offers})
}

func (s *server) auditPage(w http.ResponseWriter, r *http.Request, who staffMember) {
	if err := s.allow(r.Context(), who, routing.PermExport, ""); err != nil {
		s.fail(w, who, err)
		return
	}
	evs, err := s.c.audit.recent(r.Context(), practiceID, 100)
	if err != nil {
		s.fail(w, who, err)
		return
	}
	s.render(w, http.StatusOK, "audit.html", pageData{Title: "Audit trail", Staff: who, Chain: s.c.audit.status(r.Context()), Events: evs})
}
