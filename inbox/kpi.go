package inbox

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/routing"
	"github.com/frontdeskhq/frontdesk/triage"
)

// KPIParams choose the conversations a KPI report covers: those opened in
// [From, To). The zero value covers everything, counts recontacts within 7
// days and buckets hours of the week in UTC.
type KPIParams struct {
	From, To time.Time
	// RecontactWindow is how soon after a close a new conversation of the
	// same patient counts as a recontact. Default 7 days.
	RecontactWindow time.Duration
	// Location is the practice's time zone, for the hour-of-week volume.
	Location *time.Location
	// Goals are the targets the report compares against; zero fields take
	// DefaultGoals.
	Goals Goals
}

// Goals are a practice's targets. The defaults are the field's common
// goals: first response within 30 minutes, recontact under 10%.
type Goals struct {
	FirstResponse time.Duration `json:"first_response_ns"`
	RecontactRate float64       `json:"recontact_rate"`
}

// DefaultGoals returns the default targets.
func DefaultGoals() Goals { return Goals{FirstResponse: 30 * time.Minute, RecontactRate: 0.10} }

// KPIs are the measures of one group of conversations: the whole practice,
// one queue or one agent. Durations are in nanoseconds in JSON.
type KPIs struct {
	Conversations int `json:"conversations"`
	// Answered is how many got a first response from a person.
	Answered int `json:"answered"`
	// FirstResponseMedian and FirstResponseP90 are over answered ones.
	FirstResponseMedian time.Duration `json:"first_response_median_ns"`
	FirstResponseP90    time.Duration `json:"first_response_p90_ns"`
	// ResolutionMedian is the median time from open to close.
	ResolutionMedian time.Duration `json:"resolution_median_ns"`
	// SLAMet and SLAMissed count conversations whose first-response
	// deadline is decided: answered in time, or answered late or not at
	// all by a deadline that has passed. SLAAttainment is met/(met+missed).
	SLAMet        int     `json:"sla_met"`
	SLAMissed     int     `json:"sla_missed"`
	SLAAttainment float64 `json:"sla_attainment"`
	// Closed, Recontacts and RecontactRate: closed conversations and how
	// many were followed by a new one from the same patient within the
	// recontact window.
	Closed        int     `json:"closed"`
	Recontacts    int     `json:"recontacts"`
	RecontactRate float64 `json:"recontact_rate"`
	// Contained counts conversations frontdesk closed on its own with no
	// staff message (an interceptor or an automatic answer dealt with
	// them);
	// ContainmentRate is over closed ones.
	Contained       int     `json:"contained"`
	ContainmentRate float64 `json:"containment_rate"`
	// Escalations sums transfers and SLA escalations.
	Escalations int `json:"escalations"`
	// Emergencies counts conversations flagged as emergencies.
	Emergencies int `json:"emergencies"`
	// CSATSurveys counts surveys sent, CSATResponses the scores received
	// and CSATAverage their mean, from 1 to 5 (0 with none).
	CSATSurveys   int     `json:"csat_surveys"`
	CSATResponses int     `json:"csat_responses"`
	CSATAverage   float64 `json:"csat_average"`
	// QASampled counts conversations drawn for review, QAReviewed those
	// reviewed, and QAAccuracyRate the share of reviews judged accurate.
	QASampled      int     `json:"qa_sampled"`
	QAReviewed     int     `json:"qa_reviewed"`
	QAAccurate     int     `json:"qa_accurate"`
	QAAccuracyRate float64 `json:"qa_accuracy_rate"`
}

