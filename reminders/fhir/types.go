package fhir

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
)

// ErrInvalid: the JSON is not a FHIR R4 resource of the expected type, or
// lacks what the mapping needs. Errors wrap it together with
// reminders.ErrInvalid.
var ErrInvalid = errors.New("fhir: invalid resource")

// Reference is a FHIR Reference.
type Reference struct {
	Reference string `json:"reference,omitempty"`
	Display   string `json:"display,omitempty"`
}

// Coding is a FHIR Coding.
type Coding struct {
	System  string `json:"system,omitempty"`
	Code    string `json:"code,omitempty"`
	Display string `json:"display,omitempty"`
}

// CodeableConcept is a FHIR CodeableConcept.
type CodeableConcept struct {
	Coding []Coding `json:"coding,omitempty"`
	Text   string   `json:"text,omitempty"`
}

// code returns the first coding's code, or the text.
func (c CodeableConcept) code() string {
	for _, cd := range c.Coding {
		if cd.Code != "" {
			return cd.Code
		}
	}
	return c.Text
}

// Participant is an Appointment.participant.
type Participant struct {
	Type     []CodeableConcept `json:"type,omitempty"`
	Actor    *Reference        `json:"actor,omitempty"`
	Required string            `json:"required,omitempty"`
	Status   string            `json:"status"`
}

// Extra holds the elements of a resource this package does not model
// (text, meta, identifiers, extensions...), so that a resource read and
// written again loses nothing.
type Extra map[string]json.RawMessage

// decode unmarshals data into known (a pointer to the modelled fields)
// and returns the other top-level elements.
func decode(data []byte, resourceType string, known any) (Extra, error) {
	var all map[string]json.RawMessage
	if err := json.Unmarshal(data, &all); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalid, err)
	}
	var rt string
	if err := json.Unmarshal(all["resourceType"], &rt); err != nil || rt != resourceType {
		return nil, fmt.Errorf("%w: resourceType is not %s", ErrInvalid, resourceType)
	}
	if err := json.Unmarshal(data, known); err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrInvalid, resourceType, err)
	}
	b, _ := json.Marshal(known)
	var modelled map[string]json.RawMessage
	_ = json.Unmarshal(b, &modelled)
	extra := Extra{}
	for k, v := range all {
		if _, ok := modelled[k]; !ok && k != "resourceType" {
			extra[k] = v
		}
	}
	return extra, nil
}

// encode marshals known with resourceType and the extra elements; a
// modelled element wins over an extra one of the same name.
func encode(resourceType string, known any, extra Extra) ([]byte, error) {
	b, err := json.Marshal(known)
	if err != nil {
		return nil, err
	}
	var out map[string]json.RawMessage
	if err := json.Unmarshal(b, &out); err != nil {
		return nil, err
	}
	all := maps.Clone(extra)
	if all == nil {
		all = Extra{}
	}
	maps.Copy(all, out)
	all["resourceType"], _ = json.Marshal(resourceType)
	return json.Marshal(all)
}
