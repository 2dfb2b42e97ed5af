package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// Found by probe328 (a second writer's crises of the mind, every age and
// walk of life), probe329 (emergencies of the body told by older adults
// themselves), probe330 (a pediatric fortnight) and probe331 (danger from
// others, all in Spanish): forty of an antidepressant with notes written,
// insulin in a nurse's bag, a saved opioid and tonight, a knot practised,
// a hose in the garage, the train that does not slow; a child struck and
// an arm that will not move, a mother tied to a chair, woken undressed, a
// neck squeezed with a cord; a forehead struck on a thinner, a headache
// like a blow, a meter reading HI with a mind in a fog, a fever and lost
// on a known road, sight gone "half of everything"; a button battery
// missing near a toddler. And the look-alikes: a snore like a freight
// train, a wrist still swollen, a father who gets turned around driving,
// a loose tooth hanging by a thread, a bump and one vomit with a child
// playing normally, too much birthday cake.
func TestFindRedFlagsFreshTwentySecond(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"forty of an antidepressant, notes written", "is it bad to take like 50 of my zoloft at once. i already wrote letters to my dad and my brother", "suicidal", triage.UrgencyEmergency},
		{"insulin in the bag", "I'm a nurse, I know how much insulin it takes and it's in my locker. shift ends at 11", "suicidal", triage.UrgencyEmergency},
		{"an opioid saved, tonight", "been saving my percocet for months, about 70. tonight once everyone's asleep", "suicidal", triage.UrgencyEmergency},
		{"a knot practised", "I've been practicing the knot in the garage and tonight is the night", "suicidal", triage.UrgencyEmergency},
		{"a hose in the garage", "wrote to my sons. there's a hose in the garage by the car. friday night", "suicidal", triage.UrgencyEmergency},
		{"the train that does not slow", "I know which train doesn't slow down at the crossing by the mill. 10 tonight", "suicidal", triage.UrgencyEmergency},
		{"a snore like a freight train", "my wife says I snore like a freight train, could the doctor see me this week?", "", triage.UrgencyRoutine},
		{"a child struck, an arm not moving", "el novio de mi prima le pegó a la nena y tiene el bracito hinchado, no lo mueve", "violence", triage.UrgencyEmergency},
		{"tied to a chair", "encontré a mi abuelo amarrado a la cama, con moretones y no me contesta bien", "violence", triage.UrgencyEmergency},
		{"padlocked from outside", "me dejó encerrada con candado por fuera y se llevó mi cel, vuelve en la noche", "violence", triage.UrgencyEmergency},
		{"woken undressed", "desperté sin mi ropa en casa de un amigo después de la fiesta y no me acuerdo de nada", "sexual_assault", triage.UrgencyEmergency},
		{"a neck squeezed with a cord", "mi pareja me apretó el cuello con un cable y ahora no puedo tragar bien", "strangulation", triage.UrgencyEmergency},
		{"followed home, something in hand", "su ex la siguió hasta la casa y está parado afuera con algo en la mano", "violence", triage.UrgencyEmergency},
		{"a wrist still swollen", "me caí de la bici hace una semana y la muñeca sigue hinchada, ¿me pueden ver?", "", triage.UrgencyUrgent},
		{"a forehead struck on a thinner", "bumped my forehead on the shelf this morning, I'm on Eliquis and now I'm seeing double", "trauma", triage.UrgencyEmergency},
		{"a headache like a blow", "out of nowhere my head felt like someone hit it with a hammer, and my neck is stiff", "severe_headache", triage.UrgencyEmergency},
		{"a meter reading HI, a fog", "my meter says HI again and my daughter says I'm not making sense", "glucose", triage.UrgencyEmergency},
		{"a fever, lost on a known road", "fever since yesterday and today I got turned around driving home from church", "sepsis", triage.UrgencyEmergency},
		{"turned around driving, no fever", "Dad is 87 and got turned around driving twice this year, can the doctor talk to him about it?", "", triage.UrgencyRoutine},
		{"half of everything gone", "twenty minutes ago a dark curtain came over my right eye and half of everything is just gone", "stroke", triage.UrgencyEmergency},
		{"a button battery missing", "my 2 year old had the remote and now the little round battery is missing, he seems fine", "battery_or_magnet", triage.UrgencyEmergency},
		{"a loose tooth by a thread", "her baby tooth is hanging by a thread and bled a little, should we pull it?", "", triage.UrgencyRoutine},
		{"a bump and one vomit", "Jake got hit in the head with a ball at soccer yesterday and seemed fine, but this morning he woke up with a headache and threw up once. Now he's playing normally", "head_injury", triage.UrgencyUrgent},
		{"a bump and vomiting again", "Jake got hit in the head with a ball at soccer yesterday and seemed fine, but this morning he woke up with a headache and has thrown up three times", "head_injury", triage.UrgencyEmergency},
		{"too much cake", "she threw up once after the party, probably ate too much cake, no fever", "", triage.UrgencyUrgent},
	})
}
