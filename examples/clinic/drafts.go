package main

import (
	"context"
	"net/http"
	"strings"

	"github.com/frontdeskhq/frontdesk/clock"
	"github.com/frontdeskhq/frontdesk/inbox"
	"github.com/frontdeskhq/frontdesk/routing/knowledge"
	"github.com/frontdeskhq/frontdesk/triage"
)

// newDrafter builds the suggested-reply drafter over the demo practice's
// knowledge base: a few non-clinical answers staff can quote.
func newDrafter(clk clock.Clock) (knowledge.Drafter, error) {
	reviewed := clk.Now().AddDate(0, -1, 0)
	kb, err := knowledge.New([]knowledge.Entry{
		{ID: "hours", PracticeID: practiceID, Intent: triage.IntentAdmin, Owner: "staff-maria", LastReviewed: reviewed,
			Questions: []string{"What are your hours?", "Are you open on Saturday?", "¿Cuál es su horario?", "¿Abren los sábados?"},
			Answers: map[string]string{"en": "We are open Monday to Friday 8:00-18:00 and Saturday 9:00-13:00.",
				"es": "Abrimos de lunes a viernes de 8:00 a 18:00 y los sábados de 9:00 a 13:00."}},
		{ID: "portal-password", PracticeID: practiceID, Intent: triage.IntentPortal, Owner: "staff-maria", LastReviewed: reviewed,
			Questions: []string{"I can't log into the patient portal", "My portal password expired", "No puedo entrar al portal"},
			Answers: map[string]string{"en": "Use \"Forgot password\" on the portal sign-in page; the link is valid for one hour.",
				"es": "Use \"Olvidé mi contraseña\" en la página de acceso del portal; el enlace vale una hora."}},
	}, knowledge.Config{Clock: clk})
	if err != nil {
		return nil, err
	}
	return knowledge.NewTemplateDrafter(kb, nil)
}

// draft suggests a reply to the patient's latest message. A person reviews
// and sends it; drafts are never sent by themselves.
func (s *server) draft(ctx context.Context, who staffMember, conv inbox.Conversation, msgs []inbox.Message) (knowledge.Draft, error) {
	req := knowledge.DraftRequest{PracticeID: practiceID, ConversationID: conv.ID,
		Vars: map[string]string{"practice": clinicName, "agent": strings.Fields(who.Name)[0]}}
	for i := len(msgs) - 1; i >= 0; i-- {
		if m := msgs[i]; m.Direction == inbox.Inbound && m.HandledBy == "" {
			req.Question = m.Text
			if m.Triage != nil {
				req.Triage, req.Language = *m.Triage, m.Triage.Language
			}
			break
		}
	}
	return s.c.drafter.Draft(ctx, req)
}

// apiDraft serves POST /api/conversations/{id}/draft: a suggested reply.
func (s *server) apiDraft(w http.ResponseWriter, r *http.Request, who staffMember) {
	conv, msgs, err := s.thread(r.Context(), who, r.PathValue("id"))
	if err != nil {
		writeError(w, err)
		return
	}
	d, err := s.draft(r.Context(), who, conv, msgs)
	if err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"text": d.Text, "language": d.Language, "intent": string(d.Intent), "entry_id": d.EntryID})
}
