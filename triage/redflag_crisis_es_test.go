package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// TestFindRedFlagsChestSeizureCrisisES holds the classes found by probe180
// (chest pain of every kind), probe181 (seizures), probe182 (crises of the
// mind written in Spanish, found missing at 0.58) and probe183 (a text
// line's patients who spell by sound), in words other than those sets':
// a back torn "como si le desgarraran", a pain to the left arm with a
// sweat, a cold sweat with the back and an arm; stiff then twitching,
// seizures in a row today, still seizing after the rescue medicine; a
// rope ready, a last day, a poison bought, a river entered, "no quiero
// que me salven", "se pega un tiro", a farewell letter, a knife to the
// neck, "puede volar" from a roof, despair with the means at hand. And the
// look-alikes: heartburn eased by an antacid, a cough's chest, a pain
// eased by leaning forward, a named chest-wall pain, a usual seizure
// over, jerks whenever falling asleep, a reason given ("because of my
// seizure"), "no quiero seguir con el Zoloft", a paper on prevention.
func TestFindRedFlagsChestSeizureCrisisES(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"torn back", "le dio un dolor en la espalda como si le rasgaran algo por dentro y está sudando", "aortic", triage.UrgencyEmergency},
		{"left arm, sweat", "antacids did nothing, now it's going down my left arm and I'm sweating buckets", "heart_attack", triage.UrgencyEmergency},
		{"cold sweat, back and arm", "tengo sudor frío, me duele la espalda y el brazo izquierdo desde hace media hora", "", triage.UrgencyEmergency},
		{"stiff then twitching", "he went stiff and now his left hand and face keep twitching", "seizure", triage.UrgencyEmergency},
		{"seizures in a row", "hoy ya tuvo tres convulsiones seguidas", "seizure", triage.UrgencyEmergency},
		{"still seizing", "gave the rescue spray ten minutes ago and she is still seizing", "seizure", triage.UrgencyEmergency},
		{"rope ready", "ya tengo el mecate listo, esta noche se acaba", "suicidal", triage.UrgencyEmergency},
		{"poison bought", "compré el veneno y no quiero que nadie me llame", "suicidal", triage.UrgencyEmergency},
		{"into the river", "mi tío se tiró al río y lo sacaron, dice que lo va a volver a hacer", "suicidal", triage.UrgencyEmergency},
		{"no rescue", "esta vez no quiero que me salven, gracias por todo", "suicidal", triage.UrgencyEmergency},
		{"a shot", "está borracho con la pistola y dice que se pega un tiro", "suicidal", triage.UrgencyEmergency},
		{"farewell letter", "mi hija publicó una carta de despedida y no abre la puerta", "suicidal", triage.UrgencyEmergency},
		{"knife to the neck", "tiene el cuchillo en el cuello y no deja que nos acerquemos", "suicidal", triage.UrgencyEmergency},
		{"can fly", "se subió a la azotea porque cree que puede volar", "suicidal", triage.UrgencyEmergency},
		{"despair and means", "estoy harto de todo y tengo la escopeta cargada", "suicidal", triage.UrgencyEmergency},

		{"antacid relief", "burning in my chest after a huge dinner, took two tums and it's gone now", "chest_pain", triage.UrgencyUrgent},
		{"a cough's chest", "me duele el pecho de tanto toser con esta gripa", "chest_pain", triage.UrgencyUrgent},
		{"lean forward", "sharp chest pain since the flu, better when I sit up and lean forward", "chest_pain", triage.UrgencyUrgent},
		{"chest wall named", "mi costocondritis sigue, me duele el pecho al apretar", "chest_pain", triage.UrgencyUrgent},
		{"usual seizure over", "he had his usual short seizure at school, back to baseline in ten minutes per his plan", "seizure", triage.UrgencyUrgent},
		{"whenever asleep", "whenever I drift off my whole body jerks and wakes me, is that a seizure?", "seizure", triage.UrgencyUrgent},
		{"because of a seizure", "the DMV needs this form filled because of my seizure this week", "seizure", triage.UrgencyUrgent},
		{"zoloft", "ya no quiero seguir con el Zoloft, me siento mejor", "", triage.UrgencyRoutine},
		{"prevention paper", "hago una tarea sobre prevención del suicidio, ¿tienen folletos?", "", triage.UrgencyRoutine},
	})
}
