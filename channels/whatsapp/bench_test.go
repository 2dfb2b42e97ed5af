package whatsapp_test

import (
	"fmt"
	"net/http/httptest"
	"testing"

	"github.com/frontdeskhq/frontdesk/channels/whatsapp"
	"github.com/frontdeskhq/frontdesk/channels/whatsapp/whatsapptest"
)

// BenchmarkWebhook measures a signed delivery of one text message through
// the handler: signature check, parse, dispatch. Requests/s is reported.
func BenchmarkWebhook(b *testing.B) {
	for _, n := range []int{1, 10} {
		b.Run(fmt.Sprintf("messages=%d", n), func(b *testing.B) {
			e := newChannel(b, "", nil)
			var msgs []whatsapptest.Message
			for i := range n {
				msgs = append(msgs, whatsapptest.Message{From: "15552345678", ID: fmt.Sprintf("wamid.%d", i), At: t0, Text: "Can I move my appointment to Friday?"})
			}
			body := whatsapptest.Delivery(testNumberID, msgs, nil)
			h := e.ch.Webhook(&discard{}, &discard{})
			b.ReportAllocs()
			b.SetBytes(int64(len(body)))
			for b.Loop() {
				w := httptest.NewRecorder()
				h.ServeHTTP(w, whatsapptest.NewWebhookRequest(testSecret, "/", body))
				if w.Code != 200 {
					b.Fatal(w.Code)
				}
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "req/s")
		})
	}
}

// BenchmarkDecodeEnvelope compares the fast decoder of the webhook
// envelope with encoding/json, which parse falls back to, on one delivery.
func BenchmarkDecodeEnvelope(b *testing.B) {
	body := whatsapptest.Delivery(testNumberID, []whatsapptest.Message{{From: "15552345678", ID: "wamid.1", At: t0,
		Text: "Can I move my appointment to Friday?"}}, nil)
	b.Run("fast", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(body)))
		for b.Loop() {
			if err := whatsapp.DecodeFastForBench(body); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("encoding-json", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(body)))
		for b.Loop() {
			if err := whatsapp.DecodeJSONForBench(body); err != nil {
				b.Fatal(err)
			}
		}
	})
}
