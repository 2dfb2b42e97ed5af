package webchat

import (
	"errors"
	"strings"
	"testing"
	"time"
)

var t0 = time.Date(2026, 3, 4, 15, 30, 0, 0, time.UTC)

func TestTokenRoundTrip(t *testing.T) {
	s := signer{secret: []byte(strings.Repeat("k", 32))}
	sess := chatSession{ID: "abc", PracticeID: "p1", ExpiresAt: t0.Add(time.Hour)}
	tok := s.Sign(sess)
	got, err := s.Verify(tok, t0)
	if err != nil {
		t.Fatal(err)
	}
	if got != sess {
		t.Errorf("Verify = %+v, want %+v", got, sess)
	}
	if _, err := s.Verify(tok, t0.Add(time.Hour)); !errors.Is(err, ErrExpiredToken) {
		t.Errorf("at expiry: err = %v, want ErrExpiredToken", err)
	}
	other := signer{secret: []byte(strings.Repeat("x", 32))}
	if _, err := other.Verify(tok, t0); !errors.Is(err, ErrInvalidToken) {
		t.Errorf("other secret: err = %v, want ErrInvalidToken", err)
	}
	// Swap in claims for another practice, keeping the signature.
	forged := s.Sign(chatSession{ID: "abc", PracticeID: "p2", ExpiresAt: sess.ExpiresAt})
	payload, _, _ := strings.Cut(forged, ".")
	_, sig, _ := strings.Cut(tok, ".")
	if _, err := s.Verify(payload+"."+sig, t0); !errors.Is(err, ErrInvalidToken) {
		t.Errorf("forged claims: err = %v, want ErrInvalidToken", err)
	}
	// The same signature bytes written differently: the last character's
	// unused bits set (found by FuzzVerifyToken).
	body, sig, _ := strings.Cut(tok, ".")
	alphabet := "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
	last := strings.IndexByte(alphabet, sig[len(sig)-1])
	loose := body + "." + sig[:len(sig)-1] + string(alphabet[last|1])
	if loose != tok {
		if _, err := s.Verify(loose, t0); !errors.Is(err, ErrInvalidToken) {
			t.Errorf("signature with its unused bits set: err = %v, want ErrInvalidToken", err)
		}
	}
}

func FuzzVerifyToken(f *testing.F) {
	s := signer{secret: []byte(strings.Repeat("k", 32))}
	f.Add(s.Sign(chatSession{ID: "abc", PracticeID: "p1", ExpiresAt: t0.Add(time.Hour)}))
	f.Add("a.b")
	f.Add("")
	f.Add("eyJ2IjoxfQ.")
	f.Fuzz(func(t *testing.T, tok string) {
		sess, err := s.Verify(tok, t0)
		if err != nil {
			if !errors.Is(err, ErrInvalidToken) && !errors.Is(err, ErrExpiredToken) {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		// Only tokens we signed verify, and they sign back to themselves.
		if s.Sign(sess) != tok {
			t.Fatalf("verified a token we did not issue")
		}
	})
}

func FuzzDecodeMessage(f *testing.F) {
	for _, s := range []string{`{"text":"hi","client_id":"c-1"}`, `{"payload":"confirm"}`, `{}`, `{"text":"a"} {}`, `[1]`, `{"text":"\u0000"}`, `{"x":1}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		req, err := decodeMessage(strings.NewReader(body), 100)
		if err != nil {
			return
		}
		if req.Text == "" && req.Payload == "" || len(req.Text) > 100 || len(req.ClientID) > 64 || !token68(req.ClientID) {
			t.Fatalf("accepted an invalid message: %+v", req)
		}
	})
}

func FuzzParseEventID(f *testing.F) {
	for _, s := range []string{"", "0", "42", " 7 ", "-1", "18446744073709551616", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := parseEventID(s)
		if err == nil && strings.TrimSpace(s) != "" && n == 0 && strings.Trim(strings.TrimSpace(s), "0") != "" {
			t.Fatalf("parsed %q as 0", s)
		}
	})
}
