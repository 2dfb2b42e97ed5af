package knowledge_test

import (
	"strings"
	"testing"

	"github.com/frontdeskhq/frontdesk/routing/knowledge"
	"github.com/frontdeskhq/frontdesk/triage"
)

func TestTemplateDrafter(t *testing.T) {
	d, err := knowledge.NewTemplateDrafter(newBase(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	vars := map[string]string{"practice": "Elm Street Clinic", "agent": "Sam"}
	cases := []struct {
		name    string
		req     knowledge.DraftRequest
		has     []string
		hasNot  []string
		entryID string
	}{
		{"faq with snippet", knowledge.DraftRequest{PracticeID: "p1", Question: "Where can I park my car?", Triage: routine(triage.IntentAdmin), Vars: vars},
			[]string{"Sam at Elm Street Clinic", "Free parking is behind the building."}, nil, "parking"},
		{"spanish scheduling", knowledge.DraftRequest{PracticeID: "p1", Language: "es", Question: "quiero una cita", Triage: routine(triage.IntentAppointmentBook)},
			[]string{"nuestro equipo de nuestra oficina", "su cita"}, nil, ""},
		{"clinical never quotes the base", knowledge.DraftRequest{PracticeID: "p1", Question: "when are you open? my rash is worse",
			Triage: routine(triage.IntentClinical), Vars: vars}, []string{"care team"}, []string{"Monday to Friday"}, ""},
		{"other practice's base is not quoted", knowledge.DraftRequest{PracticeID: "p2", Question: "Where can I park?", Triage: routine(triage.IntentAdmin)},
			[]string{"Thank you for your message"}, []string{"parking"}, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := d.Draft(t.Context(), tc.req)
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range tc.has {
				if !strings.Contains(got.Text, s) {
					t.Errorf("draft %q lacks %q", got.Text, s)
				}
			}
			for _, s := range tc.hasNot {
				if strings.Contains(got.Text, s) {
					t.Errorf("draft %q has %q", got.Text, s)
				}
			}
			if got.EntryID != tc.entryID || strings.Contains(got.Text, "{") {
				t.Errorf("draft %+v, want entry %q and no placeholders", got, tc.entryID)
			}
		})
	}
}

func TestTemplatesAreChecked(t *testing.T) {
	cases := map[string]knowledge.Templates{
		"no fallback":    {triage.IntentBilling: {"en": "a", "es": "b"}},
		"missing es":     {triage.IntentOther: {"en": "a"}},
		"unknown intent": {triage.IntentOther: {"en": "a", "es": "b"}, "gossip": {"en": "a", "es": "b"}},
	}
	for name, tpl := range cases {
		if _, err := knowledge.NewTemplateDrafter(nil, tpl); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
