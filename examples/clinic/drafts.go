package main

import (
	"context"
	"net/http"
	"strings"

	"github.com/frontdeskhq/frontdesk/clock"
	"github.com/frontdeskhq/frontdesk/routing/knowledge"
	"github.com/frontdeskhq/frontdesk/triage"
)

// newKnowledgeBase is the demo practice's knowledge base: a few
// non-clinical answers, in English and Spanish, that frontdesk may send on
// its own (labelled automatic, with a "did that answer it?") and staff can
// quote in drafts.
func newKnowledgeBase(clk clock.Clock) (*knowledge.Base, error) {
	reviewed := clk.Now().AddDate(0, -1, 0)
	return knowledge.New([]knowledge.Entry{
		{ID: "hours", PracticeID: practiceID, Intent: triage.IntentAdmin, Owner: "staff-maria", LastReviewed: reviewed,
			Questions: []string{"What are your hours?", "Are you open on Saturday?", "¿Cuál es su horario?", "¿Abren los sábados?"},
			Answers: map[string]string{"en": "We are open Monday to Friday 8:00-18:00 and Saturday 9:00-13:00.",
				"es": "Abrimos de lunes a viernes de 8:00 a 18:00 y los sábados de 9:00 a 13:00."}},
		{ID: "portal-password", PracticeID: practiceID, Intent: triage.IntentPortal, Owner: "staff-maria", LastReviewed: reviewed,
			Questions: []string{"I can't log into the patient portal", "My portal password expired", "No puedo entrar al portal"},
			Answers: map[string]string{"en": "Use \"Forgot password\" on the portal sign-in page; the link is valid for one hour.",
				"es": "Use \"Olvidé mi contraseña\" en la página de acceso del portal; el enlace vale una hora."}},
		{ID: "parking", PracticeID: practiceID, Intent: triage.IntentAdmin, Owner: "staff-maria", LastReviewed: reviewed,
			Questions: []string{"Where can I park?", "Is there parking at the clinic?", "¿Dónde puedo estacionar?", "¿Hay estacionamiento?"},
			Answers: map[string]string{"en": "Free patient parking is behind the building, entrance on Oak Street.",
				"es": "El estacionamiento gratuito para pacientes está detrás del edificio, con entrada por Oak Street."}},
	}, knowledge.Config{Clock: clk})
}

// apiDraft serves POST /api/conversations/{id}/draft: a suggested reply,
// never sent by itself.
func (s *server) apiDraft(w http.ResponseWriter, r *http.Request, who staffMember) {
	d, err := s.draft(r.Context(), who, r.PathValue("id"))
	if err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"text": d.Text, "language": d.Language, "intent": string(d.Intent), "entry_id": d.EntryID})
}

// draft suggests a reply to the patient's latest message, signed with the
// staff member's first name.
func (s *server) draft(ctx context.Context, who staffMember, id string) (knowledge.Draft, error) {
	return s.view(who).Draft(ctx, practiceID, id, map[string]string{"practice": clinicName, "agent": strings.Fields(who.Name)[0]})
}
