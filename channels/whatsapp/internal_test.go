package whatsapp

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/frontdeskhq/frontdesk/internal/shareddata"
)

// FuzzParse feeds arbitrary bodies to the webhook parser, seeded with the
// pywa fixtures when present: it must never panic, and every event must
// be a message or a status.
func FuzzParse(f *testing.F) {
	f.Add([]byte(`{"object":"whatsapp_business_account","entry":[{"changes":[{"field":"messages","value":{"messages":[{"from":"15552345678","id":"x","type":"text","text":{"body":"hi"}}]}}]}]}`))
	f.Add([]byte(`{"object":"whatsapp_business_account","entry":[{"changes":[{"field":"messages","value":{"statuses":[{"id":"x","status":"failed","errors":[{"code":131047}]}]}}]}]}`))
	f.Add([]byte(`{"object":"whatsapp_business_account","entry":[{"changes":[{"field":"messages","value":{"messages":[{"type":"interactive","interactive":{}}]}}]}]}`))
	f.Add([]byte(`{"object":`))
	f.Add([]byte(`[]`))
	if dir := fixtureDir(); dir != "" {
		files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
		for _, file := range files {
			raw, err := os.ReadFile(file)
			if err != nil {
				continue
			}
			var cases map[string]json.RawMessage
			if json.Unmarshal(raw, &cases) == nil {
				for _, body := range cases {
					f.Add([]byte(body))
				}
			}
		}
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		d, err := parse(body)
		if err != nil {
			if !errors.Is(err, errMalformed) {
				t.Fatalf("error %v does not wrap errMalformed", err)
			}
			return
		}
		for _, e := range d.events {
			if (e.in == nil) == (e.st == nil) {
				t.Fatalf("event is neither or both a message and a status: %+v", e)
			}
			if e.in != nil && e.skip == "" && e.in.From.IsZero() {
				t.Fatal("message passed on without a sender")
			}
		}
	})
}

// fixtureDir is the pywa fixture folder, or "" when absent.
func fixtureDir() string {
	p, ok := shareddata.Path("whatsapp", "pywa")
	if !ok {
		return ""
	}
	return p
}

// TestVerifierMatchesVerifySignature: the webhook's pooled verifier gives
// every header the answer VerifySignature gives, over many reuses of its
// HMAC states.
func TestVerifierMatchesVerifySignature(t *testing.T) {
	body := []byte(`{"object":"whatsapp_business_account"}`)
	good := Sign("secret", body)
	headers := []string{good, strings.ToUpper(good[:7]) + good[7:], "sha256=" + strings.ToUpper(good[7:]),
		good[:len(good)-1], good + "0", "sha256=" + strings.Repeat("zz", 32), good[7:], "", "sha256=",
		Sign("other", body), Sign("secret", append(body, ' '))}
	for _, secret := range []string{"secret", "other", ""} {
		v := newVerifier(secret)
		for range 3 {
			for _, h := range headers {
				want := VerifySignature(secret, body, h)
				if got := v.verify(body, h); got != want {
					t.Errorf("secret %q header %q: verifier says %v, VerifySignature %v", secret, h, got, want)
				}
			}
		}
	}
}
