package knowledge_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/frontdeskhq/frontdesk/clock/clocktest"
	"github.com/frontdeskhq/frontdesk/routing/knowledge"
	"github.com/frontdeskhq/frontdesk/triage"
)

var now = time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)

func entries() []knowledge.Entry {
	fresh := now.AddDate(0, -1, 0)
	return []knowledge.Entry{
		{ID: "hours", PracticeID: "p1", Intent: triage.IntentAdmin, Owner: "s1", LastReviewed: fresh,
			Questions: []string{"What are your opening hours?", "When are you open?", "¿Cuál es su horario?", "¿A qué hora abren?"},
			Answers:   map[string]string{"en": "We are open Monday to Friday, 8 to 5.", "es": "Abrimos de lunes a viernes, de 8 a 5."}},
		{ID: "parking", PracticeID: "p1", Intent: triage.IntentAdmin, Owner: "s1", LastReviewed: fresh,
			Questions: []string{"Where can I park?", "Is there parking?", "¿Dónde puedo estacionar?"},
			Answers:   map[string]string{"en": "Free parking is behind the building.", "es": "Hay estacionamiento gratis detrás del edificio."}},
		{ID: "portal-reset", PracticeID: "p1", Intent: triage.IntentPortal, Owner: "s2", LastReviewed: fresh,
			Questions: []string{"How do I reset my portal password?", "I forgot my portal password", "No puedo entrar al portal, olvidé mi contraseña"},
			Answers:   map[string]string{"en": "Use 'Forgot password' on the portal sign-in page.", "es": "Use 'Olvidé mi contraseña' en la página del portal."}},
		{ID: "payment", PracticeID: "p1", Intent: triage.IntentBilling, Owner: "s3", LastReviewed: now.AddDate(-1, 0, 0),
			Questions: []string{"How can I pay my bill?", "Can I pay my bill online?"},
			Answers:   map[string]string{"en": "Pay online at the portal or call billing.", "es": "Pague en línea en el portal o llame a facturación."}},
		{ID: "hours", PracticeID: "p2", Intent: triage.IntentAdmin, Owner: "x1", LastReviewed: fresh,
			Questions: []string{"What are your opening hours?"},
			Answers:   map[string]string{"en": "Practice two opens at 9.", "es": "La práctica dos abre a las 9."}},
	}
}

func newBase(t testing.TB) *knowledge.Base {
	t.Helper()
	b, err := knowledge.New(entries(), knowledge.Config{Clock: clocktest.NewFake(now)})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func routine(i triage.Intent) triage.Result {
	return triage.Result{Intent: i, Urgency: triage.UrgencyRoutine, Confidence: 0.9}
}

func TestAnswer(t *testing.T) {
	b := newBase(t)
	cases := []struct {
		name      string
		q         knowledge.Query
		reason    knowledge.Reason
		entry     string
		automatic bool
		answer    string
	}{
		{"hours in english", knowledge.Query{PracticeID: "p1", Text: "what are your hours?", Triage: routine(triage.IntentAdmin)},
			knowledge.ReasonAnswered, "hours", true, "We are open"},
		{"hours in spanish", knowledge.Query{PracticeID: "p1", Text: "Hola, ¿a qué hora abren?", Language: "es-MX", Triage: routine(triage.IntentAdmin)},
			knowledge.ReasonAnswered, "hours", true, "Abrimos"},
		{"other practice's answer", knowledge.Query{PracticeID: "p2", Text: "What are your opening hours", Triage: routine(triage.IntentAdmin)},
			knowledge.ReasonAnswered, "hours", true, "Practice two"},
		{"portal", knowledge.Query{PracticeID: "p1", Text: "forgot my password for the portal", Triage: routine(triage.IntentPortal)},
			knowledge.ReasonAnswered, "portal-reset", true, "Use 'Forgot password'"},
		{"stale billing entry", knowledge.Query{PracticeID: "p1", Text: "how can I pay my bill", Triage: routine(triage.IntentBilling)},
			knowledge.ReasonStale, "payment", false, "Pay online"},
		{"low confidence", knowledge.Query{PracticeID: "p1", Text: "is the parking garage near the pharmacy on Elm street", Triage: routine(triage.IntentAdmin)},
			knowledge.ReasonLowConfidence, "parking", false, "Free parking"},
		{"no match", knowledge.Query{PracticeID: "p1", Text: "do you sell gift cards", Triage: routine(triage.IntentAdmin)},
			knowledge.ReasonNoMatch, "", false, ""},
		{"unknown practice", knowledge.Query{PracticeID: "p9", Text: "what are your hours", Triage: routine(triage.IntentAdmin)},
			knowledge.ReasonNoMatch, "", false, ""},
		{"clinical intent", knowledge.Query{PracticeID: "p1", Text: "what are your hours", Triage: routine(triage.IntentClinical)},
			knowledge.ReasonClinical, "", false, ""},
		{"refill intent", knowledge.Query{PracticeID: "p1", Text: "what are your hours", Triage: routine(triage.IntentPrescriptionRefill)},
			knowledge.ReasonClinical, "", false, ""},
		{"urgent", knowledge.Query{PracticeID: "p1", Text: "what are your hours", Triage: triage.Result{Intent: triage.IntentAdmin, Urgency: triage.UrgencyUrgent}},
			knowledge.ReasonClinical, "", false, ""},
		{"red flag", knowledge.Query{PracticeID: "p1", Text: "when are you open, my chest hurts", Triage: triage.Result{Intent: triage.IntentAdmin,
			Urgency: triage.UrgencyRoutine, RedFlags: []triage.RedFlag{{Kind: "chest_pain"}}}},
			knowledge.ReasonClinical, "", false, ""},
		{"not triaged", knowledge.Query{PracticeID: "p1", Text: "what are your hours", Triage: triage.Result{Intent: triage.IntentAdmin}},
			knowledge.ReasonClinical, "", false, ""},
		{"scheduling is for people", knowledge.Query{PracticeID: "p1", Text: "what are your hours", Triage: routine(triage.IntentAppointmentBook)},
			knowledge.ReasonNotAnswerable, "", false, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r, err := b.Answer(tc.q)
			if err != nil {
				t.Fatal(err)
			}
			if r.Reason != tc.reason || r.EntryID != tc.entry || r.Automatic != tc.automatic || !strings.HasPrefix(r.Answer, tc.answer) {
				t.Errorf("got %+v, want reason %s entry %q automatic %v answer %q", r, tc.reason, tc.entry, tc.automatic, tc.answer)
			}
			if r.Automatic && r.Confidence < 0.65 {
				t.Errorf("automatic answer with confidence %.2f", r.Confidence)
			}
		})
	}
}

