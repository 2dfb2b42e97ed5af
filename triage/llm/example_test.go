package llm_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"

	"github.com/frontdeskhq/frontdesk/triage/llm"
)

func Example() {
	// A stand-in for an OpenAI-compatible endpoint.
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `{"choices":[{"message":{"role":"assistant","content":"{\"intent\":\"appointment.cancel\",\"confidence\":0.93,\"urgency\":\"routine\",\"language\":\"en\"}"}}]}`)
	}))
	defer srv.Close()

	c, err := llm.NewGuarded(llm.Config{Endpoint: srv.URL + "/v1", Model: "clinic-triage"})
	if err != nil {
		panic(err)
	}
	res, _ := c.Classify(context.Background(), "need to cancel, my dad has chest pain right now")
	fmt.Println(res.Intent, res.Urgency, res.Model)
	// Output: appointment.cancel emergency llm:clinic-triage+redflags/1
}
