package routing

import (
	"fmt"
	"strings"
	"time"
)

// The built-in after-hours replies. Both name the emergency numbers, say
// that the reply is automatic, and carry {next_open}.
const (
	afterHoursEN = "Thank you for your message. Our office is closed now and opens again {next_open}; " +
		"our team will answer you then. If this is an emergency, call 911. " +
		"If you are thinking about suicide or hurting yourself, call or text 988. (Automatic reply)"
	afterHoursES = "Gracias por su mensaje. Nuestra oficina está cerrada y abre de nuevo {next_open}; " +
		"nuestro equipo le responderá entonces. Si es una emergencia, llame al 911. " +
		"Si está pensando en el suicidio o en hacerse daño, llame o envíe un mensaje de texto al 988. (Respuesta automática)"
)

var (
	daysES   = [...]string{"domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"}
	monthsES = [...]string{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
		"septiembre", "octubre", "noviembre", "diciembre"}
)

// AfterHoursReply returns the automatic reply for a patient who writes at
// now while the practice is closed, in lang (Spanish for "es" and "es-*",
// English otherwise; CalendarSpec.AfterHoursReply overrides the built-in
// texts), with the next opening time in the practice's time zone. It always
// gives the emergency numbers 911 and 988. It returns "" when the practice
// is open at now (a nil Calendar is always open).
func (c *Calendar) AfterHoursReply(lang string, now time.Time) string {
	if c.IsOpen(now) {
		return ""
	}
	next := c.NextOpen(now).In(c.Location())
	es := primaryLang(lang) == "es"
	key, text := "en", afterHoursEN
	if es {
		key, text = "es", afterHoursES
	}
	if t, ok := c.replies[key]; ok {
		text = t
	}
	return strings.ReplaceAll(text, "{next_open}", formatOpen(next, es))
}

func formatOpen(t time.Time, es bool) string {
	if es {
		return fmt.Sprintf("el %s %d de %s a las %s", daysES[t.Weekday()], t.Day(), monthsES[t.Month()-1], t.Format("15:04"))
	}
	return t.Format("Monday, January 2 at 3:04 PM")
}
