package inbox

import "github.com/frontdeskhq/frontdesk/channels"

// provIndex finds a message id by channel, then provider id: two string
// maps rather than one keyed by a concatenation (an allocation per
// message) or by a struct (slower to hash), and the keys share the
// message's own strings.
type provIndex map[channels.Kind]map[string]string

func (x provIndex) get(ch channels.Kind, providerID string) (string, bool) {
	id, ok := x[ch][providerID]
	return id, ok
}

func (x provIndex) put(ch channels.Kind, providerID, id string) {
	m := x[ch]
	if m == nil {
		m = make(map[string]string)
		x[ch] = m
	}
	m[providerID] = id
}

func (x provIndex) del(ch channels.Kind, providerID string) { delete(x[ch], providerID) }
