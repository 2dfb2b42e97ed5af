package main

import (
	"cmp"
	"net/http"
	"slices"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/inbox"
	"github.com/frontdeskhq/frontdesk/reminders"
)

// chart is a horizontal bar chart drawn as inline SVG by kpis.html.
type chart struct {
	Title, Unit string
	Height      int
	Bars        []bar
}

// bar is one bar: Px is its length (the longest is 360), TextX where its
// value is written, Y its top.
type bar struct {
	Label     string
	Value     float64
	Px, TextX float64
	Y         int
}

// newChart scales the bars to the longest and lays them out.
func newChart(title, unit string, bars []bar) chart {
	top := 0.0
	for _, b := range bars {
		top = max(top, b.Value)
	}
	for i := range bars {
		if top > 0 {
			bars[i].Px = 360 * bars[i].Value / top
		}
		bars[i].TextX = 206 + bars[i].Px
		bars[i].Y = i * 28
	}
	return chart{Title: title, Unit: unit, Height: len(bars)*28 + 4, Bars: bars}
}

func (s *server) kpiPage(w http.ResponseWriter, r *http.Request, who staffMember) {
	rep, err := s.view(who).KPIs(r.Context(), practiceID, inbox.KPIParams{})
	if err != nil {
		s.fail(w, who, err)
		return
	}
	appts, _, err := s.c.overview(r.Context())
	if err != nil {
		s.fail(w, who, err)
		return
	}
	s.render(w, http.StatusOK, "kpis.html", pageData{Title: "KPIs", Staff: who, KPIs: rep, Charts: kpiCharts(rep, appts)})
}

// kpiCharts turns a KPI report and the reminder outcomes into charts.
func kpiCharts(rep inbox.KPIReport, appts []appointmentView) []chart {
	var byChannel, byIntent, frt, sla []bar
	for _, k := range channels.Kinds() {
		byChannel = append(byChannel, bar{Label: string(k), Value: float64(rep.ByChannel[k])})
	}
	for intent, n := range rep.ByIntent {
		byIntent = append(byIntent, bar{Label: string(intent), Value: float64(n)})
	}
	slices.SortFunc(byIntent, func(a, b bar) int { return cmp.Or(cmp.Compare(b.Value, a.Value), cmp.Compare(a.Label, b.Label)) })
	queues := make([]string, 0, len(rep.ByQueue))
	for q := range rep.ByQueue {
		queues = append(queues, q)
	}
	slices.Sort(queues)
	for _, q := range queues {
		k := rep.ByQueue[q]
		if k.Answered > 0 {
			frt = append(frt, bar{Label: q, Value: k.FirstResponseMedian.Minutes()})
		}
		if k.SLAMet+k.SLAMissed > 0 {
			sla = append(sla, bar{Label: q, Value: 100 * k.SLAAttainment})
		}
	}
	var sent, confirmed, cancelled, noShow float64
	for _, a := range appts {
		for _, r := range a.Reminders {
			if r.State == reminders.StateSent {
				sent++
			}
		}
		switch {
		case a.Status == string(reminders.StatusCancelled):
			cancelled++
		case a.Status == string(reminders.StatusNoShow):
			noShow++
		case a.Confirmed:
			confirmed++
		}
	}
	rem := []bar{{Label: "reminders sent", Value: sent}, {Label: "confirmed", Value: confirmed}, {Label: "cancelled", Value: cancelled}, {Label: "no-shows", Value: noShow}}
	return []chart{
		newChart("Inbound messages by channel", "", byChannel),
		newChart("Inbound messages by intent", "", byIntent),
		newChart("First-response time, median by queue", "min", frt),
		newChart("SLA attainment by queue", "%", sla),
		newChart("Appointment reminders", "", rem),
	}
}
