package whatsapp_test

import (
	"bytes"
	"errors"
	"io"
	"testing"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/channels/whatsapp"
	"github.com/frontdeskhq/frontdesk/channels/whatsapp/whatsapptest"
)

func TestOpenMedia(t *testing.T) {
	srv := newServer(t, testToken)
	photo := bytes.Repeat([]byte{0xff, 0xd8, 0xff}, 100)
	srv.AddMedia("65463453", "image/jpeg", photo)

	t.Run("ok", func(t *testing.T) {
		e := newChannel(t, srv.URL, nil)
		m, err := e.ch.OpenMedia(t.Context(), "65463453")
		if err != nil {
			t.Fatal(err)
		}
		defer m.Body.Close()
		got, err := io.ReadAll(m.Body)
		if err != nil || !bytes.Equal(got, photo) || m.ContentType != "image/jpeg" || m.Size != int64(len(photo)) {
			t.Errorf("got %d bytes, %v, %+v", len(got), err, m)
		}
	})
	t.Run("declared too large", func(t *testing.T) {
		e := newChannel(t, srv.URL, func(c *whatsapp.Config) { c.MaxMediaBytes = 100 })
		if _, err := e.ch.OpenMedia(t.Context(), "65463453"); !errors.Is(err, whatsapp.ErrMediaTooLarge) {
			t.Errorf("err = %v, want ErrMediaTooLarge", err)
		}
	})
	t.Run("unknown id", func(t *testing.T) {
		e := newChannel(t, srv.URL, nil)
		if _, err := e.ch.OpenMedia(t.Context(), "nope"); !errors.Is(err, channels.ErrRejected) {
			t.Errorf("err = %v, want ErrRejected", err)
		}
	})
	t.Run("bad id", func(t *testing.T) {
		e := newChannel(t, srv.URL, nil)
		if _, err := e.ch.OpenMedia(t.Context(), "../messages"); !errors.Is(err, channels.ErrInvalidMessage) {
			t.Errorf("err = %v, want ErrInvalidMessage", err)
		}
	})
	t.Run("5xx", func(t *testing.T) {
		e := newChannel(t, srv.URL, nil)
		srv.FailNext(1, whatsapptest.Unavailable)
		if _, err := e.ch.OpenMedia(t.Context(), "65463453"); !channels.IsRetryable(err) {
			t.Errorf("err = %v, want retryable", err)
		}
	})
}
