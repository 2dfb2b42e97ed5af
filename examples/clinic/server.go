package main

import (
	"context"
	"crypto/subtle"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"net"
	"net/http"
	"slices"
	"strings"
	"time"

	"go.uber.org/zap"

	"github.com/frontdeskhq/frontdesk/audit"
	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/inbox"
	"github.com/frontdeskhq/frontdesk/routing"
)

//go:embed web
var webFS embed.FS

// staticFS serves web/static at /static/.
var staticFS = func() fs.FS { f, _ := fs.Sub(webFS, "web"); return f }()

// server is the staff inbox: HTML pages, the JSON API, the live event
// stream, the patient page with the web-chat widget, and the webhooks of
// the real channel adapters.
type server struct {
	c *clinic
	// done, closed at shutdown, ends the live event streams, which would
	// otherwise hold the graceful shutdown until their clients leave.
	done chan struct{}
}

// handler returns every route.
func (s *server) handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) { _, _ = io.WriteString(w, "ok\n") })
	mux.HandleFunc("GET /readyz", s.ready)
	mux.HandleFunc("GET /metrics", s.metrics)
	mux.Handle("GET /static/", http.FileServerFS(staticFS))
	mux.HandleFunc("GET /patient", s.patientPage)
	mux.HandleFunc("GET /login", s.loginPage)
	mux.HandleFunc("POST /login", s.login)
	mux.HandleFunc("POST /logout", s.logout)
	mux.HandleFunc("GET /{$}", s.page(s.inboxPage))
	mux.HandleFunc("GET /c/{id}", s.page(s.conversationPage))
	mux.HandleFunc("POST /c/{id}/break-glass", s.page(breakGlass(s.conversationPage)))
	mux.HandleFunc("POST /c/{id}/{action}", s.page(s.actionForm))
	mux.HandleFunc("GET /kpis", s.page(s.kpiPage))
	mux.HandleFunc("GET /reminders", s.page(s.remindersPage))
	mux.HandleFunc("GET /audit", s.page(s.auditPage))
	mux.HandleFunc("GET /events", s.page(s.events))

	mux.HandleFunc("GET /api/conversations", s.api(s.apiListConversations))
	mux.HandleFunc("GET /api/conversations/{id}", s.api(s.apiConversation))
	mux.HandleFunc("POST /api/conversations/{id}/draft", s.api(s.apiDraft))
	mux.HandleFunc("POST /api/conversations/{id}/break-glass", s.api(breakGlass(s.apiConversation)))
	mux.HandleFunc("POST /api/conversations/{id}/{action}", s.api(s.apiAction))
	mux.HandleFunc("GET /api/kpis", s.api(s.apiKPIs))
	mux.HandleFunc("GET /api/audit", s.api(s.apiAudit))
	mux.HandleFunc("GET /api/reminders", s.api(s.apiReminders))
	mux.HandleFunc("GET /api/events", s.api(s.events))
	for pattern, h := range s.c.routes {
		mux.Handle(pattern, h)
	}
	return mux
}

type staffHandler func(w http.ResponseWriter, r *http.Request, who staffMember)

// api authenticates API calls with "Authorization: Bearer <token>".
func (s *server) api(h staffHandler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		token, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if !ok {
			writeJSON(w, http.StatusUnauthorized, map[string]string{"error": "missing bearer token"})
			return
		}
		who, ok := s.c.staffByToken(token)
		if !ok {
			writeJSON(w, http.StatusUnauthorized, map[string]string{"error": "unknown token"})
			return
		}
		h(w, r, who)
	}
}

const sessionCookie = "frontdesk_session"

// page authenticates browser pages with the session cookie set at /login.
func (s *server) page(h staffHandler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ck, err := r.Cookie(sessionCookie)
		if err != nil {
			http.Redirect(w, r, "/login", http.StatusSeeOther)
			return
		}
		who, ok := s.c.staffByToken(ck.Value)
		if !ok {
			http.Redirect(w, r, "/login", http.StatusSeeOther)
			return
		}
		h(w, r, who)
	}
}

// staffByToken returns the staff member a token belongs to, comparing in
// constant time.
func (c *clinic) staffByToken(token string) (staffMember, bool) {
	for _, s := range c.staff {
		if token != "" && subtle.ConstantTimeCompare([]byte(s.Token), []byte(token)) == 1 {
			return s, true
		}
	}
	return staffMember{}, false
}

func (s staffMember) actor() inbox.Actor {
	return inbox.Actor{ID: s.ID, Role: string(s.Role), Kind: "staff"}
}

func (s staffMember) principal() routing.Principal {
	return routing.Principal{ID: s.ID, Roles: []routing.Role{s.Role}, BreakGlass: s.BreakGlass}
}

