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
// emergencies in other words both before and after them, 50 once its own
// misses were read; false emergencies 8 to 6, none of them new):
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

// Found by probe355 (crises of the mind told by what the person is doing
// now, a sixth writer: 25 of 35 at first run, 23 on the session-start
// code), probe356 (danger from others beyond the home: 10 of 35, the same)
// and probe357 (a family practice's fortnight, 120 messages: 6 of 6, 6
// false emergencies): pills by the dozen from someone else's bottle, a
// blade held and the cutting begun, cuts made in a bath, something pushed
// into one's own line, antifreeze drunk however laughed, a hose for the
// tailpipe at a quarry, the tracks and the 11:40; a driver who skips the
// exit and will not pull over, a gun pointed from the front seat, a
// supervisor who pins and is still on shift, wrists squeezed and shouts, a
// sister held by the hair, a threat at a shelter's door, a follower on a
// bus who whispers what he will do, a loaded glovebox and a grudge, a gang
// at the school gate with brass knuckles, a slap and the aide still on the
// hall, a shove down a slope and "he's coming down", a pistol pulled at a
// party, a storeroom locked "until", a stranger at a classroom's door "for
// her", a man who will not let go on the metro, a husband in the waiting
// room. And the look-alikes the fortnight showed: "stroke of luck", "me
// estoy ahogando en papeles", a nosebleed stopped an hour ago, "shoot
// myself in the foot".
func TestFindRedFlagsFreshTwentyFifthLast(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"pills by the dozen, someone else's", "took like 20 of my mom's sleeping pills about half an hour ago, everything is slow", "overdose", triage.UrgencyEmergency},
		{"a blade held, begun", "knife on my arm for an hour now and i already started, it wont stop", "self_harm", triage.UrgencyEmergency},
		{"cuts made in a bath", "cancel my refill. I'm in the bath and I already cut, it's warm", "self_harm", triage.UrgencyEmergency},
		{"pushed into my own line", "I'm a paramedic. I put something into my own IV line a few minutes ago, don't call my boss", "overdose", triage.UrgencyEmergency},
		{"antifreeze, laughed", "haha drank some antifreeze from the shed, we'll see lol", "overdose", triage.UrgencyEmergency},
		{"a hose for the tailpipe", "sitting at the quarry with a hose for the exhaust. cancel my checkup so nobody is waiting on me", "suicidal", triage.UrgencyEmergency},
		{"the tracks and the next train", "standing on the tracks behind the mill, it comes through in 10 minutes, just wanted to tell someone", "suicidal", triage.UrgencyEmergency},
		{"a driver who won't pull over", "my lyft driver missed the exit again and won't pull over, the doors are locked", "violence", triage.UrgencyEmergency},
		{"a gun pointed", "man in the car pointed a gun at us, we're in the back", "violence", triage.UrgencyEmergency},
		{"pinned, still on shift", "my manager shoved me against the freezer door and he's still on shift, I'm hiding in the bathroom stall", "violence", triage.UrgencyEmergency},
		{"held by the hair", "my uncle has my cousin by the hair in the yard yelling nobody's leaving", "violence", triage.UrgencyEmergency},
		{"whispering what he'll do", "a man followed me off the train and keeps whispering what he'll do to me, can someone meet me at your door", "violence", triage.UrgencyEmergency},
		{"a loaded glovebox and a grudge", "my coworker says he's done with the supervisor and showed me his glovebox, it's loaded", "violence", triage.UrgencyEmergency},
		{"a gang at the gate", "three guys are waiting at the gate for me after class, one has brass knuckles and they said I'm dead", "violence", triage.UrgencyEmergency},
		{"a pistol pulled at a party", "en la boda mi tío sacó una pistola y tiene a mi tía en el baño", "violence", triage.UrgencyEmergency},
		{"locked in until", "my boss locked me in the back office and says I'm not leaving until I sign", "violence", triage.UrgencyEmergency},
		{"hiding in the waiting room", "I'm in your waiting room, the man by the window is my ex. Can someone take me out the back? Please don't call my name", "violence", triage.UrgencyEmergency},
		{"a stroke of luck", "Stroke of luck, my old card still works. Do you need a new copy?", "", triage.UrgencyRoutine},
		{"drowning in papers", "Me estoy ahogando en formularios, ¿cuál necesito para la escuela?", "", triage.UrgencyRoutine},
		{"a nosebleed stopped", "a mi hija le sangró mucho la nariz en el recreo pero ya paró hace rato, ¿la traigo?", "", triage.UrgencyUrgent},
		{"shoot myself in the foot", "I'll shoot myself in the foot if I forget this form again lol, can you email it?", "", triage.UrgencyRoutine},
	})
}

