// Package routing decides which team answers a patient message and by when,
// and watches that it happens.
//
// # Rules
//
// A Router takes what triage found (intent, urgency, red flags) and what the
// inbox knows (channel, language, vendor-supplied patient attributes, arrival
// time) and returns a Decision: queue, priority, emergency flag, first-response
// deadline and, after hours, an automatic reply. The Engine is the Router of
// this package: a Ruleset of Queues and Rules, tried in order, the first match
// winning; a message that matches nothing goes to the front desk. Rules are
// written in Go or loaded from JSON (Load, File); configuration errors are
// *ConfigError values that name the bad rule, queue or setting and wrap
// sentinels such as ErrUnknownQueue, ErrNeverMatches (including rules shadowed
// by an earlier rule), ErrUnknownRole and ErrOverlappingHours. Default is
// DefaultRuleset with no calendar and works with zero configuration.
//
// # Business time
//
// A Calendar holds weekly hours and holidays in the practice's time zone,
// answers IsOpen and NextOpen, adds and measures business time across
// daylight-saving changes, and writes the after-hours reply in English or
// Spanish, always with the emergency numbers 911 and 988.
//
// # SLAs and escalation
//
// SLA turns an SLAPolicy (a Target per urgency and queue: emergencies within
// minutes around the clock, urgent the same business day, routine the next
// business day by default) into deadlines. An SLA clock is a list of
// ClockEvents the inbox persists (started, paused while waiting on the
// patient, resumed, stopped by the first response); SLA.Status computes it at
// any instant and SLA.Escalate the warning, breach and escalation Notices due
// (re-route, notify a supervisor, raise priority). A Watcher drives Escalate
// with the injected clock.
//
// # Staff
//
// A Roster holds Agents (roles, languages, queues, capacity, working hours)
// and assigns work through a Strategy: RoundRobin, LeastLoaded, or Sticky to
// the patient's last agent. Permissions say which Role may read which queue,
// see unredacted PHI, export, or break the glass in an emergency. A File
// (JSON) configures all of it for one practice: LoadSetup; Practices serves
// many practices behind one Router.
//
// Package routing/knowledge answers non-clinical FAQs automatically and
// drafts staff replies.
package routing
