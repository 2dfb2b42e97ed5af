package main

import (
	"context"
	"crypto/rand"
	"fmt"
	"net/http"
	"strings"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/channels/channeltest"
	"github.com/frontdeskhq/frontdesk/channels/email"
	"github.com/frontdeskhq/frontdesk/channels/twilio"
	"github.com/frontdeskhq/frontdesk/channels/webchat"
	"github.com/frontdeskhq/frontdesk/channels/whatsapp"
	"github.com/frontdeskhq/frontdesk/clock"
)

// handlers forwards webhooks to the inbox, which is built after the
// channels it sends through.
type handlers struct{ c *clinic }

func (h handlers) HandleInbound(ctx context.Context, m channels.Inbound) error {
	return h.c.inbox.HandleInbound(ctx, m)
}

func (h handlers) HandleStatus(ctx context.Context, s channels.Status) error {
	return h.c.inbox.HandleStatus(ctx, s)
}

// setupChannels builds one channel per kind: the real adapter when its
// secrets are in the environment, a fake provider otherwise. Web chat
// needs no provider and is always real. Every channel is wrapped in
// consent, retry and rate-limit middleware; the webhook routes of the real
// adapters are recorded in c.routes for the server to mount.
func (c *clinic) setupChannels(env func(string) string, clk clock.Clock) ([]channels.Channel, error) {
	h := handlers{c}
	real := map[channels.Kind]channels.Channel{}

	if env("FRONTDESK_WHATSAPP_TOKEN") != "" {
		if err := need(env, "FRONTDESK_WHATSAPP_APP_SECRET", "FRONTDESK_WHATSAPP_VERIFY_TOKEN", "FRONTDESK_WHATSAPP_PHONE_NUMBER_ID"); err != nil {
			return nil, fmt.Errorf("whatsapp: %w", err)
		}
		wa, err := whatsapp.New(whatsapp.Config{
			AppSecret: env("FRONTDESK_WHATSAPP_APP_SECRET"), VerifyToken: env("FRONTDESK_WHATSAPP_VERIFY_TOKEN"),
			AccessToken: env("FRONTDESK_WHATSAPP_TOKEN"), Clock: clk, Logger: c.log,
			Numbers: []whatsapp.Number{{PhoneNumberID: env("FRONTDESK_WHATSAPP_PHONE_NUMBER_ID"), PracticeID: practiceID}},
		})
		if err != nil {
			return nil, fmt.Errorf("whatsapp: %w", err)
		}
		hook := wa.Webhook(h, h)
		c.routes["GET /webhooks/whatsapp"], c.routes["POST /webhooks/whatsapp"] = hook, hook
		real[channels.WhatsApp] = wa
	}
	if env("FRONTDESK_TWILIO_AUTH_TOKEN") != "" {
		if err := need(env, "FRONTDESK_TWILIO_ACCOUNT_SID", "FRONTDESK_TWILIO_NUMBER", "FRONTDESK_PUBLIC_URL"); err != nil {
			return nil, fmt.Errorf("twilio: %w", err)
		}
		sms, err := twilio.New(twilio.Config{
			AccountSID: env("FRONTDESK_TWILIO_ACCOUNT_SID"), AuthToken: env("FRONTDESK_TWILIO_AUTH_TOKEN"),
			PublicURL: env("FRONTDESK_PUBLIC_URL"), StatusCallbackURL: strings.TrimSuffix(env("FRONTDESK_PUBLIC_URL"), "/") + "/webhooks/twilio/status",
			Numbers: []twilio.Number{{Phone: env("FRONTDESK_TWILIO_NUMBER"), PracticeID: practiceID}},
			Consent: c.consent, Clock: clk, Logger: c.log,
		})
		if err != nil {
			return nil, fmt.Errorf("twilio: %w", err)
		}
		c.routes["POST /webhooks/twilio/sms"], c.routes["POST /webhooks/twilio/status"] = sms.SMSWebhook(h), sms.StatusWebhook(h)
		real[channels.SMS] = sms
	}
	if env("FRONTDESK_SMTP_ADDR") != "" {
		if err := need(env, "FRONTDESK_EMAIL_FROM", "FRONTDESK_EMAIL_WEBHOOK_TOKEN"); err != nil {
			return nil, fmt.Errorf("email: %w", err)
		}
		em, hook, err := c.emailChannel(env, clk, h)
		if err != nil {
			return nil, err
		}
		c.routes["POST /webhooks/email"] = hook
		real[channels.Email] = em
	}
	wc, err := c.webchatHandler(env, clk, h)
	if err != nil {
		return nil, err
	}
	c.routes["/webchat/"] = http.StripPrefix("/webchat", wc)
	real[channels.WebChat] = wc.Channel()

	var out []channels.Channel
	for _, k := range channels.Kinds() {
		ch, ok := real[k]
		if !ok {
			f := channeltest.New(channeltest.Config{Kind: k, Clock: clk, Inbound: h, Status: h})
			c.fakes[k] = f
			ch = f
		}
		c.realKinds[k] = ok
		out = append(out, channels.Chain(ch,
			channels.WithIdempotency(channels.IdempotencyConfig{Clock: clk}),
			channels.WithConsent(c.consent),
			channels.WithRetry(channels.RetryConfig{Clock: clk, MaxRetries: 2}),
			channels.WithRateLimit(channels.RateConfig{Clock: clk, PerSecond: 20, Burst: 20, PerSenderPerSecond: 10, PerSenderBurst: 10}),
		))
	}
	return out, nil
}