// Found by probe358 (young people's own crises and danger, a fourth
// writer: 21 of 35 at first run, the same on the session-start code),
// probe359 (people over 70 and those who look after them: 28 of 35) and
// probe360 (Spanish of many countries only: 29 of 35), with a second
// reader's review of probe355-probe357's cues (review25: 31 of 50 before
// them and after, 50 of 50 once its own misses were read): a stepdad at
// the bathroom door with the mother out, a walk-in freezer locked, vodka
// and a grandmother's oxycodone half drunk, a boss who drives past the
// street, an ex at the window despite a court order, the rope "figured
// out", a calm after giving things away, a boyfriend who threatens to
// crash with both inside, a boss alone in a dark storeroom, a stepfather
// due back tonight; a mother pushed down and "he'll do worse", a week of
// an organizer swallowed, a husband with dementia out in the freezing
// night, a neighbour found at the foot of the stairs not answering,
// another's heart pills taken by mistake and a slow pulse, a father locked
// in by his partner; a son locked in with a rope, an oxycodone bottle and
// "hoy es el día", a sister on a ninth-floor railing, an uncle who comes
// into a girl's room at night, a son who grabbed his mother by the neck.
// And the look-alikes: advance care planning "getting my affairs in
// order", leftover pills kept to be thrown away, an antifreeze-looking
// drink, a game of cops and robbers.
func TestFindRedFlagsFreshTwentyFifthThird(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"a walk-in freezer locked", "need a note for work, my manager locked me in the walk-in freezer as a prank 30 minutes ago and I can't feel my hands", "violence", triage.UrgencyEmergency}, // (the lock read first)
		{"drink and oxycodone, halfway", "mixing whiskey with my dad's oxy, already halfway done lol", "overdose", triage.UrgencyEmergency},
		{"an ex at the window, a court order", "my ex is at my bedroom window right now and I have a protective order", "violence", triage.UrgencyEmergency},
		{"the rope figured out", "won't be at school tomorrow or anywhere. got the noose thing sorted in the shed", "suicidal", triage.UrgencyEmergency},
		{"a crash threatened with both inside", "my boyfriend is driving crazy fast and says he'll crash with both of us in the car if I leave him", "violence", triage.UrgencyEmergency},
		{"pushed down, worse promised", "my brother pushed my grandma down and took her phone, he's yelling he'll do worse", "violence", triage.UrgencyEmergency},
		{"a week of an organizer", "mom took the whole week from her pill organizer at once, she's very drowsy", "overdose", triage.UrgencyEmergency},
		{"dementia out in the cold", "my wife with Alzheimer's walked out sometime in the night, it's freezing and her coat is still here", "welfare", triage.UrgencyEmergency},
		{"found at the stairs, not answering", "encontré a mi vecina tirada en la escalera, no me contesta y respira raro", "unresponsive", triage.UrgencyEmergency},
		{"another's pills, a slow pulse", "my dad took my mom's heart pills by mistake, his pulse is really slow now", "overdose", triage.UrgencyEmergency},
		{"locked in with a rope", "mi hijo se encerró en el baño con una soga y no me abre", "suicidal", triage.UrgencyEmergency},
		{"on a railing, legs out", "my roommate is sitting on the balcony railing with her legs over the edge and won't come in", "suicidal", triage.UrgencyEmergency},
		{"affairs in order, a DNR", "I'm 79 and want to fill out a POLST and a DNR while I'm well, just getting my affairs in order", "", triage.UrgencyRoutine},
		{"leftover pills to throw away", "Guardé las pastillas que me sobraron de la cirugía, ¿dónde las tiro?", "", triage.UrgencyRoutine},
		{"an antifreeze-looking drink", "he drank the antifreeze-looking blue sports drink and his tongue is blue lol, will it wash off?", "", triage.UrgencyRoutine},
	})
}

