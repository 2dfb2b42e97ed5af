package routing

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"
)

// Agent is a staff member who answers conversations.
type Agent struct {
	// ID is the vendor's staff id.
	ID string
	// Roles are the agent's jobs; at least one.
	Roles []Role
	// Languages are the primary language tags the agent writes ("en",
	// "es"). Empty means English.
	Languages []string
	// Queues are the queues the agent works. Empty means every queue one of
	// the agent's roles may work.
	Queues []string
	// Capacity is the most conversations the agent holds at once; zero
	// means no limit.
	Capacity int
	// Hours are the agent's working hours; nil means whenever asked.
	Hours *Calendar
}

func (a Agent) speaks(lang string) bool {
	if len(a.Languages) == 0 {
		return lang == "en"
	}
	return slices.Contains(a.Languages, lang)
}

// AssignRequest is one piece of work to give to an agent.
type AssignRequest struct {
	PracticeID     string
	ConversationID string
	// PatientID, when set, lets Sticky give the patient the agent they had
	// last time.
	PatientID string
	Queue     string
	// Language is the patient's language; agents who write it are preferred.
	Language string
	// LastAgentID is the patient's previous agent, when the caller knows it
	// (from its store); otherwise the roster remembers its own assignments.
	LastAgentID string
	// At is when the work is assigned, for working hours.
	At time.Time
}

// Candidate is an agent who can take a request, as a Strategy sees it.
type Candidate struct {
	AgentID  string
	Load     int
	Capacity int
	// Speaks reports whether the agent writes the patient's language.
	Speaks bool
	// Last reports whether the agent was the patient's last agent.
	Last bool
}

// Strategy picks one of the candidates (never empty, ordered by agent id).
// Implementations must be safe for concurrent use.
type Strategy interface {
	Pick(req AssignRequest, candidates []Candidate) string
}

// RosterConfig tunes a Roster. The zero value works.
type RosterConfig struct {
	// Strategy picks among eligible agents. Default LeastLoaded().
	Strategy Strategy
}

// Roster holds a practice's agents and their loads and assigns work. It is
// safe for concurrent use.
type Roster struct {
	practice string
	rs       Ruleset
	strategy Strategy

	mu     sync.Mutex
	agents map[string]Agent
	load   map[string]int
	last   map[string]string // patient id -> agent id
}

// NewRoster checks the agents against the ruleset's queues and roles and
// returns a Roster for practiceID. Errors name the agent at fault.
func NewRoster(practiceID string, rs Ruleset, agents []Agent, cfg RosterConfig) (*Roster, error) {
	r := &Roster{practice: practiceID, rs: rs, strategy: cfg.Strategy,
		agents: map[string]Agent{}, load: map[string]int{}, last: map[string]string{}}
	if r.strategy == nil {
		r.strategy = LeastLoaded()
	}
	var errs []error
	for _, a := range agents {
		if _, dup := r.agents[a.ID]; dup {
			errs = append(errs, configErr(fmt.Sprintf("agent %q", a.ID), ErrInvalidConfig, "listed twice"))
			continue
		}
		if err := r.check(a); err != nil {
			errs = append(errs, err)
			continue
		}
		r.agents[a.ID] = a
	}
	if len(errs) > 0 {
		return nil, joinErrs(errs)
	}
	return r, nil
}

func (r *Roster) check(a Agent) error {
	where := fmt.Sprintf("agent %q", a.ID)
	if a.ID == "" {
		return configErr(where, ErrInvalidConfig, "empty id")
	}
	if len(a.Roles) == 0 {
		return configErr(where, ErrUnknownRole, "no role")
	}
	for _, role := range a.Roles {
		if !role.Valid() {
			return configErr(where, ErrUnknownRole, "role %q", role)
		}
	}
	for _, q := range a.Queues {
		if _, ok := r.rs.Queue(q); !ok {
			return configErr(where, ErrUnknownQueue, "queue %q is not declared", q)
		}
	}
	if a.Capacity < 0 {
		return configErr(where, ErrInvalidConfig, "negative capacity")
	}
	return nil
}

// Put adds or replaces an agent, keeping its load.
func (r *Roster) Put(a Agent) error {
	if err := r.check(a); err != nil {
		return err
	}
	r.mu.Lock()
	r.agents[a.ID] = a
	r.mu.Unlock()
	return nil
}

// Remove takes an agent off the roster.
func (r *Roster) Remove(agentID string) {
	r.mu.Lock()
	delete(r.agents, agentID)
	delete(r.load, agentID)
	r.mu.Unlock()
}

// Agent returns the agent with that id.
func (r *Roster) Agent(agentID string) (Agent, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	a, ok := r.agents[agentID]
	return a, ok
}

// Load returns how many conversations the agent holds.
func (r *Roster) Load(agentID string) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.load[agentID]
}

// SetLoad sets an agent's load, for example from the store at start-up.
func (r *Roster) SetLoad(agentID string, n int) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, ok := r.agents[agentID]; !ok {
		return fmt.Errorf("%w: %q", ErrUnknownAgent, agentID)
	}
	r.load[agentID] = max(n, 0)
	return nil
}

// Release lowers an agent's load by one: a conversation was closed or
// moved away.
func (r *Roster) Release(agentID string) {
	r.mu.Lock()
	if r.load[agentID] > 0 {
		r.load[agentID]--
	}
	r.mu.Unlock()
}

// Works reports whether the agent may work the queue: it lists the queue,
// or lists none and has a role the queue admits.
func (r *Roster) Works(agentID, queue string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	a, ok := r.agents[agentID]
	return ok && r.works(a, queue)
}

