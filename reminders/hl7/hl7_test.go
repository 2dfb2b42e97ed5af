package hl7_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/reminders"
	"github.com/frontdeskhq/frontdesk/reminders/hl7"

	"github.com/frontdeskhq/frontdesk/internal/shareddata"
)

// dataDir returns ../shared/data/hl7/fhir-converter, or skips.
func dataDir(t testing.TB) string {
	return shareddata.Dir(t, "hl7", "fhir-converter")
}

var opts = hl7.Options{PracticeID: "p1", TimeZone: "America/Chicago"}

func TestSamples(t *testing.T) {
	dir := dataDir(t)
	want := map[string]struct {
		change hl7.Change
		status reminders.Status
	}{
		"SIU-S12-01.hl7": {hl7.ChangeNew, reminders.StatusBooked},
		"SIU-S12-02.hl7": {hl7.ChangeNew, reminders.StatusBooked},
		"SIU-S12_1.hl7":  {hl7.ChangeNew, reminders.StatusBooked},
		"SIU-S13-01.hl7": {hl7.ChangeReschedule, reminders.StatusBooked},
		"SIU-S13-02.hl7": {hl7.ChangeReschedule, reminders.StatusBooked},
		"SIU-S14-01.hl7": {hl7.ChangeUpdate, reminders.StatusBooked},
		"SIU-S14-02.hl7": {hl7.ChangeUpdate, reminders.StatusBooked},
		"SIU-S15-01.hl7": {hl7.ChangeCancel, reminders.StatusCancelled},
		"SIU-S15-02.hl7": {hl7.ChangeCancel, reminders.StatusCancelled},
		"SIU-S16-01.hl7": {hl7.ChangeCancel, reminders.StatusCancelled},
		"SIU-S16-02.hl7": {hl7.ChangeCancel, reminders.StatusCancelled},
		"SIU-S17-01.hl7": {hl7.ChangeCancel, reminders.StatusEnteredInError},
		"SIU-S17-02.hl7": {hl7.ChangeCancel, reminders.StatusEnteredInError},
		"SIU-S26-01.hl7": {hl7.ChangeNoShow, reminders.StatusNoShow},
		"SIU-S26-02.hl7": {hl7.ChangeNoShow, reminders.StatusNoShow},
	}
	for file, w := range want {
		t.Run(file, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join(dir, file))
			if err != nil {
				t.Fatal(err)
			}
			ev, err := hl7.ParseSIU(b, opts)
			if err != nil {
				t.Fatal(err)
			}
			if ev.Change != w.change || ev.Appointment.Status != w.status {
				t.Errorf("change %s status %s, want %s %s", ev.Change, ev.Appointment.Status, w.change, w.status)
			}
			if ev.Appointment.ID == "" || ev.Appointment.PatientID == "" || ev.Appointment.Start.IsZero() {
				t.Errorf("incomplete: %+v", ev.Appointment)
			}
			// CRLF and CR framings read the same.
			for _, sep := range []string{"\r\n", "\r"} {
				ev2, err := hl7.ParseSIU([]byte(strings.ReplaceAll(string(b), "\n", sep)), opts)
				if err != nil || ev2.Appointment.ID != ev.Appointment.ID || !ev2.Appointment.Start.Equal(ev.Appointment.Start) {
					t.Errorf("with %q separators: %+v %v", sep, ev2.Appointment, err)
				}
			}
		})
	}
}

func TestS12Fields(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(dataDir(t), "SIU-S12-01.hl7"))
	if err != nil {
		t.Fatal(err)
	}
	ev, err := hl7.ParseSIU(b, opts)
	if err != nil {
		t.Fatal(err)
	}
	a := ev.Appointment
	start := time.Date(2021, 9, 24, 9, 30, 0, 0, time.FixedZone("", 2*3600+15*60))
	end := time.Date(2021, 9, 24, 10, 20, 0, 0, time.FixedZone("", 2*3600+15*60))
	if ev.Trigger != "S12" || ev.ControlID != "MSG00012" || a.ID != "36996" || a.PatientID != "PATID1234" ||
		!a.Start.Equal(start) || !a.End.Equal(end) || a.ProviderID != "1210" || a.LocationID != "055" || a.Type != "76164006" {
		t.Errorf("event %+v", ev)
	}
	// The sample's PID-13 numbers (78788788, 1111) are not dialable:
	// they are skipped, not guessed at.
	if len(a.Recipient.Addresses) != 0 {
		t.Errorf("addresses from undialable numbers: %d", len(a.Recipient.Addresses))
	}
}

