package routing_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/routing"
	"github.com/frontdeskhq/frontdesk/triage"
)

func loadPractice(t testing.TB) *routing.Engine {
	t.Helper()
	data, err := os.ReadFile("testdata/practice.json")
	if err != nil {
		t.Fatal(err)
	}
	chicago(t)
	e, err := routing.Load(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return e
}

func TestEngineRoutesPracticeFile(t *testing.T) {
	e := loadPractice(t)
	loc := chicago(t)
	mon10 := time.Date(2026, 11, 23, 10, 0, 0, 0, loc)
	monNoon := time.Date(2026, 11, 23, 12, 30, 0, 0, loc)
	monNight := time.Date(2026, 11, 23, 22, 0, 0, 0, loc)
	cases := []struct {
		name      string
		in        routing.Input
		queue     string
		rule      string
		priority  int
		emergency bool
		due       time.Time
		auto      bool
	}{
		{"emergency", routing.Input{Intent: triage.IntentBilling, Urgency: triage.UrgencyEmergency, At: monNight},
			"nursing", "emergency", 100, true, monNight.Add(10 * time.Minute), false},
		{"urgent in hours", routing.Input{Intent: triage.IntentClinical, Urgency: triage.UrgencyUrgent, At: mon10},
			"nursing", "urgent", 50, false, time.Date(2026, 11, 23, 17, 0, 0, 0, loc), false},
		{"urgent after hours goes on call", routing.Input{Intent: triage.IntentClinical, Urgency: triage.UrgencyUrgent, At: monNight},
			"on-call", "urgent-after-hours", 60, false, monNight.Add(time.Hour), true},
		{"vip billing", routing.Input{Intent: triage.IntentInsurance, Urgency: triage.UrgencyRoutine, At: mon10,
			Attributes: map[string]string{"plan": "gold"}}, "billing", "vip-billing", 20, false, time.Date(2026, 11, 24, 17, 0, 0, 0, loc), false},
		{"plain billing", routing.Input{Intent: triage.IntentBilling, Urgency: triage.UrgencyRoutine, At: mon10,
			Attributes: map[string]string{"plan": "bronze"}}, "billing", "billing", 0, false, time.Date(2026, 11, 24, 17, 0, 0, 0, loc), false},
		{"spanish booking", routing.Input{Intent: triage.IntentAppointmentBook, Urgency: triage.UrgencyRoutine, Language: "ES-mx", At: mon10},
			"spanish-desk", "spanish-scheduling", 0, false, time.Date(2026, 11, 24, 17, 0, 0, 0, loc), false},
		{"english cancel", routing.Input{Intent: triage.IntentAppointmentCancel, Urgency: triage.UrgencyRoutine, Language: "en", At: mon10},
			"scheduling", "scheduling", 0, false, time.Date(2026, 11, 24, 17, 0, 0, 0, loc), false},
		{"clinical at lunch", routing.Input{Intent: triage.IntentClinical, Urgency: triage.UrgencyRoutine, At: monNoon},
			"on-call", "lunch-clinical", 0, false, time.Date(2026, 11, 24, 17, 0, 0, 0, loc), true},
		{"clinical in the morning", routing.Input{Intent: triage.IntentClinical, Urgency: triage.UrgencyRoutine, At: mon10},
			"nursing", "clinical", 0, false, time.Date(2026, 11, 24, 17, 0, 0, 0, loc), false},
		{"portal by web chat", routing.Input{Intent: triage.IntentPortal, Urgency: triage.UrgencyRoutine, Channel: channels.WebChat, At: mon10},
			"front-desk", "web-portal", 10, false, time.Date(2026, 11, 24, 17, 0, 0, 0, loc), false},
		{"portal by sms matches nothing", routing.Input{Intent: triage.IntentPortal, Urgency: triage.UrgencyRoutine, Channel: channels.SMS, At: mon10},
			"front-desk", routing.NoRule, 0, false, time.Date(2026, 11, 24, 17, 0, 0, 0, loc), false},
		{"unknown intent", routing.Input{Intent: "weird", Urgency: triage.UrgencyRoutine, At: mon10},
			"front-desk", routing.NoRule, 0, false, time.Date(2026, 11, 24, 17, 0, 0, 0, loc), false},
		{"no time", routing.Input{Intent: triage.IntentAdmin}, "front-desk", routing.NoRule, 0, false, time.Time{}, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d, err := e.Route(t.Context(), tc.in)
			if err != nil {
				t.Fatal(err)
			}
			if d.Queue != tc.queue || d.Rule != tc.rule || d.Priority != tc.priority || d.Emergency != tc.emergency {
				t.Errorf("got %s/%s p%d emergency=%v, want %s/%s p%d emergency=%v",
					d.Queue, d.Rule, d.Priority, d.Emergency, tc.queue, tc.rule, tc.priority, tc.emergency)
			}
			if !d.FirstResponseDue.Equal(tc.due) {
				t.Errorf("due = %v, want %v", d.FirstResponseDue.In(loc), tc.due)
			}
			if (d.AutoReply != "") != tc.auto {
				t.Errorf("auto reply = %q, want one: %v", d.AutoReply, tc.auto)
			}
			if d.AutoReply != "" && (!strings.Contains(d.AutoReply, "911") || !d.AfterHours) {
				t.Errorf("after-hours reply %q without 911 or AfterHours", d.AutoReply)
			}
		})
	}
}

