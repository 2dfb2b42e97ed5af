package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// TestFindRedFlagsNeuro: emergencies of the brain and nerves told without
// medical words (neuroRules), in words other than probe64's, and
// look-alikes that are not.
func TestFindRedFlagsNeuro(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"words not understood", "all of a sudden I can't understand what my wife is saying", "stroke", triage.UrgencyEmergency},
		{"double and spinning", "I'm seeing double and the room is spinning", "stroke", triage.UrgencyEmergency},
		{"one side heavy", "my left side feels heavy and my mouth won't work right", "stroke", triage.UrgencyEmergency},
		{"headache then faint", "worst headache of my life came on suddenly and then I fainted", "", triage.UrgencyEmergency},
		{"faint at practice", "my son fainted during soccer practice", "fainting", triage.UrgencyEmergency},

		{"a usual migraine", "my usual migraine again, can I get my sumatriptan refilled?", "", triage.UrgencyRoutine},
		{"known vertigo", "my vertigo is acting up again like last year, the ENT said it's BPPV", "", triage.UrgencyUrgent},
	})
}

// TestFindRedFlagsBehaviour: emergencies told by what a person can no
// longer do or how they behave (behaviourRules, found by probe99), in
// words other than that set's, and look-alikes: a dementia's usual
// repetition, a request asked again, a toddler's game, a wall walked into
// yesterday, what a stroke left, a Bell's palsy a neurologist named.
func TestFindRedFlagsBehaviour(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"same question, new", "my father keeps asking whether he already ate, every few minutes, and he was completely normal at breakfast", "sudden_confusion", triage.UrgencyEmergency},
		{"repite, nunca", "mi abuelo repite lo mismo una y otra vez y empezó hace como dos horas, nunca le había pasado", "sudden_confusion", triage.UrgencyEmergency},
		{"paper upside down", "she's been reading the newspaper upside down since this afternoon and was fine at lunch", "sudden_confusion", triage.UrgencyEmergency},
		{"bumps, sight gone", "he keeps bumping into the wall on his right and says he can't see anything on that side", "stroke", triage.UrgencyEmergency},
		{"tropieza, no ve", "se tropieza con los muebles del lado izquierdo y dice que no ve nada", "stroke", triage.UrgencyEmergency},
		{"hand will not obey", "my right hand won't do what I tell it and my right leg feels heavy", "stroke", triage.UrgencyEmergency},
		{"face side droopy", "the left side of her face looks off, kind of droopy", "stroke", triage.UrgencyEmergency},
		{"stare and jerking", "my son is staring into space, not answering us, and his left arm keeps jerking", "seizure", triage.UrgencyEmergency},
		{"mirando fijo, frasco", "mi esposo está mirando fijo, no responde, y encontré un frasco vacío de sus pastillas", "overdose", triage.UrgencyEmergency},
		{"stare, pills", "she just sits there and will stare at the wall and not answer me, pills all over the floor", "overdose", triage.UrgencyEmergency},
		{"sorry, isn't answering", "my sister texted 'sorry for everything' and isn't answering", "suicidal", triage.UrgencyEmergency},
		{"young infant, not feeding", "my 5 week old has not fed in 6 hours and has a rectal temp of 100.9", "young_infant_fever", triage.UrgencyEmergency},

		{"dementia's usual", "mom has alzheimer's and keeps asking the same question, she was fine this morning but it's her usual", "", triage.UrgencyUrgent},
		{"dementia for years", "my grandpa with dementia keeps repeating himself, started years ago", "", triage.UrgencyRoutine},
		{"asks for a refill", "my husband was fine at lunch, he keeps asking for a refill of his lisinopril", "", triage.UrgencyRoutine},
		{"a toddler's game", "my toddler loves reading his books upside down", "", triage.UrgencyRoutine},
		{"wall yesterday", "I walked into a wall at work yesterday, got a bruise, can I see someone this week", "", triage.UrgencyRoutine},
		{"what a stroke left", "she still can't get her words out since the stroke but speech therapy is helping", "", triage.UrgencyUrgent},
		{"Bell's palsy named", "we saw the neurologist, the face drooping was Bell's palsy, he's getting better", "", triage.UrgencyUrgent},
	})
}
