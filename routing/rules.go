package routing

import (
	"fmt"
	"slices"
	"strings"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/triage"
)

// Queue is a team's work list.
type Queue struct {
	// Name identifies the queue within a practice, such as "billing".
	Name string `json:"name"`
	// Roles may read and work the queue. Empty means every role.
	Roles []Role `json:"roles,omitempty"`
}

// Rule sends the messages it matches to a queue. Rules are tried in order
// and the first that matches wins.
type Rule struct {
	// Name identifies the rule in decisions, audit records and errors.
	Name string `json:"name"`
	// When says which messages the rule matches.
	When Match `json:"when"`
	// Queue is where matching messages go; it must be declared.
	Queue string `json:"queue"`
	// Priority is the least priority of matching messages; urgency can
	// raise it (PriorityUrgent, PriorityEmergency) but never lowers it.
	Priority int `json:"priority,omitempty"`
	// Emergency flags matching conversations for immediate clinical
	// attention. Emergency urgency always does.
	Emergency bool `json:"emergency,omitempty"`
}

// Match is the condition of a Rule. Every field that is set must hold; an
// empty field matches anything, so the zero Match matches every message.
// Within a list field any one value suffices.
type Match struct {
	Intents   []triage.Intent  `json:"intents,omitempty"`
	Urgencies []triage.Urgency `json:"urgencies,omitempty"`
	// RedFlags lists red-flag kinds, any of which matches; "*" matches a
	// message with any red flag at all.
	RedFlags []string        `json:"red_flags,omitempty"`
	Channels []channels.Kind `json:"channels,omitempty"`
	// Languages are primary language tags ("en", "es"); "es" also matches
	// "es-MX".
	Languages []string `json:"languages,omitempty"`
	// Attributes are vendor-supplied patient facts: for every key, the
	// patient's value must be one of the listed values.
	Attributes map[string][]string `json:"attributes,omitempty"`
	// Hours is HoursOpen or HoursClosed to match only while the practice
	// is open or closed, by its Calendar.
	Hours Hours `json:"hours,omitempty"`
	// Window restricts the rule to days and times of day in the practice's
	// time zone.
	Window *Window `json:"window,omitempty"`
}

// Hours selects messages by whether the practice is open.
type Hours string

// The Hours values; the empty Hours matches at any time.
const (
	HoursAny    Hours = ""
	HoursOpen   Hours = "open"
	HoursClosed Hours = "closed"
)

// Window is a weekly time-of-day window in the practice's time zone.
type Window struct {
	// Days are lower-case English weekdays; empty means every day.
	Days []string `json:"days,omitempty"`
	// From and To are "HH:MM", From before To; the window is [From, To).
	// A window that crosses midnight is written as two rules.
	From string `json:"from"`
	To   string `json:"to"`
}

// Ruleset is a practice's queues and rules.
type Ruleset struct {
	// Queues are the queues rules may name. The front desk is always
	// declared: a message that matches no rule goes there.
	Queues []Queue `json:"queues"`
	// Rules are tried in order; the first match wins.
	Rules []Rule `json:"rules"`
}

// DefaultRuleset returns the routing of the design as rules: emergencies to
// nursing flagged and first; urgent messages and any red flag to nursing;
// scheduling intents to scheduling; billing and insurance to billing;
// refills, results and clinical questions to nursing. Anything else matches
// no rule and goes to the front desk.
func DefaultRuleset() Ruleset {
	return Ruleset{
		Queues: []Queue{
			{Name: QueueFrontDesk, Roles: []Role{RoleFrontDesk, RoleSupervisor, RoleAdmin}},
			{Name: QueueScheduling, Roles: []Role{RoleScheduler, RoleFrontDesk, RoleSupervisor, RoleAdmin}},
			{Name: QueueBilling, Roles: []Role{RoleBilling, RoleSupervisor, RoleAdmin}},
			{Name: QueueNursing, Roles: []Role{RoleNurse, RoleClinician, RoleSupervisor, RoleAdmin}},
		},
		Rules: []Rule{
			{Name: "emergency", When: Match{Urgencies: []triage.Urgency{triage.UrgencyEmergency}},
				Queue: QueueNursing, Priority: PriorityEmergency, Emergency: true},
			{Name: "urgent", When: Match{Urgencies: []triage.Urgency{triage.UrgencyUrgent}},
				Queue: QueueNursing, Priority: PriorityUrgent},
			{Name: "red-flags", When: Match{RedFlags: []string{"*"}}, Queue: QueueNursing, Priority: PriorityUrgent},
			{Name: "scheduling-intents", When: Match{Intents: []triage.Intent{triage.IntentAppointmentBook,
				triage.IntentAppointmentChange, triage.IntentAppointmentCancel, triage.IntentAppointmentConfirm}},
				Queue: QueueScheduling},
			{Name: "billing-intents", When: Match{Intents: []triage.Intent{triage.IntentBilling, triage.IntentInsurance}},
				Queue: QueueBilling},
			{Name: "clinical-intents", When: Match{Intents: []triage.Intent{triage.IntentPrescriptionRefill,
				triage.IntentResults, triage.IntentClinical}}, Queue: QueueNursing},
		},
	}
}

