package channeltest_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/channels/channeltest"
	"github.com/frontdeskhq/frontdesk/clock/clocktest"
)

func out(key string) channels.Outbound {
	return channels.Outbound{PracticeID: "p", Channel: channels.SMS, To: channels.Address{Kind: channels.AddrPhone, Value: "+14155550100"}, Text: "hi", IdempotencyKey: key}
}

func TestFakeScriptedFaultsAndIdempotency(t *testing.T) {
	f := channeltest.New(channeltest.Config{Kind: channels.SMS})
	ctx := t.Context()
	f.FailNext(2, channeltest.RateLimited(3*time.Second))
	f.FailNext(1, channeltest.ServerError(502))
	for _, want := range []error{channels.ErrRateLimited, channels.ErrRateLimited, channels.ErrUnavailable} {
		_, err := f.Send(ctx, out("k1"))
		var se *channels.SendError
		if !errors.Is(err, want) || !errors.As(err, &se) || se.Channel != channels.SMS {
			t.Fatalf("err = %v, want %v from sms", err, want)
		}
		if errors.Is(want, channels.ErrRateLimited) && se.RetryAfter != 3*time.Second {
			t.Errorf("retry after = %v", se.RetryAfter)
		}
	}
	r1, err := f.Send(ctx, out("k1"))
	if err != nil {
		t.Fatal(err)
	}
	r2, err := f.Send(ctx, out("k1"))
	if err != nil || r2 != r1 {
		t.Fatalf("same idempotency key: %+v, %v; want %+v", r2, err, r1)
	}
	if len(f.Sent()) != 1 || f.Attempts() != 5 {
		t.Errorf("sent %d, attempts %d; want 1 and 5", len(f.Sent()), f.Attempts())
	}
	f.FailWhen(func(m channels.Outbound) bool { return m.IdempotencyKey == "bad" }, channeltest.Rejected("21211"))
	if _, err := f.Send(ctx, out("bad")); !errors.Is(err, channels.ErrRejected) {
		t.Errorf("predicate fault: %v", err)
	}
	if _, err := f.Send(ctx, out("good")); err != nil {
		t.Errorf("predicate fault hit another message: %v", err)
	}
	f.Reset()
	if _, err := f.Send(ctx, out("bad")); err != nil {
		t.Errorf("after Reset: %v", err)
	}
}

func TestFakeHangEndsWithContext(t *testing.T) {
	f := channeltest.New(channeltest.Config{Kind: channels.SMS})
	f.FailNext(1, channeltest.Hang())
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error)
	go func() {
		_, err := f.Send(ctx, out("h"))
		done <- err
	}()
	cancel()
	if err := <-done; !errors.Is(err, channels.ErrUnavailable) {
		t.Errorf("hang ended with %v", err)
	}
}

type statusRecorder struct{ got []channels.Status }

func (r *statusRecorder) HandleStatus(_ context.Context, s channels.Status) error {
	r.got = append(r.got, s)
	return nil
}

func TestFakeEmitsStatus(t *testing.T) {
	clk := clocktest.NewFake(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	rec := &statusRecorder{}
	f := channeltest.New(channeltest.Config{Kind: channels.SMS, Clock: clk, Status: rec})
	r, err := f.Send(t.Context(), out("s"))
	if err != nil {
		t.Fatal(err)
	}
	if err := f.EmitStatus(t.Context(), r.ProviderID, channels.StateDelivered, ""); err != nil {
		t.Fatal(err)
	}
	if len(rec.got) != 1 || rec.got[0].ProviderID != r.ProviderID || rec.got[0].PracticeID != "p" || !rec.got[0].At.Equal(clk.Now()) {
		t.Errorf("status = %+v", rec.got)
	}
	if err := f.EmitStatus(t.Context(), "unknown", channels.StateDelivered, ""); err == nil {
		t.Error("status for a message never sent")
	}
}

func TestFakeRefusesWhatProvidersRefuse(t *testing.T) {
	f := channeltest.New(channeltest.Config{Kind: channels.SMS})
	long := out("l")
	long.Text = string(make([]byte, 1601))
	if _, err := f.Send(t.Context(), long); !errors.Is(err, channels.ErrRejected) {
		t.Errorf("over-long sms: %v", err)
	}
	wrong := out("w")
	wrong.Channel = channels.WhatsApp
	if _, err := f.Send(t.Context(), wrong); !errors.Is(err, channels.ErrUnknownChannel) {
		t.Errorf("wrong channel: %v", err)
	}
	empty := out("e")
	empty.Text = ""
	if _, err := f.Send(t.Context(), empty); !errors.Is(err, channels.ErrEmptyText) {
		t.Errorf("empty: %v", err)
	}
}
