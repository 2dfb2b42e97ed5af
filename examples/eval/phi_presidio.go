package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/frontdeskhq/frontdesk/phi"
)

// presidioKinds maps the entity types of the Presidio synthetic dataset to
// frontdesk kinds. Organisations, job titles and nationalities ("" here)
// are not patient identifiers under Safe Harbor: they are neutral, like
// clinician names in the PhysioNet corpus.
var presidioKinds = map[string]phi.Kind{
	"PERSON": phi.KindName, "STREET_ADDRESS": phi.KindAddress, "GPE": phi.KindAddress,
	"DATE_TIME": phi.KindDate, "PHONE_NUMBER": phi.KindPhone, "AGE": phi.KindAge,
	"EMAIL_ADDRESS": phi.KindEmail, "ZIP_CODE": phi.KindZIP, "DOMAIN_NAME": phi.KindURL,
	"IBAN_CODE": phi.KindAccount, "CREDIT_CARD": phi.KindAccount, "US_SSN": phi.KindSSN,
	"IP_ADDRESS": phi.KindIP, "US_DRIVER_LICENSE": phi.KindID,
	"ORGANIZATION": "", "TITLE": "", "NRP": "",
}

// readPresidio reads the Presidio research synthetic dataset (a JSON array
// of {full_text, spans: [{entity_type, start_position, end_position}]}
// whose offsets count code points) and converts offsets to bytes.
func readPresidio(path string) ([]phiDoc, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var recs []struct {
		Text  string `json:"full_text"`
		Spans []struct {
			Type  string `json:"entity_type"`
			Start int    `json:"start_position"`
			End   int    `json:"end_position"`
		} `json:"spans"`
	}
	if err := json.Unmarshal(raw, &recs); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	docs := make([]phiDoc, 0, len(recs))
	for i, r := range recs {
		// byteAt[k] is the byte offset of code point k.
		byteAt := make([]int, 0, len(r.Text)+1)
		for b := range r.Text {
			byteAt = append(byteAt, b)
		}
		byteAt = append(byteAt, len(r.Text))
		d := phiDoc{Text: r.Text}
		for _, sp := range r.Spans {
			kind, known := presidioKinds[sp.Type]
			if !known || sp.Start < 0 || sp.End >= len(byteAt) || sp.Start > sp.End {
				return nil, fmt.Errorf("%s: record %d: bad span", path, i+1)
			}
			g := goldSpan{Start: byteAt[sp.Start], End: byteAt[sp.End], Kind: kind}
			if kind == "" {
				d.Neutral = append(d.Neutral, g)
			} else {
				d.Gold = append(d.Gold, g)
			}
		}
		docs = append(docs, d)
	}
	return docs, nil
}
