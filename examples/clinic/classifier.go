package main

import (
	"context"
	"strings"

	"github.com/frontdeskhq/frontdesk/triage"
)

// keywordClassifier is a stand-in triage.Classifier for the demo until
// package triage ships its default classifier: a few English and Spanish
// cues per intent and two emergency red flags. A vendor plugs the real one
// into inbox.Config.Classifier the same way.
type keywordClassifier struct{}

var (
	redFlags = []struct {
		kind string
		cues []string
	}{
		{"chest_pain", []string{"chest pain", "dolor de pecho", "dolor en el pecho"}},
		{"breathing", []string{"can't breathe", "cannot breathe", "no puedo respirar"}},
		{"suicidal", []string{"kill myself", "quitarme la vida"}},
		{"severe_bleeding", []string{"won't stop bleeding", "no para de sangrar"}},
	}
	intentCues = []struct {
		intent triage.Intent
		cues   []string
	}{
		{triage.IntentPrescriptionRefill, []string{"refill", "receta"}},
		{triage.IntentResults, []string{"results", "resultados"}},
		{triage.IntentBilling, []string{"factura", "bill", "cobraron", "charged"}},
		{triage.IntentInsurance, []string{"seguro", "insurance"}},
		{triage.IntentPortal, []string{"portal", "password"}},
		{triage.IntentAppointmentChange, []string{"reschedule", "cambiar"}},
		{triage.IntentAppointmentBook, []string{"appointment", "cita", "new patients"}},
		{triage.IntentFeedback, []string{"thanks", "gracias"}},
	}
)

// Classify implements triage.Classifier.
func (keywordClassifier) Classify(_ context.Context, text string) (triage.Result, error) {
	lower := strings.ToLower(text)
	res := triage.Result{Intent: triage.IntentOther, Confidence: 0.5, Urgency: triage.UrgencyRoutine, Model: "clinic-keywords/1"}
	if strings.ContainsAny(lower, "ñ¿¡áéíóú") || strings.Contains(lower, "hola") {
		res.Language = "es"
	} else {
		res.Language = "en"
	}
	for _, rf := range redFlags {
		for _, cue := range rf.cues {
			if i := strings.Index(lower, cue); i >= 0 {
				res.RedFlags = append(res.RedFlags, triage.RedFlag{Kind: rf.kind, Start: i, End: i + len(cue), Urgency: triage.UrgencyEmergency})
				res.Urgency, res.Intent = triage.UrgencyEmergency, triage.IntentClinical
			}
		}
	}
	if res.Urgency == triage.UrgencyEmergency {
		return res, nil
	}
	for _, ic := range intentCues {
		for _, cue := range ic.cues {
			if strings.Contains(lower, cue) {
				res.Intent, res.Confidence = ic.intent, 0.8
				return res, nil
			}
		}
	}
	return res, nil
}
