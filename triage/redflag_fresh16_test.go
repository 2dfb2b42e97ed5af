package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// Found by probe282 (crises of the mind told indirectly): a will updated
// and pills saved in a can, rope brought home and no answer since, a
// goodbye in a team chat with the passwords, a father sharpening knives
// against signals, clothes given away and a letter left, a cleaned
// revolver and names on the furniture, a gun safe's code "jk... kinda",
// voices and a train platform, a whole bottle "gone down", a sudden calm
// and a cancelled counselling. And the look-alikes: a story's character,
// a screening form, a gun safe's code with nothing else.
func TestFindRedFlagsFreshHintedCrises(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"pills saved, a burden", "I've got my pills and my husband's old ones saved up in a jar. I don't want to be a burden to my kids anymore", "suicidal", triage.UrgencyEmergency},
		{"a will updated, a farm signed over", "I updated my will last week and signed the farm over to my son. Everything else is in the envelope.", "suicidal", triage.UrgencyEmergency},
		{"rope brought home, no answer", "my brother came home with a rope yesterday and won't say why, and he stopped answering his phone this morning", "suicidal", triage.UrgencyEmergency},
		{"a pleasure everyone, passwords", "he posted 'it's been a pleasure everyone, the passwords are on my desk, don't come looking' and left", "suicidal", triage.UrgencyEmergency},
		{"knives against signals", "she's convinced the neighbours send signals through the tv and she keeps saying she'll protect us, she's sharpening all the knives in the kitchen", "psychosis", triage.UrgencyEmergency},
		{"clothes given away, a letter", "ya regalé mis cosas y dejé una carta para mi hermana, no voy a necesitar las citas", "suicidal", triage.UrgencyEmergency},
		{"who gets what, a revolver", "I labelled the furniture so the grandkids know who gets what. My late husband's revolver is out and cleaned.", "suicidal", triage.UrgencyEmergency},
		{"a gun safe code, half a joke", "lol i know the gun safe code now jk... kinda. thinking about using it", "", triage.UrgencyEmergency},
		{"voices and traffic", "the voices keep telling me to walk in front of traffic and I'm standing by the highway", "psychosis", triage.UrgencyEmergency},
		{"a whole bottle gone down", "the whole bottle of my lithium is empty now, all of it went down an hour ago and I'm so sleepy", "overdose", triage.UrgencyEmergency},
		{"a razor and the wrists", "sitting in my car with a razor blade, can't stop looking at my wrists", "suicidal", triage.UrgencyEmergency},
		{"insulin injected, sleep long", "my friend injected a bunch of insulin and said she wants to sleep for a long time, she's not diabetic", "suicidal", triage.UrgencyEmergency},
		{"a story's character", "My son wrote a story for class where the character dies by suicide. The school says he's fine but asked for a check-up.", "", triage.UrgencyRoutine},
		{"a gun safe code, a question", "what's the best way to keep the gun safe code away from the kids?", "", triage.UrgencyRoutine},
	})
}

// Found by probe283 (danger from another person now): a beating heard
// through a wall with cries for help, a machete and the police asked for
// in an errand, a stalker trying the door handle of a writer alone, a
// man at a teenager's window, a child taken by a relative without
// custody, a father high at the wheel with a child, a carer slapping an
// old man now on the floor. And the look-alikes: an inhaler and EpiPens
// taken by an ex, a restraining order's forms.
func TestFindRedFlagsFreshDangerNow(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"a beating through the wall", "the guy next door is right now beating her, we can hear her screaming for help", "violence", triage.UrgencyEmergency},
		{"a machete, the police asked for", "necesito mi receta y si pueden manden a la policía a mi casa, mi esposo tiene un machete", "violence", triage.UrgencyEmergency},
		{"a stalker at the door, alone", "the man who stalks me is outside my door trying the handle and I'm alone", "violence", triage.UrgencyEmergency},
		{"a man at the window", "he's here again, tapping outside my window, I'm home alone", "violence", triage.UrgencyEmergency},
		{"a child taken without custody", "my ex just grabbed our daughter from daycare and drove off, he has no custody", "violence", triage.UrgencyEmergency},
		{"high at the wheel with a child", "her dad is drunk and driving with our son in the car, he's swerving", "violence", triage.UrgencyEmergency},
		{"a carer's blow, on the floor", "on the camera I saw the aide slap him and now he's on the floor", "violence", triage.UrgencyEmergency},
		{"an inhaler taken away", "my roommate took my inhaler and my epipen when she moved out, can you send new prescriptions?", "", triage.UrgencyRoutine},
		{"a restraining order's forms", "I need a letter for my restraining order hearing next month, he hasn't been around since spring", "", triage.UrgencyRoutine},
	})
}