// breakGlass serves h with emergency access invoked: a role allowed
// break-glass reads the conversation unmasked, and the inbox writes the
// access to the audit log as break-glass; other roles are refused.
func breakGlass(h staffHandler) staffHandler {
	return func(w http.ResponseWriter, r *http.Request, who staffMember) {
		who.BreakGlass = true
		h(w, r, who)
	}
}

// view is the inbox as one staff member may use it: every call checks
// their permissions, masks PHI their role may not see and audits the
// access.
func (s *server) view(who staffMember) inbox.Staff {
	return s.c.inbox.Staff(who.principal())
}

// mayBreakGlass reports whether who's role may invoke emergency access.
func (s *server) mayBreakGlass(who staffMember) bool {
	return s.c.perms[who.Role].BreakGlass
}

// may reports whether who has perm (in queue, for queue permissions).
func (s *server) may(who staffMember, perm routing.Permission, queue string) bool {
	_, err := s.c.perms.Check(who.principal(), perm, queue)
	return err == nil
}

// allow checks a permission for the pages outside the inbox (reminders,
// audit trail) and records a refusal in the audit log, as the inbox's
// Staff view does for its own.
func (s *server) allow(ctx context.Context, who staffMember, perm routing.Permission, queue string) error {
	_, err := s.c.perms.Check(who.principal(), perm, queue)
	if err != nil {
		detail := map[string]string{"permission": string(perm)}
		if queue != "" {
			detail["queue"] = queue
		}
		if aerr := s.c.audit.log.Append(ctx, audit.Event{PracticeID: practiceID, Actor: who.actor(),
			Action: audit.ActionAccessDenied, Outcome: audit.OutcomeDenied, Detail: detail}); aerr != nil {
			return errors.Join(err, aerr)
		}
	}
	return err
}

// serve runs the staff inbox, the reminder workers and the patient
// simulator until ctx ends, then shuts down gracefully.
func serve(ctx context.Context, c *clinic, addr string, stdout io.Writer) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	s := &server{c: c, done: make(chan struct{})}
	srv := &http.Server{Handler: s.handler(), ReadHeaderTimeout: 10 * time.Second}
	c.printStartup(stdout, "http://"+ln.Addr().String())

	workCtx, stopWork := context.WithCancel(ctx)
	defer stopWork()
	go func() { _ = c.reminders.dispatcher.Run(workCtx) }()
	go func() { _ = c.reminders.responder.Run(workCtx) }()
	go func() { _ = c.sla.Run(workCtx) }()
	go c.simulate(workCtx, 6*time.Second)
	go c.wakeSnoozed(workCtx, time.Minute)

	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	stopWork()
	close(s.done)
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// wakeSnoozed returns snoozed conversations to their queues when their
// time comes, checking every interval on the clinic's clock.
func (c *clinic) wakeSnoozed(ctx context.Context, interval time.Duration) {
	for {
		if _, err := c.inbox.WakeSnoozed(ctx, practiceID); err != nil && ctx.Err() == nil {
			c.log.Warn("wake snoozed conversations", zap.Error(err))
		}
		t := c.clock.NewTimer(interval)
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-t.C():
		}
	}
}

// printStartup tells the user where everything is.
func (c *clinic) printStartup(w io.Writer, base string) {
	fmt.Fprintf(w, "frontdesk clinic demo (%s)\n\n", clinicName)
	fmt.Fprintf(w, "  Staff inbox:   %s/\n  Patient page:  %s/patient (web-chat widget)\n", base, base)
	fmt.Fprintf(w, "  Data:          %s\n  Database:      %s\n  Audit log:     %s\n", c.dataDir, c.dbDesc, c.audit.path)
	keyNote := "existing"
	if c.audit.newKey {
		keyNote = "generated now"
	}
	fmt.Fprintf(w, "  Audit key:     %s (%s, key id %s)\n", c.audit.keyPath, keyNote, audit.KeyID(c.audit.pub))
	fmt.Fprintf(w, "  Audit chain:   verified, %d events\n\n", c.audit.verified.Count)
	fmt.Fprintln(w, "  Channels:")
	for _, k := range channels.Kinds() {
		mode := "fake provider (set its secrets for the real one)"
		if c.realKinds[k] {
			mode = "real adapter"
		}
		fmt.Fprintf(w, "    %-9s %s\n", k, mode)
	}
	if len(c.routes) > 0 {
		fmt.Fprintln(w, "\n  Webhooks and widget:")
		for _, pattern := range slices.Sorted(maps.Keys(c.routes)) {
			fmt.Fprintf(w, "    %s\n", pattern)
		}
	}
	fmt.Fprintln(w, "\n  Staff logins (paste a token at /login, or send it as a bearer token to /api/...):")
	for _, s := range c.staff {
		fmt.Fprintf(w, "    %-20s role %-11s token %s\n", s.Name, s.Role, s.Token)
	}
	fmt.Fprintln(w, "\n  Simulated patients write on WhatsApp, SMS, e-mail and web chat every few seconds. Ctrl-C stops.")
}
