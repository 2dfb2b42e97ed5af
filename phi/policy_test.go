package phi_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/frontdeskhq/frontdesk/phi"
)

func newPolicy(t testing.TB, cfg phi.PolicyConfig) *phi.Policy {
	t.Helper()
	p, err := phi.NewPolicy(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestPolicyLowTier(t *testing.T) {
	p := newPolicy(t, phi.PolicyConfig{})
	tests := []struct {
		name       string
		text       string
		wantKinds  []phi.Kind
		wantTopics []phi.Topic
	}{
		{"reminder passes", "Hi Maria, your appointment with Dr. Patel is on March 3 at 10:30. Reply C to confirm or call 410-555-0100.", nil, nil},
		{"portal link passes", "You have a new message. Log in at https://portal.example.com to read it.", nil, nil},
		{"admin passes", "Lab hours are 8 to 5 and the pharmacy window closes at noon. We're positive your payment went through.", nil, nil},
		{"results blocked", "Your lab results are back and the biopsy was negative.", nil, []phi.Topic{phi.TopicResults}},
		{"medication blocked", "Your metformin refill is ready, take 500 mg twice a day.", nil, []phi.Topic{phi.TopicMedication}},
		{"spanish diagnosis blocked", "Su diagnóstico de diabetes está confirmado.", nil, []phi.Topic{phi.TopicDiagnosis}},
		{"mrn blocked", "Your MRN: 00123456 is on file.", []phi.Kind{phi.KindMRN}, nil},
		{"ssn blocked", "We have SSN 123-45-6789 on file.", []phi.Kind{phi.KindSSN}, nil},
		{"birth date blocked", "Please confirm DOB 04/13/1952.", []phi.Kind{phi.KindDate}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := p.Check(t.Context(), phi.TierLow, tc.text)
			if len(tc.wantKinds) == 0 && len(tc.wantTopics) == 0 {
				if err != nil || got != tc.text {
					t.Fatalf("want pass, got %q, %v", got, err)
				}
				return
			}
			var be *phi.BlockedError
			if !errors.Is(err, phi.ErrBlocked) || !errors.As(err, &be) {
				t.Fatalf("want *BlockedError, got %q, %v", got, err)
			}
			for _, k := range tc.wantKinds {
				if !slices.Contains(be.Kinds, k) {
					t.Errorf("kinds %v lack %s", be.Kinds, k)
				}
			}
			for _, tp := range tc.wantTopics {
				if !slices.Contains(be.Topics, tp) {
					t.Errorf("topics %v lack %s", be.Topics, tp)
				}
			}
			if be.Tier != phi.TierLow || !strings.Contains(err.Error(), "low") {
				t.Errorf("error %q lacks the tier", err)
			}
		})
	}
}

func TestPolicySecureTierAndNotice(t *testing.T) {
	const text = "Maria Lopez, your HIV test result is negative. MRN 4455661."
	p := newPolicy(t, phi.PolicyConfig{})
	if got, err := p.Check(t.Context(), phi.TierSecure, text); err != nil || got != text {
		t.Errorf("secure tier: %q, %v", got, err)
	}
	_, err := p.Check(t.Context(), phi.TierLow, text)
	for _, secret := range []string{"Maria", "Lopez", "HIV", "negative", "4455661"} {
		if err == nil || strings.Contains(err.Error(), secret) {
			t.Errorf("error %v leaks %q", err, secret)
		}
	}
	const notice = "You have a new secure message. Open https://portal.example.com/m/1 to read it."
	pn := newPolicy(t, phi.PolicyConfig{SecureNotice: notice})
	d, err := pn.Decide(t.Context(), phi.TierLow, text)
	if err != nil || !d.Rewritten || d.Text != notice || len(d.Topics) == 0 {
		t.Errorf("notice: %+v, %v", d, err)
	}
	if _, err := phi.NewPolicy(phi.PolicyConfig{SecureNotice: "Your biopsy results are in"}); err == nil {
		t.Error("a clinical notice was accepted")
	}
}

func TestPolicyConfigurable(t *testing.T) {
	p := newPolicy(t, phi.PolicyConfig{AllowClinical: true, BlockKinds: []phi.Kind{}})
	const text = "Your lab results are back, MRN 4455661."
	if got, err := p.Check(t.Context(), phi.TierLow, text); err != nil || got != text {
		t.Errorf("got %q, %v", got, err)
	}
}

func TestPolicyUnreadableTextIsBlocked(t *testing.T) {
	p := newPolicy(t, phi.PolicyConfig{})
	_, err := p.Check(t.Context(), phi.TierLow, "hello \xff")
	var be *phi.BlockedError
	if !errors.As(err, &be) || !slices.Contains(be.Kinds, phi.KindID) {
		t.Errorf("got %v", err)
	}
}

func TestZeroPolicyBlocksClinical(t *testing.T) {
	var p phi.Policy
	if _, err := p.Check(t.Context(), phi.TierLow, "Your biopsy came back"); !errors.Is(err, phi.ErrBlocked) {
		t.Errorf("got %v", err)
	}
}
