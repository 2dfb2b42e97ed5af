package whatsapp

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
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

// oracleVerify is an independent statement of the signature rule (the
// standard library's hex and HMAC, nothing of the package's own): nil
// for "sha256=" and the HMAC-SHA256 of body in hex of either case,
// ErrSignatureMissing without a secret or a "sha256=" prefix, and
// ErrSignatureInvalid otherwise (an empty value included).
func oracleVerify(secret string, body []byte, header string) error {
	hexSum, ok := strings.CutPrefix(header, "sha256=")
	if secret == "" || !ok {
		return ErrSignatureMissing
	}
	got, err := hex.DecodeString(hexSum)
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write(body)
	if err != nil || !hmac.Equal(got, mac.Sum(nil)) {
		return ErrSignatureInvalid
	}
	return nil
}

// TestVerifierMatchesVerifySignature: the webhook's pooled verifier and
// VerifySignature both give every header the answer of an independent
// oracle, over many reuses of the verifier's HMAC states.
func TestVerifierMatchesVerifySignature(t *testing.T) {
	body := []byte(`{"object":"whatsapp_business_account"}`)
	good := Sign("secret", body)
	headers := []string{good, strings.ToUpper(good[:7]) + good[7:], "sha256=" + strings.ToUpper(good[7:]),
		good[:len(good)-1], good + "0", "sha256=" + strings.Repeat("zz", 32), good[7:], "", "sha256=",
		Sign("other", body), Sign("secret", append(body, ' '))}
	if err := oracleVerify("secret", body, "sha256="+strings.ToUpper(good[7:])); err != nil {
		t.Fatalf("oracle refuses upper-case hex: %v", err)
	}
	for _, secret := range []string{"secret", "other", ""} {
		v := newVerifier(secret)
		for range 3 {
			for _, h := range headers {
				want := oracleVerify(secret, body, h)
				if got := VerifySignature(secret, body, h); !errors.Is(got, want) && got != want {
					t.Errorf("secret %q header %q: VerifySignature says %v, want %v", secret, h, got, want)
				}
				if got := v.verify(body, h); !errors.Is(got, want) && got != want {
					t.Errorf("secret %q header %q: verifier says %v, want %v", secret, h, got, want)
				}
			}
		}
	}
}

// TestRepeated: the values the decoder does not allocate for come back
// as they were read, and so does every other value.
func TestRepeated(t *testing.T) {
	for _, v := range []string{"whatsapp_business_account", "messages", "whatsapp", "text",
		"sent", "delivered", "read", "failed", "image", "", "Text"} {
		if got := repeated([]byte(v)); got != v {
			t.Errorf("repeated(%q) = %q", v, got)
		}
	}
	raw := []byte("delivered")
	if n := testing.AllocsPerRun(10, func() { _ = repeated(raw) }); n != 0 {
		t.Errorf("repeated of a repeated value allocates %v times", n)
	}
}
