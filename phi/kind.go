package phi

// Kind is the category of a piece of PHI. The values are the kinds of the
// labeled-data format (DESIGN.md) and print as themselves.
type Kind string

// The kinds of PHI the detector reports.
const (
	KindName    Kind = "NAME"    // a person's name
	KindDate    Kind = "DATE"    // a date more precise than a year
	KindAge     Kind = "AGE"     // a stated age; over 89 it is a Safe Harbor identifier
	KindPhone   Kind = "PHONE"   // a telephone number
	KindFax     Kind = "FAX"     // a fax number
	KindEmail   Kind = "EMAIL"   // an e-mail address
	KindSSN     Kind = "SSN"     // a US social security number
	KindMRN     Kind = "MRN"     // a medical record number or chart id
	KindAccount Kind = "ACCOUNT" // an account, member, policy or card number
	KindAddress Kind = "ADDRESS" // a street address, city or facility
	KindZIP     Kind = "ZIP"     // a postal code
	KindURL     Kind = "URL"     // a web address
	KindIP      Kind = "IP"      // an IP address
	KindID      Kind = "ID"      // any other identifying number
)

// Kinds lists every kind, in the order of the constants.
func Kinds() []Kind {
	return []Kind{KindName, KindDate, KindAge, KindPhone, KindFax, KindEmail, KindSSN,
		KindMRN, KindAccount, KindAddress, KindZIP, KindURL, KindIP, KindID}
}

// Span is one piece of PHI found in a text: the bytes text[Start:End].
type Span struct {
	// Start and End are byte offsets into the text, End exclusive. Both
	// fall on UTF-8 boundaries.
	Start, End int
	// Kind is what the bytes are.
	Kind Kind
	// Confidence is how sure the rule is, from 0 to 1.
	Confidence float64
	// Rule names the rule that matched, for debugging and evaluation
	// ("phone.nanp", "name.cue"...). It never contains the matched text.
	Rule string
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }
