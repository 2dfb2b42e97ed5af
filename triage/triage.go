package triage

import (
	"context"
	"errors"
)

// Intent is what a patient's message asks for.
type Intent string

// The intents, as listed in the design. Classifiers return only these.
const (
	IntentAppointmentBook    Intent = "appointment.book"
	IntentAppointmentChange  Intent = "appointment.change"
	IntentAppointmentCancel  Intent = "appointment.cancel"
	IntentAppointmentConfirm Intent = "appointment.confirm"
	IntentPrescriptionRefill Intent = "prescription.refill"
	IntentResults            Intent = "results"
	IntentBilling            Intent = "billing"
	IntentInsurance          Intent = "insurance"
	IntentRecords            Intent = "records"
	IntentReferral           Intent = "referral"
	IntentClinical           Intent = "clinical"
	IntentAdmin              Intent = "admin"
	IntentPortal             Intent = "portal"
	IntentFeedback           Intent = "feedback"
	IntentOther              Intent = "other"
)

// Intents returns every intent in a fixed order.
func Intents() []Intent {
	return []Intent{
		IntentAppointmentBook, IntentAppointmentChange, IntentAppointmentCancel,
		IntentAppointmentConfirm, IntentPrescriptionRefill, IntentResults,
		IntentBilling, IntentInsurance, IntentRecords, IntentReferral,
		IntentClinical, IntentAdmin, IntentPortal, IntentFeedback, IntentOther,
	}
}

// Valid reports whether i is one of the intents of the vocabulary.
func (i Intent) Valid() bool {
	for _, x := range Intents() {
		if i == x {
			return true
		}
	}
	return false
}

// Urgency is how soon a person must answer.
type Urgency string

// The urgencies, from least to most urgent.
const (
	UrgencyRoutine   Urgency = "routine"   // answered within the practice's normal SLA
	UrgencyUrgent    Urgency = "urgent"    // a clinician should answer today
	UrgencyEmergency Urgency = "emergency" // call 911 / 988 now
)

// Rank orders urgencies: routine 0, urgent 1, emergency 2, anything else -1.
func (u Urgency) Rank() int {
	switch u {
	case UrgencyRoutine:
		return 0
	case UrgencyUrgent:
		return 1
	case UrgencyEmergency:
		return 2
	}
	return -1
}

// Valid reports whether u is one of the urgencies of the vocabulary.
func (u Urgency) Valid() bool { return u.Rank() >= 0 }

// Max returns the more urgent of a and b.
func Max(a, b Urgency) Urgency {
	if b.Rank() > a.Rank() {
		return b
	}
	return a
}

// Scored is an intent with the classifier's confidence in it, from 0 to 1.
type Scored struct {
	Intent     Intent  `json:"intent"`
	Confidence float64 `json:"confidence"`
}

// RedFlag is one emergency sign found in a message.
type RedFlag struct {
	// Kind names the sign, for example "chest_pain" or "suicidal".
	Kind string `json:"kind"`
	// Start and End are byte offsets of the evidence in the classified text.
	Start int `json:"start"`
	End   int `json:"end"`
	// Urgency is what the sign alone implies.
	Urgency Urgency `json:"urgency"`
}

// AlarmKind is the Kind of the red flag of a message no rule found a sign
// in but which the default model is sure reads as an emergency, as the
// emergencies it learnt from do. Its evidence is the whole text: staff see
// no rule's words, so the message itself is to be read.
const AlarmKind = "reads_as_emergency"

// Result is a classifier's verdict on one message.
type Result struct {
	Intent     Intent    `json:"intent"`
	Confidence float64   `json:"confidence"`
	RunnersUp  []Scored  `json:"runners_up,omitempty"`
	Urgency    Urgency   `json:"urgency"`
	RedFlags   []RedFlag `json:"red_flags,omitempty"`
	// Language is the detected language, "en" or "es" (or "" when unknown).
	Language string `json:"language,omitempty"`
	// Model names the classifier and version that decided, for the record.
	Model string `json:"model"`
}

// Emergency reports whether the result calls for an emergency response.
func (r Result) Emergency() bool { return r.Urgency == UrgencyEmergency }

// Classifier triages one message. Implementations must be safe for
// concurrent use and must return only intents and urgencies of the
// vocabulary.
type Classifier interface {
	Classify(ctx context.Context, text string) (Result, error)
}

// ErrInvalidInput is returned (wrapped) for text a classifier cannot take,
// such as text longer than its documented limit.
var ErrInvalidInput = errors.New("triage: invalid input")
