// Package twilio is the frontdesk adapter for Twilio Programmable
// Messaging: SMS and MMS.
//
// A Channel sends through the Messages API (channels.Channel), with the
// account's basic auth and a StatusCallback URL, checking SMS segment
// limits (Segments) before any provider call and classifying Twilio's
// errors as *channels.SendError (21610, the patient replied STOP, is
// channels.ErrOptedOut). It serves two webhooks as http.Handlers:
// SMSWebhook for inbound messages and StatusWebhook for delivery status
// callbacks. Both check X-Twilio-Signature (HMAC-SHA1 of the public URL
// and the sorted POST parameters) against Config.PublicURL, because a
// proxy in front of the vendor's server rewrites the URL Twilio signed.
//
// STOP, START and HELP: on US SMS the carrier and Twilio act on opt-out
// words themselves, so the adapter records an opt-out in Config.Consent
// the moment it arrives (source "carrier"), an opt-in only for a patient
// who had opted out, and answers HELP with Config.HelpText when set. Every
// such message also reaches the inbound handler, so that the inbox keeps
// it and a bare CANCEL against an open reminder can be routed to the
// scheduling queue.
//
// Mounting, with secrets from the environment:
//
//	sms, err := twilio.New(twilio.Config{
//		AccountSID: os.Getenv("FRONTDESK_TWILIO_ACCOUNT_SID"),
//		AuthToken:  os.Getenv("FRONTDESK_TWILIO_AUTH_TOKEN"),
//		PublicURL:  os.Getenv("FRONTDESK_PUBLIC_URL"),
//		Numbers:    []twilio.Number{{Phone: "+15557654321", PracticeID: "practice-1"}},
//	})
//	mux.Handle("POST /webhooks/twilio/sms", sms.SMSWebhook(inbox))
//	mux.Handle("POST /webhooks/twilio/status", sms.StatusWebhook(inbox))
//
// Inbound MMS media carry Twilio's MediaUrl in MediaRef.ProviderRef; fetch
// the bytes with OpenMedia. Messages that arrive through Twilio's WhatsApp
// sender ("whatsapp:" addresses) are parsed with channels.WhatsApp as their
// channel; sending to WhatsApp goes through package whatsapp. Package
// twiliotest holds a fake Messages API and webhook signing helpers.
package twilio
