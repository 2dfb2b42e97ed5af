package audittest_test

import (
	"context"
	"fmt"

	"github.com/frontdeskhq/frontdesk/audit"
	"github.com/frontdeskhq/frontdesk/audit/audittest"
)

// Event makes valid events for a sink's own tests; Run does the rest.
func ExampleEvent() {
	sink := audit.NewMemorySink()
	err := sink.Append(context.Background(), audittest.Event("practice-1", 7), audittest.Event("practice-2", 8))
	fmt.Println(err)
	events, _ := sink.Query(context.Background(), audit.Query{PracticeID: "practice-1"})
	for _, e := range events {
		fmt.Println(e.PracticeID, e.Actor.ID, e.Action, e.PatientID, e.MessageID)
	}
	// Output:
	// <nil>
	// practice-1 staff-1 message.read pat-2 msg-7
}