func TestRuleFlaggedEmergencyGetsEmergencyPriority(t *testing.T) {
	rs := routing.Ruleset{Queues: []routing.Queue{{Name: "icu"}}, Rules: []routing.Rule{{Name: "transplant-patients",
		When: routing.Match{Attributes: map[string][]string{"program": {"transplant"}}, RedFlags: []string{"fever"}}, Queue: "icu", Emergency: true}}}
	e, err := routing.New(rs, routing.Config{})
	if err != nil {
		t.Fatal(err)
	}
	in := routing.Input{Intent: triage.IntentClinical, Urgency: triage.UrgencyUrgent, Attributes: map[string]string{"program": "transplant"},
		RedFlags: []triage.RedFlag{{Kind: "fever"}}, At: time.Date(2026, 1, 5, 10, 0, 0, 0, time.UTC)}
	rs.Rules[0].Queue = "changed-after-new"
	rs.Rules[0].When.Attributes["program"][0] = "changed"
	d, _ := e.Route(t.Context(), in)
	if d.Queue != "icu" || !d.Emergency || d.Priority != routing.PriorityEmergency || !d.FirstResponseDue.Equal(in.At.Add(15*time.Minute)) {
		t.Errorf("decision %+v, want icu, emergency priority and deadline", d)
	}
}

func TestDefaultIsARuleset(t *testing.T) {
	rs := routing.DefaultRuleset()
	if err := rs.Validate(); err != nil {
		t.Fatal(err)
	}
	e, ok := routing.Default().(*routing.Engine)
	if !ok || len(e.Ruleset().Rules) != len(rs.Rules) {
		t.Fatalf("Default is not the default ruleset engine: %T", routing.Default())
	}
	d, _ := e.Route(t.Context(), routing.Input{Intent: triage.IntentAdmin, Urgency: triage.UrgencyRoutine,
		RedFlags: []triage.RedFlag{{Kind: "chest_pain"}}})
	if d.Queue != routing.QueueNursing || d.Rule != "red-flags" || d.Priority != routing.PriorityUrgent {
		t.Errorf("red flag: %+v", d)
	}
}

