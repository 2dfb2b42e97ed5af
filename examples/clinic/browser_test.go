package main

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/clock/clocktest"
	"github.com/frontdeskhq/frontdesk/inbox"
)

// newestWebChat returns the id of the web-chat conversation most recently
// updated.
func newestWebChat(t *testing.T, c *clinic) string {
	t.Helper()
	page, err := c.inbox.Conversations(t.Context(), practiceID, &inbox.ListConversationsParams{Status: inbox.StatusOpen, Limit: inbox.MaxPageSize})
	if err != nil {
		t.Fatal(err)
	}
	for _, conv := range page.Conversations {
		if conv.Channel == channels.WebChat {
			return conv.ID
		}
	}
	t.Fatal("no web-chat conversation")
	return ""
}

// findBrowser returns the path of a Chromium-family browser, or "".
func findBrowser() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// TestBrowserInbox drives the real pages in headless Chromium: a patient
// writes in the web-chat widget, the message appears live in the staff
// inbox, staff open it and reply, and the reply reaches the widget.
// Screenshots go to $FRONTDESK_SCREENSHOTS when set.
func TestBrowserInbox(t *testing.T) {
	browser := findBrowser()
	if browser == "" {
		t.Skip("no Chromium or Chrome on PATH; install the chromium package to run the browser test")
	}
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	// The clock starts at the real time so that the countdowns the page
	// computes in the browser match the server's deadlines.
	cfg := testConfig(t.TempDir())
	clk := clocktest.NewFake(time.Now())
	cfg.Clock = clk
	c, err := newClinic(t.Context(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.close() })
	for _, m := range traffic {
		if _, err := c.deliver(t.Context(), m, ""); err != nil {
			t.Fatal(err)
		}
	}
	clk.Advance(time.Minute) // the reminders come due
	if _, err := c.reminders.dispatcher.RunOnce(t.Context()); err != nil {
		t.Fatal(err)
	}
	for _, m := range reminderReplies {
		if _, err := c.deliver(t.Context(), m, ""); err != nil {
			t.Fatal(err)
		}
	}
	srv := httptest.NewServer((&server{c: c}).handler())
	t.Cleanup(srv.Close)

	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(browser), chromedp.NoSandbox, chromedp.WindowSize(1280, 900))
	alloc, cancelAlloc := chromedp.NewExecAllocator(t.Context(), opts...)
	defer cancelAlloc()
	ctx, cancel := context.WithTimeout(alloc, 60*time.Second)
	defer cancel()
	staff, cancelStaff := chromedp.NewContext(ctx)
	defer cancelStaff()
	patient, cancelPatient := chromedp.NewContext(staff)
	defer cancelPatient()

	shots := os.Getenv("FRONTDESK_SCREENSHOTS")
	shot := func(name string) chromedp.Action[chromedp.Void] {
		return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			if shots == "" {
				return nil
			}
			png, err := chromedp.CaptureScreenshot()(ctx, tg)
			if err != nil {
				return err
			}
			return os.WriteFile(filepath.Join(shots, name+".png"), png, 0o644)
		})
	}

	// Staff sign in and watch the empty inbox.
	if err := chromedp.Do(staff,
		chromedp.Navigate(srv.URL+"/login"),
		chromedp.SendKeys(chromedp.CSS("#token"), staffToken(t, c, "admin")),
		chromedp.Submit(chromedp.CSS("#token")),
		chromedp.WaitVisible(chromedp.CSS("#list")),
	); err != nil {
		t.Fatalf("sign in: %v", err)
	}
	rows, err := chromedp.Run(staff, chromedp.Evaluate[int](`document.querySelectorAll("#list tbody tr").length`))
	if err != nil {
		t.Fatal(err)
	}
	// A patient writes in the widget.
	const question = "Hi, may my daughter come with me to my appointment?"
	if err := chromedp.Do(patient,
		chromedp.Navigate(srv.URL+"/patient"),
		chromedp.Click(chromedp.CSS(".fd-chat > button")),
		chromedp.WaitVisible(chromedp.CSS(".fd-chat textarea")),
		chromedp.SendKeys(chromedp.CSS(".fd-chat textarea"), question),
		chromedp.Click(chromedp.CSS(".fd-chat form button")),
		chromedp.WaitVisible(chromedp.CSS(".fd-patient")),
	); err != nil {
		t.Fatalf("patient widget: %v", err)
	}
	// It appears live in the inbox; staff open it and reply.
	if _, err := chromedp.Run(staff, chromedp.Poll[bool](fmt.Sprintf(`document.querySelectorAll("#list tbody tr").length > %d`, rows))); err != nil {
		t.Fatalf("the new message did not appear live: %v", err)
	}
	link := fmt.Sprintf(`#list a[href="/c/%s"]`, newestWebChat(t, c))
	const answer = "Yes, of course she may."
	if err := chromedp.Do(staff,
		shot("inbox"),
		chromedp.Click(chromedp.CSS(link)),
		chromedp.WaitVisible(chromedp.CSS("#reply")),
		chromedp.SendKeys(chromedp.CSS("#reply"), answer),
		chromedp.Click(chromedp.CSS(`input[name="to_unverified"]`)),
		chromedp.Submit(chromedp.CSS("#reply")),
		chromedp.WaitVisible(chromedp.CSS("#thread .outbound:not(.automatic)")),
		shot("conversation"),
	); err != nil {
		t.Fatalf("staff reply: %v", err)
	}
	thread, err := chromedp.Run(staff, chromedp.Text(chromedp.CSS("#thread")))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(thread, question) || !strings.Contains(thread, answer) {
		t.Errorf("thread lacks the question or the answer:\n%s", thread)
	}
	// The reply reaches the patient's widget (after an automatic
	// after-hours reply when the test runs while the clinic is closed).
	reached := fmt.Sprintf(`[...document.querySelectorAll(".fd-staff")].some(e => e.textContent.includes(%q))`, answer)
	if _, err := chromedp.Run(patient, chromedp.Poll[bool](reached)); err != nil {
		t.Fatalf("the staff answer did not reach the widget: %v", err)
	}
	if err := chromedp.Do(patient, shot("patient")); err != nil {
		t.Fatal(err)
	}
	// The KPI page renders its charts; the reminders and audit pages show
	// the reminder replies and the verified chain.
	if err := chromedp.Do(staff,
		chromedp.Navigate(srv.URL+"/reminders"), chromedp.WaitVisible(chromedp.CSS("#reminders")), shot("reminders"),
		chromedp.Navigate(srv.URL+"/audit"), chromedp.WaitVisible(chromedp.CSS(".ok")), shot("audit"),
		chromedp.Navigate(srv.URL+"/kpis"), shot("kpis"),
	); err != nil {
		t.Fatalf("kpis: %v", err)
	}
	svgs, err := chromedp.Run(staff, chromedp.Evaluate[int](`document.querySelectorAll("figure.chart svg").length`))
	if err != nil {
		t.Fatal(err)
	}
	if svgs < 4 {
		t.Errorf("KPI page has %d charts", svgs)
	}
}
