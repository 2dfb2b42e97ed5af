package channels_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/channels"
)

func TestDeliveryStateNeverMovesBackwards(t *testing.T) {
	order := []channels.DeliveryState{channels.StatePending, channels.StateQueued, channels.StateSending, channels.StateSent, channels.StateDelivered, channels.StateRead}
	for i, from := range order {
		for j, to := range order {
			if got, want := from.Advances(to), j > i; got != want {
				t.Errorf("%s -> %s advances = %v, want %v", from, to, got, want)
			}
		}
	}
	cases := []struct {
		from, to channels.DeliveryState
		want     bool
	}{
		{channels.StateSent, channels.StateFailed, true},
		{channels.StateQueued, channels.StateUndelivered, true},
		{channels.StateDelivered, channels.StateFailed, false},
		{channels.StateRead, channels.StateFailed, false},
		{channels.StateFailed, channels.StateSent, false},
		{channels.StateReceived, channels.StateRead, false},
		{channels.StateSent, "bogus", false},
	}
	for _, c := range cases {
		if got := c.from.Advances(c.to); got != c.want {
			t.Errorf("%s -> %s advances = %v, want %v", c.from, c.to, got, c.want)
		}
	}
}

func TestSendErrorClassification(t *testing.T) {
	cases := []struct {
		err       error
		retryable bool
	}{
		{&channels.SendError{Err: channels.ErrRateLimited}, true},
		{&channels.SendError{Err: channels.ErrUnavailable}, true},
		{&channels.SendError{Err: channels.ErrRejected}, false},
		{&channels.SendError{Err: channels.ErrOptedOut}, false},
		{channels.ErrUnavailable, true},
		{channels.ErrEmptyText, false},
	}
	for _, c := range cases {
		if got := channels.IsRetryable(c.err); got != c.retryable {
			t.Errorf("IsRetryable(%v) = %v", c.err, got)
		}
	}
}
