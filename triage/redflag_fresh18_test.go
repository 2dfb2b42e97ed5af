package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// Found by a fresh set of 35 (physical emergencies of older people, told by them
// or their families): a first allergic reaction, its "never before" read
// as a denial; and the look-alike, a heart attack in a novel a book club
// read, whose "novel" the speller had taken for "nivel".
func TestFindRedFlagsFreshOlderVoices(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"a first reaction, never before", "mom had crab cakes at lunch, never had a reaction before, now her lips are swelling and she's wheezing", "", triage.UrgencyEmergency},
		{"nunca antes, ahora hinchado", "mi papá comió camarones, nunca le había dado alergia antes, ahora tiene la cara hinchada y le silba el pecho", "anaphylaxis", triage.UrgencyEmergency},
		{"a novel's heart attack", "we read a novel in my book club where a man's heart attack started as jaw pain, is that common? just curious", "", triage.UrgencyRoutine},
	})
}

// Found by a fresh set of 35 (crises of the mind and danger now, in Spanish and
// English): all the pills left, "como 20", with a racing heart and a
// laugh; an empty bottle in a teenager's room and vomiting; a razor and
// "no puedo parar"; a roof or an overpass and "ya no aguanta" or "sorry
// sorry"; a belt on a child until he bleeds; a child's head slammed into
// a wall and her sight wrong; a hose on the exhaust; a strangling until a
// near faint, or ringing ears and a hoarse voice after one; a week of oxy
// swallowed; a pet arranged and a refill not needed "after all". And the
// look-alikes.
func TestFindRedFlagsFreshMindAndDanger(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"all that was left, como 20, jaja", "anoche me tomé todas las que me quedaban como 25 y tengo el corazón acelerado jaja, me las resurten?", "overdose", triage.UrgencyEmergency},
		{"all of them, about 30, dizzy", "last night I took all the ones I had left, about 30, and now I'm really dizzy", "overdose", triage.UrgencyEmergency},
		{"an empty bottle, vomiting", "encontré la caja de pastillas vacía en su cuarto y mi hijo está vomitando y muy pálido", "overdose", triage.UrgencyEmergency},
		{"a razor, can't stop", "im in the bathroom with a razor and I cant stop", "self_harm", triage.UrgencyEmergency},
		{"a roof, ya no aguanta", "mi hermana está en la azotea y dice que ya no aguanta, no quiere bajar", "suicidal", triage.UrgencyEmergency},
		{"a bridge, sorry sorry", "my friend is on the bridge railing and keeps saying sorry to me on the phone", "suicidal", triage.UrgencyEmergency},
		{"a belt, blood", "mi padrastro le está pegando con el cinturón a mi hermanita y ya le sale sangre", "violence", triage.UrgencyEmergency},
		{"a head on the wall, sight wrong", "her dad slammed her head into the wall and now she says she can't see right", "", triage.UrgencyEmergency},
		{"a hose on the exhaust", "hes in the garage with a hose from the exhaust into the window", "carbon_monoxide", triage.UrgencyEmergency},
		{"squeezed until a near faint", "mi novio me ahorcó hasta que casi me desmayé y me duele tragar", "", triage.UrgencyEmergency},
		{"choked, ears ringing", "my boyfriend chokes me when he's drunk and now my ears are ringing and my voice is hoarse", "strangulation", triage.UrgencyEmergency},
		{"a week of oxy", "took my whole week of oxy tonight and some of my husband's pills", "overdose", triage.UrgencyEmergency},
		{"a pet arranged, a refill not needed", "won't need the refill after all. my dog goes to my brother, his number is on file", "suicidal", triage.UrgencyEmergency},
		{"a razor for shaving", "what razor is best for shaving around a healing incision?", "", triage.UrgencyRoutine},
		{"a roofer's back", "I work on a roof all day and ya no aguanto the back pain, can I get an appointment", "", triage.UrgencyRoutine},
		{"a garden hose", "the hose for the garden hit my shin last week and it is still bruised", "", triage.UrgencyRoutine},
	})
}

// Found by a fresh set of 35 (emergencies inside errands): a kettle pulled down
// on a child, blisters across her chest and the skin coming off.
func TestFindRedFlagsFreshErrandsEighteenth(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"a kettle, blisters across the chest", "can you fax the school form, also my son pulled the kettle off the stove, big blisters all over his chest", "burn_or_exposure", triage.UrgencyEmergency},
		{"a pot, skin coming off", "se le cayó la olla de sopa encima y la piel se le está pelando del brazo", "burn_or_exposure", triage.UrgencyEmergency},
		{"a kettle burn healed", "the small burn from the kettle last month healed fine, do I need to come back?", "", triage.UrgencyRoutine},
	})
}
