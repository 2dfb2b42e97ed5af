package inbox

import (
	"context"
	"errors"
	"strings"
	"time"

	"go.uber.org/zap"
)

// CSATConfig turns on the one-question satisfaction survey. The zero value
// sends none.
type CSATConfig struct {
	// Enabled sends the survey when staff close a conversation a person
	// answered, to a verified patient, once per conversation.
	Enabled bool
	// Question and Thanks are the survey and the reply to a score, by
	// language ("en", "es"); missing languages take the defaults.
	Question map[string]string
	Thanks   map[string]string
	// Window is how long after the survey a reply counts. Default 72
	// hours.
	Window time.Duration
}

// CSATHandledBy is the HandledBy of a survey reply.
const CSATHandledBy = "csat"

func (c CSATConfig) withDefaults() CSATConfig {
	q := map[string]string{
		"en": "How did we do? Reply with a number from 1 (poor) to 5 (excellent). (Automatic message)",
		"es": "¿Cómo lo hicimos? Responda con un número del 1 (malo) al 5 (excelente). (Mensaje automático)",
	}
	th := map[string]string{"en": "Thank you for your feedback. (Automatic reply)", "es": "Gracias por su opinión. (Respuesta automática)"}
	for k, v := range c.Question {
		q[k] = v
	}
	for k, v := range c.Thanks {
		th[k] = v
	}
	c.Question, c.Thanks = q, th
	if c.Window <= 0 {
		c.Window = 72 * time.Hour
	}
	return c
}

func byLang(m map[string]string, lang string) string {
	if strings.HasPrefix(strings.ToLower(lang), "es") && m["es"] != "" {
		return m["es"]
	}
	return m["en"]
}

// ParseCSAT reads a reply to the survey: a single digit from 1 to 5, alone
// but for spaces and punctuation ("5", "4!", " 3. "). Anything else is not
// a score, and is treated as a new message.
func ParseCSAT(text string) (int, bool) {
	t := strings.TrimFunc(text, func(r rune) bool {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '.' || r == '!' || r == ','
	})
	if len(t) != 1 || t[0] < '1' || t[0] > '5' {
		return 0, false
	}
	return int(t[0] - '0'), true
}

// surveyDue decides, inside the close, whether the survey goes out, and
// marks the conversation so it goes out once.
func (ib *Inbox) surveyDue(c *Conversation, now time.Time) bool {
	if !ib.csat.Enabled || c.PatientID == "" || c.FirstResponseAt.IsZero() || !c.CSATSentAt.IsZero() {
		return false
	}
	c.CSATSentAt = now
	return true
}

// sendSurvey sends the survey on the patient's channel, through the same
// send path (consent, policy, audit) as every message. A failure is
// logged: the close stands.
func (ib *Inbox) sendSurvey(ctx context.Context, c Conversation) {
	log := ib.log.With(zap.String("practice_id", c.PracticeID), zap.String("conversation_id", c.ID))
	contact, err := ib.store.GetContact(ctx, c.PracticeID, c.ContactID)
	if err == nil {
		var last *Message
		last, err = ib.lastMessage(ctx, c, func(m *Message) bool { return m.Direction == Inbound })
		lang := ""
		if last != nil && last.Triage != nil {
			lang = last.Triage.Language
		}
		if err == nil {
			_, err = ib.send(ctx, c, contact, outgoing{channel: c.Channel, text: byLang(ib.csat.Question, lang), automated: true, notice: true})
		}
	}
	if err != nil {
		log.Warn("csat survey not sent", zap.Error(err))
	}
}

// csatInterceptor records a survey score. A score files into the closed
// conversation it rates, which stays closed.
type csatInterceptor struct{ ib *Inbox }

func (ci csatInterceptor) Intercept(ctx context.Context, in Intake) (Interception, error) {
	ib := ci.ib
	score, ok := ParseCSAT(in.Inbound.Text)
	if !ok || in.Conversation != nil || in.Contact.PatientID == "" {
		return Interception{}, nil
	}
	page, err := ib.store.ListConversations(ctx, in.Inbound.PracticeID,
		&ListConversationsParams{PatientID: in.Contact.PatientID, Status: StatusClosed, Limit: 1})
	if err != nil || len(page.Conversations) == 0 {
		return Interception{}, err
	}
	now := ib.clock.Now()
	recorded := false
	c, err := ib.store.UpdateConversation(ctx, in.Inbound.PracticeID, page.Conversations[0].ID, func(c *Conversation) error {
		if c.CSATSentAt.IsZero() || c.CSATScore != 0 || now.Sub(c.CSATSentAt) > ib.csat.Window || c.Status != StatusClosed {
			return nil
		}
		c.CSATScore, c.CSATAt, recorded = score, now, true
		return nil
	})
	if err != nil && !errors.Is(err, ErrNotFound) {
		return Interception{}, err
	}
	if !recorded {
		return Interception{}, nil
	}
	lang := ""
	if in.Triage != nil {
		lang = in.Triage.Language
	}
	return Interception{Handled: true, By: CSATHandledBy, Reply: byLang(ib.csat.Thanks, lang), ConversationID: c.ID}, nil
}