func TestAmbiguousMatchIsNotAutomatic(t *testing.T) {
	es := entries()[:2]
	es[1].Questions = append(es[1].Questions, "What are your parking hours?")
	b, err := knowledge.New(es, knowledge.Config{Clock: clocktest.NewFake(now)})
	if err != nil {
		t.Fatal(err)
	}
	r, err := b.Answer(knowledge.Query{PracticeID: "p1", Text: "what are your hours", Triage: routine(triage.IntentAdmin)})
	if err != nil || r.Automatic || r.Reason != knowledge.ReasonAmbiguous {
		t.Errorf("got %+v, %v; want ambiguous", r, err)
	}
}

func TestStaleEntries(t *testing.T) {
	clk := clocktest.NewFake(now)
	b, err := knowledge.New(entries(), knowledge.Config{Clock: clk})
	if err != nil {
		t.Fatal(err)
	}
	if s := b.Stale("p1"); len(s) != 1 || s[0].ID != "payment" {
		t.Errorf("stale = %v, want payment", s)
	}
	clk.Advance(200 * 24 * time.Hour)
	if s := b.Stale("p1"); len(s) != 4 {
		t.Errorf("after 200 days %d stale, want 4", len(s))
	}
	if s := b.Stale("p2"); len(s) != 1 || s[0].PracticeID != "p2" {
		t.Errorf("stale p2 = %v", s)
	}
}

const canary = "Jane Canary 555-010-0199 SSN 078-05-1120"

func TestEntryErrors(t *testing.T) {
	base := entries()[0]
	cases := []struct {
		name   string
		mutate func(e *knowledge.Entry)
	}{
		{"clinical intent", func(e *knowledge.Entry) { e.Intent = triage.IntentClinical }},
		{"no spanish", func(e *knowledge.Entry) { e.Answers = map[string]string{"en": canary} }},
		{"no questions", func(e *knowledge.Entry) { e.Questions = nil }},
		{"empty question", func(e *knowledge.Entry) { e.Questions = []string{"?? " + "the and"} }},
		{"no owner", func(e *knowledge.Entry) { e.Owner = "" }},
		{"other language", func(e *knowledge.Entry) { e.Answers["fr"] = canary }},
		{"no practice", func(e *knowledge.Entry) { e.PracticeID = "" }},
	}
	for _, tc := range cases {
		e := base
		e.Answers = map[string]string{"en": base.Answers["en"], "es": base.Answers["es"]}
		e.Questions = append([]string{canary}, base.Questions...)
		tc.mutate(&e)
		_, err := knowledge.New([]knowledge.Entry{e}, knowledge.Config{})
		var ee *knowledge.EntryError
		if !errors.Is(err, knowledge.ErrInvalidEntry) || !errors.As(err, &ee) || ee.EntryID != "hours" {
			t.Errorf("%s: err = %v", tc.name, err)
		}
		if err != nil && strings.Contains(err.Error(), "Canary") {
			t.Errorf("%s: error quotes entry text: %v", tc.name, err)
		}
	}
	if _, err := knowledge.New([]knowledge.Entry{base, base}, knowledge.Config{}); !errors.Is(err, knowledge.ErrInvalidEntry) {
		t.Errorf("duplicate: err = %v", err)
	}
}

