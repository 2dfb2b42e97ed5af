package llm

import (
	"strings"

	"github.com/frontdeskhq/frontdesk/triage"
)

// systemPrompt tells the model the task, the closed vocabulary and the
// exact JSON to answer with.
var systemPrompt = func() string {
	var in []string
	for _, i := range triage.Intents() {
		in = append(in, string(i))
	}
	return `You triage one message a patient sent to a medical clinic. The message may be in English or Spanish.
Answer with one JSON object and nothing else:
{"intent": "<intent>", "confidence": <number from 0 to 1>, "urgency": "<urgency>", "language": "<en or es>"}
intent is exactly one of: ` + strings.Join(in, ", ") + `.
(admin: hours, directions, parking, forms, general questions; portal: login and technical help.)
urgency is exactly one of: emergency (call 911 or 988 now: chest pain, stroke signs, trouble breathing, severe bleeding, anaphylaxis, overdose, suicidal or self-harm intent, seizure, unresponsiveness, and the like), urgent (a clinician should answer today), routine.
When a message has several topics, the intent is the main request; the urgency is the most urgent sign anywhere in it.
Do not answer the patient.`
}()
