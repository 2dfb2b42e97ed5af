package twilio_test

import (
	"bytes"
	"errors"
	"io"
	"testing"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/channels/twilio"
	"github.com/frontdeskhq/frontdesk/channels/twilio/twiliotest"
)

func TestOpenMedia(t *testing.T) {
	srv := newServer(t)
	card := bytes.Repeat([]byte("JPEG"), 50)
	u := srv.AddMedia("image/jpeg", card)

	t.Run("ok", func(t *testing.T) {
		e := newChannel(t, srv.URL, nil)
		m, err := e.ch.OpenMedia(t.Context(), u)
		if err != nil {
			t.Fatal(err)
		}
		defer m.Body.Close()
		got, err := io.ReadAll(m.Body)
		if err != nil || !bytes.Equal(got, card) || m.ContentType != "image/jpeg" {
			t.Errorf("%d bytes, %v, %q", len(got), err, m.ContentType)
		}
	})
	t.Run("too large", func(t *testing.T) {
		e := newChannel(t, srv.URL, func(c *twilio.Config) { c.MaxMediaBytes = 10 })
		if _, err := e.ch.OpenMedia(t.Context(), u); !errors.Is(err, twilio.ErrMediaTooLarge) {
			t.Errorf("err = %v", err)
		}
	})
	t.Run("other host refused", func(t *testing.T) {
		e := newChannel(t, srv.URL, nil)
		for _, bad := range []string{"https://attacker.example/steal", "ftp://x", "::", "http://user:pw@" + srv.Listener.Addr().String() + "/x"} {
			if _, err := e.ch.OpenMedia(t.Context(), bad); !errors.Is(err, channels.ErrInvalidMessage) {
				t.Errorf("%s: err = %v", bad, err)
			}
		}
	})
	t.Run("wrong credentials", func(t *testing.T) {
		e := newChannel(t, srv.URL, func(c *twilio.Config) { c.AuthToken = "nope" })
		if _, err := e.ch.OpenMedia(t.Context(), u); !errors.Is(err, channels.ErrRejected) {
			t.Errorf("err = %v", err)
		}
	})
	t.Run("server error", func(t *testing.T) {
		e := newChannel(t, srv.URL, nil)
		srv.FailNext(1, twiliotest.ServerError)
		if _, err := e.ch.OpenMedia(t.Context(), u); !channels.IsRetryable(err) {
			t.Errorf("err = %v, want retryable", err)
		}
	})
}
