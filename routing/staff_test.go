package routing_test

import (
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/frontdeskhq/frontdesk/routing"
)

func staffRoster(t *testing.T, s routing.Strategy) *routing.Roster {
	t.Helper()
	evenings := mustCalendar(t, routing.CalendarSpec{TimeZone: "America/Chicago", Hours: map[string][]string{
		"monday": {"17:00-23:00"}}})
	r, err := routing.NewRoster("p1", routing.DefaultRuleset(), []routing.Agent{
		{ID: "ana", Roles: []routing.Role{routing.RoleScheduler}, Languages: []string{"en", "es"}, Capacity: 2},
		{ID: "bob", Roles: []routing.Role{routing.RoleScheduler}, Capacity: 3},
		{ID: "cy", Roles: []routing.Role{routing.RoleFrontDesk}, Queues: []string{routing.QueueFrontDesk}},
		{ID: "dee", Roles: []routing.Role{routing.RoleNurse}, Hours: evenings},
		{ID: "eve", Roles: []routing.Role{routing.RoleBilling}},
	}, routing.RosterConfig{Strategy: s})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestRosterEligibility(t *testing.T) {
	loc := chicago(t)
	mon10 := time.Date(2026, 11, 23, 10, 0, 0, 0, loc)
	mon18 := time.Date(2026, 11, 23, 18, 0, 0, 0, loc)
	cases := []struct {
		name string
		req  routing.AssignRequest
		want string
		err  error
	}{
		{"scheduling prefers spanish speaker", routing.AssignRequest{Queue: routing.QueueScheduling, Language: "es-MX", At: mon10}, "ana", nil},
		{"front desk listed explicitly only", routing.AssignRequest{Queue: routing.QueueFrontDesk, At: mon10}, "cy", nil},
		{"nurse off shift", routing.AssignRequest{Queue: routing.QueueNursing, At: mon10}, "", routing.ErrNoAgent},
		{"nurse on shift", routing.AssignRequest{Queue: routing.QueueNursing, At: mon18}, "dee", nil},
		{"billing speaker missing falls back", routing.AssignRequest{Queue: routing.QueueBilling, Language: "es", At: mon10}, "eve", nil},
		{"unknown queue", routing.AssignRequest{Queue: "x", At: mon10}, "", routing.ErrNoAgent},
		{"other practice", routing.AssignRequest{PracticeID: "p2", Queue: routing.QueueBilling, At: mon10}, "", routing.ErrNoAgent},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := staffRoster(t, nil)
			if tc.req.PracticeID == "" {
				tc.req.PracticeID = "p1"
			}
			got, err := r.Assign(t.Context(), tc.req)
			if !errors.Is(err, tc.err) || got != tc.want {
				t.Fatalf("Assign = %q, %v; want %q, %v", got, err, tc.want, tc.err)
			}
		})
	}
}

func TestStrategies(t *testing.T) {
	req := func(patient string) routing.AssignRequest {
		return routing.AssignRequest{PracticeID: "p1", Queue: routing.QueueScheduling, PatientID: patient}
	}
	cases := []struct {
		name     string
		strategy routing.Strategy
		patients []string
		want     []string
	}{
		// ana has capacity 2 and bob 3: shares 0/2 0/3, then 1/2 vs 0/3, ...
		{"least loaded", routing.LeastLoaded(), []string{"a", "b", "c", "d", "e", "f"}, []string{"ana", "bob", "bob", "ana", "bob", ""}},
		{"round robin", routing.RoundRobin(), []string{"a", "b", "c", "d", "e"}, []string{"ana", "bob", "ana", "bob", "bob"}},
		{"sticky", routing.Sticky(routing.RoundRobin()), []string{"a", "b", "a", "c", "b"}, []string{"ana", "bob", "ana", "bob", "bob"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := staffRoster(t, tc.strategy)
			var got []string
			for _, p := range tc.patients {
				id, err := r.Assign(t.Context(), req(p))
				if err != nil && !errors.Is(err, routing.ErrNoAgent) {
					t.Fatal(err)
				}
				got = append(got, id)
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("assignments %v, want %v", got, tc.want)
			}
		})
	}
}

