package webchat_test

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"net/http/httptest"
	"strings"
	"time"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/channels/webchat"
	"github.com/frontdeskhq/frontdesk/clock/clocktest"
)

// printInbox stands in for the inbox.
type printInbox struct{ from channels.Address }

func (p *printInbox) HandleInbound(_ context.Context, m channels.Inbound) error {
	p.from = m.From
	fmt.Printf("inbox got %s message for %s: %q\n", m.Channel, m.PracticeID, m.Text)
	return nil
}

func Example() {
	box := &printInbox{}
	h, err := webchat.New(box, webchat.Config{
		Secret:     []byte("0123456789abcdef0123456789abcdef"),
		PracticeID: "sunny-valley",
		Origins:    map[string]string{"https://sunny.example": ""},
		Clock:      clocktest.NewFake(time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)),
	})
	if err != nil {
		log.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.Handle("/webchat/", http.StripPrefix("/webchat", h))
	srv := httptest.NewServer(mux)
	defer srv.Close()

	// The widget opens a session and posts a message.
	call := func(method, path, token, body string) *http.Response {
		req, _ := http.NewRequest(method, srv.URL+"/webchat"+path, strings.NewReader(body))
		req.Header.Set("Origin", "https://sunny.example")
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			log.Fatal(err)
		}
		return resp
	}
	var sess struct {
		Token string `json:"token"`
	}
	resp := call("POST", "/session", "", "")
	json.NewDecoder(resp.Body).Decode(&sess)
	resp.Body.Close()
	call("POST", "/messages", sess.Token, `{"text":"Is the clinic open Saturday?","client_id":"c1"}`).Body.Close()

	// Staff answer through the channel; the widget reads its history.
	_, err = h.Channel().Send(context.Background(), channels.Outbound{
		PracticeID: "sunny-valley", Channel: channels.WebChat, To: box.from, Text: "Yes, 9 to 12.",
	})
	if err != nil {
		log.Fatal(err)
	}
	var hist struct {
		Events []webchat.Event `json:"events"`
	}
	resp = call("GET", "/history", sess.Token, "")
	json.NewDecoder(resp.Body).Decode(&hist)
	resp.Body.Close()
	for _, ev := range hist.Events {
		fmt.Printf("%d %s: %s\n", ev.ID, ev.Message.From, ev.Message.Text)
	}
	// Output:
	// inbox got webchat message for sunny-valley: "Is the clinic open Saturday?"
	// 1 patient: Is the clinic open Saturday?
	// 2 staff: Yes, 9 to 12.
}
