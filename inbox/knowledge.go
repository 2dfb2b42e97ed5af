package inbox

import (
	"context"
	"time"

	"github.com/frontdeskhq/frontdesk/routing/knowledge"
)

// KnowledgeConfig tunes KnowledgeInterceptor. The zero value works.
type KnowledgeConfig struct {
	// FollowUpWindow is how long an automatic answer waits on the
	// patient's "did that answer it?" reply before the conversation closes
	// as contained. Default 24 hours.
	FollowUpWindow time.Duration
	// Thanks is the reply to a "yes", by language ("en", "es"); missing
	// languages take a short default.
	Thanks map[string]string
}

// KnowledgeInterceptor answers a patient's admin, portal or billing
// question from the practice's knowledge base when base.Answer says it may
// (routine, no red flag, a fresh entry matched with high confidence; never
// anything clinical), labelled as automatic and followed by "did that
// answer it?" (knowledge.Label). The conversation then waits aside
// (snoozed, AwaitingReply) for the patient's follow-up:
//
//   - yes: the conversation closes, contained (counted in KPIs);
//   - no: it goes to the queue for a person, who sees the whole thread;
//   - anything else is a new message: answered again when the base can,
//     else it goes to a person;
//   - no answer within FollowUpWindow: WakeSnoozed closes it, contained.
//
// It only answers a message that opens a conversation (or follows up an
// automatic answer): a conversation a person is working is left to them.
// Messages are recorded with HandledBy knowledge.HandledBy.
func KnowledgeInterceptor(base *knowledge.Base, cfg KnowledgeConfig) Interceptor {
	if cfg.FollowUpWindow <= 0 {
		cfg.FollowUpWindow = 24 * time.Hour
	}
	th := map[string]string{"en": "Glad that helped. (Automatic reply)", "es": "Nos alegra haberle ayudado. (Respuesta automática)"}
	for k, v := range cfg.Thanks {
		th[k] = v
	}
	cfg.Thanks = th
	return knowledgeInterceptor{base: base, cfg: cfg}
}

type knowledgeInterceptor struct {
	base *knowledge.Base
	cfg  KnowledgeConfig
}

// Intercept implements Interceptor.
func (k knowledgeInterceptor) Intercept(_ context.Context, in Intake) (Interception, error) {
	if k.base == nil || in.Inbound.Text == "" || in.Triage == nil {
		return Interception{}, nil
	}
	lang := in.Triage.Language
	if c := in.Conversation; c != nil {
		if c.AwaitingReply != knowledge.HandledBy {
			return Interception{}, nil // a person has it
		}
		switch knowledge.ParseFollowUp(in.Inbound.Text) {
		case knowledge.FollowUpYes:
			return Interception{Handled: true, By: knowledge.HandledBy, Reply: k.thanks(lang), Resolve: true}, nil
		case knowledge.FollowUpNo:
			return Interception{}, nil
		}
	}
	res, err := k.base.Answer(knowledge.Query{PracticeID: in.Inbound.PracticeID, Text: in.Inbound.Text,
		Language: lang, Triage: *in.Triage})
	if err != nil || !res.Automatic {
		// An unreadable question is a person's, like any other.
		return Interception{}, nil
	}
	return Interception{Handled: true, By: knowledge.HandledBy, Reply: knowledge.Label(res.Answer, lang),
		AwaitReply: k.cfg.FollowUpWindow}, nil
}

func (k knowledgeInterceptor) thanks(lang string) string {
	if len(lang) >= 2 && lang[:2] == "es" {
		return k.cfg.Thanks["es"]
	}
	return k.cfg.Thanks["en"]
}
