package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// TestFindRedFlagsAnimalsAndDevices holds the classes found by probe119
// (people and animals), probe120 (what watches, sensors and home devices
// say) and probe121 (several people or matters in one message), in words
// other than those sets': a child into a pet's medicines, a snake that
// "got" someone, a bull's horn, a vet tech's needle, flea drops or a horse
// dewormer swallowed, a stingray's barb, a scorpion's signs a sentence
// later, an infection's fever with talk that makes no sense; an older
// person on the floor and confused, a slow pulse with a faint, a sensor's
// low with a person who no longer answers; a pregnancy bleeding told
// with "sangrar muchísimo", pills gathered to be taken, a farewell for
// tomorrow, someone else's plan to kill himself. And the look-alikes
// that must stay below emergency: the pets' own emergencies, a dose named
// after a medicine, an old event dated "in May" or "a year ago today", a
// plan asked for "if" a reading falls, an adult jittery on a new thyroid
// dose, a bat that flew out of a window.
func TestFindRedFlagsAnimalsAndDevices(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"into the cat's pills", "my son got into the cat's thyroid pills on the counter, now he's really sleepy and pale", "overdose", triage.UrgencyEmergency},
		{"snake got him", "my brother got struck by a copperhead on the ankle while fishing, foot is huge already", "animal_bite", triage.UrgencyEmergency},
		{"cornada", "a mi papá lo corneó una vaca en el pecho y está sangrando", "trauma", triage.UrgencyEmergency},
		{"euthanasia solution stick", "I stuck myself with a needle of euthanasia solution at work and I feel very drowsy", "overdose", triage.UrgencyEmergency},
		{"xilacina", "me piqué con la aguja de la xilacina del caballo y me siento muy débil", "overdose", triage.UrgencyEmergency},
		{"pipeta antipulgas", "el niño se tomó la pipeta antipulgas del gato y está temblando", "overdose", triage.UrgencyEmergency},
		{"horse dewormer", "grandpa swallowed half a tube of horse ivermectin and now he's seeing double", "overdose", triage.UrgencyEmergency},
		{"stingray barb", "a stingray hit my daughter in the belly at the beach and the barb is still in", "impaled", triage.UrgencyEmergency},
		{"scorpion, drooling later", "A scorpion stung my son on the foot by the pool. Twenty minutes later he is drooling and his arms keep jerking", "burn_or_exposure", triage.UrgencyEmergency},
		{"fever, incoherent", "fever of 104 since the dog bite yesterday, my arm is red to the elbow and my wife says I'm talking incoherent", "sepsis", triage.UrgencyEmergency},
		{"floor and confused", "mom's watch called me, she's lying on the kitchen floor and she's confused, doesn't know what day it is", "", triage.UrgencyEmergency},
		{"piso y no sabe dónde", "mi abuelo está en el piso del baño y no sabe dónde está", "unresponsive", triage.UrgencyEmergency},
		{"pulse 36, fainted", "my watch said my pulse was 36 and then I fainted in the shower", "heart_rate", triage.UrgencyEmergency},
		{"sensor 31, not answering", "his dexcom reads 31 and he's not answering me, just staring", "glucose", triage.UrgencyEmergency},
		{"sangrar muchísimo", "tengo 28 semanas y empecé a sangrar muchísimo", "pregnancy_bleeding", triage.UrgencyEmergency},
		{"pills gathered", "ya las guardé todas, esta noche me las voy a tomar", "suicidal", triage.UrgencyEmergency},
		{"not here tomorrow", "I've said my goodbyes, I don't think I'll be here tomorrow", "suicidal", triage.UrgencyEmergency},
		{"para matarse", "mi hijo dice que ya tiene la pistola para matarse", "suicidal", triage.UrgencyEmergency},

		// Look-alikes.
		{"the dog's seizure", "my dog is seizing right now, he's stiff and drooling, our vet is closed, sorry wrong place", "", triage.UrgencyRoutine},
		{"el gato convulsiona", "mi gato está convulsionando, ¿ustedes atienden animales?", "", triage.UrgencyRoutine},
		{"dose after the name", "tomo metoprolol 50 y la presión sigue alta, ¿subo la dosis?", "", triage.UrgencyRoutine},
		{"stroke in May", "my father had a stroke in May and finished rehab, he needs his handicap form signed", "", triage.UrgencyRoutine}, // an event named with its month is past (twelfth session: 18 independent labels say routine)
		{"a year ago today", "a year ago today my wife had her heart attack right in your lobby, thank you all", "", triage.UrgencyRoutine},
		{"if the sensor reads 40", "if my sensor reads 40 at night and I feel shaky, what should I do first?", "", triage.UrgencyRoutine},
		{"jittery on thyroid dose", "since the levothyroxine went up I'm jittery and sweaty at night, no chest pain", "", triage.UrgencyRoutine},
		{"the bat flew out", "a bat got in the attic and flew out the window, do we need rabies shots?", "", triage.UrgencyRoutine},
	})
}
