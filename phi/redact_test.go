package phi_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/frontdeskhq/frontdesk/phi"
)

var testKey = []byte("0123456789abcdef-tenant-a")

func newRedactor(t testing.TB, cfg phi.RedactorConfig) *phi.Redactor {
	t.Helper()
	r, err := phi.NewRedactor(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestRedactModes(t *testing.T) {
	const text = "This is Maria Lopez, call 410-555-0199, SSN 123-45-6789."
	tests := []struct {
		name string
		cfg  phi.RedactorConfig
		want string
	}{
		{"tag", phi.RedactorConfig{}, "This is [NAME], call [PHONE], SSN [SSN]."},
		{"mask", phi.RedactorConfig{Mode: phi.ModeMask}, "This is [NAME], call ***-***-0199, SSN ***-**-6789."},
		{"keep", phi.RedactorConfig{Keep: []phi.Kind{phi.KindPhone}}, "This is [NAME], call 410-555-0199, SSN [SSN]."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := newRedactor(t, tc.cfg).Redact(t.Context(), text)
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestPseudonymsAreConsistentPerTenant(t *testing.T) {
	a := newRedactor(t, phi.RedactorConfig{Mode: phi.ModePseudonym, Key: testKey})
	b := newRedactor(t, phi.RedactorConfig{Mode: phi.ModePseudonym, Key: []byte("another-tenant-key-0000")})
	x, err := a.Redact(t.Context(), "call (410) 555-0199")
	if err != nil {
		t.Fatal(err)
	}
	y, err := a.Redact(t.Context(), "my number is +1 410 555 0199")
	if err != nil {
		t.Fatal(err)
	}
	z, err := b.Redact(t.Context(), "call (410) 555-0199")
	if err != nil {
		t.Fatal(err)
	}
	i := strings.Index(x, "[PHONE-")
	if i < 0 {
		t.Fatalf("no pseudonym in %q", x)
	}
	tok := x[i:]
	if !strings.HasSuffix(y, tok) {
		t.Errorf("same phone, different tokens: %q vs %q", x, y)
	}
	if strings.Contains(z, tok) {
		t.Errorf("two tenants share a token: %q", z)
	}
	if strings.ContainsAny(tok, "0123456789") {
		t.Errorf("token %q has digits", tok)
	}
	if _, err := phi.NewRedactor(phi.RedactorConfig{Mode: phi.ModePseudonym}); !errors.Is(err, phi.ErrNoKey) {
		t.Errorf("no key: got %v", err)
	}
}

func TestRedactIsIdempotentAndHidesPHI(t *testing.T) {
	texts := []string{
		"Me llamo Ana García, mi cel es 612 345 678 y vivo en Calle Mayor 12.",
		"DOB 01/02/1950, MRN: 778812, email ana@example.com, https://x.example.org/p",
		"Thanks,\nRobert Johnson\n(212) 555-7788",
	}
	secrets := []string{"García", "612 345 678", "01/02/1950", "778812", "ana@example.com", "Johnson"}
	for _, mode := range []phi.Mode{phi.ModeTag, phi.ModePseudonym, phi.ModeMask} {
		r := newRedactor(t, phi.RedactorConfig{Mode: mode, Key: testKey})
		for _, text := range texts {
			once, err := r.Redact(t.Context(), text)
			if err != nil {
				t.Fatal(err)
			}
			twice, err := r.Redact(t.Context(), once)
			if err != nil {
				t.Fatal(err)
			}
			if once != twice {
				t.Errorf("%v: redacting twice changed %q to %q", mode, once, twice)
			}
			for _, secret := range secrets {
				if strings.Contains(once, secret) {
					t.Errorf("%v: %q survived in %q", mode, secret, once)
				}
			}
		}
	}
}

func TestRedactInvalidUTF8(t *testing.T) {
	got, err := newRedactor(t, phi.RedactorConfig{}).Redact(t.Context(), "call 410-555-0199 \xff")
	if err != nil {
		t.Fatal(err)
	}
	if got != "call [PHONE] \uFFFD" {
		t.Errorf("got %q", got)
	}
}

func TestExporterDeidentifies(t *testing.T) {
	e, err := phi.NewExporter(phi.ExportConfig{Key: testKey})
	if err != nil {
		t.Fatal(err)
	}
	t0 := time.Date(2025, 3, 4, 9, 30, 0, 0, time.UTC)
	convs := []phi.Conversation{{
		ID: "conv-1", PracticeID: "practice-1", PatientID: "pat-9", Channel: "sms",
		Messages: []phi.Message{
			{ID: "m1", Sender: "patient", Text: "Hi, this is Maria Lopez, DOB 3/4/1961", At: t0},
			{ID: "m2", Sender: "staff", Text: "Thanks Maria, we will call 410-555-0199", At: t0.Add(90 * time.Second)},
		},
	}}
	out, err := e.Deidentify(t.Context(), convs)
	if err != nil {
		t.Fatal(err)
	}
	d := out[0]
	if d.ID == "conv-1" || d.PatientID == "pat-9" || d.ID == "" || d.PracticeID != "practice-1" {
		t.Errorf("ids not pseudonymised: %+v", d)
	}
	if d.Year != 2025 || d.Messages[1].Elapsed != 90*time.Second {
		t.Errorf("times: year %d, elapsed %v", d.Year, d.Messages[1].Elapsed)
	}
	for _, m := range d.Messages {
		for _, secret := range []string{"Lopez", "3/4/1961", "410-555-0199"} {
			if strings.Contains(m.Text, secret) {
				t.Errorf("%q survived: %q", secret, m.Text)
			}
		}
	}
	if len(d.Messages[0].Removed) == 0 {
		t.Error("Removed is empty")
	}
	again, err := e.Deidentify(t.Context(), convs)
	if err != nil {
		t.Fatal(err)
	}
	if again[0].PatientID != d.PatientID {
		t.Error("patient pseudonym is not stable")
	}
	other := convs[0]
	other.PracticeID = "practice-2"
	moved, err := e.Deidentify(t.Context(), []phi.Conversation{other})
	if err != nil {
		t.Fatal(err)
	}
	if moved[0].PatientID == d.PatientID {
		t.Error("patient pseudonym joins across practices")
	}
	if _, err := phi.NewExporter(phi.ExportConfig{}); !errors.Is(err, phi.ErrNoKey) {
		t.Errorf("no key: got %v", err)
	}
}