// KPIReport is a practice's KPIs over a time range.
type KPIReport struct {
	PracticeID string          `json:"practice_id"`
	From       time.Time       `json:"from"`
	To         time.Time       `json:"to"`
	Goals      Goals           `json:"goals"`
	Total      KPIs            `json:"total"`
	ByQueue    map[string]KPIs `json:"by_queue"`
	// ByAgent groups by the conversation's assignee when it closed or now.
	ByAgent map[string]KPIs `json:"by_agent"`
	// Inbound message volume.
	ByChannel map[channels.Kind]int `json:"by_channel"`
	ByIntent  map[triage.Intent]int `json:"by_intent"`
	// ByHourOfWeek counts inbound messages by local hour of the week:
	// index 0 is Sunday 00:00-01:00, 167 Saturday 23:00-24:00.
	ByHourOfWeek [168]int `json:"by_hour_of_week"`
	// MeetsFirstResponseGoal and MeetsRecontactGoal compare Total with
	// Goals.
	MeetsFirstResponseGoal bool `json:"meets_first_response_goal"`
	MeetsRecontactGoal     bool `json:"meets_recontact_goal"`
}

// KPIs computes a practice's KPIs from the store. It reads every
// conversation and message of the range, so run it off the request path
// for large ranges (a million messages take about a second in memory).
func (ib *Inbox) KPIs(ctx context.Context, practiceID string, p KPIParams) (KPIReport, error) {
	if p.RecontactWindow <= 0 {
		p.RecontactWindow = 7 * 24 * time.Hour
	}
	if p.Location == nil {
		p.Location = time.UTC
	}
	d := DefaultGoals()
	if p.Goals.FirstResponse <= 0 {
		p.Goals.FirstResponse = d.FirstResponse
	}
	if p.Goals.RecontactRate <= 0 {
		p.Goals.RecontactRate = d.RecontactRate
	}
	now := ib.clock.Now()
	rep := KPIReport{PracticeID: practiceID, From: p.From, To: p.To, Goals: p.Goals,
		ByQueue: map[string]KPIs{}, ByAgent: map[string]KPIs{},
		ByChannel: map[channels.Kind]int{}, ByIntent: map[triage.Intent]int{}}

	byID := map[string]*Conversation{}
	var all []*Conversation
	err := ib.scan(ctx, practiceID, func(c *Conversation) error {
		c2 := *c
		byID[c.ID] = &c2
		if inRange(c.CreatedAt, p.From, p.To) {
			all = append(all, &c2)
		}
		return nil
	}, func(m *Message) error {
		if m.Direction != Inbound || !inRange(m.CreatedAt, p.From, p.To) {
			return nil
		}
		rep.ByChannel[m.Channel]++
		intent := triage.IntentOther
		if m.Triage != nil {
			intent = m.Triage.Intent
		}
		rep.ByIntent[intent]++
		lt := m.CreatedAt.In(p.Location)
		rep.ByHourOfWeek[int(lt.Weekday())*24+lt.Hour()]++
		return nil
	})
	if err != nil {
		return KPIReport{}, fmt.Errorf("inbox: kpis: %w", err)
	}
	// A recontact is a later conversation that links to a closed one
	// within the window.
	recontacted := map[string]bool{}
	for _, c := range byID {
		if prev, ok := byID[c.PreviousID]; ok && prev.Status == StatusClosed && c.CreatedAt.Sub(prev.ClosedAt) <= p.RecontactWindow {
			recontacted[prev.ID] = true
		}
	}
	total := newAcc()
	queues, agents := map[string]*kpiAcc{}, map[string]*kpiAcc{}
	for _, c := range all {
		for _, a := range []*kpiAcc{total, accFor(queues, c.Queue), accFor(agents, c.Assignee)} {
			a.add(*c, now, recontacted[c.ID])
		}
	}
	rep.Total = total.kpis()
	for q, a := range queues {
		rep.ByQueue[q] = a.kpis()
	}
	for who, a := range agents {
		if who != "" {
			rep.ByAgent[who] = a.kpis()
		}
	}
	rep.MeetsFirstResponseGoal = rep.Total.Answered > 0 && rep.Total.FirstResponseMedian <= p.Goals.FirstResponse
	rep.MeetsRecontactGoal = rep.Total.RecontactRate <= p.Goals.RecontactRate
	return rep, nil
}