func TestRosterReleaseAndLoad(t *testing.T) {
	r := staffRoster(t, nil)
	if err := r.SetLoad("ana", 2); err != nil {
		t.Fatal(err)
	}
	if err := r.SetLoad("nobody", 1); !errors.Is(err, routing.ErrUnknownAgent) {
		t.Errorf("SetLoad unknown = %v", err)
	}
	req := routing.AssignRequest{PracticeID: "p1", Queue: routing.QueueScheduling, Language: "es"}
	if id, _ := r.Assign(t.Context(), req); id != "bob" {
		t.Errorf("full speaker should yield to bob, got %q", id)
	}
	r.Release("ana")
	if id, _ := r.Assign(t.Context(), req); id != "ana" {
		t.Errorf("after release got %q, want ana", id)
	}
	if !r.Works("cy", routing.QueueFrontDesk) || r.Works("cy", routing.QueueScheduling) || r.Works("eve", routing.QueueNursing) {
		t.Error("Works disagrees with queue roles")
	}
}

func TestRosterConcurrentAssignRespectsCapacity(t *testing.T) {
	for _, s := range []routing.Strategy{routing.LeastLoaded(), routing.RoundRobin(), routing.Sticky(nil)} {
		r := staffRoster(t, s)
		var wg sync.WaitGroup
		var mu sync.Mutex
		count := map[string]int{}
		for i := range 50 {
			wg.Go(func() {
				id, err := r.Assign(t.Context(), routing.AssignRequest{PracticeID: "p1", Queue: routing.QueueScheduling,
					PatientID: fmt.Sprint(i % 7)})
				if err == nil {
					mu.Lock()
					count[id]++
					mu.Unlock()
				}
			})
		}
		wg.Wait()
		if count["ana"] != 2 || count["bob"] != 3 || r.Load("ana") != 2 || r.Load("bob") != 3 {
			t.Errorf("%T: assignments %v, loads ana=%d bob=%d; want every slot used once", s, count, r.Load("ana"), r.Load("bob"))
		}
	}
}

func TestRosterRejectsBadAgents(t *testing.T) {
	cases := []struct {
		name  string
		agent routing.Agent
		is    error
	}{
		{"unknown role", routing.Agent{ID: "a1", Roles: []routing.Role{"janitor"}}, routing.ErrUnknownRole},
		{"no role", routing.Agent{ID: "a1"}, routing.ErrUnknownRole},
		{"unknown queue", routing.Agent{ID: "a1", Roles: []routing.Role{routing.RoleNurse}, Queues: []string{"icu"}}, routing.ErrUnknownQueue},
		{"negative capacity", routing.Agent{ID: "a1", Roles: []routing.Role{routing.RoleNurse}, Capacity: -1}, routing.ErrInvalidConfig},
	}
	for _, tc := range cases {
		_, err := routing.NewRoster("p1", routing.DefaultRuleset(), []routing.Agent{tc.agent}, routing.RosterConfig{})
		if !errors.Is(err, tc.is) || !errors.Is(err, routing.ErrInvalidConfig) {
			t.Errorf("%s: err = %v, want %v", tc.name, err, tc.is)
		}
		var ce *routing.ConfigError
		if !errors.As(err, &ce) || ce.Where != `agent "a1"` {
			t.Errorf("%s: err %v does not name the agent", tc.name, err)
		}
	}
}

func TestAssignToIsAHandoff(t *testing.T) {
	r := staffRoster(t, routing.Sticky(nil))
	req := routing.AssignRequest{PracticeID: "p1", Queue: routing.QueueBilling, PatientID: "pat-1", ConversationID: "c1"}
	if err := r.AssignTo(t.Context(), req, "ana"); !errors.Is(err, routing.ErrNoAgent) {
		t.Errorf("scheduler took billing: %v", err)
	}
	if err := r.AssignTo(t.Context(), req, "zed"); !errors.Is(err, routing.ErrUnknownAgent) {
		t.Errorf("unknown agent: %v", err)
	}
	if err := r.AssignTo(t.Context(), req, "eve"); err != nil || r.Load("eve") != 1 {
		t.Fatalf("AssignTo = %v, load %d", err, r.Load("eve"))
	}
	// The patient comes back to the same queue: sticky gives them eve again.
	if id, err := r.Assign(t.Context(), req); err != nil || id != "eve" {
		t.Errorf("Assign = %q, %v; want eve", id, err)
	}
}
