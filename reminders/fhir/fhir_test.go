package fhir_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/inbox"
	"github.com/frontdeskhq/frontdesk/reminders"
	"github.com/frontdeskhq/frontdesk/reminders/fhir"

	"github.com/frontdeskhq/frontdesk/internal/shareddata"
)

// dataDir returns ../shared/data/fhir/r4-spec-examples, or skips.
func dataDir(t testing.TB) string {
	return shareddata.Dir(t, "fhir", "r4-spec-examples")
}

func read(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dataDir(t), name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func generic(t testing.TB, b []byte) any {
	t.Helper()
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	return v
}

func TestSpecExamplesRoundTrip(t *testing.T) {
	for _, tc := range []struct {
		file string
		v    any
	}{
		{"appointment-example.json", &fhir.Appointment{}},
		{"appointment-example-request.json", &fhir.Appointment{}},
		{"appointment-example2doctors.json", &fhir.Appointment{}},
		{"slot-example.json", &fhir.Slot{}},
		{"slot-example-busy.json", &fhir.Slot{}},
		{"slot-example-tentative.json", &fhir.Slot{}},
		{"slot-example-unavailable.json", &fhir.Slot{}},
		{"communication-example.json", &fhir.Communication{}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			in := read(t, tc.file)
			if err := json.Unmarshal(in, tc.v); err != nil {
				t.Fatal(err)
			}
			out, err := json.Marshal(tc.v)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(generic(t, in), generic(t, out)); diff != "" {
				t.Errorf("round trip (-in +out):\n%s", diff)
			}
		})
	}
}

func TestToAppointmentFromSpec(t *testing.T) {
	var f fhir.Appointment
	if err := json.Unmarshal(read(t, "appointment-example.json"), &f); err != nil {
		t.Fatal(err)
	}
	got, err := fhir.ToAppointment(f, fhir.Options{PracticeID: "p1", TimeZone: "UTC"})
	if err != nil {
		t.Fatal(err)
	}
	want := reminders.Appointment{PracticeID: "p1", ID: "example", PatientID: "example", ProviderID: "example", LocationID: "1",
		Type: "52", Status: reminders.StatusBooked, Start: time.Date(2013, 12, 10, 9, 0, 0, 0, time.UTC),
		End: time.Date(2013, 12, 10, 11, 0, 0, 0, time.UTC), TimeZone: "UTC", Confirmed: true}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	// A proposed request has no start yet: a typed error, not a panic.
	if err := json.Unmarshal(read(t, "appointment-example-request.json"), &f); err != nil {
		t.Fatal(err)
	}
	if _, err := fhir.ToAppointment(f, fhir.Options{PracticeID: "p1"}); !errors.Is(err, reminders.ErrInvalid) || !errors.Is(err, fhir.ErrInvalid) {
		t.Errorf("proposed without start: %v", err)
	}
}

func TestSlotStatuses(t *testing.T) {
	want := map[string]reminders.SlotStatus{"slot-example.json": reminders.SlotFree, "slot-example-busy.json": reminders.SlotBusy,
		"slot-example-tentative.json": reminders.SlotBusyTentative, "slot-example-unavailable.json": reminders.SlotBusyUnavailable}
	for file, st := range want {
		var f fhir.Slot
		if err := json.Unmarshal(read(t, file), &f); err != nil {
			t.Fatal(err)
		}
		s, err := fhir.ToSlot(f, "p1")
		if err != nil || s.Status != st {
			t.Errorf("%s: %v %v, want %s", file, s.Status, err, st)
		}
	}
}

