package knowledge

import (
	"context"
	"fmt"
	"strings"

	"github.com/frontdeskhq/frontdesk/triage"
)

// DraftRequest asks for a suggested staff reply.
type DraftRequest struct {
	PracticeID     string
	ConversationID string
	// Language of the patient: "es" for Spanish, English otherwise.
	Language string
	// Triage is the conversation's triage; clinical content never gets a
	// knowledge-base snippet.
	Triage triage.Result
	// Question is the patient's latest message, matched against the
	// knowledge base.
	Question string
	// Vars fill the template placeholders {practice} and {agent}.
	Vars map[string]string
}

// Draft is a suggested reply. A person reviews, edits and sends it; a draft
// is never sent by itself.
type Draft struct {
	Text     string
	Language string
	// Intent is the template used; EntryID the knowledge entry quoted, if
	// any.
	Intent  triage.Intent
	EntryID string
}

// Drafter suggests replies for staff. Implementations must be safe for
// concurrent use.
type Drafter interface {
	Draft(ctx context.Context, req DraftRequest) (Draft, error)
}

// Templates maps an intent to its reply template by language ("en",
// "es"). triage.IntentOther is the fallback. Placeholders: {practice},
// {agent}, and {snippet} where a knowledge answer goes (appended when
// absent).
type Templates map[triage.Intent]map[string]string

// DefaultTemplates returns short, non-clinical reply openers in English
// and Spanish.
func DefaultTemplates() Templates {
	sched := map[string]string{
		"en": "Hello, this is {agent} at {practice}. I can help you with your appointment.{snippet}",
		"es": "Hola, le saluda {agent} de {practice}. Con gusto le ayudo con su cita.{snippet}",
	}
	return Templates{
		triage.IntentAppointmentBook:    sched,
		triage.IntentAppointmentChange:  sched,
		triage.IntentAppointmentCancel:  sched,
		triage.IntentAppointmentConfirm: sched,
		triage.IntentBilling: {
			"en": "Hello, this is {agent} at {practice}. Thank you for your billing question.{snippet}",
			"es": "Hola, le saluda {agent} de {practice}. Gracias por su pregunta sobre facturación.{snippet}",
		},
		triage.IntentClinical: {
			"en": "Hello, this is {agent} at {practice}. Our care team has your message and will reply here.",
			"es": "Hola, le saluda {agent} de {practice}. Nuestro equipo clínico recibió su mensaje y le responderá aquí.",
		},
		triage.IntentOther: {
			"en": "Hello, this is {agent} at {practice}. Thank you for your message.{snippet}",
			"es": "Hola, le saluda {agent} de {practice}. Gracias por su mensaje.{snippet}",
		},
	}
}

// TemplateDrafter is the default Drafter: the template of the triaged
// intent, with the practice's best knowledge answer for non-clinical
// questions.
type TemplateDrafter struct {
	base      *Base
	templates Templates
}

var _ Drafter = (*TemplateDrafter)(nil)

// NewTemplateDrafter checks t (nil means DefaultTemplates) and returns a
// drafter quoting base (nil: no snippets). Every template needs English
// and Spanish, and triage.IntentOther must be present.
func NewTemplateDrafter(base *Base, t Templates) (*TemplateDrafter, error) {
	if t == nil {
		t = DefaultTemplates()
	}
	if _, ok := t[triage.IntentOther]; !ok {
		return nil, fmt.Errorf("knowledge: templates: the fallback %q is missing", triage.IntentOther)
	}
	for intent, byLang := range t {
		if !intent.Valid() {
			return nil, fmt.Errorf("knowledge: templates: unknown intent %q", intent)
		}
		if byLang["en"] == "" || byLang["es"] == "" {
			return nil, fmt.Errorf("knowledge: templates: intent %q needs en and es", intent)
		}
	}
	return &TemplateDrafter{base: base, templates: t}, nil
}

// snippetMin is the least confidence for quoting an entry to staff, lower
// than for answering automatically since a person reviews the draft.
const snippetMin = 0.4

// Draft builds a suggested reply. Clinical templates never quote the
// knowledge base.
func (d *TemplateDrafter) Draft(_ context.Context, req DraftRequest) (Draft, error) {
	l := lang(req.Language)
	intent := req.Triage.Intent
	byLang, ok := d.templates[intent]
	if !ok {
		intent, byLang = triage.IntentOther, d.templates[triage.IntentOther]
	}
	out := Draft{Language: l, Intent: intent}
	snippet := ""
	if d.base != nil && req.Question != "" {
		res, err := d.base.Answer(Query{PracticeID: req.PracticeID, Text: req.Question, Language: l, Triage: req.Triage})
		if err != nil {
			return Draft{}, fmt.Errorf("knowledge: draft for conversation %q: %w", req.ConversationID, err)
		}
		if res.Answer != "" && res.Confidence >= snippetMin {
			snippet, out.EntryID = " "+res.Answer, res.EntryID
		}
	}
	text := byLang[l]
	if snippet != "" && !strings.Contains(text, "{snippet}") {
		text += "{snippet}"
	}
	vars := map[string]string{"{practice}": "our office", "{agent}": "our team", "{snippet}": snippet}
	if l == "es" {
		vars["{practice}"], vars["{agent}"] = "nuestra oficina", "nuestro equipo"
	}
	for k, v := range req.Vars {
		if v != "" && (k == "practice" || k == "agent") {
			vars["{"+k+"}"] = v
		}
	}
	r := make([]string, 0, 2*len(vars))
	for k, v := range vars {
		r = append(r, k, v)
	}
	out.Text = strings.NewReplacer(r...).Replace(text)
	return out, nil
}
