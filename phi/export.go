package phi

import (
	"context"
	"fmt"
	"time"
)

// Conversation is a conversation to export, in plain fields that the
// inbox (or a vendor's own store) maps its records to.
type Conversation struct {
	ID         string
	PracticeID string
	PatientID  string
	Channel    string // "sms", "whatsapp", "email", "webchat"...
	Messages   []Message
}

// Message is one message of a Conversation.
type Message struct {
	ID     string
	Sender string // "patient", "staff", "system"
	Text   string
	At     time.Time
}

// DeidConversation is a Conversation after de-identification: ids are
// keyed pseudonyms, text is redacted, and times are kept only as the year
// and as the offset from the conversation's first message (Safe Harbor
// keeps no date element finer than the year).
type DeidConversation struct {
	ID         string // pseudonym of the conversation id
	PracticeID string // kept: the export is per practice
	PatientID  string // pseudonym of the patient id, stable across conversations
	Channel    string
	Year       int // year of the first message, 0 when there are none
	Messages   []DeidMessage
}

// DeidMessage is one de-identified message.
type DeidMessage struct {
	ID      string // pseudonym of the message id
	Sender  string
	Text    string
	Elapsed time.Duration // since the conversation's first message
	Removed []Kind        // kinds of PHI that were replaced in Text
}

// Exporter de-identifies conversations for analytics and QA exports. It
// is safe for concurrent use.
type Exporter struct {
	red *Redactor
	key []byte
}

// ExportConfig configures an Exporter.
type ExportConfig struct {
	// Key is the practice's secret for pseudonyms (at least MinKeyLen
	// bytes). Required: ids and PHI tokens are keyed with it.
	Key []byte
	// Detector finds the PHI; nil means New(Config{}).
	Detector Detector
	// Mode is how PHI in text is replaced: ModePseudonym (the default,
	// for the zero value ModeTag is taken to mean pseudonyms so that one
	// patient's values stay joinable) or ModeMask.
	Mode Mode
}

// NewExporter returns an Exporter configured by cfg.
func NewExporter(cfg ExportConfig) (*Exporter, error) {
	if len(cfg.Key) < MinKeyLen {
		return nil, ErrNoKey
	}
	mode := cfg.Mode
	if mode == ModeTag {
		mode = ModePseudonym
	}
	red, err := NewRedactor(RedactorConfig{Detector: cfg.Detector, Mode: mode, Key: cfg.Key})
	if err != nil {
		return nil, err
	}
	return &Exporter{red: red, key: append([]byte(nil), cfg.Key...)}, nil
}

// Deidentify returns the Safe-Harbor-style export of convs, in order. An
// error names the conversation by its position, never by content.
func (e *Exporter) Deidentify(ctx context.Context, convs []Conversation) ([]DeidConversation, error) {
	if e.red == nil || len(e.key) < MinKeyLen {
		return nil, ErrNoKey
	}
	out := make([]DeidConversation, 0, len(convs))
	for i, c := range convs {
		d, err := e.conversation(ctx, c)
		if err != nil {
			return nil, fmt.Errorf("phi: export conversation %d: %w", i, err)
		}
		out = append(out, d)
	}
	return out, nil
}

func (e *Exporter) conversation(ctx context.Context, c Conversation) (DeidConversation, error) {
	d := DeidConversation{
		ID:         e.id("conversation", c.PracticeID, c.ID),
		PracticeID: c.PracticeID,
		PatientID:  e.id("patient", c.PracticeID, c.PatientID),
		Channel:    c.Channel,
		Messages:   make([]DeidMessage, 0, len(c.Messages)),
	}
	var first time.Time
	for _, m := range c.Messages {
		if !m.At.IsZero() && (first.IsZero() || m.At.Before(first)) {
			first = m.At
		}
	}
	if !first.IsZero() {
		d.Year = first.Year()
	}
	for _, m := range c.Messages {
		text, kinds, err := e.red.redact(ctx, m.Text)
		if err != nil {
			return DeidConversation{}, err
		}
		dm := DeidMessage{ID: e.id("message", c.PracticeID, m.ID), Sender: m.Sender, Text: text, Removed: kinds}
		if !m.At.IsZero() && !first.IsZero() {
			dm.Elapsed = m.At.Sub(first)
		}
		d.Messages = append(d.Messages, dm)
	}
	return d, nil
}

// id pseudonymises an identifier within its practice; empty stays empty.
func (e *Exporter) id(kind, practice, v string) string {
	if v == "" {
		return ""
	}
	return keyedToken(e.key, kind, []byte(practice+"\x00"+v))
}
