package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// Found by probe350 (crises of the mind told by the person, a fifth
// writer: 26 of 35 at first run), probe351 (danger from others, a fifth
// writer: 21 of 35), probe352 (pregnancy, birth and the first year: 25 of
// 35), probe353 (crises and danger told by a third person: 26 of 35) and
// probe354 (crises and danger among people easy to overlook: 28 of 35),
// with a second reader's review of the new cues (review24: 36 of 50
// emergencies in other words at first, 49 after; false emergencies 8 to
// 6, none of them new):
// means made ready with an end near (a rope "sorted", a cord tied and a
// step not yet taken, "one chambered" tonight, blades in the tub, hospice
// morphine kept back, insulin saved up, a shotgun gone from its cabinet, a
// car running in the garage, most of a lithium supply swallowed); a burn
// that will not be stopped; a walk into a lake kept in mind; a chip to be
// pulled from a tooth; a mother days after a birth who hears the walls;
// a fit at 31 weeks; zigzags in the eyes at 34 weeks; a baby wedged
// against a cushion, a baby shaken; a neck held and no sound, a knife and
// an address, a bat held over a father, a door blocked after blows, a
// stalker trying the windows, a photo of a child outside her school, a
// sister locked in a garage, a threat to finish it when he gets home, a
// list of people to "make pay". And the look-alikes: a tired parent's
// "this baby is trying to kill me", a newborn's periodic breathing, a
// writer who does not know where they are taken.
func TestFindRedFlagsFreshTwentyFifth(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"a rope sorted, the weekend", "Please forward my file to my sister next week. The noose is ready and I'm done asking for help.", "suicidal", triage.UrgencyEmergency},
		{"a cord tied, a step not taken", "Can't pay this and can't keep doing this. The belt is tied to the beam, I haven't stepped off yet.", "suicidal", triage.UrgencyEmergency},
		{"one chambered tonight", "been sober a year but tonight there's a round chambered and I'm sitting with it. wanted someone to know", "suicidal", triage.UrgencyEmergency},
		{"blades in the bath", "need my work note signed. might not matter, I have the razor blades in the bath with me", "suicidal", triage.UrgencyEmergency},
		{"hospice morphine kept back", "I held back some of the morphine from my wife's hospice kit and I intend to take it all tonight.", "suicidal", triage.UrgencyEmergency},
		{"insulin saved up", "My roommate left a note saying he stockpiled enough insulin and not to look for him", "suicidal", triage.UrgencyEmergency},
		{"a shotgun gone", "Grandpa keeps saying he'd be better off gone and now his shotgun is missing from the gun safe, he drove off an hour ago", "suicidal", triage.UrgencyEmergency},
		{"a car running in the garage", "sitting in my truck in the garage with it idling, i just want it all quiet", "burn_or_exposure", triage.UrgencyEmergency},
		{"most of a supply swallowed", "I swallowed half of my seroquel bottle an hour ago, feeling really heavy", "overdose", triage.UrgencyEmergency},
		{"a burn not stopped", "burning my leg with a cigarette and I can't stop myself, it's gone white", "self_harm", triage.UrgencyEmergency},
		{"a walk into the river", "been thinking about walking into the river by the mill, it looks so calm", "suicidal", triage.UrgencyEmergency},
		{"a chip to pull out", "there's an implant in my tooth the landlord tracks me with, I'm going to pull it out with pliers and then deal with him", "psychosis", triage.UrgencyEmergency},
		{"voices in the walls after a birth", "she gave birth last week and now says the voices in the walls told her the baby isn't hers", "postpartum_psychosis", triage.UrgencyEmergency},
		{"a fit at 31 weeks", "I'm 31 weeks pregnant and my husband says I had a seizure in bed, I bit my tongue", "seizure", triage.UrgencyEmergency},
		{"zigzags at 34 weeks", "34 wk pregnant, bad headache and shimmering zigzags in my vision", "preeclampsia", triage.UrgencyEmergency},
		{"a baby wedged", "fell asleep nursing and the baby got wedged between me and the couch cushion, she's pale and floppy", "breathing", triage.UrgencyEmergency},
		{"a baby shaken", "my sister's boyfriend shook the baby hard and now she won't wake up properly", "head_injury", triage.UrgencyEmergency},
		{"a neck held, no sound", "my uncle has my aunt pinned with his hands around her throat and she's not making a sound", "violence", triage.UrgencyEmergency},
		{"a knife and an address", "Boyfriend has a knife. Kitchen. 14 Elm St.", "violence", triage.UrgencyEmergency},
		{"a bat held over a father", "my cousin is standing over my grandpa with a bat screaming at him", "violence", triage.UrgencyEmergency},
		{"a door blocked after blows", "he's blocking the back door and hit me again, I can't get out", "violence", triage.UrgencyEmergency},
		{"a photo of a child at school", "my ex keeps circling my block and just sent me a photo of my son outside his school", "violence", triage.UrgencyEmergency},
		{"locked in, an old phone", "my friend's husband has had her locked up in the basement for two days, she texted me from a spare phone", "violence", triage.UrgencyEmergency},
		{"home at six, believed", "he says he'll finish what he started when he gets back at 6, and I believe him this time", "violence", triage.UrgencyEmergency},
		{"a list to make pay", "a student showed me a list of names he wants to make pay, he says today and there's something heavy in his bag", "violence", triage.UrgencyEmergency},
		{"a whole supply taken", "took all my lithium and the klonopin around 10, lying down, just so someone knows", "overdose", triage.UrgencyEmergency},
		{"a gun loaded on the nightstand", "glock's loaded on the nightstand again. tonight feels different. don't send the police", "suicidal", triage.UrgencyEmergency},
		{"blocked in with a tire iron", "my boyfriend is outside the car door with a crowbar and he's got me boxed in", "violence", triage.UrgencyEmergency},
		{"an arm twisted, an address", "he's got my wrist pinned and I'm typing with one hand. 88 Lake Rd", "violence", triage.UrgencyEmergency},
		{"a photo of the door, a protective order", "my ex is circling the parking lot, he sent a pic of my apartment door this morning and I have a restraining order", "violence", triage.UrgencyEmergency},
		{"almost let go at the window", "Tuve a mi bebé hace diez días. Hoy casi la dejo caer por la ventana y tengo miedo de esta noche.", "postpartum_psychosis", triage.UrgencyEmergency},
		{"a tongue bitten eating", "I'm 30 weeks and bit my tongue at lunch, is mouthwash ok?", "", triage.UrgencyRoutine},
		{"mice in the walls after a birth", "Three weeks postpartum and there's scratching in the walls at night, it's mice. Are traps safe with a newborn?", "", triage.UrgencyRoutine},
		{"a chore he'll finish", "my husband says he'll finish what he started when he gets home at 6, meaning the shelves lol. can I move my appointment?", "", triage.UrgencyRoutine},
		{"a supply taken as prescribed", "I took all my sertraline as prescribed this month, need a refill", "", triage.UrgencyRoutine},
		{"a tired parent's joke", "haha the twins are trying to kill me, no sleep in 3 nights, any tips?", "", triage.UrgencyRoutine},
		{"periodic breathing", "my 2 week old pauses breathing for a few seconds in her sleep then breathes fast, pink and wakes fine. is this the periodic breathing thing?", "", triage.UrgencyRoutine},
	})
}
