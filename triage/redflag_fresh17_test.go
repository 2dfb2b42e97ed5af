package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// Found by probe305 (crises of the mind in the writer's own voice): a
// whole bottle or strip swallowed and told with a laugh, a cut pressed
// on for half an hour and still coming through, a balcony's rail and a
// decision, a rifle and "done with all of it", pills saved up, a way out
// in the medicine cabinet, a note for someone to find. And the
// look-alikes: a parent's attempt when the writer was a teenager, scars
// from when the writer was a teen.
func TestFindRedFlagsFreshOwnVoice(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"a bottle swallowed, a laugh", "never mind the refill, i swallowed the whole rest of the bottle about an hour ago lol", "overdose", triage.UrgencyEmergency},
		{"a strip eaten, a slow heart", "ate the entire strip of my mom's heart pills half an hour ago and now i'm dizzy", "overdose", triage.UrgencyEmergency},
		{"a towel still soaking through", "cut deeper tonight, a towel pressed on it for 40 minutes and it's still soaking through", "", triage.UrgencyEmergency},
		{"arms cut up, blood, pale", "found my brother with his arms all cut up, there's a lot of blood and he's pale", "severe_bleeding", triage.UrgencyEmergency},
		{"a balcony's rail", "been standing on the balcony deciding whether to climb over the rail", "suicidal", triage.UrgencyEmergency},
		{"a rifle, done with all of it", "my dad is in the barn with his rifle saying he is done with all of it", "suicidal", triage.UrgencyEmergency},
		{"pills saved up, a decision", "I made my decision and I've saved up enough of my pills. Please don't let my sister blame herself.", "suicidal", triage.UrgencyEmergency},
		{"a way out in the cabinet, tonight", "knowing there's a way out in the medicine cabinet is all that keeps me going, I keep opening it tonight", "suicidal", triage.UrgencyEmergency},
		{"a parent's attempt long ago", "My father attempted suicide when I was a teenager. Does my chart need that family history?", "", triage.UrgencyRoutine},
		{"scars from when a teen", "I have old self harm scars from when I was a teen and want to ask about laser treatment", "", triage.UrgencyRoutine},
		{"a laugh over a movie", "we binge watched the whole series last night and i overdosed on popcorn lol", "", triage.UrgencyRoutine},
	})
}

// Found by probe306 (danger from another person now, a ninth writer): a
// neck held until a blackout with the writer hiding, a follower who
// tried the car door, a child taken from school without custody, a
// stepfather due at pickup after choking a child, a pursuer ramming a
// car, a child whipped and not moving, a gun pulled on a visiting nurse,
// a date who locked the deadbolt and took the phone, a door barricaded
// against a threat, a carer's blow and a broken arm, a writer watched
// over the shoulder, a help text with a pin, a stepfather's blow and
// his return in half an hour. And the look-alikes: a deadbolt for a
// wandering parent, a pickup time asked, a broken arm healed.
func TestFindRedFlagsFreshDangerNinth(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"hands on the neck, a blackout", "he had his hands around my neck again and i blacked out, im hiding in the bathroom so he cant hear me", "violence", triage.UrgencyEmergency},
		{"a follower tried the door", "a man has been following me since the bus stop and he tried my car door handle, I'm back inside", "violence", triage.UrgencyEmergency},
		{"taken without permission", "her father picked up our son from school without permission and he doesn't have custody", "violence", triage.UrgencyEmergency},
		{"a choking's marks, pickup soon", "my student has bruises on her neck from her stepdad and he is due in 15 min to pick her up", "violence", triage.UrgencyEmergency},
		{"a car rammed", "my ex has been behind me for miles and keeps ramming my bumper", "violence", triage.UrgencyEmergency},
		{"a child whipped, not moving", "a man next door is whipping a little boy with a belt and the boy is not moving", "violence", triage.UrgencyEmergency},
		{"a gun, a patient still inside", "her husband has a handgun out, I'm outside but she's still in there with him", "violence", triage.UrgencyEmergency},
		{"a deadbolt, a phone taken", "he locked the deadbolt and took my phone, I'm on his laptop in the bathroom", "violence", triage.UrgencyEmergency},
		{"a door barricaded, a threat", "he keeps trying to get into my room, my dresser is against the door and he said he'll hurt my sister", "violence", triage.UrgencyEmergency},
		{"a carer's blow, a broken arm", "the aide slapped me and twisted my arm, I think it is broken, she is still in the house", "violence", triage.UrgencyEmergency},
		{"watched over the shoulder", "he is reading over my shoulder so I have to keep this normal, please send someone to 14 oak st", "violence", triage.UrgencyEmergency},
		{"a help text with a pin", "my sister texted me help and a pin from a rest stop and now she won't answer", "violence", triage.UrgencyEmergency},
		{"a blow, worse when he's back", "mi padrastro me pegó y dijo que me va a ir peor, llega en 20 minutos", "violence", triage.UrgencyEmergency},
		{"a deadbolt for a wandering parent", "we put a deadbolt on the door because dad wanders at night, any other safety tips?", "", triage.UrgencyRoutine},
		{"a pickup time", "Can you tell me when my daughter is due in? Her dad is picking her up today after the visit.", "", triage.UrgencyRoutine},
		{"a broken arm long healed", "the cast is off now, I think it is broken no more! Does he need another x-ray before soccer?", "", triage.UrgencyRoutine},
	})
}