// Found by probe284 and probe285 (older adults; emergencies inside
// errands): a rescue inhaler every few minutes without relief, insulin
// stopped with confusion. And the look-alikes the errands told: pill
// bottles brought to a visit, a fainting with how it ended, a stroke's
// hospital stay, an ER nurse's shifts, a swelling "when he was 2", a
// naloxone kit used on a stranger who made it (the last two seen to:
// urgent at most), a fainting "in Feb".
func TestFindRedFlagsFreshErrandsAndElders(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"an inhaler every few minutes", "need a refill, using my inhaler every 10 minutes and it's not helping, lips feel tingly", "breathing", triage.UrgencyEmergency},
		{"insulin stopped, confused", "dad stopped his insulin three days ago and now he's confused and throwing up", "diabetic_emergency", triage.UrgencyEmergency},
		{"pill bottles to bring", "Confirming Dad's visit tomorrow. Should we bring all his pill bottles?", "", triage.UrgencyRoutine},
		{"a fainting and how it ended", "Insurance denied the claim from when my husband fainted at the gym. It turned out to be low blood sugar and he's fine. Can Dr. Lee write a letter?", "", triage.UrgencyUrgent},
		{"a stroke hospitalization's records", "Please send the records from her stroke hospitalization to the new neurologist, she's doing well.", "", triage.UrgencyRoutine},
		{"an ER nurse's shifts", "I'm an ER nurse and we had so many overdoses this week, can I move my physical?", "", triage.UrgencyRoutine},
		{"a swelling when he was 2", "el formulario pregunta por alergias: se le hinchó la cara con el huevo pero fue cuando tenía 2 años", "", triage.UrgencyRoutine},
		{"naloxone, he made it", "Please refill my naloxone, I used both doses on my neighbor yesterday. The paramedics came and he made it.", "", triage.UrgencyUrgent},
		{"a fainting in Feb", "Question about the ambulance bill from when I passed out in Feb, insurance won't cover it.", "", triage.UrgencyRoutine},
	})
}

// Found by probe286 (risk told by someone else, with the detail that
// worried them) and probe287 (danger from others beyond a partner): a
// handgun taken outside with "don't follow me", a pistol missing from the
// safe after a farewell email, a garden hose and tape in a car, three
// boxes of paracetamol "to rest at last", a letter to the parents and a
// phone left behind, cuts still bleeding; a road-rage driver ramming a car
// with a child in it, bleach in a coffee, a woman dragged into a van, a
// coach's secret pick-up tonight, a child's hand held on a stove, a worker
// found purple and still. And the look-alikes: a death by suicide in the
// paperwork of an estate, an attempt dated by its month, statistics for a
// class, a gun in a locked safe on a questionnaire, things given away for
// a move, a teething baby's drool, a cut on a kitchen knife.
func TestFindRedFlagsFreshToldByOthers(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"a handgun outside, don't follow", "my uncle took his handgun out to the garage and told us not to follow him", "suicidal", triage.UrgencyEmergency},
		{"a farewell email, a pistol missing", "she sent a farewell email to everyone at work and her husband says his pistol is missing", "suicidal", triage.UrgencyEmergency},
		{"a hose and tape, no answer", "he left with a garden hose and duct tape in the trunk and hasn't answered in hours", "suicidal", triage.UrgencyEmergency},
		{"boxes of paracetamol, rest at last", "compró tres cajas de paracetamol y dijo que por fin va a descansar", "suicidal", triage.UrgencyEmergency},
		{"a letter, a phone left behind", "her roommate found a note to her parents on the bed and her phone left behind, she's been gone 3 hours", "suicidal", triage.UrgencyEmergency},
		{"cuts still bleeding", "my daughter showed me cuts on her arm that are still bleeding and said next time she'll go deeper", "suicidal", triage.UrgencyEmergency},
		{"rammed with a child in the car", "a guy rammed our car on the highway and is tailing us now, my 3 yo is in the back", "violence", triage.UrgencyEmergency},
		{"bleach in a coffee", "my husband put bleach in my coffee, i drank some and my throat is burning", "poisoning", triage.UrgencyEmergency},
		{"dragged into a van", "a man just dragged a girl into a van outside my building", "violence", triage.UrgencyEmergency},
		{"a coach's secret pick-up", "his coach texted that he'll pick him up tonight and not to tell his parents", "abuse", triage.UrgencyEmergency},
		{"a hand held on a stove", "a student told me his stepdad held his hand on the stove, the burns are blistered", "abuse", triage.UrgencyEmergency},
		{"purple and not moving", "encontramos a mi compañero en el congelador, estaba morado y no se movía", "unresponsive", triage.UrgencyEmergency},
		{"a death in an estate's paperwork", "My father died by suicide in June. The insurer needs his medical records.", "", triage.UrgencyRoutine},
		{"an attempt dated by its month", "HR needs a return-to-work form after my leave for a suicide attempt in April.", "", triage.UrgencyRoutine},
		{"statistics for a class", "The school flagged that she searched suicide statistics, it was for her health class presentation.", "", triage.UrgencyRoutine},
		{"a gun in a locked safe", "The intake questionnaire asked about guns, we have one in a locked safe. Is that why I was billed for counseling?", "", triage.UrgencyRoutine},
		{"things given away for a move", "Mom moved into assisted living so we're giving away her things. Do you take unopened supplies?", "", triage.UrgencyRoutine},
		{"a teething baby's drool", "my 6 month old is teething, drooling a lot and has a low fever of 37.9, is that normal?", "", triage.UrgencyUrgent},
	})
}

