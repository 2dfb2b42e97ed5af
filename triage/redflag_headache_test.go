package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// TestFindRedFlagsHeadacheDizzinessESL holds the classes found by
// probe155 (headaches), probe156 (dizziness and fainting) and probe157
// (English as a second language from Asia, Africa and the Caribbean), in
// words other than those sets': a headache with double vision or a
// falling eyelid, a head butted with a faint and vomiting, diarrhoea
// nonstop with a fast pulse lying down, gasping after a faint, a soft spot
// that bulges, all the sleeping pills, a belt put on a bleeding leg, a
// fall of three meters, the worst headache "in her whole life". And the
// look-alikes: a headache someone gave, a stiff neck slept on with no
// fever, "guidance on carbon monoxide", a carbon monoxide poisoning last
// December, a chest pain "from last week gone already", a match that
// opens and ends on a denial.
func TestFindRedFlagsHeadacheDizzinessESL(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"headache, double", "terrible headache since this afternoon and now I'm seeing double", "severe_headache", triage.UrgencyEmergency},
		{"falling eyelid", "me duele mucho la cabeza y el párpado izquierdo se me está cayendo", "severe_headache", triage.UrgencyEmergency},
		{"cabezazo", "se dio un cabezazo contra la portería y vomitó tres veces", "head_injury", triage.UrgencyEmergency},
		{"diarrhoea, fast pulse", "diarrhea nonstop since Sunday and her heart rate is 135 lying in bed", "dehydration", triage.UrgencyEmergency},
		{"boquea", "se desmayó en la cocina y solo boquea", "unresponsive", triage.UrgencyEmergency},
		{"soft spot bulging", "my 2 month old has a fever and his soft spot is bulging", "sick_newborn", triage.UrgencyEmergency},
		{"all the sleeping pills", "my father take all his sleeping pills after the argument", "suicidal", triage.UrgencyEmergency},
		{"a belt on the leg", "he cut his leg on the saw, we put a belt on the leg, blood still coming", "bleeding", triage.UrgencyEmergency},
		{"three meters", "my uncle fell from the scaffold about 4 meters and can't move his legs", "trauma", triage.UrgencyEmergency},
		{"whole life", "my mother headache suddenly, she say worst in her whole life", "severe_headache", triage.UrgencyEmergency},

		{"a headache given", "my students gave me the worst headache today lol, can I move my physical?", "severe_headache", triage.UrgencyUrgent},
		{"a neck slept on", "stiff neck and headache after I slept on the plane with my head against the window, no fever", "", triage.UrgencyRoutine},
		{"guidance", "do you have any guidance on carbon monoxide before we use the generator?", "", triage.UrgencyRoutine},
		{"poisoning in December", "En diciembre tuvimos una intoxicación por monóxido, nos atendieron en urgencias y ya estamos bien", "overdose", triage.UrgencyUrgent},
		{"gone already", "my chest pain from last week gone already, still need the follow up?", "", triage.UrgencyRoutine},
		{"denied at both ends", "not peeing much today, thinking clearly, no confusion", "", triage.UrgencyRoutine},
	})
}