// Found by probe307 (someone else's crisis told by a third party): a
// roommate down by an empty bottle, a journal's plan for a parent's
// pills this weekend, tablets saved and "ready to go and be with her",
// a goodbye posted and nobody knowing where, a will updated and jewels
// given away with "the last time you'll see me", farewell messages and
// final arrangements, a daughter's goodbye and a dorm not returned to,
// insulin stopped with a sugar of 480, a plan for how "soon", a goodbye
// before he goes and a student not at school, charcoal behind a locked
// door, a drive into a tree and no answer. And the look-alikes: a
// family moving away, a sugar high told calmly.
func TestFindRedFlagsFreshThirdParty(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"an empty bottle by her", "my sister is on the floor with an empty bottle of her pills next to her and she only moans", "overdose", triage.UrgencyEmergency},
		{"a parent's pills this weekend", "my son wrote that he plans to take his dad's pills this weekend", "suicidal", triage.UrgencyEmergency},
		{"be with her, tablets saved", "since mum died dad says he's ready to go and be with her, and I found his sleeping tablets saved in a drawer", "suicidal", triage.UrgencyEmergency},
		{"a will and jewels, the last time", "my aunt gave all her jewelry to her nieces, updated her will, and said this is the last time you'll see me", "suicidal", triage.UrgencyEmergency},
		{"a goodbye, not back", "my daughter texted don't come looking for me and her roommate says she hasn't been back all night", "suicidal", triage.UrgencyEmergency},
		{"insulin stopped, a sugar of 500", "grandpa says he will stop his insulin, he skipped 3 days and his sugar is 510", "diabetic_emergency", triage.UrgencyEmergency},
		{"a plan for how, soon", "my husband told me tonight he has a plan for how he would do it", "suicidal", triage.UrgencyEmergency},
		{"charcoal behind a locked door", "his door is locked, he won't answer and there's a charcoal smell coming from under the door", "suicidal", triage.UrgencyEmergency},
		{"a goodbye, no move", "my student emailed to say goodbye properly before he goes, he isn't moving away, and he hasn't come to school", "suicidal", triage.UrgencyEmergency},
		{"a family moving away", "We're moving to Ohio next month so please cancel our appointments and send the records. Thanks for everything!", "", triage.UrgencyRoutine},
	})
}

