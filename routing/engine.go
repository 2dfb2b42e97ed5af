package routing

import (
	"context"
	"maps"
	"slices"
	"strings"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/triage"
)

// NoRule is Decision.Rule when no rule matched and the message went to the
// front desk.
const NoRule = "default"

// Config tunes an Engine. The zero value works: open around the clock and
// wall-clock deadlines.
type Config struct {
	// Calendar is the practice's business calendar, for hours conditions,
	// time windows, business-time deadlines and the after-hours reply. Nil
	// means open around the clock, in UTC.
	Calendar *Calendar
	// SLA sets first-response deadlines and escalation. Its zero value uses
	// DefaultSLAPolicy with a Calendar, WallClockSLAPolicy without.
	SLA SLAPolicy
}

// Engine is a Router over a validated Ruleset, compiled once so that a
// decision costs a few bit tests per rule. It is immutable and safe for
// concurrent use.
type Engine struct {
	rs       Ruleset
	cal      *Calendar
	sla      *SLA
	rules    []compiled
	needOpen bool     // some rule tests the opening hours
	needTime bool     // some rule has a time window
	attrKeys []string // attribute keys rules test, looked up once per decision
}

// maxCachedAttrs is how many attribute keys a decision looks up once up
// front; rules on further keys look them up as they go.
const maxCachedAttrs = 16

var _ Router = (*Engine)(nil)

// New validates rs and cfg and compiles them. Errors are *ConfigError
// values naming the bad rule, queue or setting, joined when several.
func New(rs Ruleset, cfg Config) (*Engine, error) {
	errs := []error{rs.Validate()}
	declared := func(q string) bool { _, ok := rs.Queue(q); return ok }
	sla, err := NewSLA(cfg.Calendar, cfg.SLA, declared)
	errs = append(errs, err)
	if err := joinErrs(errs); err != nil {
		return nil, err
	}
	e := &Engine{rs: rs, cal: cfg.Calendar, sla: sla, rules: make([]compiled, len(rs.Rules))}
	for i, r := range rs.Rules {
		e.rules[i] = e.compile(r)
		e.needOpen = e.needOpen || r.When.Hours != HoursAny
		e.needTime = e.needTime || r.When.Window != nil
	}
	return e, nil
}

func mustNew(rs Ruleset, cfg Config) *Engine {
	e, err := New(rs, cfg)
	if err != nil {
		panic(err) // only for the built-in ruleset, which tests cover
	}
	return e
}

// Ruleset returns the rules the engine runs. It shares memory with the
// engine's configuration: read it, do not modify it.
func (e *Engine) Ruleset() Ruleset { return e.rs }

// Calendar returns the engine's calendar (nil: open around the clock).
func (e *Engine) Calendar() *Calendar { return e.cal }

// SLA returns the engine's deadlines, for SLA clocks and escalation.
func (e *Engine) SLA() *SLA { return e.sla }

// Route returns where in goes: the first matching rule's queue, or the
// front desk when none matches. The priority is the rule's, raised by
// urgency; an emergency is always flagged. The deadline is counted from
// in.At (left zero when in.At is zero). Route never fails.
func (e *Engine) Route(_ context.Context, in Input) (Decision, error) {
	f := facts{in: in, intent: intentBit(in.Intent), urgency: urgencyBit(in.Urgency),
		channel: channelBit(in.Channel), lang: primaryLang(in.Language)}
	if !in.At.IsZero() {
		if e.needOpen || e.cal != nil {
			f.open = e.cal.IsOpen(in.At)
		}
		if e.needTime {
			local := in.At.In(e.cal.Location())
			f.weekday, f.minute = uint8(1)<<local.Weekday(), local.Hour()*60+local.Minute()
		}
	} else {
		f.open = true
	}
	if len(in.Attributes) > 0 {
		for i, k := range e.attrKeys {
			if v, ok := in.Attributes[k]; ok {
				f.attrs[i], f.hasAttr = v, f.hasAttr|1<<i
			}
		}
	}
	d := Decision{Queue: QueueFrontDesk, Rule: NoRule}
	for i := range e.rules {
		r := &e.rules[i]
		if r.match(&f) {
			d.Queue, d.Rule, d.Priority, d.Emergency = r.queue, r.name, r.priority, r.emergency
			break
		}
	}
	switch in.Urgency {
	case triage.UrgencyEmergency:
		d.Emergency = true
		d.Priority = max(d.Priority, PriorityEmergency)
	case triage.UrgencyUrgent:
		d.Priority = max(d.Priority, PriorityUrgent)
	}
	if d.Emergency {
		d.Priority = max(d.Priority, PriorityEmergency)
	}
	if in.At.IsZero() {
		return d, nil
	}
	urg := in.Urgency
	if d.Emergency {
		urg = triage.UrgencyEmergency
	}
	d.FirstResponseDue = e.sla.Due(d.Queue, urg, in.At)
	if e.cal != nil && !f.open {
		d.AfterHours = true
		if !d.Emergency {
			d.AutoReply = e.cal.AfterHoursReply(f.lang, in.At)
		}
	}
	return d, nil
}

