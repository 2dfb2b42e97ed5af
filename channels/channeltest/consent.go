package channeltest

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/frontdeskhq/frontdesk/channels"
)

// RunConsentStore is the conformance suite for channels.ConsentStore. Each
// case gets a fresh store from newStore and runs as a parallel subtest.
func RunConsentStore(t *testing.T, newStore func(t *testing.T) channels.ConsentStore) {
	t.Helper()
	cases := []struct {
		name string
		fn   func(t *testing.T, s channels.ConsentStore)
	}{
		{"NotFound", consentNotFound},
		{"RoundTrip", consentRoundTrip},
		{"NewerWins", consentNewerWins},
		{"PerChannel", consentPerChannel},
		{"TenantIsolation", consentTenants},
		{"Invalid", consentInvalid},
		{"Concurrent", consentConcurrent},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			c.fn(t, newStore(t))
		})
	}
}

var consentT0 = time.Date(2026, 4, 1, 12, 0, 0, 0, time.UTC)

var consentAddr = channels.Address{Kind: channels.AddrPhone, Value: "+14155550100"}

func consentOf(practice string, ch channels.Kind, state channels.ConsentState, at time.Time) channels.Consent {
	return channels.Consent{PracticeID: practice, Channel: ch, Address: consentAddr, State: state, Source: "keyword", Keyword: "STOP", ChangedAt: at}
}

func sameConsent(t *testing.T, want, got channels.Consent) {
	t.Helper()
	if want.PracticeID != got.PracticeID || want.Channel != got.Channel || want.Address != got.Address ||
		want.State != got.State || want.Source != got.Source || want.Keyword != got.Keyword ||
		!want.ChangedAt.Equal(got.ChangedAt) {
		t.Errorf("consent = %+v, want %+v", got, want)
	}
}

func consentNotFound(t *testing.T, s channels.ConsentStore) {
	_, err := s.Get(t.Context(), "p1", channels.SMS, consentAddr)
	if !errors.Is(err, channels.ErrConsentNotFound) {
		t.Errorf("Get of nothing = %v, want ErrConsentNotFound", err)
	}
}

func consentRoundTrip(t *testing.T, s channels.ConsentStore) {
	ctx := t.Context()
	c := consentOf("p1", channels.SMS, channels.ConsentOptedOut, consentT0)
	got, err := s.Set(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	sameConsent(t, c, got)
	got, err = s.Get(ctx, "p1", channels.SMS, consentAddr)
	if err != nil {
		t.Fatal(err)
	}
	sameConsent(t, c, got)
	in := consentOf("p1", channels.SMS, channels.ConsentOptedIn, consentT0.Add(time.Hour))
	in.Keyword = "START"
	if _, err := s.Set(ctx, in); err != nil {
		t.Fatal(err)
	}
	got, _ = s.Get(ctx, "p1", channels.SMS, consentAddr)
	sameConsent(t, in, got)
}

func consentNewerWins(t *testing.T, s channels.ConsentStore) {
	ctx := t.Context()
	newer := consentOf("p1", channels.SMS, channels.ConsentOptedOut, consentT0.Add(time.Hour))
	if _, err := s.Set(ctx, newer); err != nil {
		t.Fatal(err)
	}
	got, err := s.Set(ctx, consentOf("p1", channels.SMS, channels.ConsentOptedIn, consentT0))
	if err != nil {
		t.Fatal(err)
	}
	sameConsent(t, newer, got)
	got, _ = s.Get(ctx, "p1", channels.SMS, consentAddr)
	sameConsent(t, newer, got)
}

func consentPerChannel(t *testing.T, s channels.ConsentStore) {
	ctx := t.Context()
	if _, err := s.Set(ctx, consentOf("p1", channels.SMS, channels.ConsentOptedOut, consentT0)); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Get(ctx, "p1", channels.WhatsApp, consentAddr); !errors.Is(err, channels.ErrConsentNotFound) {
		t.Errorf("opt-out on SMS leaked to WhatsApp: %v", err)
	}
}

func consentTenants(t *testing.T, s channels.ConsentStore) {
	ctx := t.Context()
	if _, err := s.Set(ctx, consentOf("p1", channels.SMS, channels.ConsentOptedOut, consentT0)); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Get(ctx, "p2", channels.SMS, consentAddr); !errors.Is(err, channels.ErrConsentNotFound) {
		t.Errorf("practice p2 sees p1's consent: %v", err)
	}
}

func consentInvalid(t *testing.T, s channels.ConsentStore) {
	ctx := t.Context()
	bad := []channels.Consent{
		{Channel: channels.SMS, Address: consentAddr, State: channels.ConsentOptedOut, ChangedAt: consentT0},
		{PracticeID: "p", Channel: "fax", Address: consentAddr, State: channels.ConsentOptedOut, ChangedAt: consentT0},
		{PracticeID: "p", Channel: channels.SMS, State: channels.ConsentOptedOut, ChangedAt: consentT0},
		{PracticeID: "p", Channel: channels.SMS, Address: consentAddr, State: "maybe", ChangedAt: consentT0},
		{PracticeID: "p", Channel: channels.SMS, Address: consentAddr, State: channels.ConsentOptedOut},
	}
	for i, c := range bad {
		if _, err := s.Set(ctx, c); err == nil {
			t.Errorf("invalid consent %d accepted", i)
		}
	}
}

func consentConcurrent(t *testing.T, s channels.ConsentStore) {
	ctx := context.Background()
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Go(func() {
			state := channels.ConsentOptedIn
			if i%2 == 1 {
				state = channels.ConsentOptedOut
			}
			if _, err := s.Set(ctx, consentOf("p1", channels.SMS, state, consentT0.Add(time.Duration(i)*time.Second))); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	got, err := s.Get(ctx, "p1", channels.SMS, consentAddr)
	if err != nil {
		t.Fatal(err)
	}
	if !got.ChangedAt.Equal(consentT0.Add(19*time.Second)) || got.State != channels.ConsentOptedOut {
		t.Errorf("after concurrent sets the newest must win: %+v", got)
	}
}