// Found by a second reader of the cues above, who wrote ordinary
// messages in their words: a sprain, a chiropractor, a fender-bender, a
// pregnancy's due date, a hyperbole about a spouse, a follow-up visit,
// a booking moved sooner, a hospice's arrangements, a lost card, a
// portal locked, a wheelchair at the door. And the emergencies a reading
// must not set aside: "when he was a little drunk" is a degree, no
// childhood; "I can't believe we're moving" is a move.
func TestFindRedFlagsFresh17Reviewed(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"a sprain, swollen", "My daughter twisted her wrist at gymnastics and it's swollen, can we get an x-ray?", "", triage.UrgencyRoutine},
		{"a chiropractor's hands", "The chiropractor put his hands on my neck and cracked it, since then I've been dizzy", "", triage.UrgencyUrgent},
		{"a bumper rammed in a lot", "Someone rammed my bumper in the parking lot yesterday and my neck is stiff", "", triage.UrgencyRoutine},
		{"a due date and stars", "I'm due in 4 weeks and I saw stars when I stood up too fast, is that normal?", "", triage.UrgencyRoutine},
		{"a spouse's hyperbole", "My wife gets home in 20 minutes and she'll kill me if the forms aren't done, can you fax them?", "", triage.UrgencyRoutine},
		{"a follow-up, still swollen", "Following up from my visit last week, my ankle is still swollen. Should I keep the brace on?", "", triage.UrgencyRoutine},
		{"a booking sooner", "My colonoscopy is in June, can we do it sooner? I could come Friday morning.", "", triage.UrgencyRoutine},
		{"hospice arrangements", "Dad is on hospice and we're making final arrangements. He updated his will last week. Can the nurse come Friday?", "", triage.UrgencyRoutine},
		{"a lost card", "I lost my insurance card in the lobby. If someone finds it please call me, I'm not answering unknown numbers.", "", triage.UrgencyRoutine},
		{"a portal locked", "I'm following up from my appointment, can someone let me in to the patient portal?", "", triage.UrgencyRoutine},
		{"a wheelchair at the door", "She's at the door, please can someone bring a wheelchair out front?", "", triage.UrgencyRoutine},
		{"a plan to pay", "My husband has a plan for how to pay the bill, the payment will be soon.", "", triage.UrgencyRoutine},
		{"an insurer jumped to", "I'm deciding whether to jump over to Blue Cross next year. Do you take it?", "", triage.UrgencyRoutine},
		{"insulin before surgery", "Should I stop my insulin the night before surgery? It's Friday morning at 7.", "", triage.UrgencyRoutine},
		{"a parent's meds taken over", "I'll take my mom's meds over to her tonight, can you send the refill?", "", triage.UrgencyRoutine},
		{"wine and a laugh", "Drank half a bottle of wine last night lol, can I still take my antibiotic?", "", triage.UrgencyRoutine},
		{"a pill bottle and a dog", "The dog got into the pill bottle lol, it was just his heartworm chews", "", triage.UrgencyRoutine},
		{"a deadbolt for a wanderer, unsafe alone", "We put a deadbolt on the door because dad wanders, but I still don't feel safe leaving him alone", "", triage.UrgencyRoutine},
		{"charcoal in the fireplace", "We had charcoal burning in the fireplace and the alarm went off. The door is locked now, how do I reset it?", "", triage.UrgencyRoutine},
		{"legs cut by brambles", "My legs are all cut up from the brambles and the itching won't stop", "", triage.UrgencyRoutine},
		{"a sugar bill", "Since I stopped my insulin the glucose strips cost 450 dollars, is there a cheaper option?", "", triage.UrgencyUrgent},
		{"a little drunk, pills an hour ago", "I took 30 of my sertraline when I was a little drunk an hour ago and I feel really sleepy", "overdose", triage.UrgencyEmergency},
		{"a little unsupervised, a battery", "My daughter swallowed a button battery when she was a little unsupervised a few minutes ago", "", triage.UrgencyEmergency},
	})
}

