// Package email is frontdesk's e-mail channel: inbound mail as raw RFC 5322
// messages posted to an HTTP webhook, outbound mail over SMTP.
//
// # Inbound
//
// Every inbound-mail provider (Mailgun, SendGrid, Postmark, SES through
// SNS, a Postfix pipe) can forward the raw message. Handler accepts it as
// the body of POST /webhooks/email (or as the raw-message field of
// SendGrid's and Mailgun's form posts), authenticated by a shared token,
// parses it with Parse and hands the patient's message to a
// channels.InboundHandler:
//
//   - MIME: multipart/alternative (text/plain preferred, HTML converted to
//     text otherwise), mixed, related and nested multiparts; quoted-printable
//     and base64; RFC 2047 encoded words; RFC 2231 parameters; any charset
//     of the WHATWG encoding index; attachments become media references.
//   - Reply text: StripQuoted (channels.StripQuoted, which reminders also
//     applies to replies) removes quoted history ("On ... wrote:",
//     "El ... escribió:", "> " lines, Outlook header blocks) and
//     signatures, so the inbox and triage see what the patient wrote.
//   - Threading: Message-ID is the provider id (dedupe), In-Reply-To and
//     References are kept for threading and for replies.
//   - Automation: auto-replies (RFC 3834 Auto-Submitted, X-Autoreply,
//     out-of-office subjects) are dropped, bounces (RFC 3464 delivery
//     status notifications) become failed delivery statuses of the message
//     they are about.
//
// Broken mail is parsed as far as it goes (Message.Damaged); mail that
// cannot be attributed to a sender fails with a *ParseError wrapping
// ErrMalformed. Errors and logs never carry addresses or text.
//
// # Outbound
//
// Channel implements channels.Channel over a Sender; SMTP is the Sender
// for real mail (STARTTLS required by default, AUTH PLAIN). Messages are
// RFC 5322 with a Message-ID derived from the idempotency key, Date from
// the injected clock, In-Reply-To and References so replies thread in the
// patient's mail client, encoded-word headers and a quoted-printable UTF-8
// text/plain body. E-mail is a low tier channel (phi.TierLow): the PHI
// policy upstream decides what it may carry.
//
// Wrap the channel in the shared sending machinery of package channels, so
// that opted-out patients are never mailed and greylisting (4xx) is
// retried with back-off under one Message-ID:
//
//	ch := channels.Chain(emailChannel,
//		channels.WithConsent(consents),
//		channels.WithRetry(channels.RetryConfig{}),
//		channels.WithRateLimit(channels.RateConfig{PerSecond: 10, Burst: 10}))
//
// Package emailtest has a fake SMTP server with scripted faults for tests.
package email