func TestConfigErrorsNameTheProblem(t *testing.T) {
	const queues = `"queues":[{"name":"billing"},{"name":"nursing","roles":["nurse"]}]`
	cases := []struct {
		name string
		json string
		is   error
		msg  string
	}{
		{"unknown queue", `{` + queues + `,"rules":[{"name":"r1","when":{},"queue":"nope"}]}`,
			routing.ErrUnknownQueue, `rule "r1" (#1): queue "nope"`},
		{"unknown intent", `{` + queues + `,"rules":[{"name":"typo","when":{"intents":["biling"]},"queue":"billing"}]}`,
			routing.ErrNeverMatches, `rule "typo" (#1): unknown intent "biling"`},
		{"unknown channel", `{` + queues + `,"rules":[{"name":"fax","when":{"channels":["fax"]},"queue":"billing"}]}`,
			routing.ErrNeverMatches, `rule "fax" (#1): unknown channel`},
		{"empty window", `{` + queues + `,"rules":[{"name":"w","when":{"window":{"from":"10:00","to":"10:00"}},"queue":"billing"}]}`,
			routing.ErrNeverMatches, `rule "w" (#1): window`},
		{"shadowed", `{` + queues + `,"rules":[{"name":"all-billing","when":{"intents":["billing","insurance"]},"queue":"billing"},` +
			`{"name":"sms-billing","when":{"intents":["billing"],"channels":["sms"]},"queue":"nursing"}]}`,
			routing.ErrNeverMatches, `rule "sms-billing" (#2): shadowed by earlier rule "all-billing"`},
		{"after catch-all", `{` + queues + `,"rules":[{"name":"all","when":{},"queue":"billing"},{"name":"late","when":{"languages":["es"]},"queue":"nursing"}]}`,
			routing.ErrNeverMatches, `rule "late" (#2): shadowed`},
		{"attribute without values", `{` + queues + `,"rules":[{"name":"a","when":{"attributes":{"plan":[]}},"queue":"billing"}]}`,
			routing.ErrNeverMatches, `rule "a" (#1): attribute "plan"`},
		{"duplicate rule", `{` + queues + `,"rules":[{"name":"a","when":{"intents":["billing"]},"queue":"billing"},{"name":"a","when":{"intents":["clinical"]},"queue":"nursing"}]}`,
			routing.ErrInvalidConfig, `rule "a" (#2)`},
		{"unknown role", `{"queues":[{"name":"billing","roles":["janitor"]}],"rules":[]}`,
			routing.ErrUnknownRole, `queue "billing" (#1): role "janitor"`},
		{"overlapping hours", `{"queues":[],"rules":[],"calendar":{"hours":{"friday":["08:00-13:00","12:00-17:00"]}}}`,
			routing.ErrOverlappingHours, `hours "friday"`},
		{"sla unknown queue", `{"queues":[],"rules":[],"sla":{"queues":{"x":{"urgent":{"within":"1h"}}}}}`,
			routing.ErrUnknownQueue, `sla queue "x"`},
		{"sla both targets", `{"queues":[],"rules":[],"sla":{"targets":{"urgent":{"within":"1h","day":"same"}}}}`,
			routing.ErrInvalidConfig, `sla targets urgent`},
		{"escalation to unknown queue", `{"queues":[],"rules":[],"sla":{"escalation":[{"action":"reroute","queue":"x"}]}}`,
			routing.ErrUnknownQueue, `escalation step #1`},
		{"escalation unknown role", `{"queues":[],"rules":[],"sla":{"escalation":[{"action":"notify","role":"boss"}]}}`,
			routing.ErrUnknownRole, `escalation step #1`},
		{"unknown field", `{"queues":[],"rulez":[]}`, routing.ErrInvalidConfig, `unknown field "rulez"`},
		{"trailing data", `{"queues":[],"rules":[]} {}`, routing.ErrInvalidConfig, `trailing data`},
		{"bad duration", `{"sla":{"targets":{"urgent":{"within":"soon"}}}}`, routing.ErrInvalidConfig, `malformed JSON`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := routing.Load(strings.NewReader(tc.json))
			if !errors.Is(err, tc.is) || !errors.Is(err, routing.ErrInvalidConfig) {
				t.Fatalf("err = %v, want %v", err, tc.is)
			}
			if !strings.Contains(err.Error(), tc.msg) {
				t.Errorf("err = %q, want it to contain %q", err, tc.msg)
			}
		})
	}
}

func TestConfigReportsEveryProblem(t *testing.T) {
	rs := routing.Ruleset{Rules: []routing.Rule{
		{Name: "a", Queue: "nope"},
		{Name: "b", When: routing.Match{Urgencies: []triage.Urgency{"later"}}, Queue: routing.QueueFrontDesk},
	}}
	err := rs.Validate()
	for _, w := range []string{`rule "a" (#1)`, `rule "b" (#2)`} {
		if err == nil || !strings.Contains(err.Error(), w) {
			t.Errorf("err = %v, want it to name %s", err, w)
		}
	}
}