func (r *Roster) works(a Agent, queue string) bool {
	q, ok := r.rs.Queue(queue)
	if !ok {
		return false
	}
	if len(a.Queues) > 0 {
		return slices.Contains(a.Queues, queue)
	}
	if len(q.Roles) == 0 {
		return true
	}
	for _, role := range a.Roles {
		if slices.Contains(q.Roles, role) {
			return true
		}
	}
	return false
}

// Assign picks an agent for req with the roster's Strategy among the agents
// who work the queue, are on shift at req.At and have room, preferring
// those who write the patient's language when any is available. It raises
// the chosen agent's load by one. It returns ErrNoAgent when nobody can
// take the work; the conversation then stays unassigned in its queue.
func (r *Roster) Assign(_ context.Context, req AssignRequest) (string, error) {
	if req.PracticeID != r.practice {
		return "", fmt.Errorf("%w: conversation %q belongs to another practice", ErrNoAgent, req.ConversationID)
	}
	lang := primaryLang(req.Language)
	if lang == "" {
		lang = "en"
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	last := req.LastAgentID
	if last == "" && req.PatientID != "" {
		last = r.last[req.PatientID]
	}
	var all, speakers []Candidate
	for id, a := range r.agents {
		if !r.works(a, req.Queue) || (a.Capacity > 0 && r.load[id] >= a.Capacity) ||
			(a.Hours != nil && !req.At.IsZero() && !a.Hours.IsOpen(req.At)) {
			continue
		}
		c := Candidate{AgentID: id, Load: r.load[id], Capacity: a.Capacity, Speaks: a.speaks(lang), Last: id == last}
		all = append(all, c)
		if c.Speaks {
			speakers = append(speakers, c)
		}
	}
	if len(speakers) > 0 {
		all = speakers
	}
	if len(all) == 0 {
		return "", fmt.Errorf("%w: queue %q, conversation %q", ErrNoAgent, req.Queue, req.ConversationID)
	}
	slices.SortFunc(all, func(a, b Candidate) int { return strings.Compare(a.AgentID, b.AgentID) })
	id := r.strategy.Pick(req, all)
	if _, ok := r.agents[id]; !ok || !slices.ContainsFunc(all, func(c Candidate) bool { return c.AgentID == id }) {
		id = all[0].AgentID // a strategy that returns a stranger gets the first candidate
	}
	r.load[id]++
	if req.PatientID != "" {
		r.last[req.PatientID] = id
	}
	return id, nil
}

// LeastLoaded returns a Strategy that picks the candidate with the lowest
// share of its capacity in use (the lowest load when capacities are
// unlimited), the first by id on ties.
func LeastLoaded() Strategy { return leastLoaded{} }

type leastLoaded struct{}

func (leastLoaded) Pick(_ AssignRequest, cs []Candidate) string {
	best, bestShare := "", 0.0
	for _, c := range cs {
		share := float64(c.Load)
		if c.Capacity > 0 {
			share = float64(c.Load) / float64(c.Capacity)
		}
		if best == "" || share < bestShare {
			best, bestShare = c.AgentID, share
		}
	}
	return best
}

// RoundRobin returns a Strategy that takes turns through the candidates of
// each queue, in id order.
func RoundRobin() Strategy { return &roundRobin{last: map[string]string{}} }

type roundRobin struct {
	mu   sync.Mutex
	last map[string]string // queue -> last agent picked
}

func (rr *roundRobin) Pick(req AssignRequest, cs []Candidate) string {
	rr.mu.Lock()
	defer rr.mu.Unlock()
	key := req.PracticeID + "\x00" + req.Queue
	pick := cs[0].AgentID
	for _, c := range cs {
		if c.AgentID > rr.last[key] {
			pick = c.AgentID
			break
		}
	}
	rr.last[key] = pick
	return pick
}

// Sticky returns a Strategy that gives a patient the agent they had last
// time when that agent can take the work, and otherwise asks fallback
// (LeastLoaded when nil).
func Sticky(fallback Strategy) Strategy {
	if fallback == nil {
		fallback = LeastLoaded()
	}
	return sticky{fallback}
}

type sticky struct{ fallback Strategy }

func (s sticky) Pick(req AssignRequest, cs []Candidate) string {
	for _, c := range cs {
		if c.Last {
			return c.AgentID
		}
	}
	return s.fallback.Pick(req, cs)
}

// AssignTo gives req to a chosen agent, as when staff assign or transfer a
// conversation by hand (a warm handoff): the agent must work req.Queue
// (ErrNoAgent otherwise; ErrUnknownAgent for an id not on the roster).
// Capacity and working hours are not enforced: a person decided. It raises
// the agent's load by one; the caller releases the previous assignee.
func (r *Roster) AssignTo(_ context.Context, req AssignRequest, agentID string) error {
	if req.PracticeID != r.practice {
		return fmt.Errorf("%w: conversation %q belongs to another practice", ErrNoAgent, req.ConversationID)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	a, ok := r.agents[agentID]
	if !ok {
		return fmt.Errorf("%w: %q", ErrUnknownAgent, agentID)
	}
	if !r.works(a, req.Queue) {
		return fmt.Errorf("%w: agent %q does not work queue %q", ErrNoAgent, agentID, req.Queue)
	}
	r.load[agentID]++
	if req.PatientID != "" {
		r.last[req.PatientID] = agentID
	}
	return nil
}
