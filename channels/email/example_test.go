package email_test

import (
	"context"
	"fmt"
	"log"
	"time"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/channels/email"
	"github.com/frontdeskhq/frontdesk/channels/email/emailtest"
	"github.com/frontdeskhq/frontdesk/clock/clocktest"
)

func ExampleParse() {
	raw := "From: Pat <pat@example.com>\r\n" +
		"To: front@clinic.example\r\n" +
		"Subject: =?UTF-8?Q?Re:_Cita_ma=C3=B1ana?=\r\n" +
		"Message-ID: <reply-1@example.com>\r\n" +
		"In-Reply-To: <reminder-7@clinic.example>\r\n" +
		"\r\n" +
		"Can we make it 10:30 instead?\r\n" +
		"\r\n" +
		"On Mon, Mar 2, 2026 at 9:00 AM Clinic <front@clinic.example> wrote:\r\n" +
		"> Your appointment is tomorrow at 9:00. Reply C to confirm.\r\n"
	m, err := email.Parse([]byte(raw), nil)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(m.Subject)
	fmt.Println(m.Reply)
	fmt.Println(m.InReplyTo)
	in := m.Inbound("practice-1")
	fmt.Println(in.Channel, in.Type, in.ProviderID)
	// Output:
	// Re: Cita mañana
	// Can we make it 10:30 instead?
	// reminder-7@clinic.example
	// email text reply-1@example.com
}

func ExampleStripQuoted() {
	fmt.Println(email.StripQuoted("Sí, confirmo.\n\n-- \nAna\n\nEl lun, 2 mar 2026, Clínica <front@clinic.example> escribió:\n> ¿Confirma su cita?"))
	// Output: Sí, confirmo.
}

func ExampleChannel() {
	srv, err := emailtest.Start(emailtest.Config{TLS: true, Username: "clinic", Password: "pw"})
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	smtp, err := email.NewSMTP(email.SMTPConfig{
		Addr: srv.Addr(), Username: "clinic", Password: "pw", TLSConfig: srv.ClientTLSConfig(),
	})
	if err != nil {
		log.Fatal(err)
	}
	from, _ := channels.ParseEmail("front@clinic.example")
	to, _ := channels.ParseEmail("pat@example.com")
	ch, err := email.NewChannel(smtp, email.ChannelConfig{
		From: from, FromName: "Sunny Valley Clinic",
		Clock: clocktest.NewFake(time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)),
	})
	if err != nil {
		log.Fatal(err)
	}
	res, err := ch.Send(context.Background(), channels.Outbound{
		PracticeID: "practice-1", Channel: channels.Email, To: to,
		Subject: "Re: Cita mañana", Text: "10:30 works, see you then.",
		InReplyTo: "reply-1@example.com", IdempotencyKey: "msg-42",
	})
	if err != nil {
		log.Fatal(err)
	}
	sent, _ := email.Parse(srv.Messages()[0].Data, nil)
	fmt.Println(res.State, sent.MessageID == res.ProviderID)
	fmt.Println(sent.Subject, "|", sent.InReplyTo, "|", sent.Date.UTC().Format(time.RFC3339))
	fmt.Println(sent.Text)
	// Output:
	// sent true
	// Re: Cita mañana | reply-1@example.com | 2026-03-02T09:00:00Z
	// 10:30 works, see you then.
}
