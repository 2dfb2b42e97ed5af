package reminders_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/reminders"
)

func TestParseReply(t *testing.T) {
	for _, tc := range []struct {
		text, payload string
		opts          *reminders.ParseOptions
		want          reminders.Reply
	}{
		{text: "C", want: reminders.Reply{Action: reminders.ActionConfirm}},
		{text: "1", want: reminders.Reply{Action: reminders.ActionConfirm}},
		{text: "yes I'll be there", want: reminders.Reply{Action: reminders.ActionConfirm}},
		{text: "Sí", want: reminders.Reply{Action: reminders.ActionConfirm}},
		{text: "confirmo", want: reminders.Reply{Action: reminders.ActionConfirm}},
		{text: "ok 👍", want: reminders.Reply{Action: reminders.ActionConfirm}},
		{text: "👍", want: reminders.Reply{Action: reminders.ActionConfirm}},
		{text: "not cancelling, see you then", want: reminders.Reply{Action: reminders.ActionConfirm}},
		{text: "R", want: reminders.Reply{Action: reminders.ActionReschedule}},
		{text: "can we do thursday instead", want: reminders.Reply{Action: reminders.ActionReschedule}},
		{text: "quisiera cambiar la cita", want: reminders.Reply{Action: reminders.ActionReschedule}},
		{text: "X", want: reminders.Reply{Action: reminders.ActionCancel}},
		{text: "3", want: reminders.Reply{Action: reminders.ActionCancel}},
		{text: "cancelar", want: reminders.Reply{Action: reminders.ActionCancel}},
		{text: "no puedo ir", want: reminders.Reply{Action: reminders.ActionCancel}},
		{text: "no, I can't come", want: reminders.Reply{Action: reminders.ActionCancel}},
		{text: "I'm not coming", want: reminders.Reply{Action: reminders.ActionCancel}},
		{text: "STOP", want: reminders.Reply{Action: reminders.ActionOptOut}},
		{text: "Stop!", want: reminders.Reply{Action: reminders.ActionOptOut}},
		{text: "please stop texting me", want: reminders.Reply{Action: reminders.ActionOptOut}},
		{text: "cancel", want: reminders.Reply{Action: reminders.ActionOptOut}},
		{text: "cancel", opts: &reminders.ParseOptions{Channel: channels.WhatsApp}, want: reminders.Reply{Action: reminders.ActionCancel}},
		{text: "END", want: reminders.Reply{Action: reminders.ActionOptOut}},
		{text: "baja", want: reminders.Reply{Action: reminders.ActionOptOut}},
		{text: "HELP", want: reminders.Reply{Action: reminders.ActionHelp}},
		{text: "who is this?", want: reminders.Reply{Action: reminders.ActionHelp}},
		{text: "do I need to fast?", want: reminders.Reply{Action: reminders.ActionQuestion}},
		{text: "yes but my chest hurts", want: reminders.Reply{Action: reminders.ActionQuestion}},
		{text: "what floor is it on?", want: reminders.Reply{Action: reminders.ActionQuestion}},
		{text: "I won't be cancelling, see you", want: reminders.Reply{Action: reminders.ActionConfirm}},
		{text: "no need to reschedule, I'll come", want: reminders.Reply{Action: reminders.ActionConfirm}},
		{text: "no, reschedule please", want: reminders.Reply{Action: reminders.ActionReschedule}},
		{text: "rescheduel pls", want: reminders.Reply{Action: reminders.ActionReschedule}},
		{text: "I'm cancelling", want: reminders.Reply{Action: reminders.ActionCancel}},
		{text: "no hace falta cambiar, ahí estaré", want: reminders.Reply{Action: reminders.ActionConfirm}},
		{text: "where do I park", want: reminders.Reply{Action: reminders.ActionQuestion}},
		{text: "cuando es la cita", want: reminders.Reply{Action: reminders.ActionQuestion}},
		{text: "ok but", want: reminders.Reply{Action: reminders.ActionUnclear}},
		{text: "R - mornings work better", want: reminders.Reply{Action: reminders.ActionReschedule}},
		{text: "C: see you then", want: reminders.Reply{Action: reminders.ActionConfirm}},
		{text: "X, sorry", want: reminders.Reply{Action: reminders.ActionCancel}},
		{text: "X-ray results?", want: reminders.Reply{Action: reminders.ActionQuestion}},
		{text: "C - but my chest hurts", want: reminders.Reply{Action: reminders.ActionQuestion}},
		{text: "PARA", want: reminders.Reply{Action: reminders.ActionOptOut}},
		{text: "cancelar suscripción", want: reminders.Reply{Action: reminders.ActionOptOut}},
		{text: "para el lunes mejor", want: reminders.Reply{Action: reminders.ActionReschedule}},
		{text: "Cc", want: reminders.Reply{Action: reminders.ActionConfirm}},
		{text: "basta de mensajes", want: reminders.Reply{Action: reminders.ActionOptOut}},
		{text: "anulen mi turno por favor", want: reminders.Reply{Action: reminders.ActionCancel}},
		{text: "confrim", want: reminders.Reply{Action: reminders.ActionConfirm}},
		{text: "what do I reply?", want: reminders.Reply{Action: reminders.ActionHelp}},
		{text: "yes but I'll be 5 min late", want: reminders.Reply{Action: reminders.ActionConfirm}},
		{text: "I can't come, cancel please", want: reminders.Reply{Action: reminders.ActionCancel}},
		{text: "cant make it. cancel", want: reminders.Reply{Action: reminders.ActionCancel}},
		{text: "I won't make it, cancel", want: reminders.Reply{Action: reminders.ActionCancel}},
		{text: "I cannot attend please cancel", want: reminders.Reply{Action: reminders.ActionCancel}},
		{text: "can't come, reschedule", want: reminders.Reply{Action: reminders.ActionReschedule}},
		{text: "I can't, reschedule please", want: reminders.Reply{Action: reminders.ActionReschedule}},
		{text: "I don't want to cancel, see you", want: reminders.Reply{Action: reminders.ActionConfirm}},
		{text: "hmm", want: reminders.Reply{Action: reminders.ActionUnclear}},
		{text: "no", want: reminders.Reply{Action: reminders.ActionUnclear}},
		{text: "No thanks", want: reminders.Reply{Action: reminders.ActionUnclear}},
		{text: "Is there anything sooner?", want: reminders.Reply{Action: reminders.ActionReschedule}},
		{text: "No me es posible asistir", want: reminders.Reply{Action: reminders.ActionCancel}},
		{text: "I don't want these texts", want: reminders.Reply{Action: reminders.ActionOptOut}},
		{text: "👍🏻", want: reminders.Reply{Action: reminders.ActionConfirm}},
		// A code alone in a clause at either end, politeness aside.
		{text: "X porfis. surgió algo en el trabajo", want: reminders.Reply{Action: reminders.ActionCancel}},
		{text: "c plz, thx", want: reminders.Reply{Action: reminders.ActionConfirm}},
		{text: "was going to move it but never mind, C", want: reminders.Reply{Action: reminders.ActionConfirm}},
		{text: "R, C", want: reminders.Reply{Action: reminders.ActionUnclear}},
		{text: "r. my knee still hurts", want: reminders.Reply{Action: reminders.ActionQuestion}},
		// A code asked as a question is for a person.
		{text: "yes?", want: reminders.Reply{Action: reminders.ActionUnclear}},
		{text: "confirmd, c u friday", want: reminders.Reply{Action: reminders.ActionConfirm}},
		{text: "cant come then, any other time that week?", want: reminders.Reply{Action: reminders.ActionReschedule}},
		{text: "Monday's no good, is Thurs ok?", want: reminders.Reply{Action: reminders.ActionReschedule}},
		{text: "won't cancel, just need a new slot", want: reminders.Reply{Action: reminders.ActionReschedule}},
		{text: "no puedo ir, y no quiero otra cita por ahora", want: reminders.Reply{Action: reminders.ActionCancel}},
		{text: "already got better, no need to come in", want: reminders.Reply{Action: reminders.ActionCancel}},
		{text: "no entiendo, qué debo contestar", want: reminders.Reply{Action: reminders.ActionHelp}},
		{text: "how does this work", want: reminders.Reply{Action: reminders.ActionHelp}},
		{text: "X x x", want: reminders.Reply{Action: reminders.ActionCancel}},
		{text: "C pls see you thursday", want: reminders.Reply{Action: reminders.ActionConfirm}},
		{text: "bet", want: reminders.Reply{Action: reminders.ActionConfirm}},
		{text: "can't at 8, anything after lunch?", want: reminders.Reply{Action: reminders.ActionReschedule}},
		{text: "mejor otra semana si se puede", want: reminders.Reply{Action: reminders.ActionReschedule}},
		{text: "cancelen la cita de mi papá, no necesitamos reprogramar", want: reminders.Reply{Action: reminders.ActionCancel}},
		{text: "please opt my number out of these", want: reminders.Reply{Action: reminders.ActionOptOut}},
		{text: "kindly opt me out of the text reminders", want: reminders.Reply{Action: reminders.ActionOptOut}},
		{text: "who gave you my number, I never signed up", want: reminders.Reply{Action: reminders.ActionHelp}},
		{text: "is this a bot or a real person", want: reminders.Reply{Action: reminders.ActionHelp}},
		{text: "I think that's the wrong day, mine is Friday", want: reminders.Reply{Action: reminders.ActionQuestion}},
		{text: "thursday works", want: reminders.Reply{Action: reminders.ActionConfirm}},
		{text: "grandma is bringing him", want: reminders.Reply{Action: reminders.ActionConfirm}},
		{text: "Yesss", want: reminders.Reply{Action: reminders.ActionConfirm}},
		{text: "sííí", want: reminders.Reply{Action: reminders.ActionConfirm}},
		{text: "can we come later the same day?", want: reminders.Reply{Action: reminders.ActionReschedule}},
		{text: "is this legit or a scam", want: reminders.Reply{Action: reminders.ActionHelp}},
		{text: "we're running about 15 minutes late", want: reminders.Reply{Action: reminders.ActionQuestion}},
		{text: "llegamos tarde unos 10 min, nos esperan?", want: reminders.Reply{Action: reminders.ActionQuestion}},
		{text: "yes, will be 5 min late", want: reminders.Reply{Action: reminders.ActionConfirm}},
		{text: "martes?", want: reminders.Reply{Action: reminders.ActionUnclear}},
		{text: "les pido que dejaran de mandarme mensajes", want: reminders.Reply{Action: reminders.ActionOptOut}},
		{text: "¿aceptan Medicaid? me cambiaron el seguro", want: reminders.Reply{Action: reminders.ActionQuestion}},
		{text: "isn't it on monday? they told me monday", want: reminders.Reply{Action: reminders.ActionQuestion}},
		{text: "ahorita no puedo hablar, en un rato", want: reminders.Reply{Action: reminders.ActionUnclear}},
		{text: "I wouldn't miss it", want: reminders.Reply{Action: reminders.ActionConfirm}},
		{text: "could we make it the week after", want: reminders.Reply{Action: reminders.ActionReschedule}},
		{text: "I don't remember making this appointment", want: reminders.Reply{Action: reminders.ActionHelp}},
		{text: "please call me, I have a doubt", want: reminders.Reply{Action: reminders.ActionQuestion}},
		{text: "I'm driving her, she'll be there", want: reminders.Reply{Action: reminders.ActionConfirm}},
		{text: "can't wait to see the doctor!", want: reminders.Reply{Action: reminders.ActionConfirm}},
		{text: "no, no voy a faltar", want: reminders.Reply{Action: reminders.ActionConfirm}},
		{text: "cool", want: reminders.Reply{Action: reminders.ActionConfirm}},
		{text: "please take my number off your list", want: reminders.Reply{Action: reminders.ActionOptOut}},
		// replies-indep8's first run: removal from a list in Spanish, a
		// misspelt unsubscribe, a number to delete, STOP as a sentence.
		{text: "Sáquenme de la lista, no soy paciente de ustedes", want: reminders.Reply{Action: reminders.ActionOptOut}},
		{text: "sáquenme de dudas, ¿es a las 10?", want: reminders.Reply{Action: reminders.ActionQuestion}},
		{text: "unsubcribe me pls", want: reminders.Reply{Action: reminders.ActionOptOut}},
		{text: "Wrong number, I'm not a patient there. Please delete this number.", want: reminders.Reply{Action: reminders.ActionOptOut}},
		{text: "WHY DO YOU KEEP MESSAGING ME. STOP. I moved to another doctor years ago", want: reminders.Reply{Action: reminders.ActionOptOut}},
		{text: "my nose is bleeding and it won't stop, should I still come?", want: reminders.Reply{Action: reminders.ActionQuestion}},
		{text: "I'll try to make it", want: reminders.Reply{Action: reminders.ActionUnclear}},
		{text: "which clinic is this? I'm confused", want: reminders.Reply{Action: reminders.ActionHelp}},
		{text: "yo tenía la cita con otro doctor, ¿la cambiaron?", want: reminders.Reply{Action: reminders.ActionQuestion}},
		// replies-indep9's first run, in other words: a code for one of
		// the family, and a mix of codes for several; "sí vamos";
		// what a code means; a question besides a confirmation; told
		// otherwise, or the wrong person; a lone "ya", "yeah" in English
		// or "already" in Spanish.
		{text: "R for Sofia's please", want: reminders.Reply{Action: reminders.ActionReschedule}},
		{text: "C for the twins. Have to cancel Marco's, he's at camp", want: reminders.Reply{Action: reminders.ActionQuestion}},
		{text: "ok sí vamos el jueves", want: reminders.Reply{Action: reminders.ActionConfirm}},
		{text: "qué es la X?", want: reminders.Reply{Action: reminders.ActionHelp}},
		{text: "We'll be there. Is it ok if my sister comes in with me", want: reminders.Reply{Action: reminders.ActionQuestion}},
		{text: "the receptionist told us Thursday at 9, not Friday. which is it?", want: reminders.Reply{Action: reminders.ActionQuestion}},
		{text: "not my appointment, must be for my dad, same name", want: reminders.Reply{Action: reminders.ActionQuestion}},
		{text: "ya", want: reminders.Reply{Action: reminders.ActionUnclear}},
		// replies-indep10's first run, in other words: an e-mail's reply
		// above the quoted reminder and its "Reply STOP", signed; a code
		// dictated; a Spanish opt-out without "me"; how to use the codes;
		// a formal request for a new date, or a cancel that wants none;
		// the office moved; a question without a question mark.
		{text: "X\n\nMargaret Olsen\n\nOn Tue, Mar 3, 2026 at 9:00 AM Clinic <front@clinic.example> wrote:\n> Reply C to confirm, R to reschedule, X to cancel. Reply STOP to opt out.", opts: &reminders.ParseOptions{Channel: channels.Email}, want: reminders.Reply{Action: reminders.ActionCancel}},
		{text: "C\n\nSaludos cordiales,\nAurora Benítez", opts: &reminders.ParseOptions{Channel: channels.Email}, want: reminders.Reply{Action: reminders.ActionConfirm}},
		{text: "see", want: reminders.Reply{Action: reminders.ActionConfirm}},
		{text: "por favor ya no manden mensajes a este número, era de mi mamá", want: reminders.Reply{Action: reminders.ActionOptOut}},
		{text: "which letter do I press? what do i hit to say yes", want: reminders.Reply{Action: reminders.ActionHelp}},
		{text: "Estimados: no me será posible acudir el día martes. Les agradeceré asignarme una nueva fecha.", want: reminders.Reply{Action: reminders.ActionReschedule}},
		{text: "Les pido cancelar la cita de mi madre; por ahora no deseamos una nueva fecha.", want: reminders.Reply{Action: reminders.ActionCancel}},
		{text: "is this still the clinic on Pine St or did you move", want: reminders.Reply{Action: reminders.ActionQuestion}},
		{text: "Do I need to bring my insulin pen", want: reminders.Reply{Action: reminders.ActionQuestion}},
		{text: "", want: reminders.Reply{Action: reminders.ActionUnclear}},
		{text: "2", opts: &reminders.ParseOptions{Choices: 3}, want: reminders.Reply{Action: reminders.ActionReschedule, Choice: 2}},
		{text: "the second one", opts: &reminders.ParseOptions{Choices: 3}, want: reminders.Reply{Action: reminders.ActionReschedule, Choice: 2}},
		{text: "opción 3", opts: &reminders.ParseOptions{Choices: 3}, want: reminders.Reply{Action: reminders.ActionReschedule, Choice: 3}},
		{text: "4", opts: &reminders.ParseOptions{Choices: 3}, want: reminders.Reply{Action: reminders.ActionUnclear}},
		{payload: reminders.PayloadConfirm, want: reminders.Reply{Action: reminders.ActionConfirm}},
		{payload: reminders.PayloadCancel, want: reminders.Reply{Action: reminders.ActionCancel}},
		{payload: reminders.PayloadSlotPrefix + "1", opts: &reminders.ParseOptions{Choices: 2}, want: reminders.Reply{Action: reminders.ActionReschedule, Choice: 1}},
		{payload: reminders.PayloadSlotPrefix + "2", want: reminders.Reply{Action: reminders.ActionReschedule}},
		{payload: reminders.PayloadSlotPrefix + "9", opts: &reminders.ParseOptions{Choices: 3}, want: reminders.Reply{Action: reminders.ActionReschedule}},
	} {
		t.Run(tc.text+tc.payload, func(t *testing.T) {
			if got := reminders.ParseReply(tc.text, tc.payload, tc.opts); got != tc.want {
				t.Errorf("ParseReply(%q, %q) = %+v, want %+v", tc.text, tc.payload, got, tc.want)
			}
		})
	}
}