func TestAnswerErrorsCarryNoPHI(t *testing.T) {
	b := newBase(t)
	long := strings.Repeat(canary+" ", 200)
	_, err := b.Answer(knowledge.Query{PracticeID: "p1", Text: long, Triage: routine(triage.IntentAdmin)})
	if !errors.Is(err, knowledge.ErrInvalidInput) {
		t.Fatalf("err = %v", err)
	}
	for _, leak := range []string{"Canary", "555", "078-05"} {
		if strings.Contains(err.Error(), leak) {
			t.Errorf("error %q leaks %q", err, leak)
		}
	}
}

func TestParseFollowUp(t *testing.T) {
	cases := []struct {
		text string
		want knowledge.FollowUp
	}{
		{"YES", knowledge.FollowUpYes},
		{"yes, thanks!", knowledge.FollowUpYes},
		{"Sí", knowledge.FollowUpYes},
		{"si gracias", knowledge.FollowUpYes},
		{"👍 ok", knowledge.FollowUpYes},
		{"no", knowledge.FollowUpNo},
		{"No.", knowledge.FollowUpNo},
		{"nope", knowledge.FollowUpNo},
		{"not really", knowledge.FollowUpNo},
		{"no gracias", knowledge.FollowUpNo},
		{"yes and no", knowledge.FollowUpUnclear},
		{"", knowledge.FollowUpUnclear},
		{"what about saturday?", knowledge.FollowUpUnclear},
		{"yes but I also need a refill for my inhaler", knowledge.FollowUpUnclear},
	}
	for _, tc := range cases {
		if got := knowledge.ParseFollowUp(tc.text); got != tc.want {
			t.Errorf("ParseFollowUp(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func FuzzParseFollowUp(f *testing.F) {
	for _, s := range []string{"yes", "no", "Sí", "no gracias", "not sure", "", "\xff\xfe", "1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := knowledge.ParseFollowUp(s)
		if got < knowledge.FollowUpUnclear || got > knowledge.FollowUpNo {
			t.Fatalf("out of range: %d", got)
		}
		// Surrounding spaces and punctuation never change the reading.
		if again := knowledge.ParseFollowUp("  ¡" + s + "!? "); again != got {
			t.Fatalf("ParseFollowUp(%q) = %v but %v with punctuation around it", s, got, again)
		}
	})
}

func FuzzAnswer(f *testing.F) {
	b := newBase(f)
	for _, s := range []string{"what are your hours", "¿A qué hora abren?", "", "park park park", "\x00\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := b.Answer(knowledge.Query{PracticeID: "p1", Text: s, Triage: routine(triage.IntentAdmin)})
		if err != nil {
			if !errors.Is(err, knowledge.ErrInvalidInput) {
				t.Fatal(err)
			}
			return
		}
		if r.Confidence < 0 || r.Confidence > 1.0000001 || (r.Automatic && r.Answer == "") {
			t.Fatalf("result %+v", r)
		}
	})
}

func TestLabel(t *testing.T) {
	en := knowledge.Label("We open at 8.", "en")
	es := knowledge.Label("Abrimos a las 8.", "es-US")
	if !strings.HasPrefix(en, "Automatic answer: We open at 8.") || !strings.Contains(en, "YES or NO") {
		t.Errorf("en label %q", en)
	}
	if !strings.HasPrefix(es, "Respuesta automática: Abrimos") || !strings.Contains(es, "SÍ o NO") {
		t.Errorf("es label %q", es)
	}
}

func BenchmarkAnswer(b *testing.B) {
	kb := newBase(b)
	q := knowledge.Query{PracticeID: "p1", Text: "Hi! I forgot my portal password, how do I reset it?", Triage: routine(triage.IntentPortal)}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := kb.Answer(q); err != nil {
			b.Fatal(err)
		}
	}
}