// Found by probe288 (emergencies of the body in loose English): a
// cleaning liquid drunk by a toddler; stroke signs in broken phrases. And
// the look-alikes: a stroke "before" and in rehab, a stroke dated by a
// bare year, a blood pressure read after a cough.
func TestFindRedFlagsFreshLooseEnglish(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"a cleaning liquid drunk", "my son 3 year drink the liquid for clean floor, he is crying and vomit", "poisoning", triage.UrgencyEmergency},
		{"stroke signs in short phrases", "Not hold cup. Face funny. Arm weak. Since lunch.", "stroke", triage.UrgencyEmergency},
		{"a stroke before, in rehab", "my father have stroke before, he in rehab now, need referral for the therapy", "", triage.UrgencyRoutine},
		{"a stroke and a bare year", "my wife have the stroke 2020, now she need the parking form", "", triage.UrgencyRoutine},
		{"a blood pressure after a cough", "I stopped my lisinopril because of the cough and now my BP is 165/100, can I be seen this week?", "", triage.UrgencyUrgent},
	})
}

// Found by probe290-probe293 (a seventh writer's danger now; a person at
// risk in their own everyday voice; young people's own voice; a family
// practice's fortnight): "enjoy your last night" with the ex out there
// now, a man waiting "till the lights go off", a threat to "put him in the
// ground", pills forced down, a shaken baby told by its age, a means and
// affairs in order (a rope up in the shed, a letter for each of the
// boys), a hose from the tailpipe and "dont know why im texting", a roof
// door propped open, stones in the pockets, vials brought home from work,
// a vape pod sucked by a toddler, a self-harm cut that won't stop, clear
// fluid from an ear, insulin run out with confusion. And the look-alikes:
// jokes about the portal and the hold music with a laugh, a bill that
// "will kill me", a song stuck in the head, a story for class.
func TestFindRedFlagsFreshEverydayVoices(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"enjoy your last night", "my ex texted 'enjoy your last night' and he's out there now in the parking lot", "violence", triage.UrgencyEmergency},
		{"waiting till the lights go off", "he's parked outside my sister's house and texted he'll wait till the lights go off, there's a restraining order", "violence", triage.UrgencyEmergency},
		{"put in the ground", "his stepdad told him he'll put him in the ground if he comes home, he has bruises on his neck", "violence", triage.UrgencyEmergency},
		{"pills forced down", "my boyfriend made me swallow a handful of my xanax, I'm so sleepy and my words are slow", "overdose", triage.UrgencyEmergency},
		{"a baby shaken, by its age", "my partner shook our 3 month old and now she's very sleepy and throwing up", "abuse", triage.UrgencyEmergency},
		{"a rope up, a letter", "The rope is already up in the barn. I wrote a letter for my wife.", "suicidal", triage.UrgencyEmergency},
		{"a hose, no reason to write", "ran a hose from the exhaust into the car. dont know why im messaging you", "suicidal", triage.UrgencyEmergency},
		{"stones in the pockets, tonight", "I put stones in my coat pockets. Going to the lake tonight.", "suicidal", triage.UrgencyEmergency},
		{"vials from work", "I brought vials home from the hospital and I'm using all of them tonight", "suicidal", triage.UrgencyEmergency},
		{"a vape pod, a toddler", "my 2 year old chewed on a vape pod and now she's throwing up and sweaty", "overdose", triage.UrgencyEmergency},
		{"a cut that won't stop", "i cut too deep and it's not stopping bleeding", "severe_bleeding", triage.UrgencyEmergency},
		{"clear fluid from an ear", "he fell off the skateboard and clear fluid is coming out of his ear", "head_injury", triage.UrgencyEmergency},
		{"insulin run out, confused", "se me acabó la insulina hace 2 días, estoy vomitando y muy confundida", "diabetic_emergency", triage.UrgencyEmergency},
		{"a portal joke", "if the portal asks for my password again I'm jumping out the window 😅 how do I reset it?", "", triage.UrgencyRoutine},
		{"hold music", "your hold music makes me want to end it all 😂 please fix the phone line", "", triage.UrgencyRoutine},
		{"a bill that kills", "Esta factura me va a matar, ¿tienen plan de pagos?", "", triage.UrgencyRoutine},
		{"a song stuck in the head", "song stuck in my head all day 'i just wanna die' lol, when is the flu clinic?", "", triage.UrgencyRoutine},
		{"a story for class", "She wrote a story for class about a girl who wants to disappear. Can she see someone?", "", triage.UrgencyUrgent},
	})
}