// Found by probe361 (danger from others away from home, a second writer
// after probe356's misses were fixed: 15 of 35 at first run, 14 on the
// session-start code), probe362 (crises of the mind told by family and
// friends: 25 of 35, the same) and probe363 (emergencies of the body
// inside errands: 35 of 35, one false): a stalker pacing outside a shop
// "till my shift ends", an ex punching the wall outside a dorm room, a
// hospital visitor's "he'll finish it when we get home", a date who keeps
// the keys "till i make it up to him", a coworker with a key to a hotel
// room, a van at a park, a chef's boiling water and cleaver, a rifle pulled
// over pay, rebar swung on a site, a code word for "he's here", a woman
// dragged by the hair into a car, a threat to shoot the front desk, a
// stalker who will push her onto the tracks, a knife on a bus, a guest
// who chained a maid in his suite, a boy cornered with a knife; a photo of
// a bleeding wrist and "done", a whole bottle gone through, a gun bought
// and a guitar given, a parking garage's top level and a hung-up call,
// the TV's instructions and an axe, something drunk from under the sink,
// the tracks "and not to call anyone", a bath with "the stuff", a father
// with dementia climbing out of a third-floor window. And the
// look-alikes: a teenager's video game, "no tengo ataque ni nada" beside
// an inhaler's refill.
func TestFindRedFlagsFreshTwentyFifthFourth(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"pacing till the shift ends", "my ex has been pacing outside the pharmacy for an hour and says he'll wait until I get off. I can't use my phone openly", "violence", triage.UrgencyEmergency},
		{"he'll finish it at home", "my husband is in my hospital room and says he'll finish it once we get home if I talk to the nurses. please tell someone quietly", "violence", triage.UrgencyEmergency},
		{"keys kept in a car", "he won't give me my keys back and says I'm not getting out of his truck until I make it up to him", "violence", triage.UrgencyEmergency},
		{"into a van", "a man is trying to get my son into his van outside the library", "violence", triage.UrgencyEmergency},
		{"a rifle pulled", "the farm owner pulled a gun on my dad and won't let them leave the shed", "violence", triage.UrgencyEmergency},
		{"dragged by the hair", "I just watched a guy drag a girl by the hair into his truck at the gas station, she's screaming", "violence", triage.UrgencyEmergency},
		{"a threat to shoot the front desk", "guy in your lobby says he's going to shoot the receptionist and showed me his waistband", "violence", triage.UrgencyEmergency},
		{"cornered with a knife", "unos chavos tienen acorralado a mi hermano en el baño y uno trae cuchillo", "violence", triage.UrgencyEmergency},
		{"a whole bottle gone through", "my wife went through the whole bottle of her sleeping pills tonight", "overdose", triage.UrgencyEmergency},
		{"something from under the sink", "my son drank something from under the sink after we argued and he's coughing", "overdose", triage.UrgencyEmergency},
		{"the TV's instructions", "my brother says the radio is telling him to kill our neighbor, he has a knife", "psychosis", triage.UrgencyEmergency},
		{"a high window", "grandma with dementia keeps trying to climb out the 4th floor window", "welfare", triage.UrgencyEmergency},
		{"a fight over a video game", "my husband hit our son with the controller over a video game and now he's bleeding from his head", "violence", triage.UrgencyEmergency},
		{"a video game", "my son yells 'they're gonna kill me, he's right behind me' at his video games all night, how do I get him to sleep", "", triage.UrgencyRoutine},
		{"an inhaler's refill, no attack", "Necesito resurtir el inhalador. No tengo ataque ni nada, solo se acabó.", "", triage.UrgencyRoutine},
	})
}
