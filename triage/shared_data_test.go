package triage_test

import (
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"

	"github.com/frontdeskhq/frontdesk/internal/shareddata"
)

// sharedData returns ../shared/data/triage, or skips.
func sharedData(t *testing.T) string {
	return shareddata.Dir(t, "triage")
}

// TestCLINC150OutOfScope runs the out-of-scope virtual-assistant requests of
// CLINC150 (CC BY 3.0, Larson et al. 2019) through the default classifier:
// none is an emergency, and few are taken for a clinical matter.
func TestCLINC150OutOfScope(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(sharedData(t), "clinc150", "data_full.json"))
	if err != nil {
		t.Skipf("CLINC150 not found: %v", err)
	}
	var d struct {
		OOSTest [][2]string `json:"oos_test"`
	}
	if err := json.Unmarshal(b, &d); err != nil {
		t.Fatal(err)
	}
	c := newDefault(t)
	var emergency, clinical int
	for _, row := range d.OOSTest {
		res, err := c.Classify(t.Context(), row[0])
		if err != nil {
			t.Fatal(err)
		}
		if res.Urgency == triage.UrgencyEmergency {
			emergency++
			t.Logf("emergency: %q %+v", row[0], res.RedFlags)
		}
		if res.Intent == triage.IntentClinical || res.Intent == triage.IntentPrescriptionRefill || res.Intent == triage.IntentResults {
			clinical++
		}
	}
	n := len(d.OOSTest)
	t.Logf("CLINC150 oos_test: n=%d emergency=%d clinical-like=%d", n, emergency, clinical)
	if emergency > n/200 {
		t.Errorf("%d of %d out-of-scope requests called emergencies", emergency, n)
	}
	if clinical > n/5 {
		t.Errorf("%d of %d out-of-scope requests taken for clinical matters", clinical, n)
	}
}

// TestMedQuAD runs the consumer health questions of MedQuAD (CC BY 4.0,
// Ben Abacha and Demner-Fushman 2019) through the default classifier: they
// are health questions, so none should be routed to scheduling or billing,
// and questions asked about a condition are not emergencies.
func TestMedQuAD(t *testing.T) {
	dir := filepath.Join(sharedData(t), "medquad")
	files, err := filepath.Glob(filepath.Join(dir, "9_CDC_QA", "*.xml"))
	senior, err2 := filepath.Glob(filepath.Join(dir, "7_SeniorHealth_QA", "*.xml"))
	files = append(files, senior...)
	if err != nil || err2 != nil || len(files) == 0 {
		t.Skipf("MedQuAD questions not found in %s", dir)
	}
	c := newDefault(t)
	var n, admin, emergency int
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var doc struct {
			Questions []string `xml:"QAPairs>QAPair>Question"`
		}
		if err := xml.Unmarshal(b, &doc); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, q := range doc.Questions {
			res, err := c.Classify(t.Context(), q)
			if err != nil {
				t.Fatal(err)
			}
			n++
			switch res.Intent {
			case triage.IntentAppointmentBook, triage.IntentAppointmentChange, triage.IntentAppointmentCancel,
				triage.IntentAppointmentConfirm, triage.IntentBilling:
				admin++
			}
			if res.Urgency == triage.UrgencyEmergency {
				emergency++
			}
		}
	}
	t.Logf("MedQuAD CDC and SeniorHealth: n=%d scheduling/billing=%d emergency=%d", n, admin, emergency)
	if admin > n/10 {
		t.Errorf("%d of %d health questions routed to scheduling or billing", admin, n)
	}
	if emergency > n/20 {
		t.Errorf("%d of %d health questions called emergencies", emergency, n)
	}
}