// Found by probe294-probe297 (danger among migrant and Spanish-speaking
// families; crises in chronic illness, disability and a new diagnosis;
// emergencies seen by people who are not family; a community health
// centre's fortnight): a son held for a "debt" and tied up, a girl to be
// moved to another city tonight, a neck held against a wall, a gas smell
// with headaches and vomiting, an oxygen tank almost empty behind changed
// locks, a child touched at night by an uncle and left with him, a man
// lying still at the bottom of the stairs, a supply taken ("took all the
// hydroxychloroquine, around 40"), a pump's bolus, a chair to a pier, a
// rope in a truck with a will written. And the readings: "for the past
// half hour" is now (it had read as long past), the writer's own sign
// after a pet is named ("the dog's vet information … I took all…"), grief
// "hitting me hard", a garage door come down on a car.
func TestFindRedFlagsFreshBeyondTheFamily(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"held for a debt, tied up", "a mi hijo no lo sueltan hasta que paguemos la deuda, me mandaron foto de él amarrado", "violence", triage.UrgencyEmergency},
		{"moved to another city tonight", "el que nos trajo dice que esta noche nos lleva a otra ciudad, la más chica tiene 14", "abuse", triage.UrgencyEmergency},
		{"a neck held against a wall", "mi papá tiene a mi mamá agarrada del cuello contra la pared y no la suelta", "strangulation", triage.UrgencyEmergency},
		{"a gas smell, headaches", "strong gas smell in the apartment and the kids have headaches and are throwing up", "carbon_monoxide", triage.UrgencyEmergency},
		{"an oxygen tank almost empty", "the landlord changed the locks and her oxygen tank is almost empty", "low_oxygen", triage.UrgencyEmergency},
		{"a child left with an uncle", "mi tío me toca cuando mi mamá no está y esta noche me dejó con él, estoy escondida", "abuse", triage.UrgencyEmergency},
		{"lying still at the stairs", "I can see a man lying at the bottom of the stairs, not moving, through the window", "unresponsive", triage.UrgencyEmergency},
		{"a supply taken, around 40", "I took all the prednisone, around 30, an hour ago", "overdose", triage.UrgencyEmergency},
		{"a pump's bolus", "I set my pump to bolus 80 units and threw it away so nobody can cancel it", "suicidal", triage.UrgencyEmergency},
		{"a rope in a truck, a will", "He gave his dog away and wrote out a will, and there's a rope in his truck", "suicidal", triage.UrgencyEmergency},
		{"the past half hour", "my dad has had crushing chest pressure for the past half hour and he's sweaty", "chest_pain", triage.UrgencyEmergency},
		{"the writer's sign after a pet", "The dog's vet papers are on the table. I took all my pills twenty minutes ago and I'm getting sleepy.", "overdose", triage.UrgencyEmergency},
		{"grief hitting hard", "The grief is hitting me hard since my mom died. Can I get a counseling referral?", "", triage.UrgencyRoutine},
		{"a garage door on a car", "Cancelling Tuesday, the garage door came down on my car (nobody hurt) and I can't get there this week.", "", triage.UrgencyRoutine},
	})
}