type labeled struct {
	Text    string `json:"text"`
	Action  string `json:"action"`
	Lang    string `json:"lang"`
	Channel string `json:"channel"`
}

func readLabeled(tb testing.TB, path string) []labeled {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []labeled
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var l labeled
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			tb.Fatalf("%s: %v", path, err)
		}
		out = append(out, l)
	}
	return out
}

// TestRepliesNeverMissOptOut holds the one figure that must be perfect:
// every opt-out of every labeled set, on its channel, is read as one.
func TestRepliesNeverMissOptOut(t *testing.T) {
	sets, err := filepath.Glob("testdata/replies*.jsonl")
	if err != nil || len(sets) < 2 {
		t.Fatalf("labeled sets: %v, %v", sets, err)
	}
	for _, set := range sets {
		for _, l := range readLabeled(t, set) {
			got := reminders.ParseReply(l.Text, "", &reminders.ParseOptions{Channel: channels.Kind(l.Channel)}).Action
			if l.Action == string(reminders.ActionOptOut) && got != reminders.ActionOptOut {
				t.Errorf("%s: opt-out %q read as %s", set, l.Text, got)
			}
		}
	}
}

func FuzzParseReply(f *testing.F) {
	for _, l := range readLabeled(f, "testdata/replies.jsonl") {
		f.Add(l.Text, "", 0)
	}
	f.Add("", reminders.PayloadSlotPrefix+"99999999999999999999", 3)
	f.Add("\xff\xfe", "reminders:slot:-1", 2)
	f.Fuzz(func(t *testing.T, text, payload string, choices int) {
		r := reminders.ParseReply(text, payload, &reminders.ParseOptions{Choices: choices % 10})
		valid := false
		for _, a := range reminders.Actions() {
			valid = valid || r.Action == a
		}
		if !valid {
			t.Fatalf("unknown action %q", r.Action)
		}
		if r.Choice < 0 || r.Choice > max(choices%10, 0) || (r.Choice > 0 && r.Action != reminders.ActionReschedule) {
			t.Fatalf("choice %d with %s", r.Choice, r.Action)
		}
		if kw, _ := channels.ParseKeyword(channels.SMS, text); kw == channels.KeywordOptOut && payload == "" && r.Action != reminders.ActionOptOut {
			t.Fatalf("opt-out keyword %q read as %s", text, r.Action)
		}
		_ = utf8.ValidString(text)
	})
}

func TestSiAsIfIsNotAConfirmation(t *testing.T) {
	cases := map[string]reminders.Action{
		"perdón, también quería saber si aceptan mi seguro nuevo": reminders.ActionQuestion,
		"no sé si puedo ir":                 reminders.ActionUnclear,
		"si":                                reminders.ActionConfirm,
		"Si, ahí estaré":                    reminders.ActionConfirm,
		"I was wondering if you take Aetna": reminders.ActionQuestion,
	}
	for text, want := range cases {
		if got := reminders.ParseReply(text, "", nil).Action; got != want {
			t.Errorf("ParseReply(%q) = %s, want %s", text, got, want)
		}
	}
}