// Found by probe310 (danger now, typed in hiding by a tenth writer): a
// threat to "do the dog and then me" with the way out past him, a family
// not allowed out with marks everywhere, hands on a throat and something
// sharpened in the garage, a pregnant woman shoved down the stairs, a
// knife out between the writer and the door, an old man slammed against
// a car, a roommate's blow with him still there, a mother down and a
// child in the closet, doors locked "till im dead", insulin hidden by a
// husband standing behind, a neck held till everything went black, a
// child shoved against a balcony rail, a note held up from a car, a
// child beaten downstairs with smacks heard, an aide's blow with her
// still in the room, a man who "hurt me again" and will come to the
// room tonight, friends taken into a locked room. And the look-alikes: a
// toddler who won't let a parent out of his sight; a past blow, the
// writer safe now; a thing given back "when".
func TestFindRedFlagsFreshDangerTenth(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"a threat, past him to the door", "he said if i tell anyone he'll do the cat and then me. i cant get to the door without going past him", "violence", triage.UrgencyEmergency},
		{"not allowed out, a plea", "we haven't been allowed out since sunday and she has marks everywhere, please just come now", "violence", triage.UrgencyEmergency},
		{"a throat, something sharpened", "he had his hands on my throat again and now he's sharpening something in the shed", "violence", triage.UrgencyEmergency},
		{"shoved, still in the house", "he shoved me down the stairs and he's still in the house, my belly is tight", "violence", triage.UrgencyEmergency},
		{"a knife between her and the door", "he has the kitchen knife out and is standing between me and the door", "violence", triage.UrgencyEmergency},
		{"an old man slammed", "a guy in your lot keeps slamming him against a car and the old man is saying please don't hurt me", "violence", triage.UrgencyEmergency},
		{"a roommate's blow, still here", "Roommate hit me. He is still here.", "violence", triage.UrgencyEmergency},
		{"a mother down, a child hiding", "mom is on the floor and not getting up and he is still yelling, i am in my closet", "", triage.UrgencyEmergency},
		{"doors locked till dead", "he locked all the doors and said nobody leaves till i'm dead", "violence", triage.UrgencyEmergency},
		{"insulin hidden, he's behind me", "my husband hid my insulin and he is standing right behind me", "violence", triage.UrgencyEmergency},
		{"a neck held till black", "he had his hands on my neck till everything went black", "violence", triage.UrgencyEmergency},
		{"a note held up", "the woman in the car next to me held up a note that says help and mouthed help", "violence", triage.UrgencyEmergency},
		{"smacks heard, a threat", "her mom's boyfriend is yelling he'll shut her up for good and i can hear smacks", "violence", triage.UrgencyEmergency},
		{"an aide's blow, still with him", "the aide slapped him and she's still in there with him with the door shut", "violence", triage.UrgencyEmergency},
		{"friends locked in a room", "some guys took my friend into a bedroom and locked it, she could barely stand", "sexual_assault", triage.UrgencyEmergency},
		{"a toddler's sight", "my toddler won't let me out of his sight this week, can my visit be a video call?", "", triage.UrgencyRoutine},
		{"a past blow, safe now: no emergency", "My husband hit me last night and my cheek is swollen. He's at work and I'm safe at my mom's. Can I be seen today?", "", triage.UrgencyRoutine},
	})
}

// Found by a second reader of the probe310 cues: an address for a home
// visit, "come get me" after a colonoscopy, a baby asleep in the next
// room, a fall where "she hit her head", a child slamming a finger in a
// door and screaming, a stomach that hurts, medicines taken on time, a
// surgeon who "said he'll do her knee", a sign held up by a child, a
// daughter carried into the car after anaesthesia, a leaflet's words
// told by a person, a choking "back when we were together". And the
// emergencies a narrower cue must keep: held in a truck or a garage.
func TestFindRedFlagsFresh310Reviewed(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"an address for a home visit", "Home visit for my mom at 412 Oak St. She's home alone during the day, so please knock loudly.", "", triage.UrgencyRoutine},
		{"come get me after a colonoscopy", "I'm at 500 Main St after my colonoscopy and someone has to come get me, I'm alone", "", triage.UrgencyRoutine},
		{"a baby in the next room", "I can't talk right now, the baby is asleep in the next room. Can you text me?", "", triage.UrgencyRoutine},
		{"a fall, she hit her head", "Grandma fell on the stairs and she hit her head, she's still in the house resting", "", triage.UrgencyUrgent},
		{"a finger slammed, screaming", "My daughter slammed her finger into the door at daycare and was screaming for an hour. It's purple now.", "", triage.UrgencyRoutine},
		{"a stomach after a colonoscopy", "Following my colonoscopy yesterday my stomach is cramping, is that normal?", "", triage.UrgencyRoutine},
		{"medicines taken, alone", "I took my meds this morning and I'm home alone today, is it safe to drive?", "", triage.UrgencyRoutine},
		{"a surgeon who said he'll do it", "The surgeon said he'll do her knee next month; she's home alone until then.", "", triage.UrgencyRoutine},
		{"a child's sign", "my son held up a sign saying dial 911 for help at the fire station tour, so cute", "", triage.UrgencyRoutine},
		{"carried after anaesthesia", "We carried our daughter into the car after her wisdom teeth, she could barely walk from the anesthesia", "", triage.UrgencyRoutine},
		{"a leaflet told by a person", "He said overdose can cause liver damage so I'm careful with the tylenol", "", triage.UrgencyRoutine},
		{"a choking long ago", "My ex choked me back when we were together until I passed out. I'm asking for a therapist.", "", triage.UrgencyRoutine},
		{"a toddler's sight", "our baby won't let me out of her sight, is that a phase?", "", triage.UrgencyRoutine},
		{"held in a truck", "he won't let me out of the truck, we're parked at the rest stop", "violence", triage.UrgencyEmergency},
		{"held in a garage", "My boyfriend won't let me out of the garage and he has my keys", "violence", triage.UrgencyEmergency},
	})
}

