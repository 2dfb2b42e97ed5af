package phi_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"

	"github.com/frontdeskhq/frontdesk/phi"
)

func ExampleRules_Detect() {
	det, err := phi.New(phi.Config{})
	if err != nil {
		panic(err)
	}
	text := "Hi, my name is Ana Ruiz, call me at (617) 555-0143. Dr. Patel has my chart."
	spans, err := det.Detect(context.Background(), text)
	if err != nil {
		panic(err)
	}
	for _, sp := range spans {
		fmt.Printf("%s %q\n", sp.Kind, text[sp.Start:sp.End])
	}
	// Output:
	// NAME "Ana Ruiz"
	// PHONE "(617) 555-0143"
}

func ExampleRedactor_Redact() {
	red, err := phi.NewRedactor(phi.RedactorConfig{Mode: phi.ModeMask})
	if err != nil {
		panic(err)
	}
	out, err := red.Redact(context.Background(), "Me llamo Ana Ruiz, mi SSN es 078-05-1120")
	if err != nil {
		panic(err)
	}
	fmt.Println(out)
	// Output: Me llamo [NAME], mi SSN es ***-**-1120
}

func ExamplePolicy_Check() {
	pol, err := phi.NewPolicy(phi.PolicyConfig{})
	if err != nil {
		panic(err)
	}
	ctx := context.Background()
	text, err := pol.Check(ctx, phi.TierLow, "Your appointment is on May 3 at 10:30. Reply C to confirm.")
	fmt.Println(text, err)
	_, err = pol.Check(ctx, phi.TierLow, "Your biopsy results are ready.")
	fmt.Println(errors.Is(err, phi.ErrBlocked), err)
	// Output:
	// Your appointment is on May 3 at 10:30. Reply C to confirm. <nil>
	// true phi: message blocked on low-tier channel: clinical detail results
}

func ExampleKeyring() {
	ring, err := phi.NewKeyring(phi.KeyringConfig{
		Keys:   []phi.Key{{ID: "2026-01", Secret: bytes.Repeat([]byte{1}, 32)}},
		Active: "2026-01",
	})
	if err != nil {
		panic(err)
	}
	f := phi.Field{PracticeID: "practice-1", Table: "messages", RecordID: "msg_1", Name: "body"}
	sealed, err := ring.Seal([]byte("I need a refill"), f)
	if err != nil {
		panic(err)
	}
	plain, err := ring.Open(sealed, f)
	fmt.Println(string(plain), err)
	f.RecordID = "msg_2"
	_, err = ring.Open(sealed, f)
	fmt.Println(errors.Is(err, phi.ErrDecrypt))
	// Output:
	// I need a refill <nil>
	// true
}