func TestRejects(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(dataDir(t), "SIU_12.hl7"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := hl7.ParseSIU(b, opts); !errors.Is(err, hl7.ErrNotSIU) {
		t.Errorf("ADT^A60 in an SIU file: %v, want ErrNotSIU", err)
	}
	for name, msg := range map[string]string{
		"empty":      "",
		"no MSH":     "PID|1||123",
		"bad delims": "MSH|||",
		"bad time":   "MSH|^~\\&|a|b|c|d|20210101||SIU^S12|1|P|2.5\rSCH|1|2\rTQ1|||||||20211340\rPID|1||P1",
		"no patient": "MSH|^~\\&|a|b|c|d|20210101||SIU^S12|1|P|2.5\rSCH|1|2\rTQ1|||||||202109240930",
	} {
		if _, err := hl7.ParseSIU([]byte(msg), opts); !errors.Is(err, hl7.ErrMalformed) {
			t.Errorf("%s: %v, want ErrMalformed", name, err)
		}
	}
	ok := "MSH|^~\\&|a|b|c|d|20210101||SIU^S12|1|P|2.5\rSCH|1|2\rTQ1|||||||202109240930\rPID|1||P1"
	if _, err := hl7.ParseSIU([]byte(ok), hl7.Options{PracticeID: "p1"}); !errors.Is(err, reminders.ErrUnknownTimeZone) {
		t.Errorf("no zone: %v", err)
	}
}

func TestEscapesAndOtherDelimiters(t *testing.T) {
	msg := "\x0bMSH#:*!$#a#b#c#d#20210101##SIU:S14#1#P#2.5\r\nSCH#A\\1#B!F!2\r\nTQ1#######202603081000\r\nPID#1##P!S!9*X" + strings.Repeat("#", 10) + ":::x@example.com\r\nAIP#1##DR!T!1\x1c\r"
	ev, err := hl7.ParseSIU([]byte(msg), opts)
	if err != nil {
		t.Fatal(err)
	}
	a := ev.Appointment
	// Time without offset is read in the practice's zone, across DST.
	want := time.Date(2026, 3, 8, 10, 0, 0, 0, mustLoad("America/Chicago"))
	if a.ID != "B#2" || a.PatientID != "P:9" || a.ProviderID != "DR$1" || !a.Start.Equal(want) {
		t.Errorf("%+v", a)
	}
	if len(a.Recipient.Addresses) != 1 || a.Recipient.Addresses[0] != (channels.Address{Kind: channels.AddrEmail, Value: "x@example.com"}) {
		t.Errorf("addresses %+v", a.Recipient.Addresses)
	}
}

func mustLoad(n string) *time.Location {
	l, err := time.LoadLocation(n)
	if err != nil {
		panic(err)
	}
	return l
}

func FuzzParseSIU(f *testing.F) {
	if dir := dataDirOrEmpty(); dir != "" {
		files, _ := filepath.Glob(filepath.Join(dir, "*.hl7"))
		for _, p := range files {
			b, _ := os.ReadFile(p)
			f.Add(b)
		}
	}
	f.Add([]byte("MSH|^~\\&|a|b|c|d|20210101||SIU^S12|1|P|2.5\rSCH|1|2\rTQ1|||||||202109240930+0215\rPID|1||P1|||||||||555^^CP"))
	f.Add([]byte("MSH|^~\\&\rSCH|\\X41\\|\\"))
	f.Fuzz(func(t *testing.T, b []byte) {
		ev, err := hl7.ParseSIU(b, opts)
		if err != nil {
			if !errors.Is(err, hl7.ErrMalformed) && !errors.Is(err, hl7.ErrNotSIU) {
				t.Fatalf("untyped error %v", err)
			}
			if len(b) > 0 && strings.Contains(err.Error(), string(b)) && len(b) > 8 {
				t.Fatalf("error quotes the message")
			}
			return
		}
		if err := ev.Appointment.Validate(); err != nil {
			t.Fatalf("invalid appointment accepted: %v", err)
		}
	})
}

// dataDirOrEmpty is dataDir for seed corpora, which must not skip.
func dataDirOrEmpty() string {
	p, ok := shareddata.Path("hl7", "fhir-converter")
	if !ok {
		return ""
	}
	return p
}

func ExampleParseSIU() {
	msg := "MSH|^~\\&|SCH|CLINIC|EHR|CLINIC|202605011200||SIU^S12^SIU_S12|42|P|2.5\r" +
		"SCH|P-1|F-77||||||CHECKUP|30|min|^^30^20260505100000||||||||||||Booked\r" +
		"PID|1||PAT-9||DOE^JANE||||||||(555) 555-0100^PRN^CP||spa\r" +
		"AIP|1||DR-1^SMITH^ANN\r"
	ev, err := hl7.ParseSIU([]byte(msg), hl7.Options{PracticeID: "p1", TimeZone: "America/New_York"})
	if err != nil {
		fmt.Println(err)
		return
	}
	a := ev.Appointment
	fmt.Println(ev.Trigger, ev.Change, a.ID, a.Status, a.PatientID, a.ProviderID, a.Start.Format(time.RFC3339), a.Recipient.Language)
	// Output: S12 new F-77 booked PAT-9 DR-1 2026-05-05T10:00:00-04:00 es
}