// need reports the first of the named variables that is not set.
func need(env func(string) string, names ...string) error {
	for _, n := range names {
		if env(n) == "" {
			return fmt.Errorf("%s is not set", n)
		}
	}
	return nil
}

func (c *clinic) emailChannel(env func(string) string, clk clock.Clock, h handlers) (channels.Channel, http.Handler, error) {
	from, err := channels.ParseEmail(env("FRONTDESK_EMAIL_FROM"))
	if err != nil {
		return nil, nil, fmt.Errorf("FRONTDESK_EMAIL_FROM: %w", err)
	}
	smtp, err := email.NewSMTP(email.SMTPConfig{Addr: env("FRONTDESK_SMTP_ADDR"), Username: env("FRONTDESK_SMTP_USERNAME"), Password: env("FRONTDESK_SMTP_PASSWORD")})
	if err != nil {
		return nil, nil, fmt.Errorf("smtp: %w", err)
	}
	ch, err := email.NewChannel(smtp, email.ChannelConfig{From: from, FromName: clinicName, Clock: clk, Logger: c.log})
	if err != nil {
		return nil, nil, fmt.Errorf("email: %w", err)
	}
	hook, err := email.NewHandler(h, email.HandlerConfig{Token: env("FRONTDESK_EMAIL_WEBHOOK_TOKEN"), PracticeID: practiceID, Status: h, Clock: clk, Logger: c.log})
	if err != nil {
		return nil, nil, fmt.Errorf("email webhook (set FRONTDESK_EMAIL_WEBHOOK_TOKEN): %w", err)
	}
	return ch, hook, nil
}

// webchatHandler serves the patient widget. Without FRONTDESK_WEBCHAT_SECRET
// a random secret is used, so sessions end when the process does.
func (c *clinic) webchatHandler(env func(string) string, clk clock.Clock, h handlers) (*webchat.Handler, error) {
	secret := []byte(env("FRONTDESK_WEBCHAT_SECRET"))
	if len(secret) == 0 {
		secret = make([]byte, 32)
		_, _ = rand.Read(secret)
	}
	origins := map[string]string{}
	for _, o := range strings.Fields(strings.ReplaceAll(env("FRONTDESK_WEBCHAT_ORIGINS"), ",", " ")) {
		origins[o] = practiceID
	}
	wc, err := webchat.New(h, webchat.Config{Secret: secret, PracticeID: practiceID, Origins: origins, Status: h, Clock: clk, Logger: c.log})
	if err != nil {
		return nil, fmt.Errorf("webchat (FRONTDESK_WEBCHAT_SECRET needs 32 bytes or more): %w", err)
	}
	return wc, nil
}
