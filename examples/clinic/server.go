package main

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io"
	"net"
	"net/http"
	"time"

	"github.com/frontdeskhq/frontdesk/inbox"
)

//go:embed web/*.html
var webFS embed.FS

var pages = template.Must(template.ParseFS(webFS, "web/*.html"))

// server is the staff inbox: HTML pages and the JSON API.
type server struct {
	c *clinic
}

// handler returns every route of the staff inbox.
func (s *server) handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) { _, _ = io.WriteString(w, "ok\n") })
	mux.HandleFunc("GET /login", s.loginPage)
	mux.HandleFunc("POST /login", s.login)
	mux.HandleFunc("GET /{$}", s.page(s.inboxPage))
	mux.HandleFunc("GET /c/{id}", s.page(s.conversationPage))
	mux.HandleFunc("POST /c/{id}/reply", s.page(s.replyForm))
	mux.HandleFunc("GET /api/conversations", s.api(s.apiListConversations))
	mux.HandleFunc("GET /api/conversations/{id}", s.api(s.apiConversation))
	mux.HandleFunc("POST /api/conversations/{id}/reply", s.api(s.apiReply))
	mux.HandleFunc("POST /api/conversations/{id}/assign", s.api(s.apiAssign))
	mux.HandleFunc("POST /api/conversations/{id}/close", s.api(s.apiClose))
	return mux
}

type staffHandler func(w http.ResponseWriter, r *http.Request, who staffMember)

// api authenticates API calls with "Authorization: Bearer <token>".
func (s *server) api(h staffHandler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		const prefix = "Bearer "
		auth := r.Header.Get("Authorization")
		if len(auth) <= len(prefix) || auth[:len(prefix)] != prefix {
			writeJSON(w, http.StatusUnauthorized, map[string]string{"error": "missing bearer token"})
			return
		}
		who, ok := s.c.staffByToken(auth[len(prefix):])
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

type pageData struct {
	Title         string
	Staff         staffMember
	Error         string
	Conversations []inbox.Conversation
	Conv          inbox.Conversation
	Messages      []inbox.Message
}

func render(w http.ResponseWriter, name string, d pageData) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := pages.ExecuteTemplate(w, name, d); err != nil {
		http.Error(w, "template error", http.StatusInternalServerError)
	}
}

func (s *server) loginPage(w http.ResponseWriter, _ *http.Request) {
	render(w, "login.html", pageData{Title: "Sign in"})
}

func (s *server) login(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, maxBody)
	who, ok := s.c.staffByToken(r.PostFormValue("token"))
	if !ok {
		w.WriteHeader(http.StatusUnauthorized)
		render(w, "login.html", pageData{Title: "Sign in", Error: "Unknown token."})
		return
	}
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: who.Token, Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode})
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (s *server) inboxPage(w http.ResponseWriter, r *http.Request, who staffMember) {
	page, err := s.c.inbox.Conversations(r.Context(), practiceID, &inbox.ListConversationsParams{Limit: 100})
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	render(w, "inbox.html", pageData{Title: "Inbox", Staff: who, Conversations: page.Conversations})
}

func (s *server) conversationPage(w http.ResponseWriter, r *http.Request, who staffMember) {
	conv, msgs, err := s.thread(r, who)
	if err != nil {
		http.Error(w, err.Error(), http.StatusNotFound)
		return
	}
	render(w, "conversation.html", pageData{Title: "Conversation", Staff: who, Conv: conv, Messages: msgs})
}

func (s *server) replyForm(w http.ResponseWriter, r *http.Request, who staffMember) {
	r.Body = http.MaxBytesReader(w, r.Body, maxBody)
	_, err := s.c.inbox.Reply(r.Context(), inbox.ReplyParams{
		PracticeID: practiceID, ConversationID: r.PathValue("id"), Author: who.actor(),
		Text: r.PostFormValue("text"), ToUnverified: r.PostFormValue("to_unverified") == "1",
	})
	if err != nil {
		conv, msgs, terr := s.thread(r, who)
		if terr != nil {
			http.Error(w, terr.Error(), http.StatusNotFound)
			return
		}
		w.WriteHeader(http.StatusUnprocessableEntity)
		render(w, "conversation.html", pageData{Title: "Conversation", Staff: who, Conv: conv, Messages: msgs, Error: err.Error()})
		return
	}
	http.Redirect(w, r, "/c/"+r.PathValue("id"), http.StatusSeeOther)
}

// serve runs the staff inbox and the patient simulator until ctx ends, then
// shuts down gracefully.
func serve(ctx context.Context, c *clinic, addr string, stdout io.Writer) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	srv := &http.Server{Handler: (&server{c: c}).handler(), ReadHeaderTimeout: 10 * time.Second}
	fmt.Fprintf(stdout, "frontdesk clinic demo\n\n  Staff inbox: http://%s/\n  Data:        %s\n\n  Staff logins (paste a token at /login, or send it as a bearer token to /api/...):\n", ln.Addr(), c.dataDir)
	for _, s := range c.staff {
		fmt.Fprintf(stdout, "    %-20s role %-11s token %s\n", s.Name, s.Role, s.Token)
	}
	fmt.Fprintf(stdout, "\n  Simulated patients write on WhatsApp, SMS, e-mail and web chat every few seconds. Ctrl-C stops.\n")

	simCtx, stopSim := context.WithCancel(ctx)
	defer stopSim()
	go c.simulate(simCtx, 5*time.Second)

	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	stopSim()
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