// Found by probe309 (crises told by people the usual examples forget),
// probe312 (emergencies in the Spanish of many countries) and probe313
// (young people's own voice): a rifle loaded in the truck and thanks for
// trying, a rope taken to the barn and no return, what was left of a
// bottle swallowed, a garage door down and the engine, a plan "and what
// I need to do it", a pistol cleaned and "eating it", a goodbye posted
// with a pile of pills, a mother burning her arm with a lighter, the
// lithium "all of it", morphine vials brought home "so someone stops
// me", everything ready for tonight, something taken behind a door; a
// chest squeezed like a stone with the left arm asleep, a head struck on
// Sintrom and drowsy, a baby of three "semanitas" with a fever, a
// mother who asks for the shotgun with her pills counted; "gg everyone"
// and no answer, most of a bottle of Benadryl and bugs on the wall, a
// blade and "already did my thigh", a plan to jump off the parking
// garage tonight, every pill in the cabinet, a dozen more sleeping pills,
// a fistful of ibuprofen, vodka and Klonopin "a lot of both", "i said
// yes. i lied. im on the roof". And the look-alikes: a song's words, a
// group project's "one more", a bill that took the breath away "lol", a
// nosebleed that stopped, a dose taken twice by mistake, a telenovela's
// poison, a documentary about suicides, an overdose response team.
func TestFindRedFlagsFreshLastWriters(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"a rifle loaded, thanks for trying", "the bank took the farm. the rifle's loaded in the truck. tell the doc thanks for trying w me", "suicidal", triage.UrgencyEmergency},
		{"a rope to the barn, no return", "he went out to the shed an hour ago with a rope. this morning he said we'd be better off with the insurance money", "suicidal", triage.UrgencyEmergency},
		{"what was left of a bottle", "I swallowed what was left of the bottle of my sleeping pills about 30 min ago", "overdose", triage.UrgencyEmergency},
		{"a garage door down, the engine", "I'm sitting in the garage with the door down thinking about starting the engine", "suicidal", triage.UrgencyEmergency},
		{"a pistol and eating it", "been cleaning my pistol every night and thinking about eating it", "suicidal", triage.UrgencyEmergency},
		{"a goodbye posted with pills", "my friend posted see you on the other side with a photo of a pile of pills", "suicidal", triage.UrgencyEmergency},
		{"a lighter on her arm", "mi mamá se está quemando el brazo con un encendedor y no para, ya tiene ampollas", "", triage.UrgencyEmergency},
		{"the lithium, all of it", "tell her i took the lithium. all of it.", "overdose", triage.UrgencyEmergency},
		{"everything ready tonight", "No voy a pasar por eso. Ya tengo todo preparado para esta noche.", "suicidal", triage.UrgencyEmergency},
		{"something taken behind a door", "ahorita me gritó que ya se tomó algo y no me abre la puerta", "overdose", triage.UrgencyEmergency},
		{"a stone on the chest, an arm asleep", "mi papá está sudando y dice que le aprieta el pecho como una piedra, se le durmió el brazo izquierdo", "", triage.UrgencyEmergency},
		{"Sintrom, a head struck, drowsy", "Mi madre toma Sintrom, se ha dado en la cabeza al caerse y ahora está muy adormilada", "", triage.UrgencyEmergency},
		{"three semanitas and a fever", "mi bebé tiene 3 semanitas y tiene 38,5 de fiebre", "young_infant_fever", triage.UrgencyEmergency},
		{"gg everyone, no answer", "my brother posted gg everyone it was fun in the group chat and now he's not answering", "suicidal", triage.UrgencyEmergency},
		{"a blade, the thigh", "in the bathroom with a blade, already did my thigh and want to keep going", "self_harm", triage.UrgencyEmergency},
		{"the parking garage tonight", "not gonna be here for it. gonna jump off the parking garage tonight", "suicidal", triage.UrgencyEmergency},
		{"every pill in the cabinet", "i took every pill in the bathroom cabinet before school", "overdose", triage.UrgencyEmergency},
		{"a dozen more", "i took 2 of my sleeping pills and then like 12 more", "overdose", triage.UrgencyEmergency},
		{"a fistful of ibuprofen", "took a fistful of ibuprofen about 2 hrs ago and my ears are ringing", "overdose", triage.UrgencyEmergency},
		{"vodka and klonopin", "mixed vodka and klonopin bc i did. a lot of both. the room is spinning", "overdose", triage.UrgencyEmergency},
		{"a lie, the roof", "you asked if i felt safe and i said yes. i lied. im on the roof of my building now", "suicidal", triage.UrgencyEmergency},
		{"a song's words", "my fav song goes 'i wanna go to sleep and never wake up' lol, my mom freaked out, it's just a song", "", triage.UrgencyRoutine},
		{"one more group project", "if i have to do one more group project im jumping off a bridge 🙄 is the portal down?", "", triage.UrgencyRoutine},
		{"a bill, lol", "lol I almost couldnt breathe when I opened this bill. Please send an itemized statement", "", triage.UrgencyRoutine},
		{"a nosebleed that stopped", "Had a nosebleed last Tuesday that took about 15 min to stop, none since. Should I mention it?", "", triage.UrgencyRoutine},
		{"a dose twice by mistake", "Took my amlodipine this morning and then forgot and took another one at lunch. I feel ok.", "", triage.UrgencyUrgent},
		{"a telenovela's poison", "mi mamá vio en la novela a una señora que se tomó un veneno y ahora está preocupada", "", triage.UrgencyRoutine},
		{"a documentary about suicides", "Watched a documentary about farmer suicides last night. Can I book my dad a checkup?", "", triage.UrgencyRoutine},
		{"an overdose response team", "I'm starting on the overdose response team next month, HR needs my titer results", "", triage.UrgencyRoutine},
	})
}

