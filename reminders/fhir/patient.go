package fhir

import (
	"cmp"
	"slices"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/reminders"
)

// ContactPoint is a FHIR ContactPoint (Patient.telecom).
type ContactPoint struct {
	System string `json:"system,omitempty"`
	Value  string `json:"value,omitempty"`
	Use    string `json:"use,omitempty"`
	Rank   int    `json:"rank,omitempty"`
	Period *struct {
		Start string `json:"start,omitempty"`
		End   string `json:"end,omitempty"`
	} `json:"period,omitempty"`
}

// PatientCommunication is a Patient.communication.
type PatientCommunication struct {
	Language  CodeableConcept `json:"language"`
	Preferred bool            `json:"preferred,omitempty"`
}

// Patient is the part of a FHIR R4 Patient reminders need: how to reach
// the patient, and in which language. Names are not modelled: reminders
// never carry them.
type Patient struct {
	ID            string                 `json:"id,omitempty"`
	Telecom       []ContactPoint         `json:"telecom,omitempty"`
	Communication []PatientCommunication `json:"communication,omitempty"`
	Extra         Extra                  `json:"-"`
}

// UnmarshalJSON reads an R4 Patient, keeping unknown elements.
func (p *Patient) UnmarshalJSON(data []byte) error {
	type plain Patient
	var x plain
	extra, err := decode(data, "Patient", &x)
	if err != nil {
		return err
	}
	*p = Patient(x)
	p.Extra = extra
	return nil
}

// MarshalJSON writes an R4 Patient.
func (p Patient) MarshalJSON() ([]byte, error) {
	type plain Patient
	return encode("Patient", plain(p), p.Extra)
}

// ToRecipient reads how to reach a patient: phone numbers (mobile first,
// then by rank; "old" ones and ones whose period ended are skipped),
// e-mail addresses, and the preferred language. Values that do not parse
// are skipped. opts may be nil (country code 1).
func ToRecipient(p Patient, opts *channels.ParseOptions) reminders.Recipient {
	points := slices.Clone(p.Telecom)
	slices.SortStableFunc(points, func(a, b ContactPoint) int {
		if (a.Use == "mobile") != (b.Use == "mobile") {
			if a.Use == "mobile" {
				return -1
			}
			return 1
		}
		return cmp.Compare(rankOrder(a.Rank), rankOrder(b.Rank))
	})
	var r reminders.Recipient
	for _, c := range points {
		if c.Use == "old" || (c.Period != nil && c.Period.End != "") {
			continue
		}
		var (
			a   channels.Address
			err error
		)
		switch c.System {
		case "phone", "sms":
			a, err = channels.ParsePhone(c.Value, opts)
		case "email":
			a, err = channels.ParseEmail(c.Value)
		default:
			continue
		}
		if err == nil && !slices.Contains(r.Addresses, a) {
			r.Addresses = append(r.Addresses, a)
		}
	}
	for _, c := range p.Communication {
		if code := c.Language.code(); code != "" && (c.Preferred || r.Language == "") {
			r.Language = code
		}
	}
	return r
}

// rankOrder puts unranked (0) contact points after ranked ones.
func rankOrder(r int) int {
	if r <= 0 {
		return 1 << 30
	}
	return r
}
