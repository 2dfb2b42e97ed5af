package knowledge_test

import (
	"fmt"
	"time"

	"github.com/frontdeskhq/frontdesk/clock/clocktest"
	"github.com/frontdeskhq/frontdesk/routing/knowledge"
	"github.com/frontdeskhq/frontdesk/triage"
)

func Example() {
	now := time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)
	kb, err := knowledge.New([]knowledge.Entry{{
		ID: "parking", PracticeID: "p1", Intent: triage.IntentAdmin, Owner: "staff-7", LastReviewed: now.AddDate(0, -2, 0),
		Questions: []string{"Where can I park?", "Is there parking?", "¿Dónde puedo estacionar?"},
		Answers: map[string]string{
			"en": "Free parking is behind the building.",
			"es": "Hay estacionamiento gratis detrás del edificio.",
		},
	}}, knowledge.Config{Clock: clocktest.NewFake(now)})
	if err != nil {
		panic(err)
	}
	ask := func(text, lang string, intent triage.Intent) {
		r, _ := kb.Answer(knowledge.Query{PracticeID: "p1", Text: text, Language: lang,
			Triage: triage.Result{Intent: intent, Urgency: triage.UrgencyRoutine}})
		if r.Automatic {
			fmt.Println(knowledge.Label(r.Answer, lang))
			return
		}
		fmt.Println("for a person:", r.Reason)
	}
	ask("¿Dónde puedo estacionar?", "es", triage.IntentAdmin)
	ask("where do I park? my leg is swollen", "en", triage.IntentClinical)
	fmt.Println(knowledge.ParseFollowUp("no, thanks"))
	// Output:
	// Respuesta automática: Hay estacionamiento gratis detrás del edificio.
	//
	// ¿Respondió esto a su pregunta? Responda SÍ o NO. Si no, una persona de nuestro equipo le ayudará.
	// for a person: clinical
	// no
}