func TestAppointmentMapsBack(t *testing.T) {
	ny, _ := time.LoadLocation("America/New_York")
	a := reminders.Appointment{PracticeID: "p1", ID: "a1", PatientID: "pat", ProviderID: "dr", LocationID: "room",
		Type: "checkup", Status: reminders.StatusBooked, Start: time.Date(2026, 3, 8, 9, 0, 0, 0, ny),
		End: time.Date(2026, 3, 8, 9, 30, 0, 0, ny), TimeZone: "America/New_York"}
	f := fhir.FromAppointment(a)
	if f.Start != "2026-03-08T09:00:00-04:00" {
		t.Errorf("start %s", f.Start)
	}
	b, _ := json.Marshal(f)
	var back fhir.Appointment
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	got, err := fhir.ToAppointment(back, fhir.Options{PracticeID: "p1", TimeZone: "America/New_York"})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(a, got, cmp.Comparer(func(x, y time.Time) bool { return x.Equal(y) })); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestCommunicationThreading(t *testing.T) {
	at := time.Date(2026, 5, 4, 14, 0, 0, 0, time.UTC)
	in := inbox.Message{PracticeID: "p1", ID: "m2", ConversationID: "c1", ContactID: "k1", Direction: inbox.Inbound,
		Channel: channels.SMS, Text: "C", Status: channels.StateReceived, SentAt: at, CreatedAt: at}
	c, ok := fhir.ToCommunication(fhir.MessageInput{Message: in, PatientID: "pat", AppointmentID: "a1", ConversationRootID: "m1", InResponseTo: "m1"})
	if !ok {
		t.Fatal("not mapped")
	}
	b, _ := json.Marshal(c)
	want := `{"resourceType":"Communication","id":"m2","identifier":[{"system":"urn:frontdesk:message","value":"m2"}],` +
		`"partOf":[{"reference":"Appointment/a1"},{"reference":"Communication/m1"}],"inResponseTo":[{"reference":"Communication/m1"}],` +
		`"status":"completed","medium":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v3-ParticipationMode","code":"SMSWRIT"}],"text":"sms"}],` +
		`"subject":{"reference":"Patient/pat"},"sent":"2026-05-04T14:00:00Z","received":"2026-05-04T14:00:00Z",` +
		`"recipient":[{"reference":"Organization/p1"}],"sender":{"reference":"Patient/pat"},"payload":[{"contentString":"C"}]}`
	if diff := cmp.Diff(generic(t, []byte(want)), generic(t, b)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if _, ok := fhir.ToCommunication(fhir.MessageInput{Message: inbox.Message{Direction: inbox.Note}}); ok {
		t.Error("a staff note became a Communication")
	}
}

func FuzzAppointment(f *testing.F) {
	// Seeds from the spec examples when present, else from these lines.
	for _, n := range []string{"appointment-example.json", "appointment-example-request.json", "appointment-example2doctors.json", "slot-example.json"} {
		if b, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "data", "fhir", "r4-spec-examples", n)); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(`{"resourceType":"Appointment","id":"a","status":"booked","start":"2026-05-05T10:00:00Z","participant":[{"actor":{"reference":"Patient/p"},"status":"accepted"}],"meta":{"x":1}}`))
	f.Add([]byte(`{"resourceType":"Appointment","status":"booked","start":"x"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var a fhir.Appointment
		if err := json.Unmarshal(b, &a); err != nil {
			return
		}
		if _, err := fhir.ToAppointment(a, fhir.Options{PracticeID: "p", TimeZone: "UTC"}); err != nil && !errors.Is(err, reminders.ErrInvalid) {
			t.Fatalf("untyped error: %v", err)
		}
		out, err := json.Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		var again fhir.Appointment
		if err := json.Unmarshal(out, &again); err != nil {
			t.Fatalf("re-read: %v", err)
		}
	})
}

func ExampleToAppointment() {
	var f fhir.Appointment
	_ = json.Unmarshal([]byte(`{"resourceType":"Appointment","id":"a1","status":"booked",
		"serviceType":[{"coding":[{"code":"checkup"}]}],"start":"2026-05-05T10:00:00-04:00","end":"2026-05-05T10:30:00-04:00",
		"participant":[{"actor":{"reference":"Patient/pat-7"},"status":"needs-action"},{"actor":{"reference":"Practitioner/dr-1"},"status":"accepted"}]}`), &f)
	a, err := fhir.ToAppointment(f, fhir.Options{PracticeID: "p1", TimeZone: "America/New_York"})
	fmt.Println(a.ID, a.Status, a.PatientID, a.ProviderID, a.Type, a.Start.UTC().Format(time.RFC3339), err)
	// Output: a1 booked pat-7 dr-1 checkup 2026-05-05T14:00:00Z <nil>
}

func TestPatientToRecipient(t *testing.T) {
	var p fhir.Patient
	if err := json.Unmarshal(read(t, "patient-example.json"), &p); err != nil {
		t.Fatal(err)
	}
	r := fhir.ToRecipient(p, &channels.ParseOptions{DefaultCountryCode: "61"})
	want := []channels.Address{{Kind: channels.AddrPhone, Value: "+61334105613"}, {Kind: channels.AddrPhone, Value: "+61355556473"}}
	if diff := cmp.Diff(want, r.Addresses); diff != "" {
		t.Errorf("mobile first, then by rank, old skipped (-want +got):\n%s", diff)
	}
	if err := json.Unmarshal(read(t, "patient-example-f001-pieter.json"), &p); err != nil {
		t.Fatal(err)
	}
	r = fhir.ToRecipient(p, &channels.ParseOptions{DefaultCountryCode: "31"})
	if r.Language != "nl" || len(r.Addresses) != 2 || r.Addresses[1].Kind != channels.AddrEmail {
		t.Errorf("recipient %+v", r)
	}
	out, _ := json.Marshal(p)
	if diff := cmp.Diff(generic(t, read(t, "patient-example-f001-pieter.json")), generic(t, out)); diff != "" {
		t.Errorf("patient round trip (-in +out):\n%s", diff)
	}
}