// Queue returns the declared queue of that name.
func (rs Ruleset) Queue(name string) (Queue, bool) {
	for _, q := range rs.Queues {
		if q.Name == name {
			return q, true
		}
	}
	if name == QueueFrontDesk {
		return Queue{Name: QueueFrontDesk}, true
	}
	return Queue{}, false
}

// Validate checks the ruleset: queues named once with known roles; rules
// named once, naming declared queues and values of the vocabulary; and no
// rule that can never match, either by itself (an empty window, an
// attribute with no values) or because an earlier rule matches everything
// it does. All problems are returned, joined, as *ConfigError values.
func (rs Ruleset) Validate() error {
	var errs []error
	seen := map[string]bool{}
	for i, q := range rs.Queues {
		where := fmt.Sprintf("queue %q (#%d)", q.Name, i+1)
		if q.Name == "" || seen[q.Name] {
			errs = append(errs, configErr(where, ErrInvalidConfig, "queue names must be non-empty and unique"))
		}
		seen[q.Name] = true
		for _, r := range q.Roles {
			if !r.Valid() {
				errs = append(errs, configErr(where, ErrUnknownRole, "role %q", r))
			}
		}
	}
	names := map[string]bool{}
	for i, r := range rs.Rules {
		where := ruleWhere(r.Name, i)
		if r.Name == "" || names[r.Name] {
			errs = append(errs, configErr(where, ErrInvalidConfig, "rule names must be non-empty and unique"))
		}
		names[r.Name] = true
		if _, ok := rs.Queue(r.Queue); !ok {
			errs = append(errs, configErr(where, ErrUnknownQueue, "queue %q is not declared", r.Queue))
		}
		if err := r.When.check(); err != "" {
			errs = append(errs, configErr(where, ErrNeverMatches, "%s", err))
			continue
		}
		for j := range i {
			if rs.Rules[j].When.covers(r.When) {
				errs = append(errs, configErr(where, ErrNeverMatches, "shadowed by earlier rule %q", rs.Rules[j].Name))
				break
			}
		}
	}
	return joinErrs(errs)
}

// check returns why m can never match, or "".
func (m Match) check() string {
	for _, x := range m.Intents {
		if !x.Valid() {
			return fmt.Sprintf("unknown intent %q", x)
		}
	}
	for _, x := range m.Urgencies {
		if !x.Valid() {
			return fmt.Sprintf("unknown urgency %q", x)
		}
	}
	for _, x := range m.Channels {
		if !slices.Contains(channels.Kinds(), x) {
			return fmt.Sprintf("unknown channel %q", x)
		}
	}
	for _, x := range m.Languages {
		if x == "" || x != strings.ToLower(x) || strings.ContainsAny(x, "-_ ") {
			return fmt.Sprintf("language %q must be a lower-case primary tag such as \"es\"", x)
		}
	}
	for _, x := range m.RedFlags {
		if x == "" {
			return "empty red-flag kind"
		}
	}
	for k, vs := range m.Attributes {
		if k == "" || len(vs) == 0 {
			return fmt.Sprintf("attribute %q lists no values", k)
		}
	}
	if m.Hours != HoursAny && m.Hours != HoursOpen && m.Hours != HoursClosed {
		return fmt.Sprintf("hours %q must be \"open\" or \"closed\"", m.Hours)
	}
	if w := m.Window; w != nil {
		for _, d := range w.Days {
			if _, ok := weekdays[d]; !ok {
				return fmt.Sprintf("window day %q", d)
			}
		}
		from, ok1 := parseClock(w.From)
		to, ok2 := parseClock(w.To)
		if !ok1 || !ok2 || to <= from {
			return fmt.Sprintf("window %q-%q is empty or malformed (HH:MM, from before to)", w.From, w.To)
		}
	}
	return ""
}

// covers reports whether every message m2 matches is matched by m, so that
// a rule with m2 after a rule with m could never win.
func (m Match) covers(m2 Match) bool {
	if !subset(m2.Intents, m.Intents) || !subset(m2.Urgencies, m.Urgencies) ||
		!subset(m2.Channels, m.Channels) || !subset(m2.Languages, m.Languages) {
		return false
	}
	if len(m.RedFlags) > 0 {
		if len(m2.RedFlags) == 0 {
			return false
		}
		if !slices.Contains(m.RedFlags, "*") && (slices.Contains(m2.RedFlags, "*") || !subset(m2.RedFlags, m.RedFlags)) {
			return false
		}
	}
	for k, vs := range m.Attributes {
		if !subset(m2.Attributes[k], vs) {
			return false
		}
	}
	if m.Hours != HoursAny && m.Hours != m2.Hours {
		return false
	}
	if m.Window != nil {
		if m2.Window == nil || !subset(m2.Window.Days, m.Window.Days) {
			return false
		}
		f1, _ := parseClock(m.Window.From)
		t1, _ := parseClock(m.Window.To)
		f2, _ := parseClock(m2.Window.From)
		t2, _ := parseClock(m2.Window.To)
		if f2 < f1 || t2 > t1 {
			return false
		}
	}
	return true
}

// subset reports whether the condition list sub (empty: anything) is
// contained in the condition list super (empty: anything).
func subset[T comparable](sub, super []T) bool {
	if len(super) == 0 {
		return true
	}
	if len(sub) == 0 {
		return false
	}
	for _, x := range sub {
		if !slices.Contains(super, x) {
			return false
		}
	}
	return true
}
