package channeltest_test

import (
	"errors"
	"testing"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/channels/channeltest"
)

func TestRecorder(t *testing.T) {
	r := &channeltest.Recorder{}
	if err := r.HandleInbound(t.Context(), channels.Inbound{}); err == nil {
		t.Error("an invalid inbound message was recorded")
	}
	if err := r.HandleStatus(t.Context(), channels.Status{ProviderID: "m1"}); err != nil || r.Count() != 1 {
		t.Fatalf("status: %v, count %d", err, r.Count())
	}
	down := errors.New("inbox: down")
	r.SetErr(down)
	if err := r.HandleStatus(t.Context(), channels.Status{ProviderID: "m2"}); !errors.Is(err, down) || r.Count() != 1 {
		t.Errorf("with Err set: %v, count %d", err, r.Count())
	}
}
