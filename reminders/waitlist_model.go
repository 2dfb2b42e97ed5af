package reminders

import (
	"time"

	"github.com/frontdeskhq/frontdesk/channels"
)

// WaitlistEntry is a patient waiting for an earlier or any slot.
type WaitlistEntry struct {
	PracticeID string `json:"practice_id"`
	ID         string `json:"id"`
	PatientID  string `json:"patient_id"`
	// Type and ProviderID, when set, must match the freed slot.
	Type       string `json:"type,omitempty"`
	ProviderID string `json:"provider_id,omitempty"`
	// Earliest and Latest bound the slot start the patient can take; zero
	// means unbounded.
	Earliest time.Time `json:"earliest,omitzero"`
	Latest   time.Time `json:"latest,omitzero"`
	// Rank orders entries, lowest first (the practice's priority); ties
	// go to whoever waited longest.
	Rank      int       `json:"rank,omitempty"`
	TimeZone  string    `json:"time_zone"`
	Recipient Recipient `json:"recipient"`
	CreatedAt time.Time `json:"created_at"`
}

// Fits reports whether the entry can take the slot.
func (e WaitlistEntry) Fits(s Slot) bool {
	return (e.Type == "" || s.Type == "" || e.Type == s.Type) &&
		(e.ProviderID == "" || e.ProviderID == s.ProviderID) &&
		(e.Earliest.IsZero() || !s.Start.Before(e.Earliest)) &&
		(e.Latest.IsZero() || !s.Start.After(e.Latest))
}

// OfferRecipient is one waitlisted patient a slot was offered to.
type OfferRecipient struct {
	EntryID    string           `json:"entry_id"`
	PatientID  string           `json:"patient_id"`
	ContactKey string           `json:"contact_key"`
	Channel    channels.Kind    `json:"channel"`
	Address    channels.Address `json:"address"`
	Language   string           `json:"language,omitempty"`
	// Wave is the wave (from 1) in which the offer went to this patient.
	Wave int `json:"wave"`
}

// Offer is a freed slot offered to waitlisted patients, in waves.
type Offer struct {
	PracticeID string           `json:"practice_id"`
	ID         string           `json:"id"`
	Slot       Slot             `json:"slot"`
	TimeZone   string           `json:"time_zone"`
	Recipients []OfferRecipient `json:"recipients"`
	Wave       int              `json:"wave"`
	// ExpiresAt ends the current wave's hold.
	ExpiresAt time.Time `json:"expires_at"`
	// FreedBy is the patient whose cancellation freed the slot; it is
	// never offered back to them.
	FreedBy string `json:"freed_by,omitempty"`
	// Closed marks an offer that ran out of waves unclaimed.
	Closed bool `json:"closed,omitempty"`
	// ClaimedBy is the patient who took the slot, once one did.
	ClaimedBy string    `json:"claimed_by,omitempty"`
	ClaimedAt time.Time `json:"claimed_at,omitzero"`
	CreatedAt time.Time `json:"created_at"`
}

// Recipient returns the offer's recipient with the given patient id.
func (o Offer) Recipient(patientID string) (OfferRecipient, bool) {
	for _, r := range o.Recipients {
		if r.PatientID == patientID {
			return r, true
		}
	}
	return OfferRecipient{}, false
}