// scan reads every conversation and message of a practice, through the
// store's Scanner when it has one, else page by page.
func (ib *Inbox) scan(ctx context.Context, practiceID string, conv func(*Conversation) error, msg func(*Message) error) error {
	if sc, ok := ib.store.(Scanner); ok {
		return sc.Scan(ctx, practiceID, conv, msg)
	}
	lp := &ListConversationsParams{Limit: MaxPageSize}
	for {
		page, err := ib.store.ListConversations(ctx, practiceID, lp)
		if err != nil {
			return err
		}
		for i := range page.Conversations {
			c := &page.Conversations[i]
			if err := conv(c); err != nil {
				return err
			}
			mp := &ListMessagesParams{Limit: MaxPageSize}
			for {
				mpage, err := ib.store.ListMessages(ctx, practiceID, c.ID, mp)
				if err != nil {
					return err
				}
				for j := range mpage.Messages {
					if err := msg(&mpage.Messages[j]); err != nil {
						return err
					}
				}
				if mpage.Next == "" {
					break
				}
				mp.Cursor = mpage.Next
			}
		}
		if page.Next == "" {
			return nil
		}
		lp.Cursor = page.Next
	}
}

func inRange(t, from, to time.Time) bool {
	return (from.IsZero() || !t.Before(from)) && (to.IsZero() || t.Before(to))
}

// kpiAcc accumulates the KPIs of one group.
type kpiAcc struct {
	k           KPIs
	firsts, res []time.Duration
	csatSum     int
}

func newAcc() *kpiAcc { return &kpiAcc{} }

func accFor(m map[string]*kpiAcc, key string) *kpiAcc {
	a, ok := m[key]
	if !ok {
		a = newAcc()
		m[key] = a
	}
	return a
}

func (a *kpiAcc) add(c Conversation, now time.Time, recontacted bool) {
	a.k.Conversations++
	a.k.Escalations += c.Escalations
	if c.Emergency {
		a.k.Emergencies++
	}
	answered := !c.FirstResponseAt.IsZero()
	if answered {
		a.k.Answered++
		a.firsts = append(a.firsts, c.FirstResponseAt.Sub(c.CreatedAt))
	}
	if due := c.FirstResponseDue; !due.IsZero() {
		switch {
		case answered && !c.FirstResponseAt.After(due) && !c.SLABreached:
			a.k.SLAMet++
		case answered || c.SLABreached || (now.After(due) && c.SLAState() != routing.ClockWaiting):
			// Missed; but a clock waiting on the patient has not run out.
			a.k.SLAMissed++
		}
	}
	if !c.CSATSentAt.IsZero() {
		a.k.CSATSurveys++
	}
	if c.CSATScore > 0 {
		a.k.CSATResponses++
		a.csatSum += c.CSATScore
	}
	if c.QA.Sampled {
		a.k.QASampled++
	}
	if c.QA.Reviewed {
		a.k.QAReviewed++
		if c.QA.Accurate {
			a.k.QAAccurate++
		}
	}
	if c.Status == StatusClosed {
		a.k.Closed++
		a.res = append(a.res, c.ClosedAt.Sub(c.CreatedAt))
		if !answered && c.ClosedBy == serviceActor.ID {
			a.k.Contained++
		}
		if recontacted {
			a.k.Recontacts++
		}
	}
}

func (a *kpiAcc) kpis() KPIs {
	k := a.k
	k.FirstResponseMedian, k.FirstResponseP90 = quantile(a.firsts, 0.5), quantile(a.firsts, 0.9)
	k.ResolutionMedian = quantile(a.res, 0.5)
	k.SLAAttainment = ratio(k.SLAMet, k.SLAMet+k.SLAMissed)
	k.RecontactRate = ratio(k.Recontacts, k.Closed)
	k.ContainmentRate = ratio(k.Contained, k.Closed)
	k.CSATAverage = ratio(a.csatSum, k.CSATResponses)
	k.QAAccuracyRate = ratio(k.QAAccurate, k.QAReviewed)
	return k
}

// quantile returns the q-quantile of ds by the nearest-rank method, 0 for
// none.
func quantile(ds []time.Duration, q float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	i := int(q*float64(len(s)) + 0.999999)
	return s[min(max(i-1, 0), len(s)-1)]
}

func ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}