func FuzzLoad(f *testing.F) {
	if data, err := os.ReadFile("testdata/practice.json"); err == nil {
		f.Add(data)
	}
	f.Add([]byte(`{"queues":[{"name":"billing"}],"rules":[{"name":"r","when":{"window":{"from":"08:00","to":"09:00"}},"queue":"billing"}]}`))
	f.Add([]byte(`{"calendar":{"hours":{"monday":["00:00-24:00"]},"holidays":[{"date":"2026-01-01"}]}}`))
	f.Add([]byte(`{"sla":{"escalation":[{"after":"1h","action":"raise_priority","priority":9}]}}`))
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := routing.LoadSetup(bytes.NewReader(data), "p1", routing.RosterConfig{})
		if err != nil {
			if !errors.Is(err, routing.ErrInvalidConfig) {
				t.Fatalf("error %v does not wrap ErrInvalidConfig", err)
			}
			return
		}
		e := s.Engine
		at := time.Date(2026, 3, 8, 2, 30, 0, 0, time.UTC)
		d, err := e.Route(t.Context(), routing.Input{Intent: triage.IntentClinical, Urgency: triage.UrgencyUrgent, At: at})
		if err != nil || d.Queue == "" || d.FirstResponseDue.Before(at) {
			t.Fatalf("Route = %+v, %v", d, err)
		}
	})
}

// bigRuleset returns n rules of which only the last matches benchInput, so
// that every decision walks the whole list.
func bigRuleset(n int) routing.Ruleset {
	rs := routing.DefaultRuleset()
	rs.Rules = nil
	for i := range n - 1 {
		r := routing.Rule{
			Name: fmt.Sprintf("rule-%d", i),
			When: routing.Match{
				Intents:    []triage.Intent{triage.IntentBilling, triage.IntentInsurance},
				Languages:  []string{"es", "en"},
				Channels:   []channels.Kind{channels.SMS, channels.WhatsApp},
				Attributes: map[string][]string{"plan": {fmt.Sprintf("plan-%d", i)}},
			},
			Queue: routing.QueueBilling,
		}
		switch i % 3 {
		case 1:
			r.When.Hours = routing.HoursOpen
		case 2:
			r.When.Window = &routing.Window{Days: []string{"monday"}, From: "08:00", To: "09:00"}
		}
		rs.Rules = append(rs.Rules, r)
	}
	rs.Rules = append(rs.Rules, routing.Rule{Name: "last", When: routing.Match{Intents: []triage.Intent{triage.IntentBilling}},
		Queue: routing.QueueNursing})
	return rs
}

func BenchmarkRoute200Rules(b *testing.B) {
	loc := chicago(b)
	e, err := routing.New(bigRuleset(200), routing.Config{Calendar: mustCalendar(b, clinicSpec())})
	if err != nil {
		b.Fatal(err)
	}
	in := routing.Input{PracticeID: "p1", Intent: triage.IntentBilling, Urgency: triage.UrgencyRoutine,
		Channel: channels.SMS, Language: "es", Attributes: map[string]string{"plan": "none"},
		At: time.Date(2026, 11, 23, 10, 0, 0, 0, loc)}
	ctx := b.Context()
	if d, _ := e.Route(ctx, in); d.Rule != "last" {
		b.Fatalf("matched %q, want the last rule", d.Rule)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := e.Route(ctx, in); err != nil {
			b.Fatal(err)
		}
	}
}

func TestLoadSetup(t *testing.T) {
	data, err := os.ReadFile("testdata/practice.json")
	if err != nil {
		t.Fatal(err)
	}
	loc := chicago(t)
	s, err := routing.LoadSetup(bytes.NewReader(data), "p1", routing.RosterConfig{})
	if err != nil {
		t.Fatal(err)
	}
	night := time.Date(2026, 11, 23, 22, 0, 0, 0, loc)
	d, _ := s.Engine.Route(t.Context(), routing.Input{PracticeID: "p1", Intent: triage.IntentClinical, Urgency: triage.UrgencyUrgent, At: night})
	id, err := s.Roster.Assign(t.Context(), routing.AssignRequest{PracticeID: "p1", Queue: d.Queue, At: night})
	if d.Queue != "on-call" || err != nil || id != "omar" {
		t.Errorf("night urgent: queue %q agent %q, %v; want on-call, omar", d.Queue, id, err)
	}
	// Omar is off shift in the day; the supervisor covers on-call.
	if id, err := s.Roster.Assign(t.Context(), routing.AssignRequest{PracticeID: "p1", Queue: "on-call",
		At: time.Date(2026, 11, 23, 10, 0, 0, 0, loc)}); err != nil || id != "sue" {
		t.Errorf("on-call in the day: %q, %v; want sue", id, err)
	}
	if _, err := s.Permissions.Check(routing.Principal{ID: "bea", Roles: []routing.Role{routing.RoleBilling}}, routing.PermReadQueue, "on-call"); !errors.Is(err, routing.ErrDenied) {
		t.Errorf("billing reads on-call: %v", err)
	}
}

