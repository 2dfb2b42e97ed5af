package whatsapp

import "encoding/json"

// DecodeFastForBench decodes body into the webhook envelope with the fast
// decoder, failing when it leaves the body to encoding/json.
func DecodeFastForBench(body []byte) error {
	var env envelope
	return decodeEnvelope(body, &env)
}

// DecodeJSONForBench decodes body into the same envelope with
// encoding/json, as parse does for bodies the fast decoder leaves.
func DecodeJSONForBench(body []byte) error {
	var env envelope
	return json.Unmarshal(body, &env)
}
