package emailtest_test

import (
	"fmt"
	"log"
	"net/smtp"

	"github.com/frontdeskhq/frontdesk/channels/email/emailtest"
)

func Example() {
	srv, err := emailtest.Start(emailtest.Config{})
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	srv.Fail(emailtest.Fault{Stage: emailtest.StageRcpt, Code: 550, Text: "5.1.1 no such user"})

	msg := []byte("Subject: hi\r\n\r\nhello\r\n")
	err = smtp.SendMail(srv.Addr(), nil, "front@clinic.example", []string{"gone@example.com"}, msg)
	fmt.Println(err)
	err = smtp.SendMail(srv.Addr(), nil, "front@clinic.example", []string{"pat@example.com"}, msg)
	fmt.Println(err, len(srv.Messages()), srv.Messages()[0].To)
	// Output:
	// 550 "5.1.1 no such user"
	// <nil> 1 [pat@example.com]
}