// Found by a third reader of the last writers' cues: traffic on the
// highway, a rabbit shot and eaten, a garage door stuck, every pill of a
// course, "then 6 more hours", a fistful over the day, "all of it like
// the doctor said", a sister's pills by mistake, wine with a sleeping
// pill asked about, the PT's "already did my legs", a thumb burned at
// the grill, a baby sweaty at the breast, a gratitude, a retiring
// doctor's goodbye, a game's "gg"; and the emergencies the new readings
// must not set aside: a programme seen and then a rope, "one more text"
// said on the bridge, another twenty pills "forgotten", a laugh before a
// bottle taken, a nosebleed nothing will stop.
func TestFindRedFlagsFreshLastReviewed(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"traffic on the highway", "I'm about to run into traffic on the freeway, I'll be 10 minutes late", "", triage.UrgencyRoutine},
		{"a rabbit and a pistol", "shot a rabbit with my pistol and we're eating it tonight, can you get tularemia?", "", triage.UrgencyRoutine},
		{"a garage door stuck", "the garage door is stuck shut and my husband is trying to start the truck to push it open", "", triage.UrgencyRoutine},
		{"every pill of a course", "I took every pill of the antibiotic course and still have the cough", "", triage.UrgencyRoutine},
		{"then 6 more hours", "I took 2 Tylenol at noon then 6 more hours later took 2 more, is that ok?", "", triage.UrgencyRoutine},
		{"a fistful over the day", "I took a fistful of ibuprofen over the day for my tooth, maybe 6 total", "", triage.UrgencyRoutine},
		{"all of it as prescribed", "took my lithium at 8pm, all of it in one dose like Dr. Park said", "", triage.UrgencyRoutine},
		{"a sister's pills by mistake", "took my sister's allergy pills by mistake, not kidding, the bottles look identical", "", triage.UrgencyUrgent},
		{"wine with a sleeping pill asked", "Is it safe to have wine with my ambien? Asking because I did last night and I feel fine today", "", triage.UrgencyRoutine},
		{"PT's legs done", "PT exercises: I already did my legs this morning, should I keep going?", "", triage.UrgencyRoutine},
		{"a thumb burned at the grill", "burned my thumb on the lighter lighting the grill and now there's a blister", "", triage.UrgencyRoutine},
		{"a baby sweaty at the breast", "Mi bebé subió de peso, toma pecho cada 2 horas y se pone todo sudado", "", triage.UrgencyRoutine},
		{"a gratitude", "Dr. Kim, you were always so kind to me. I paid off my bill today, happy retirement!", "", triage.UrgencyRoutine},
		{"a game's gg", "gg guys, I had enough of this game lol. Can I book a physical?", "", triage.UrgencyRoutine},
		{"a programme, then a rope", "My brother watched in a documentary how people hang themselves and he's in the garage with a rope right now", "", triage.UrgencyEmergency},
		{"one more text, on the bridge", "if i get one more text from him im jumping off the bridge, im on it right now", "", triage.UrgencyEmergency},
		{"twenty more, forgotten", "I forgot I took them and swallowed another 20 of my klonopin, I'm so sleepy", "", triage.UrgencyEmergency},
		{"a laugh, a bottle taken", "haha i took the whole bottle of tylenol an hour ago, can you fix my password", "", triage.UrgencyEmergency},
		{"a nosebleed nothing stops", "My son has a nosebleed and we can't get it to stop, blood is running down his throat", "", triage.UrgencyEmergency},
	})
}

