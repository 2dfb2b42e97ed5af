package main

import (
	"context"
	"io"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/frontdeskhq/frontdesk/audit"
	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/clock/clocktest"
	"github.com/frontdeskhq/frontdesk/inbox"
)

// fetch requests a staff page (signed in with token, when set) and returns
// its status and body.
func fetch(t *testing.T, method, url, token string) (int, string) {
	t.Helper()
	req, _ := http.NewRequestWithContext(t.Context(), method, url, nil)
	if token != "" {
		req.AddCookie(&http.Cookie{Name: sessionCookie, Value: token})
	}
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// automatic returns the text of a conversation's automatic replies.
func automatic(t *testing.T, c *clinic, id string) []string {
	t.Helper()
	page, err := c.inbox.Store().ListMessages(t.Context(), practiceID, id, &inbox.ListMessagesParams{Limit: inbox.MaxPageSize})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, m := range page.Messages {
		if m.Direction == inbox.Outbound && m.Automated {
			out = append(out, m.Text)
		}
	}
	return out
}

// deliverNew has a simulated patient send m and returns its conversation.
func deliverNew(t *testing.T, c *clinic, m patientMessage) inbox.Conversation {
	t.Helper()
	in, err := c.deliver(t.Context(), m, "")
	if err != nil {
		t.Fatal(err)
	}
	stored, err := c.inbox.Store().FindMessage(t.Context(), practiceID, in.Channel, in.ProviderID)
	if err != nil {
		t.Fatal(err)
	}
	conv, err := c.inbox.Conversation(t.Context(), practiceID, stored.ConversationID)
	if err != nil {
		t.Fatal(err)
	}
	return conv
}

func TestSLAMonitorEscalatesOnTheClinicClock(t *testing.T) {
	c, srv := newTestServer(t)
	clk := c.clock.(*clocktest.Fake)
	if _, body := fetch(t, "GET", srv.URL+"/metrics", ""); !strings.Contains(body, `frontdesk_inbox_events_total{type="sla.breached"} 0`) {
		t.Errorf("metrics do not list SLA breaches before the first:\n%s", body)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer cancel()
	sub := c.inbox.Subscribe(practiceID, 64)
	defer sub.Close()
	go func() { _ = c.sla.Run(ctx) }()
	if err := clk.BlockUntil(ctx, 1); err != nil {
		t.Fatal("the SLA monitor does not wait on the clinic's clock:", err)
	}
	conv := conversationOf(t, c, 8) // the emergency nobody answers
	clk.Advance(conv.FirstResponseDue.Sub(clk.Now()) + time.Minute)
	seen := map[inbox.EventType]bool{}
	for !seen[inbox.EventSLABreached] || !seen[inbox.EventSLAEscalated] {
		select {
		case e := <-sub.C:
			if e.ConversationID == conv.ID {
				seen[e.Type] = true
			}
		case <-ctx.Done():
			t.Fatalf("no breach and escalation of the emergency; saw %v", seen)
		}
	}
	nurse := staffToken(t, c, "nurse")
	if _, v := call(t, "GET", srv.URL+"/api/conversations/"+conv.ID, nurse, ""); v["sla_breached"] != true || v["escalations"] == nil {
		t.Errorf("API after the breach: %v", v)
	}
	if _, body := fetch(t, "GET", srv.URL+"/?queue=nursing", nurse); !strings.Contains(body, "SLA breached") || !strings.Contains(body, "escalated ×") {
		t.Error("the inbox shows no breach badge")
	}
	if _, body := fetch(t, "GET", srv.URL+"/metrics", ""); !strings.Contains(body, `frontdesk_inbox_events_total{type="sla.breached"} 1`) ||
		!strings.Contains(body, `frontdesk_first_response_overdue{queue="nursing"} 1`) {
		t.Errorf("metrics do not count the breach:\n%s", body)
	}
}

func TestWaitOnPatientPausesTheClock(t *testing.T) {
	c, srv := newTestServer(t)
	conv := conversationOf(t, c, 3)
	desk := staffToken(t, c, "front_desk")
	if _, body := fetch(t, "GET", srv.URL+"/c/"+conv.ID, desk); !strings.Contains(body, `action="/c/`+conv.ID+`/wait"`) {
		t.Fatal("no Wait on patient button while the clock runs")
	}
	if resp, v := call(t, "POST", srv.URL+"/api/conversations/"+conv.ID+"/wait", desk, ""); resp.StatusCode != 200 || v["sla"] != "waiting" {
		t.Fatalf("wait: %d %v", resp.StatusCode, v)
	}
	if _, body := fetch(t, "GET", srv.URL+"/c/"+conv.ID, desk); !strings.Contains(body, "waiting on patient") || strings.Contains(body, "/wait\"") {
		t.Error("the page does not show the paused clock")
	}
	if got := deliverNew(t, c, traffic[3]); got.ID != conv.ID || got.SLAState() != "running" {
		t.Errorf("the patient wrote and the clock is %s (conversation %s, want %s)", got.SLAState(), got.ID, conv.ID)
	}
}

func TestKnowledgeBaseAnswersFAQs(t *testing.T) {
	c, srv := newTestServer(t)
	if conv := conversationOf(t, c, faqQuestion); conv.Status != inbox.StatusClosed {
		t.Errorf("parking question then yes: %s, want closed as contained", conv.Status)
	}
	es := deliverNew(t, c, patientMessage{Patient: -1, From: "visitor-es1", Channel: channels.WebChat, Text: "¿Dónde puedo estacionar?"})
	if got := automatic(t, c, es.ID); len(got) != 1 || !strings.Contains(got[0], "estacionamiento gratuito") {
		t.Fatalf("Spanish parking question: automatic replies %q", got)
	}
	// "No": a person takes it, in the front-desk queue.
	no := deliverNew(t, c, patientMessage{Patient: -1, From: "visitor-es1", Channel: channels.WebChat, Text: "no"})
	if no.ID != es.ID || no.Status != inbox.StatusOpen || no.Queue != "front-desk" {
		t.Errorf("after no: %s %s in %s, want open in front-desk", no.ID, no.Status, no.Queue)
	}
	if _, body := fetch(t, "GET", srv.URL+"/kpis", staffToken(t, c, "admin")); !strings.Contains(body, "(1 answered by frontdesk alone)") {
		t.Error("the KPI page does not count the contained FAQ")
	}
}

func TestAfterHoursReplyOncePerClosedPeriod(t *testing.T) {
	c := newTestClinic(t, t.TempDir())
	t.Cleanup(func() { _ = c.close() })
	conv := deliverNew(t, c, afterHours)
	if got := automatic(t, c, conv.ID); len(got) != 0 {
		t.Errorf("open hours: automatic replies %q", got)
	}
	c.clock.(*clocktest.Fake).Set(demoStart().Add(10 * time.Hour)) // 20:00
	other := deliverNew(t, c, patientMessage{Patient: 4, Channel: channels.SMS, Text: "Can I move my appointment?"})
	deliverNew(t, c, patientMessage{Patient: 4, Channel: channels.SMS, Text: "Any day next week works"})
	if got := automatic(t, c, other.ID); len(got) != 1 || !strings.Contains(got[0], "911") || !strings.Contains(got[0], "8:00") {
		t.Errorf("after hours: automatic replies %q, want one with the emergency number and the opening time", got)
	}
}

func TestCSATSurveyAndQAReview(t *testing.T) {
	c, srv := newTestServer(t)
	conv := conversationOf(t, c, 0)
	base := srv.URL + "/api/conversations/" + conv.ID + "/"
	sched, sup, admin := staffToken(t, c, "scheduler"), staffToken(t, c, "supervisor"), staffToken(t, c, "admin")
	for _, a := range []struct{ action, body string }{{"reply", `{"text":"Tuesday at 10:00 is booked."}`}, {"close", ""}} {
		if resp, v := call(t, "POST", base+a.action, sched, a.body); resp.StatusCode != 200 {
			t.Fatalf("%s: %d %v", a.action, resp.StatusCode, v)
		}
	}
	if got := deliverNew(t, c, csatReply); got.ID != conv.ID || got.CSATScore != 5 {
		t.Fatalf("survey reply: conversation %s scored %d, want %s scored 5", got.ID, got.CSATScore, conv.ID)
	}
	if _, body := fetch(t, "GET", srv.URL+"/c/"+conv.ID, sup); !strings.Contains(body, "Quality review (this conversation was sampled)") {
		t.Error("the supervisor is not offered the QA review form")
	}
	review := `{"criteria":{` + strings.Join(slices.Collect(func(yield func(string) bool) {
		for _, k := range inbox.DefaultScorecard() {
			yield(`"` + k + `":true`)
		}
	}), ",") + `},"accurate":true}`
	if resp, _ := call(t, "POST", base+"qa", sched, review); resp.StatusCode != http.StatusForbidden {
		t.Errorf("a scheduler reviewed QA: %d", resp.StatusCode)
	}
	if resp, v := call(t, "POST", base+"qa", sup, review); resp.StatusCode != 200 {
		t.Fatalf("QA review: %d %v", resp.StatusCode, v)
	}
	_, body := fetch(t, "GET", srv.URL+"/kpis", admin)
	for _, want := range []string{"5.0 of 5 from 1 of 1 surveys", "QA accuracy 100% of 1 reviews"} {
		if !strings.Contains(body, want) {
			t.Errorf("KPI page lacks %q", want)
		}
	}
}

func TestBreakGlassIsAudited(t *testing.T) {
	c, srv := newTestServer(t)
	conv := conversationOf(t, c, 8)
	sup := staffToken(t, c, "supervisor")
	_, masked := call(t, "GET", srv.URL+"/api/conversations/"+conv.ID, sup, "")
	if masked["redacted"] != true {
		t.Fatalf("the supervisor reads the nursing queue unmasked: %v", masked)
	}
	if _, body := fetch(t, "GET", srv.URL+"/c/"+conv.ID, sup); !strings.Contains(body, "Break glass") {
		t.Error("no break-glass button on the masked conversation")
	}
	if resp, _ := call(t, "POST", srv.URL+"/api/conversations/"+conv.ID+"/break-glass", staffToken(t, c, "front_desk"), ""); resp.StatusCode != http.StatusForbidden {
		t.Errorf("front desk broke the glass: %d", resp.StatusCode)
	}
	resp, v := call(t, "POST", srv.URL+"/api/conversations/"+conv.ID+"/break-glass", sup, "")
	if msgs, _ := v["messages"].([]any); resp.StatusCode != 200 || v["redacted"] == true || len(msgs) != len(masked["messages"].([]any)) {
		t.Fatalf("break-glass read: %d %v", resp.StatusCode, v)
	}
	evs, err := audit.QueryFile(t.Context(), c.audit.path, audit.Query{PracticeID: practiceID})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(evs, func(e audit.Event) bool {
		return e.Action == audit.ActionPHIViewed && e.Actor.ID == "staff-sam" && e.Detail["break_glass"] == "true"
	}) {
		t.Error("the break-glass read is not in the audit trail")
	}
}

func TestSimulatorProducesFAQAndCSAT(t *testing.T) {
	c := newTestClinic(t, t.TempDir())
	t.Cleanup(func() { _ = c.close() })
	clk := c.clock.(*clocktest.Fake)
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer cancel()
	done := make(chan struct{})
	go func() { c.simulate(ctx, time.Second); close(done) }()
	// One pass of the traffic, then the reminder replies and the survey.
	for range len(traffic) + 1 {
		if err := clk.BlockUntil(ctx, 1); err != nil {
			t.Fatal(err)
		}
		clk.Advance(time.Second)
	}
	if err := clk.BlockUntil(ctx, 1); err != nil {
		t.Fatal(err)
	}
	cancel()
	<-done
	rep, err := c.inbox.KPIs(t.Context(), practiceID, inbox.KPIParams{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Total.Contained != 1 || rep.Total.CSATResponses != 1 || rep.Total.CSATAverage != 5 {
		t.Errorf("simulated traffic: %d contained, %d CSAT replies averaging %.1f; want 1, 1, 5",
			rep.Total.Contained, rep.Total.CSATResponses, rep.Total.CSATAverage)
	}
}