// Found by probe298-probe301 (danger to overlooked people; men who say it
// flatly; pregnancy, birth and the first year; a Spanish-speaking
// pediatric fortnight): a head kicked, then double vision; an old man not
// peeing with cracked lips; a power chair's battery taken; the gas opened
// and the detector's battery pulled; morphine patches, "the whole box"; a
// rifle taken out to the pasture with the will in the gun safe; brake
// lines cut; a crane cab, "not coming down"; a truck running in the shop;
// a whole pen of insulin; a drive into the river with the baby; a sunken
// soft spot; the TV telling a new mother not to feed her baby. And the
// look-alikes: "I have neither", a bleed in a first delivery, intrusive
// images a mother would never act on, a nursing mother's sore breast.
func TestFindRedFlagsFreshFlatAndNewborn(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"a head kicked, double vision", "they kicked me in the head and now I'm seeing double", "head_injury", triage.UrgencyEmergency},
		{"not peeing, cracked lips", "grandpa hasn't peed since yesterday, his lips are cracked and he's mumbling", "dehydration", triage.UrgencyEmergency},
		{"a power chair's battery taken", "he took the battery out of my wheelchair and I'm stuck in the bedroom", "violence", triage.UrgencyEmergency},
		{"gas on, detector's battery out", "Took the battery out of the smoke detector and turned the gas on at the stove.", "suicidal", triage.UrgencyEmergency},
		{"morphine patches, the whole box", "Put on all the leftover fentanyl patches, the whole box. Don't want the nurse finding me.", "suicidal", triage.UrgencyEmergency},
		{"a rifle to the pasture, a will", "Will is in the gun safe. Taking the rifle out to the back pasture now.", "suicidal", triage.UrgencyEmergency},
		{"brake lines cut", "Cut the brake lines on my truck. Left the ranch to my son, papers are in the desk.", "suicidal", triage.UrgencyEmergency},
		{"a whole pen of insulin", "Just put a whole pen of Lantus in me. Wasn't a mistake.", "overdose", triage.UrgencyEmergency},
		{"a drive into the river with the baby", "she said she'd drive into the river with the baby so they can finally rest", "suicidal", triage.UrgencyEmergency},
		{"a sunken soft spot", "my 5 week old's soft spot is sunken, no wet diaper since morning and he's limp", "", triage.UrgencyEmergency},
		{"the TV and a baby not fed", "the TV says I have to protect her by not feeding her", "postpartum_psychosis", triage.UrgencyEmergency},
		{"I have neither", "The papers say call 911 for chest pain or trouble breathing. I have neither, just confirming my visit.", "", triage.UrgencyRoutine},
		{"a bleed in a first delivery", "I hemorrhaged after my first delivery. Pregnant again, can I see the high risk doctor?", "", triage.UrgencyRoutine},
		{"intrusive images", "Me vienen imágenes de que el bebé se ahoga en la bañera, sé que nunca lo haría. ¿Tienen psicóloga?", "", triage.UrgencyUrgent},
	})
}