func TestLoadSetupErrorsNameTheAgent(t *testing.T) {
	cases := []struct {
		name string
		json string
		is   error
		msg  string
	}{
		{"unknown role", `{"queues":[],"rules":[],"agents":[{"id":"a1","roles":["doctor"]}]}`, routing.ErrUnknownRole, `agent "a1": role "doctor"`},
		{"overlapping hours", `{"queues":[],"rules":[],"agents":[{"id":"a2","roles":["nurse"],"hours":{"hours":{"monday":["08:00-12:00","09:00-10:00"]}}}]}`,
			routing.ErrOverlappingHours, `agent "a2": hours "monday"`},
		{"unknown queue", `{"queues":[],"rules":[],"agents":[{"id":"a3","roles":["nurse"],"queues":["icu"]}]}`, routing.ErrUnknownQueue, `agent "a3": queue "icu"`},
		{"permissions role", `{"queues":[],"rules":[],"permissions":{"intern":{"queues":["*"]}}}`, routing.ErrUnknownRole, `permissions "intern"`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := routing.LoadSetup(strings.NewReader(tc.json), "p1", routing.RosterConfig{})
			if !errors.Is(err, tc.is) || !errors.Is(err, routing.ErrInvalidConfig) || !strings.Contains(err.Error(), tc.msg) {
				t.Errorf("err = %v, want %v naming %s", err, tc.is, tc.msg)
			}
		})
	}
}

func TestManyAttributeKeys(t *testing.T) {
	rs := routing.Ruleset{}
	for i := range 20 {
		rs.Rules = append(rs.Rules, routing.Rule{Name: fmt.Sprint("k", i), Queue: routing.QueueFrontDesk, Priority: i,
			When: routing.Match{Attributes: map[string][]string{fmt.Sprint("key", i): {"yes"}}}})
	}
	e, err := routing.New(rs, routing.Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, i := range []int{3, 15, 16, 19} {
		d, _ := e.Route(t.Context(), routing.Input{Attributes: map[string]string{fmt.Sprint("key", i): "yes", "key2": "no"}})
		if d.Rule != fmt.Sprint("k", i) {
			t.Errorf("key%d matched %q", i, d.Rule)
		}
	}
}

func TestFileRoundTrip(t *testing.T) {
	data, err := os.ReadFile("testdata/practice.json")
	if err != nil {
		t.Fatal(err)
	}
	f, err := routing.ParseFile(data)
	if err != nil {
		t.Fatal(err)
	}
	out, err := json.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	g, err := routing.ParseFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(f, g); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	if f.SLA.Escalation[2].After != 2*time.Hour || f.SLA.Targets[triage.UrgencyEmergency].Within != 10*time.Minute {
		t.Errorf("durations not parsed: %+v", f.SLA)
	}
}

func TestPracticesKeepsTenantsApart(t *testing.T) {
	onlyBilling, err := routing.New(routing.Ruleset{Rules: []routing.Rule{{Name: "all", Queue: routing.QueueBilling}},
		Queues: []routing.Queue{{Name: routing.QueueBilling}}}, routing.Config{})
	if err != nil {
		t.Fatal(err)
	}
	p := routing.NewPractices(nil)
	p.Set("p1", onlyBilling)
	in := routing.Input{Intent: triage.IntentClinical, Urgency: triage.UrgencyRoutine}
	for _, tc := range []struct{ practice, queue string }{{"p1", routing.QueueBilling}, {"p2", routing.QueueNursing}} {
		in.PracticeID = tc.practice
		if d, _ := p.Route(t.Context(), in); d.Queue != tc.queue {
			t.Errorf("%s: queue %q, want %q", tc.practice, d.Queue, tc.queue)
		}
	}
	p.Set("p1", nil)
	in.PracticeID = "p1"
	if d, _ := p.Route(t.Context(), in); d.Queue != routing.QueueNursing {
		t.Errorf("after removal: queue %q", d.Queue)
	}
}

func BenchmarkRouteDefault(b *testing.B) {
	r := routing.Default()
	in := routing.Input{Intent: triage.IntentBilling, Urgency: triage.UrgencyRoutine, At: time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)}
	ctx := b.Context()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := r.Route(ctx, in); err != nil {
			b.Fatal(err)
		}
	}
}
