package inbox

import (
	"context"
	"errors"
	"fmt"

	"github.com/frontdeskhq/frontdesk/audit"
	"github.com/frontdeskhq/frontdesk/channels"
)

// ConsentConfig makes the inbox answer consent keywords (STOP, START,
// HELP and their Spanish forms, see channels.ParseKeyword). The zero value
// turns keyword handling off: such messages are ordinary messages.
type ConsentConfig struct {
	// Store records each patient's choice per practice, channel and
	// address. Channels wrapped with channels.WithConsent over the same
	// store then refuse to message an opted-out address.
	Store channels.ConsentStore
	// Replies are the confirmations sent back, by language. The zero value
	// uses DefaultConsentReplies.
	Replies ConsentReplies
}

// ConsentReplies are the texts that confirm a consent keyword, keyed by
// language ("en", "es"); a missing language falls back to "en".
type ConsentReplies struct {
	OptOut map[string]string
	OptIn  map[string]string
	Help   map[string]string
}

// DefaultConsentReplies returns the built-in English and Spanish
// confirmations. Each one gives the emergency numbers, since a patient who
// stops messages must still know where to turn.
func DefaultConsentReplies() ConsentReplies {
	return ConsentReplies{
		OptOut: map[string]string{
			"en": "You will no longer get messages from your care team on this number or account. Reply START to get them again. For an emergency call 911.",
			"es": "Ya no recibirá mensajes de su equipo de atención en este número o cuenta. Responda ALTA para recibirlos de nuevo. En una emergencia llame al 911.",
		},
		OptIn: map[string]string{
			"en": "You will get messages from your care team again. Reply STOP to stop them, HELP for help.",
			"es": "Volverá a recibir mensajes de su equipo de atención. Responda BAJA para dejar de recibirlos, AYUDA para ayuda.",
		},
		Help: map[string]string{
			"en": "This is your care team's messaging line. Message and data rates may apply. Reply STOP to stop messages. Not for emergencies: call 911, or call or text 988 in a crisis.",
			"es": "Esta es la línea de mensajes de su equipo de atención. Pueden aplicarse tarifas de mensajes y datos. Responda BAJA para dejar de recibir mensajes. No es para emergencias: llame al 911, o llame o escriba al 988 en una crisis.",
		},
	}
}

func (r ConsentReplies) text(k channels.Keyword, lang string) string {
	var m map[string]string
	switch k {
	case channels.KeywordOptOut:
		m = r.OptOut
	case channels.KeywordOptIn:
		m = r.OptIn
	case channels.KeywordHelp:
		m = r.Help
	}
	if t, ok := m[lang]; ok {
		return t
	}
	return m["en"]
}

func (c ConsentConfig) withDefaults() ConsentConfig {
	d := DefaultConsentReplies()
	if c.Replies.OptOut == nil {
		c.Replies.OptOut = d.OptOut
	}
	if c.Replies.OptIn == nil {
		c.Replies.OptIn = d.OptIn
	}
	if c.Replies.Help == nil {
		c.Replies.Help = d.Help
	}
	return c
}

// spanishKeywords are the keywords that tell the reply language.
var spanishKeywords = map[string]bool{"BAJA": true, "ALTO": true, "PARAR": true, "DETENER": true,
	"ALTA": true, "INICIAR": true, "SI": true, "SÍ": true, "AYUDA": true}

// consentInterceptor is the inbox's own first interceptor: it records the
// consent a keyword expresses, audits the change and asks for the
// confirmation reply.
type consentInterceptor struct{ ib *Inbox }

func (c consentInterceptor) Intercept(ctx context.Context, in Intake) (Interception, error) {
	ib := c.ib
	kw, word := channels.ParseKeyword(in.Inbound.Channel, in.Inbound.Text)
	if kw == channels.KeywordNone {
		return Interception{}, nil
	}
	store := ib.consent.Store
	lang := "en"
	if spanishKeywords[word] {
		lang = "es"
	}
	current, err := store.Get(ctx, in.Inbound.PracticeID, in.Inbound.Channel, in.Inbound.From)
	if err != nil && !errors.Is(err, channels.ErrConsentNotFound) {
		return Interception{}, fmt.Errorf("consent lookup: %w", err)
	}
	var state channels.ConsentState
	switch kw {
	case channels.KeywordOptOut:
		state = channels.ConsentOptedOut
	case channels.KeywordOptIn:
		// START and its kin act only when the address is opted out;
		// otherwise "yes" is an ordinary answer (to a reminder, say).
		if current.State != channels.ConsentOptedOut {
			return Interception{}, nil
		}
		state = channels.ConsentOptedIn
	case channels.KeywordHelp:
		return Interception{Handled: true, By: "consent", Reply: ib.consent.Replies.text(kw, lang), ConsentNotice: true}, nil
	}
	if current.State != state {
		if _, err := store.Set(ctx, channels.Consent{
			PracticeID: in.Inbound.PracticeID, Channel: in.Inbound.Channel, Address: in.Inbound.From,
			State: state, Source: "keyword", Keyword: word, ChangedAt: ib.clock.Now(),
		}); err != nil {
			return Interception{}, fmt.Errorf("consent record: %w", err)
		}
		if err := ib.record(ctx, audit.Event{
			PracticeID: in.Inbound.PracticeID, Actor: audit.Actor{ID: in.Contact.ID, Kind: "patient"},
			Action: audit.ActionConsentChanged, PatientID: in.Contact.PatientID, ContactID: in.Contact.ID,
			Detail: map[string]string{"channel": string(in.Inbound.Channel), "state": string(state), "source": "keyword"},
		}); err != nil {
			return Interception{}, err
		}
	}
	reply := Interception{Handled: true, By: "consent", Reply: ib.consent.Replies.text(kw, lang), ConsentNotice: true}
	if channels.IsCarrierOptOut(in.Inbound.Channel, word) {
		// A bare CANCEL (or END, QUIT) on SMS opts out, as the carrier
		// already did, but it may be the answer to a reminder: the message
		// goes on to the other interceptors and to staff, so that an
		// appointment is never cancelled, nor kept, on a guess.
		reply.Handled, reply.By = false, ""
		reply.Note = "The patient sent " + word + " by SMS: carriers treat it as an opt-out, so texts to this number have stopped. If it answers a reminder, call the patient about the appointment."
	}
	return reply, nil
}
