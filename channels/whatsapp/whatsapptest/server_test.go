package whatsapptest_test

import (
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/frontdeskhq/frontdesk/channels/whatsapp/whatsapptest"
)

// TestServerValidates checks that the fake refuses what the Cloud API
// refuses, with its error codes, and records nothing for it.
func TestServerValidates(t *testing.T) {
	srv := whatsapptest.NewServer("tok")
	t.Cleanup(srv.Close)
	cases := []struct {
		name, token, body string
		status            int
		code              string
	}{
		{"ok", "tok", `{"messaging_product":"whatsapp","to":"15552345678","type":"text","text":{"body":"hi"}}`, 200, ""},
		{"bad token", "nope", `{"messaging_product":"whatsapp","to":"15552345678","type":"text","text":{"body":"hi"}}`, 401, `"code":190`},
		{"plus in to", "tok", `{"messaging_product":"whatsapp","to":"+15552345678","type":"text","text":{"body":"hi"}}`, 400, `"code":100`},
		{"empty text", "tok", `{"messaging_product":"whatsapp","to":"1","type":"text","text":{"body":""}}`, 400, `"code":100`},
		{"missing object", "tok", `{"messaging_product":"whatsapp","to":"1","type":"template"}`, 400, `"code":131008`},
		{"template without language", "tok", `{"messaging_product":"whatsapp","to":"1","type":"template","template":{"name":"x"}}`, 400, `"code":131008`},
		{"four buttons", "tok", `{"messaging_product":"whatsapp","to":"1","type":"interactive","interactive":{"type":"button","body":{"text":"b"},"action":{"buttons":[{},{},{},{}]}}}`, 400, `"code":100`},
		{"media id and link", "tok", `{"messaging_product":"whatsapp","to":"1","type":"image","image":{"id":"1","link":"https://x"}}`, 400, `"code":100`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			req, _ := http.NewRequestWithContext(t.Context(), http.MethodPost, srv.URL+"/v23.0/123/messages", strings.NewReader(c.body))
			req.Header.Set("Authorization", "Bearer "+c.token)
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			b, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != c.status || !strings.Contains(string(b), c.code) {
				t.Errorf("got %d %s, want %d %s", resp.StatusCode, b, c.status, c.code)
			}
		})
	}
	if sent := srv.Sent(); len(sent) != 1 || sent[0].ID != "wamid.fake1" || sent[0].To() != "15552345678" {
		t.Errorf("sent = %+v", sent)
	}
}
