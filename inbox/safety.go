package inbox

import (
	"strings"

	"github.com/frontdeskhq/frontdesk/triage"
)

// SafetyConfig holds the automatic replies to emergencies, by language
// ("en", "es"). They tell the patient where to get help now and say
// nothing clinical, so they are safe on every channel tier.
type SafetyConfig struct {
	// Disabled turns the automatic reply off. The conversation is still
	// escalated.
	Disabled bool
	// Emergency is sent for medical emergencies (call 911).
	Emergency map[string]string
	// Crisis is sent for suicidal or self-harm intent (call or text 988).
	Crisis map[string]string
	// DefaultLanguage is used when the message's language has no text.
	// Default "en".
	DefaultLanguage string
}

// DefaultSafety returns the built-in English and Spanish safety replies.
func DefaultSafety() SafetyConfig {
	return SafetyConfig{
		Emergency: map[string]string{
			"en": "If this is a medical emergency, call 911 or go to the nearest emergency room now. Our care team has been alerted to your message.",
			"es": "Si es una emergencia médica, llame al 911 o vaya a la sala de emergencias más cercana ahora. Nuestro equipo de atención ya recibió su mensaje.",
		},
		Crisis: map[string]string{
			"en": "You are not alone. Call or text 988 (Suicide & Crisis Lifeline) now, or call 911 if you are in immediate danger. Our care team has been alerted to your message.",
			"es": "No está solo. Llame o envíe un mensaje de texto al 988 (Línea de Prevención del Suicidio y Crisis) ahora, o llame al 911 si está en peligro inmediato. Nuestro equipo de atención ya recibió su mensaje.",
		},
		DefaultLanguage: "en",
	}
}

func (s SafetyConfig) withDefaults() SafetyConfig {
	d := DefaultSafety()
	if s.Emergency == nil {
		s.Emergency = d.Emergency
	}
	if s.Crisis == nil {
		s.Crisis = d.Crisis
	}
	if s.DefaultLanguage == "" {
		s.DefaultLanguage = d.DefaultLanguage
	}
	return s
}

// text returns the reply for a triage result.
func (s SafetyConfig) text(r triage.Result) string {
	texts := s.Emergency
	if IsCrisis(r) {
		texts = s.Crisis
	}
	if t, ok := texts[r.Language]; ok {
		return t
	}
	return texts[s.DefaultLanguage]
}

// IsCrisis reports whether a triage result carries a suicide or self-harm
// red flag, which calls for the crisis line rather than (only) 911.
func IsCrisis(r triage.Result) bool {
	for _, f := range r.RedFlags {
		k := strings.ToLower(f.Kind)
		if strings.Contains(k, "suicid") || strings.Contains(k, "self_harm") || strings.Contains(k, "selfharm") {
			return true
		}
	}
	return false
}
