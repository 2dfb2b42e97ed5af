package reminders

import (
	"fmt"
	"strings"
	"text/template"
	"time"
)

// MessageKind names a message reminders send.
type MessageKind string

// The messages. Each built-in language has every kind.
const (
	MsgReminder    MessageKind = "reminder"    // the reminder itself
	MsgConfirmed   MessageKind = "confirmed"   // after a confirm
	MsgCancelled   MessageKind = "cancelled"   // after a cancel
	MsgSlots       MessageKind = "slots"       // numbered open slots for a reschedule
	MsgRescheduled MessageKind = "rescheduled" // after a slot was booked
	MsgNoSlots     MessageKind = "no_slots"    // no open slot: staff will call
	MsgHelp        MessageKind = "help"        // the reply codes
	MsgOffer       MessageKind = "offer"       // a freed slot, to the waitlist
	MsgOfferWon    MessageKind = "offer_won"   // the slot is yours
	MsgOfferGone   MessageKind = "offer_gone"  // someone else took it
)

// TemplateData is what templates see. It holds no clinical detail: the
// reminder goes on low-tier channels (SMS, WhatsApp), so it names the
// practice and the time, never the reason for the visit.
type TemplateData struct {
	Practice string
	// Date and Time are the appointment's (or slot's) local date and time,
	// written in the message's language.
	Date, Time string
	// Slots are the numbered options of MsgSlots, each "date time".
	Slots []string
}

// Templates are Go text/template sources by message kind, for one
// language. A vendor's templates replace the built-in ones kind by kind.
type Templates map[MessageKind]string

// builtin holds the English and Spanish texts. Reply codes are C / R / X
// and 1 / 2 / 3: never CANCEL, END, QUIT or STOP, which carriers treat as
// opt-out.
var builtin = map[string]Templates{
	"en": {
		MsgReminder:    "{{.Practice}}: reminder of your appointment {{.Date}} at {{.Time}}. Reply C to confirm, R to reschedule, X to cancel. Reply STOP to opt out.",
		MsgConfirmed:   "{{.Practice}}: thank you, your appointment {{.Date}} at {{.Time}} is confirmed.",
		MsgCancelled:   "{{.Practice}}: your appointment {{.Date}} at {{.Time}} is cancelled. Reply R to book a new time.",
		MsgSlots:       "{{.Practice}}: reply with the number of the time you want:{{range $i, $s := .Slots}} {{inc $i}}) {{$s}}{{end}}",
		MsgRescheduled: "{{.Practice}}: done, your appointment is now {{.Date}} at {{.Time}}.",
		MsgNoSlots:     "{{.Practice}}: we have no open time to offer right now; our staff will contact you.",
		MsgHelp:        "{{.Practice}}: reply C to confirm, R to reschedule, X to cancel your appointment. Reply STOP to opt out. Msg&data rates may apply.",
		MsgOffer:       "{{.Practice}}: an earlier appointment is open {{.Date}} at {{.Time}}. Reply YES to take it. Reply STOP to opt out.",
		MsgOfferWon:    "{{.Practice}}: it's yours, your appointment is {{.Date}} at {{.Time}}.",
		MsgOfferGone:   "{{.Practice}}: sorry, that time has been taken. You stay on our waitlist.",
	},
	"es": {
		MsgReminder:    "{{.Practice}}: le recordamos su cita el {{.Date}} a las {{.Time}}. Responda C para confirmar, R para cambiarla, X para cancelarla. Responda STOP para no recibir mensajes.",
		MsgConfirmed:   "{{.Practice}}: gracias, su cita del {{.Date}} a las {{.Time}} está confirmada.",
		MsgCancelled:   "{{.Practice}}: su cita del {{.Date}} a las {{.Time}} está cancelada. Responda R para pedir otra hora.",
		MsgSlots:       "{{.Practice}}: responda con el número de la hora que prefiera:{{range $i, $s := .Slots}} {{inc $i}}) {{$s}}{{end}}",
		MsgRescheduled: "{{.Practice}}: listo, su cita es ahora el {{.Date}} a las {{.Time}}.",
		MsgNoSlots:     "{{.Practice}}: no tenemos horas libres ahora; nuestro personal le contactará.",
		MsgHelp:        "{{.Practice}}: responda C para confirmar, R para cambiar, X para cancelar su cita. Responda STOP para no recibir mensajes.",
		MsgOffer:       "{{.Practice}}: hay una cita libre el {{.Date}} a las {{.Time}}. Responda SI para tomarla. Responda STOP para no recibir mensajes.",
		MsgOfferWon:    "{{.Practice}}: es suya, su cita es el {{.Date}} a las {{.Time}}.",
		MsgOfferGone:   "{{.Practice}}: lo sentimos, esa hora ya fue tomada. Sigue en nuestra lista de espera.",
	},
}

// textSet is the compiled templates of every language.
type textSet map[string]map[MessageKind]*template.Template

var funcs = template.FuncMap{"inc": func(i int) int { return i + 1 }}

// compileTexts merges the vendor's templates over the built-in ones and
// parses them all.
func compileTexts(vendor map[string]Templates) (textSet, error) {
	out := textSet{}
	add := func(lang string, ts Templates) error {
		if out[lang] == nil {
			out[lang] = map[MessageKind]*template.Template{}
		}
		for k, src := range ts {
			t, err := template.New(lang + "/" + string(k)).Funcs(funcs).Option("missingkey=error").Parse(src)
			if err != nil {
				return fmt.Errorf("%w: template %s/%s: %v", ErrInvalid, lang, k, err)
			}
			out[lang][k] = t
		}
		return nil
	}
	for lang, ts := range builtin {
		if err := add(lang, ts); err != nil {
			return nil, err
		}
	}
	for lang, ts := range vendor {
		if err := add(baseLang(lang), ts); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// render writes message k in lang, falling back to English for a
// language or kind it does not have.
func (ts textSet) render(lang string, k MessageKind, d TemplateData) (string, error) {
	t := ts[baseLang(lang)][k]
	if t == nil {
		t = ts["en"][k]
	}
	if t == nil {
		return "", fmt.Errorf("%w: no template %s", ErrInvalid, k)
	}
	var b strings.Builder
	if err := t.Execute(&b, d); err != nil {
		return "", fmt.Errorf("reminders: render %s/%s: %w", lang, k, err)
	}
	return b.String(), nil
}

// baseLang returns the primary subtag of a language tag: "es-MX" -> "es".
func baseLang(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	return tag
}

var (
	esWeekdays = [...]string{"domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"}
	esMonths   = [...]string{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
		"septiembre", "octubre", "noviembre", "diciembre"}
)

// formatWhen writes a local date and time in lang: "Tue Mar 10", "9:30 AM";
// "martes 10 de marzo", "09:30".
func formatWhen(lang string, t time.Time) (date, clock string) {
	if baseLang(lang) == "es" {
		return fmt.Sprintf("%s %d de %s", esWeekdays[t.Weekday()], t.Day(), esMonths[t.Month()-1]), t.Format("15:04")
	}
	return t.Format("Mon Jan 2"), t.Format("3:04 PM")
}
