// Package whatsapp is the frontdesk adapter for the WhatsApp Business Cloud
// API.
//
// A Channel does two jobs. As a channels.Channel it sends text, templates
// (channels.Template: name, language, body parameters), interactive reply
// buttons (up to three, such as a reminder's Confirm / Reschedule / Cancel)
// and media by id or https link through the Graph API, and classifies
// failures as *channels.SendError so that channels.WithRetry retries only
// what is worth retrying. As an http.Handler (Webhook) it answers Meta's
// verification GET, checks the X-Hub-Signature-256 of every POST against
// the app secret, and turns each message and status of a delivery into a
// channels.Inbound or channels.Status for the inbox.
//
// The 24-hour customer-service window is enforced before any provider call:
// the webhook records when each patient last wrote (WindowStore), and a
// free-form send outside the window fails with channels.ErrOutsideWindow or
// is replaced by Config.FallbackTemplate.
//
// Mounting, with secrets from the environment:
//
//	wa, err := whatsapp.New(whatsapp.Config{
//		AppSecret:   os.Getenv("FRONTDESK_WHATSAPP_APP_SECRET"),
//		VerifyToken: os.Getenv("FRONTDESK_WHATSAPP_VERIFY_TOKEN"),
//		AccessToken: os.Getenv("FRONTDESK_WHATSAPP_TOKEN"),
//		Numbers:     []whatsapp.Number{{PhoneNumberID: "1122334455667", PracticeID: "practice-1"}},
//	})
//	mux.Handle("/webhooks/whatsapp", wa.Webhook(inbox, inbox))
//
// Inbound media carry the WhatsApp media id in MediaRef.ProviderRef; fetch
// the bytes with OpenMedia. Package whatsapptest holds a fake Graph API and
// helpers that sign webhook deliveries, for tests.
package whatsapp