// Found by probe314 (crises in the Spanish of many countries, in the
// writer's own voice or a relative's): a boy shut in the bathroom who no
// longer wants to be in this world, pills scattered on a teenager's floor
// and vomiting, sleeping pills "de más" with eyes closing, a sip of the
// fumigating liquid, a car running in a shut garage, a note on the bed
// and the key of the gun safe, an arm burned with a lighter and a knife
// beside, "pienso en brincar" at the metro, a week's pills at once, the
// edge of a roof with the legs over, the tracks "hoy sí voy". And the
// look-alikes: a thesis on poisoning, a bill "me quiero morir con", a
// thanks for two years sober.
func TestFindRedFlagsFreshSpanishCrises(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"shut in, not in this world", "mi nieto se encerró en el baño y no me abre, dice que ya no quiere estar en este mundo", "suicidal", triage.UrgencyEmergency},
		{"pills scattered, vomiting", "mi hijo se tomó algo, encontré pastillas regadas en el piso de su cuarto y está vomitando", "overdose", triage.UrgencyEmergency},
		{"sleeping pills de más", "me tomé unas pastillas de dormir de más porque ya no podía más", "overdose", triage.UrgencyEmergency},
		{"the fumigating liquid", "me tomé un trago del líquido de fumigar y me arde la garganta", "poisoning", triage.UrgencyEmergency},
		{"a car running in the garage", "tengo el carro prendido en el garaje con la puerta cerrada", "carbon_monoxide", triage.UrgencyEmergency},
		{"a note and the gun safe's key", "ya escribí la nota y sé dónde está la llave del gun safe de mi tío", "suicidal", triage.UrgencyEmergency},
		{"a lighter and a knife", "me he quemado el brazo con el mechero y no puedo parar de pensar en hacerlo más en serio", "self_harm", triage.UrgencyEmergency},
		{"a razor blade, deeper", "está en el cuarto con una hojilla y dice que si entro se corta más hondo", "self_harm", triage.UrgencyEmergency},
		{"the metro", "estoy en la estación y cada vez que pasa el tren pienso en brincar", "suicidal", triage.UrgencyEmergency},
		{"a week's pills at once", "me tomé todas las de la semana de una vez y tengo mucho sueño", "overdose", triage.UrgencyEmergency},
		{"the edge, legs over", "me subí a la terraza del edificio. estoy sentado en el borde con las piernas pa fuera", "suicidal", triage.UrgencyEmergency},
		{"the tracks today", "anoche me fui a las vías del tren y me regresé, pero hoy sí voy", "suicidal", triage.UrgencyEmergency},
		{"a thesis on poisoning", "estoy haciendo la tesis sobre intoxicación por paracetamol en adolescentes, ¿me dan una entrevista?", "", triage.UrgencyRoutine},
		{"a bill", "me quiero morir con esta factura de 800 dólares, ¿por qué me cobraron el laboratorio?", "", triage.UrgencyRoutine},
		{"two years sober", "Hace dos años había pensado en quitarme la vida y ella me escuchó. Hoy cumplo dos años sobria. Gracias.", "", triage.UrgencyUrgent},
		// A fourth reader's look-alikes, and what the readings must keep.
		{"vitamins at once", "Mi mamá tomó todas sus vitaminas de una vez, ¿le hace daño?", "", triage.UrgencyRoutine},
		{"fumigating tomorrow", "Mañana tomo el día libre para fumigar la casa, ¿puedo estar adentro con el bebé?", "", triage.UrgencyRoutine},
		{"a shaving cut", "Me afeité con una hojilla nueva y tengo varios cortes en las piernas", "", triage.UrgencyRoutine},
		{"a car warming up", "Mi esposo deja el coche encendido en el garaje cada mañana y se sienta adentro, le dije que abra el portón", "", triage.UrgencyRoutine},
		{"the edge of a pool", "Estaba sentada en la orilla de la alberca con las piernas afuera del agua y me picó algo", "", triage.UrgencyRoutine},
		{"skipping an appointment", "Pienso en saltar la cita de mañana porque voy en metro y tarda mucho", "", triage.UrgencyRoutine},
		{"near the tracks", "Hoy sí voy a la cita, vivo cerca de las vías del tren", "", triage.UrgencyRoutine},
		{"a rooftop party", "Esta noche hay una fiesta en la terraza del edificio, ¿puedo tomar alcohol con el antibiótico?", "", triage.UrgencyRoutine},
		{"a note for school", "Le escribí una nota a la maestra, ¿me dan el justificante para mañana?", "", triage.UrgencyRoutine},
		{"a holiday", "Cuando me vaya de vacaciones mañana, ¿me pueden dar dos meses de receta?", "", triage.UrgencyRoutine},
		{"a past thought, pills now", "Había pensado en quitarme la vida hace años, pero ahora tengo las pastillas en la mano y esta noche lo hago", "", triage.UrgencyEmergency},
		{"a bill, and pills tonight", "Me quiero morir con esta factura del hospital, ya tengo las pastillas de mi mamá juntas para esta noche", "", triage.UrgencyEmergency},
		{"a thesis, a seizure now", "Mi hermano, que escribe su tesis sobre epilepsia, está convulsionando ahora mismo en el piso", "", triage.UrgencyEmergency},
	})
}

