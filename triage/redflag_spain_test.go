package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// TestFindRedFlagsSpainAndPractices holds the classes found by probe166
// (Spanish as written in Spain) and by three practices' fortnights
// (probe164 women's health, probe165 behavioural health, probe167
// paediatrics), in words other than those sets': the perfect ("se ha
// tragado", "he dejado de ver"), Spain's words ("cacahuete", "le pitan
// los bronquios", "no hay quien lo despierte"), pills mixed with drink on
// purpose, "me voy a cortar", a farewell that thanks "Dr. Ruiz" (a
// title's full stop ends no sentence). And the look-alikes: a pain of
// last week with a heart attack ruled out, a chest worked up and found
// well, a child's "I want to die" every time a game is taken, a double
// dose next to a weight, a fax number, a seizure the last time a
// medicine ran out.
func TestFindRedFlagsSpainAndPractices(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"perfect: pills swallowed", "mi hija se ha tragado unas pastillas de su abuelo, tiene dos años", "overdose", triage.UrgencyEmergency},
		{"just fell, no answer", "mi padre se acaba de caer en la cocina y no nos contesta", "unresponsive", triage.UrgencyEmergency},
		{"breathing like snoring", "está en el suelo y respira muy raro, como roncando", "unresponsive", triage.UrgencyEmergency},
		{"nobody can wake him", "tiene fiebre y no hay quien lo despierte", "unresponsive", triage.UrgencyEmergency},
		{"worst of her life", "a mi madre le duele la cabeza, dice que es el peor dolor de su vida", "worst_pain", triage.UrgencyEmergency},
		{"mixed on purpose", "he mezclado el orfidal con ginebra adrede, ya no sé cuántos", "overdose", triage.UrgencyEmergency},
		{"sight gone suddenly", "de repente he dejado de ver por un ojo y no me sale bien la palabra", "stroke", triage.UrgencyEmergency},
		{"blow, drowsy", "se dio en la cabeza con el columpio y ahora está muy adormilado", "trauma", triage.UrgencyEmergency},
		{"peanut, wheeze", "ha comido cacahuetes y le pitan los bronquios", "anaphylaxis", triage.UrgencyEmergency},
		{"heat, no sweat", "lleva toda la tarde al sol cavando y ya ha dejado de sudar, está muy raro", "", triage.UrgencyEmergency},
		{"heat, nonsense", "con este calor mi tío está diciendo cosas sin sentido", "", triage.UrgencyEmergency},
		{"wants to cut", "no aguanto más, me voy a cortar con la cuchilla", "self_harm", triage.UrgencyEmergency},
		{"farewell to Dr.", "Please cancel my visits, I won't need them anymore. Thank you Dr. Ruiz for trying", "suicidal", triage.UrgencyEmergency},

		{"haircut", "me quiero cortar el pelo antes de la boda, ¿puedo con los puntos?", "", triage.UrgencyRoutine},
		{"ruled out", "necesito el informe del dolor de pecho de la semana pasada, en urgencias descartaron infarto", "", triage.UrgencyRoutine},
		{"worked up fine", "when I'm stressed I get chest pressure, but my EKG and stress test were normal", "chest_pain", triage.UrgencyUrgent},
		{"every time", "mi hijo de 5 años dice que se quiere morir cada vez que apagamos la consola", "suicidal", triage.UrgencyUrgent},
		{"double dose, weight", "le di 10 ml en vez de 5 del jarabe, pesa 25 kilos y está bien", "", triage.UrgencyRoutine},
		{"a fax number", "please send my records from birth to now to the new clinic, fax 555-210-7733", "", triage.UrgencyRoutine},
		{"seizure last time", "Last time my Xanax ran out I had what the ER called a withdrawal seizure, please refill so it never happens again", "seizure", triage.UrgencyUrgent},
	})
}
