// Package channels is how frontdesk talks to patients: WhatsApp, SMS/MMS,
// e-mail and web chat behind one small interface.
//
// A provider adapter (see the whatsapp, twilio, email and webchat
// subpackages) turns the provider's webhooks into Inbound messages and
// Status callbacks, and implements Channel to send an Outbound. Addresses
// are normalised here (ParseAddress), so that the same phone number seen on
// WhatsApp and on SMS is one contact (Address.ContactKey).
//
// Adapters classify their failures as a *SendError; the sending machinery
// retries only what is retryable. Package channeltest holds a fake Channel
// with scripted faults for tests.
package channels