// Found by probe315 (emergencies inside errands): a gun in the truck and
// "done with all of it" told by HR, voices naming tonight, a drunk
// stepfather with his belt, a week of lithium with wine, three nitro in
// half an hour without relief, blood pumping through towels. And the
// look-alike: a television episode "where" a man bleeds out.
func TestFindRedFlagsFreshErrandsSeventeenth(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"a gun in the truck, done", "he said he has his gun in the truck and he's done with all of it", "suicidal", triage.UrgencyEmergency},
		{"voices naming tonight", "need to move my appt. the voices keep saying tonight and theyre so loud", "psychosis", triage.UrgencyEmergency},
		{"a drunk stepdad's belt", "my stepdad is drunk going room to room with his belt and my brother is hiding under my bed", "violence", triage.UrgencyEmergency},
		{"a week of lithium", "fyi took my whole week of lithium plus some wine earlier, hands shaking", "overdose", triage.UrgencyEmergency},
		{"three nitro, no relief", "refill nitro please, used my last 3 in the past half hour and the squeezing hasn't let up", "heart_attack", triage.UrgencyEmergency},
		{"blood through towels", "cut my hand on the slicer, it's been pumping blood through 3 towels for 20 min", "severe_bleeding", triage.UrgencyEmergency},
		{"an episode where", "lol just watched the episode where the guy bleeds out in the elevator, can I book a physical?", "", triage.UrgencyRoutine},
	})
}