// A review of the session's cues and readings found ordinary messages
// the cues as first written read as emergencies (the first group), and
// emergencies the new readings set aside (the second); each is fixed and
// kept here.
func TestFindRedFlagsFreshReviewed(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"quick, tomorrow", "I'll be quick: can I pick up my refill tomorrow?", "", triage.UrgencyRoutine},
		{"units tonight", "How many units of insulin should I take tonight?", "", triage.UrgencyRoutine},
		{"syringes by Friday", "I need more syringes by Friday", "", triage.UrgencyRoutine},
		{"all meds before surgery", "Should I take all my meds tomorrow morning before surgery?", "", triage.UrgencyRoutine},
		{"parked by the entrance", "See you at 2! I'm parked next to the entrance.", "", triage.UrgencyRoutine},
		{"a muscle pulled in a car", "I pulled a muscle getting into the car", "", triage.UrgencyRoutine},
		{"a hand on a stove by accident", "My son put his hand on the stove by accident", "", triage.UrgencyRoutine},
		{"a pick-up and a diagnosis kept", "Grandma will pick her up after school, please remember not to tell her about the diagnosis", "", triage.UrgencyRoutine},
		{"a towel soaked in water", "I put a towel soaked in cool water on his forehead", "", triage.UrgencyRoutine},
		{"knives kept from a toddler", "How do I protect my toddler from the kitchen knives?", "", triage.UrgencyRoutine},
		{"insulin before surgery", "Should I stop my insulin the night before surgery? I'm type 1", "", triage.UrgencyRoutine},
		{"a pen and a numb hand", "I can't hold a pen and my hand is numb at night", "", triage.UrgencyRoutine},
		{"a stiff neck", "Me agarra el cuello cuando duermo mal", "", triage.UrgencyRoutine},
		{"an oxygen delivery", "Can you send an oxygen tank delivery? ours is almost empty", "", triage.UrgencyRoutine},
		{"a kitchen cut", "I cut my hand with a knife while cooking, how do I clean it?", "", triage.UrgencyRoutine},
		{"hit in traffic", "we're stuck in traffic and he is hitting me", "violence", triage.UrgencyEmergency},
		{"cut by a husband", "my husband cut my arm with a knife", "violence", triage.UrgencyEmergency},
		{"a month that is a name", "He's having a seizure, June is holding his head", "seizure", triage.UrgencyEmergency},
		{"locked up in a basement", "he has me locked up in the basement", "violence", triage.UrgencyEmergency},
		{"an earlier outcome", "She's overdosing right now. Last time it turned out ok and she's recovered", "overdose", triage.UrgencyEmergency},
		{"the past couple of hours", "he's had crushing chest pain for the past couple of hours", "chest_pain", triage.UrgencyEmergency},
		{"the past half an hour", "my dad has had chest pressure for the past half an hour", "chest_pain", triage.UrgencyEmergency},
	})
}

// Found by probe302-probe304 (a third writer's crises in their own voice;
// an eighth writer's danger now; a multi-specialty clinic's fortnight):
// an engine running behind a roller door, pills "juntas en un vaso", a
// bell tower, a cord already up, the whole strip swallowed; a knife to a
// man's throat, a beating with someone barely moving, a blow with a belt
// folded, a sister locked in with an uncle and "stop stop".
func TestFindRedFlagsFreshOwnVoiceAndDangerNow(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"an engine running, a door down", "I'm in my car in the bay with the roller door down and the engine running. Thanks for trying.", "suicidal", triage.UrgencyEmergency},
		{"pills in a glass", "Ya dejé pagado el entierro. Las pastillas las tengo juntas en un vaso.", "suicidal", triage.UrgencyEmergency},
		{"a bell tower", "Dejé cartas para la parroquia. Estoy arriba en el campanario.", "suicidal", triage.UrgencyEmergency},
		{"a cord up", "do you keep charts after someone dies? asking for me. the cord is already up in the closet", "suicidal", triage.UrgencyEmergency},
		{"the whole strip", "Took the whole strip of amitriptyline a bit ago and my heart is fluttering.", "overdose", triage.UrgencyEmergency},
		{"a knife to a throat", "her grandson has a kitchen knife to her throat demanding her pills", "violence", triage.UrgencyEmergency},
		{"a beating, barely moving", "he's been beating her for ten minutes and she's barely moving", "violence", triage.UrgencyEmergency},
		{"a blow, a belt folded", "he shoved her onto the floor and he's standing over her with his belt folded", "violence", triage.UrgencyEmergency},
		{"locked in, stop stop", "my uncle locked my sister in the bedroom with him and she's crying stop stop", "violence", triage.UrgencyEmergency},
		{"a video game", "My son plays a game where you shoot everybody and he screams 'I'm gonna kill you' at his friends online. Normal?", "", triage.UrgencyRoutine},
		{"a potassium refill before a trip", "Please refill my potassium chloride, I'm leaving for Florida and want a 90-day supply before I go.", "", triage.UrgencyRoutine},
	})
}