// facts are an Input reduced once per decision to what rules test.
type facts struct {
	in      Input
	intent  uint32
	urgency uint8
	channel uint8
	lang    string
	open    bool
	weekday uint8
	minute  int
	attrs   [maxCachedAttrs]string
	hasAttr uint16
}

// compiled is a Rule reduced to bit sets; a zero set means "any".
type compiled struct {
	name      string
	queue     string
	priority  int
	emergency bool
	intents   uint32
	urgencies uint8
	channels  uint8
	langs     []string
	flags     []string
	anyFlag   bool
	attrs     []attrCond
	hours     Hours
	days      uint8
	from, to  int
	window    bool
}

type attrCond struct {
	key    string
	idx    int // index into facts.attrs, or -1
	values []string
}

func (e *Engine) compile(r Rule) compiled {
	m := r.When
	c := compiled{name: r.Name, queue: r.Queue, priority: r.Priority, emergency: r.Emergency,
		langs: slices.Clone(m.Languages), hours: m.Hours}
	for _, x := range m.Intents {
		c.intents |= intentBit(x)
	}
	for _, x := range m.Urgencies {
		c.urgencies |= urgencyBit(x)
	}
	for _, x := range m.Channels {
		c.channels |= channelBit(x)
	}
	for _, x := range m.RedFlags {
		if x == "*" {
			c.anyFlag = true
		} else {
			c.flags = append(c.flags, x)
		}
	}
	for _, k := range slices.Sorted(maps.Keys(m.Attributes)) {
		idx := slices.Index(e.attrKeys, k)
		if idx < 0 && len(e.attrKeys) < maxCachedAttrs {
			e.attrKeys = append(e.attrKeys, k)
			idx = len(e.attrKeys) - 1
		}
		c.attrs = append(c.attrs, attrCond{k, idx, slices.Clone(m.Attributes[k])})
	}
	if w := m.Window; w != nil {
		c.window = true
		for _, d := range w.Days {
			c.days |= 1 << weekdays[d]
		}
		c.from, _ = parseClock(w.From)
		c.to, _ = parseClock(w.To)
	}
	return c
}

func (c *compiled) match(f *facts) bool {
	if c.intents != 0 && c.intents&f.intent == 0 ||
		c.urgencies != 0 && c.urgencies&f.urgency == 0 ||
		c.channels != 0 && c.channels&f.channel == 0 {
		return false
	}
	switch c.hours {
	case HoursOpen:
		if !f.open {
			return false
		}
	case HoursClosed:
		if f.open {
			return false
		}
	}
	if c.window {
		if f.weekday == 0 || c.days != 0 && c.days&f.weekday == 0 || f.minute < c.from || f.minute >= c.to {
			return false
		}
	}
	if len(c.langs) > 0 && !contains(c.langs, f.lang) {
		return false
	}
	if c.anyFlag || len(c.flags) > 0 {
		if !c.flagMatch(f.in.RedFlags) {
			return false
		}
	}
	for _, a := range c.attrs {
		var v string
		var ok bool
		if a.idx >= 0 {
			v, ok = f.attrs[a.idx], f.hasAttr&(1<<a.idx) != 0
		} else {
			v, ok = f.in.Attributes[a.key]
		}
		if !ok || !contains(a.values, v) {
			return false
		}
	}
	return true
}

func (c *compiled) flagMatch(flags []triage.RedFlag) bool {
	if c.anyFlag {
		return len(flags) > 0
	}
	for _, fl := range flags {
		if contains(c.flags, fl.Kind) {
			return true
		}
	}
	return false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func intentBit(i triage.Intent) uint32 {
	for n, x := range allIntents {
		if x == i {
			return 1 << n
		}
	}
	return 0
}

var allIntents = triage.Intents()

func urgencyBit(u triage.Urgency) uint8 {
	if r := u.Rank(); r >= 0 {
		return 1 << r
	}
	return 0
}

func channelBit(k channels.Kind) uint8 {
	switch k {
	case channels.WhatsApp:
		return 1
	case channels.SMS:
		return 2
	case channels.Email:
		return 4
	case channels.WebChat:
		return 8
	}
	return 0
}

// primaryLang returns the lower-case primary subtag of a language tag.
func primaryLang(tag string) string {
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	for i := 0; i < len(tag); i++ {
		if c := tag[i]; 'A' <= c && c <= 'Z' {
			return strings.ToLower(tag)
		}
	}
	return tag
}
