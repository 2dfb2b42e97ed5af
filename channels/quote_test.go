package channels

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestStripQuoted(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "Can I move my appointment?", "Can I move my appointment?"},
		{"dashes as a separator", "My questions:\n--\n1. a\n2. b\n3. c\n4. d\n5. e\n6. f\n7. g\n8. h\n9. i\n-- \nAna", "My questions:\n--\n1. a\n2. b\n3. c\n4. d\n5. e\n6. f\n7. g\n8. h\n9. i"},
		{"two signatures", "See you then\n--\nAna\n--\nSent by Ana's phone plan", "See you then"},
		{"gmail english", "Yes please\n\nOn Mon, Apr 3, 2023 at 10:00 AM Clinic <front@clinic.example> wrote:\n\n> Reply C to confirm\n", "Yes please"},
		{"gmail wrapped attribution", "Yes\n\nOn Mon, Apr 3, 2023 at 10:00 AM Sunny Valley Family Clinic <\nfront@clinic.example> wrote:\n> Reply C to confirm", "Yes"},
		{"gmail spanish", "Sí, confirmo.\n\nEl lun, 3 abr 2023 a las 10:00, Clínica <front@clinic.example> escribió:\n> Responda C para confirmar", "Sí, confirmo."},
		{"french", "Merci\n\nLe lun. 3 avr. 2023 à 10:00, Clinique <a@b.fr> a écrit :\n> Bonjour", "Merci"},
		{"bottom posting", "On 04/02/2012 06:26 PM, Clinic wrote:\n> Reply C to confirm\n\nC", "C"},
		{"inline answers", "> What time suits you?\nMornings\n> Which doctor?\nDr. Lee", "Mornings\nDr. Lee"},
		{"outlook english", "Thanks!\n\n________________________________\nFrom: Clinic <front@clinic.example>\nSent: Monday, April 3, 2023 10:00 AM\nTo: Patient\nSubject: Reminder\n\nReply C to confirm", "Thanks!"},
		{"outlook spanish", "Gracias\n\nDe: Clínica <front@clinic.example>\nEnviado: lunes, 3 de abril de 2023 10:00\nPara: Paciente\nAsunto: Recordatorio\n\nResponda C", "Gracias"},
		{"original message", "Ok\n\n-----Original Message-----\nFrom: x\nhistory", "Ok"},
		{"mensaje original", "Vale\n\n----- Mensaje original -----\nhistoria", "Vale"},
		{"signature", "See you then.\n\n-- \nMaria\n555-0100", "See you then."},
		{"iphone footer", "Confirmed\n\nSent from my iPhone", "Confirmed"},
		{"spanish footer", "Confirmado\n\nEnviado desde mi iPhone", "Confirmado"},
		{"crlf", "Hi\r\n\r\nOn Tue, Bob wrote:\r\n> old\r\n", "Hi"},
		{"all quoted", "> only history\n> more", ""},
		{"wrote without quote kept", "My doctor wrote:\nTake two a day.", "My doctor wrote:\nTake two a day."},
		{"from line in prose kept", "From: my kitchen\nI fell and hurt my wrist.", "From: my kitchen\nI fell and hurt my wrist."},
		{"unquoted history after attribution", "Yes\n\nOn Mon, Apr 3, 2023, Clinic wrote:\nReply C to confirm", "Yes"},
		{"russian loose attribution", "Ok\n\n26.06.2014, 14:41, \"Clinic\" <a@b.ru>:\n> Hi", "Ok"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := StripQuoted(tt.in); got != tt.want {
				t.Errorf("StripQuoted(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzStripQuoted(f *testing.F) {
	for _, s := range []string{
		"Hello\n\nOn Mon wrote:\n> hi", "> a\nb\n> c", "x\n-- \nsig", "From: a\nSent: b\nTo: c\n",
		"On\n\nwrote:", "\r\n\r\n", "-----Original Message-----",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := StripQuoted(s)
		if len(got) > len(s)+len(s)/2 {
			t.Fatalf("output grew: %d > %d", len(got), len(s))
		}
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("invalid UTF-8 from valid input")
		}
		if got != strings.TrimSpace(got) {
			t.Fatalf("untrimmed output %q", got)
		}
		if StripQuoted(got) != StripQuoted(StripQuoted(got)) {
			t.Fatalf("not stable")
		}
	})
}
