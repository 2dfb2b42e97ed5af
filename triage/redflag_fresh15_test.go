package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// Found by probe260 (a second writer's crises in young people's online
// voice): goodbyes posted, then no answer; a bridge and "tell me not to";
// a car left running in the garage; tracks named for tonight; a search
// for how many pills kill; a child leaving to meet a stranger met online.
// And the look-alikes: an exam, a portal, lyrics, an old overdose.
func TestFindRedFlagsFreshYoungVoices(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"logging off for good, no answer", "my cousin posted 'logging off for good' and hasn't answered anyone since", "suicidal", triage.UrgencyEmergency},
		{"things left to a sister, no pick up", "he texted me u can have my xbox and my jackets, now he wont pick up", "suicidal", triage.UrgencyEmergency},
		{"passwords left, not at home", "she sent all her passwords to the family chat and she's not at her dorm", "suicidal", triage.UrgencyEmergency},
		{"the other side, an empty bottle", "his last post said see y'all on the other side and there's an empty bottle of lithium by his bed", "suicidal", triage.UrgencyEmergency},
		{"so done, location off", "she wrote im so done and then turned off her location", "suicidal", triage.UrgencyEmergency},
		{"thanks for everything, with a refill", "thank you for everything you did for my son this year! can we refill his inhaler?", "", triage.UrgencyRoutine},
		{"on the bridge", "i'm at the bridge now, someone tell me not to", "suicidal", triage.UrgencyEmergency},
		{"a car running in the garage", "got a text from my dad: the truck is running in the garage, don't come in, love you", "suicidal", triage.UrgencyEmergency},
		{"tracks tonight", "mi hermano dijo que se va a las vías esta noche y no contesta", "suicidal", triage.UrgencyEmergency},
		{"a search for a lethal dose", "found on her laptop: how many tylenol to die. she isn't answering her phone", "suicidal", triage.UrgencyEmergency},
		{"the medicine cabinet after work", "I'm taking everything in the medicine cabinet when I get home", "suicidal", triage.UrgencyEmergency},
		{"a belt ready", "dice que ya tiene el cinturón listo y no me contesta", "suicidal", triage.UrgencyEmergency},
		{"a stranger met online", "im 13 and i met a guy online, he bought me a bus ticket to see him, dont tell my parents", "abuse", triage.UrgencyEmergency},
		{"a drink spiked, cannot stand", "creo que le echaron algo en la bebida a mi prima, no se puede parar", "poisoning", triage.UrgencyEmergency},
		{"kms this exam", "kms this bio exam lol, can I get a note for school", "", triage.UrgencyRoutine},
		{"a portal, with a laugh", "me quiero morir jaja el portal no me deja entrar", "", triage.UrgencyRoutine},
		{"lyrics told later", "puse 'me quiero morir' en mi estado y mi mamá se asustó, pero ya le expliqué todo, es la letra de una canción", "", triage.UrgencyRoutine},
		{"an overdose last year, news now", "I just found out my roommate took a handful of pills last year. she's doing well now", "", triage.UrgencyRoutine},
	})
}

// Found by probe261 (a second writer's immunocompromised): chemotherapy
// told by its regimen ("R-CHOP", "FOLFIRINOX"), a decimal temperature, a
// port flushed then rigors, a port red with a fever, shingles by the eye
// on anti-rejection drugs, steroids for years not kept down. And a fever
// before the first cycle.
func TestFindRedFlagsFreshImmunocompromised(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"R-CHOP and a temperature", "had R-CHOP on Monday and now I'm running 100.9", "immunocompromised_fever", triage.UrgencyEmergency},
		{"a regimen, 38.3", "on capecitabine, just checked and it's 38.3", "immunocompromised_fever", triage.UrgencyEmergency},
		{"a port flushed, rigors", "me limpiaron el reservorio en la mañana y ahora tengo escalofríos", "immunocompromised_fever", triage.UrgencyEmergency},
		{"a port red with a fever", "the area around my port is red and swollen and I have a fever", "immunocompromised_fever", triage.UrgencyEmergency},
		{"shingles by the eye, transplant", "kidney transplant on tacrolimus, shingles came up near my right eye", "eye_emergency", triage.UrgencyEmergency},
		{"steroids, not kept down", "on prednisone for years, can't keep my pills down since last night", "adrenal_crisis", triage.UrgencyEmergency},
		{"a fever before the first cycle", "I had 38.1 last week before starting my chemo, they pushed it back. fine since. can I reschedule?", "", triage.UrgencyUrgent},
	})
}

// Found by probe262 (poisonings and medication errors at home): painkillers
// eaten by the handful, too much given to a child, the adults' strength
// given to a toddler then vomiting, antifreeze at a child's lips. And the
// questions: whether a plant is poisonous, what to do if a snake bites on
// a trip, a generator placed so as not to poison, an alarm's low battery,
// a magnet thought swallowed and found.
func TestFindRedFlagsFreshPoisonings(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"ibuprofen eaten by the handful", "my 4yo ate a handful of my advil, she's acting sleepy", "overdose", triage.UrgencyEmergency},
		{"too much given to a child", "I gave my son way too much motrin overnight and now he's throwing up", "overdose", triage.UrgencyEmergency},
		{"the adults' strength, vomiting", "le di paracetamol de adulto a mi hijo de 3 años y está vomitando", "overdose", triage.UrgencyEmergency},
		{"antifreeze at the lips", "found my toddler next to the antifreeze with blue stuff on his mouth", "poisoning", triage.UrgencyEmergency},
		{"is it poisonous", "are hydrangeas poisonous? my dog sniffed one, she's fine", "", triage.UrgencyRoutine},
		{"if a snake bites on a trip", "we're hiking in Arizona next week, what do we do if someone gets bitten by a rattlesnake?", "", triage.UrgencyRoutine},
		{"a generator placed to prevent", "where should the generator go so we don't get carbon monoxide poisoning?", "", triage.UrgencyRoutine},
		{"an alarm's low battery", "my CO alarm keeps chirping, the screen says low battery. everyone feels fine", "", triage.UrgencyRoutine},
		{"an alarm and headaches", "the carbon monoxide alarm is beeping, maybe low battery, but we all have headaches", "", triage.UrgencyEmergency},
		{"a magnet thought swallowed, found", "pensé que mi hijo se había tragado un imán pero lo encontré en el piso", "", triage.UrgencyRoutine},
	})
}

// Found by probe263 (violence and safety at home): the one feared back
// with the children there, a follower at the door, a gun and "on my way",
// a killing promised if she leaves, a beating now in the next room, a
// call asked for under a cover, a scream and a thud then silence, a
// pregnant belly kicked, a jaw broken by a punch, a baby's bruised ear, a
// child's cigarette burns, a child hurt "down there" and bleeding, a
// drink spiked then found undressed. And an assault days back.
func TestFindRedFlagsFreshViolenceAtHome(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"he's back, the kids here", "he's back again and I'm scared, the kids are here with me", "violence", triage.UrgencyEmergency},
		{"a follower at the door", "the guy with the restraining order is outside my house again trying to get in", "violence", triage.UrgencyEmergency},
		{"a stalker at the window", "mi ex me sigue a todos lados y ahora está afuera de mi casa", "violence", triage.UrgencyEmergency},
		{"a gun, on my way", "he has a gun and just texted me on my way", "violence", triage.UrgencyEmergency},
		{"a killing if she leaves", "dijo que me mata si lo dejo y tiene pistola", "violence", triage.UrgencyEmergency},
		{"a beating now", "my stepdad is hitting my mom right now, I'm in my room", "violence", triage.UrgencyEmergency},
		{"a call under a cover", "please call me and pretend you're from the pharmacy, he took my phone and keys", "violence", triage.UrgencyEmergency},
		{"a scream, a thud, silence", "heard screaming next door then a loud thud and now total silence", "violence", triage.UrgencyEmergency},
		{"a pregnant belly kicked", "I'm 7 months pregnant and he kicked me in the stomach", "trauma", triage.UrgencyEmergency},
		{"a jaw broken by a punch", "got punched last night and I think my jaw is broken, my teeth don't line up", "trauma", triage.UrgencyEmergency},
		{"a young baby's bruised ear", "my 3 month old has a bruise on her ear and I don't know how", "abuse", triage.UrgencyEmergency},
		{"cigarette burns on a child", "my son came back with burns like from a cigarette on his arm", "abuse", triage.UrgencyEmergency},
		{"a child hurt down there, bleeding", "my 5 year old says her uncle hurts her down there and I saw blood", "sexual_assault", triage.UrgencyEmergency},
		{"a drink spiked, undressed", "someone spiked my drink and I woke up at a stranger's place with my clothes off", "sexual_assault", triage.UrgencyEmergency},
		{"a boss who will kill", "my boss will kill me if I leave early again, can I get a later slot?", "", triage.UrgencyRoutine},
		{"an assault days back", "mi novio me forzó hace 5 días, quiero hacerme pruebas", "", triage.UrgencyUrgent},
		{"a dream of choking", "I had a dream someone was strangling me, it felt so real", "", triage.UrgencyRoutine},
	})
}

// Found by probe264–probe267 (a third writer's young people, a second
// writer's violence at home, children with complex needs, crises told
// indirectly): danger read from two kinds of cue together (dangerRules),
// and the look-alikes those rules must leave alone.
func TestFindRedFlagsFreshCuesTogether(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"cannot talk, he is here", "cant talk, he's here. same address you have", "violence", triage.UrgencyEmergency},
		{"watched, send someone", "mi marido revisa mis mensajes, manden a alguien por favor", "violence", triage.UrgencyEmergency},
		{"a threat with a weapon", "he said he'll finish it this weekend and he bought a shotgun", "violence", triage.UrgencyEmergency},
		{"waiting outside, a threat", "her ex is waiting for her in the parking lot and told her he will kill her", "violence", triage.UrgencyEmergency},
		{"hunted and bleeding", "I ran to the gas station, he's looking for me, there's blood on my face", "violence", triage.UrgencyEmergency},
		{"followed despite an order", "he's been following me all day and he has a restraining order", "violence", triage.UrgencyEmergency},
		{"screams, then silence", "gritos y golpes en el departamento de al lado y ahora no se escucha nada", "violence", triage.UrgencyEmergency},
		{"papers held, hit", "her employer keeps her passport and hit her today, she's never allowed out", "violence", triage.UrgencyEmergency},
		{"a helper here", "can you help me please? he's here with me for his appointment and forgot the form", "", triage.UrgencyRoutine},
		{"a wheelchair sent for", "he's outside in the car, could you send someone with a wheelchair?", "", triage.UrgencyRoutine},
		{"a gun at home, a question", "my dad keeps a gun in the house, is that safe with the grandkids visiting?", "", triage.UrgencyRoutine},
		{"a call back tonight", "I can't talk at work, please call me back tonight about my results", "", triage.UrgencyRoutine},
		{"a danger moved away", "ya estoy a salvo, él ya no sabe dónde vivo y vivo sola. quiero terapia", "", triage.UrgencyRoutine},
		{"a leave-taking with a loaded gun", "this is my goodbye. the pistol is loaded on the table", "suicidal", triage.UrgencyEmergency},
		{"a mind made up, this week", "I won't be around after this week, I've made up my mind", "suicidal", triage.UrgencyEmergency},
		{"records for after, letters written", "please send my records to my son, he'll need them for after. the letters are in the drawer", "suicidal", triage.UrgencyEmergency},
		{"records for a later date", "can you send my records for something after the move? thanks", "", triage.UrgencyRoutine},
		{"moving away, thanks for everything", "cancel my appointments please, we're moving to Ohio so I won't be needing them anymore. thank you for everything!", "", triage.UrgencyRoutine},
		{"a goodbye and gone offline", "he posted this is goodbye and went offline", "suicidal", triage.UrgencyEmergency},
		{"a parking garage roof, no answer", "she sent a photo from the top of the campus parking garage and isn't answering", "suicidal", triage.UrgencyEmergency},
		{"a razor in hand, this time", "dice que tiene la cuchilla en la mano y que esta vez sí lo va a hacer", "suicidal", triage.UrgencyEmergency},
		{"a count of a sedative", "took like 15 of my klonopin with wine", "overdose", triage.UrgencyEmergency},
		{"children driven to heaven", "she's manic and took the kids in the car saying they're going to heaven together", "psychosis", triage.UrgencyEmergency},
		{"a central line cut, bleeding", "the dog chewed and cut his picc line, there's blood coming out", "severe_bleeding", triage.UrgencyEmergency},
		{"a neck squeezed, then a blurred eye", "he grabbed my neck last night and now my eye is blurry", "strangulation", triage.UrgencyEmergency},
		{"a neck squeezed weeks ago", "mi ex me apretó el cuello hace tres semanas, ya estoy a salvo, sigo un poco ronca", "", triage.UrgencyUrgent},
		{"a child afraid to go home", "a student came in with welts on his back and he's terrified to go home", "abuse", triage.UrgencyEmergency},
		{"a baby shaken", "my roommate admitted she shook the baby last night", "abuse", triage.UrgencyEmergency},
		{"a toddler's thighs and blood", "found bruises on my daughter's inner thighs and blood in her diaper", "sexual_assault", triage.UrgencyEmergency},
		{"a cut head, drowsy", "grandpa has a cut on his head nobody explained and he's drowsy and confused", "trauma", triage.UrgencyEmergency},
		{"pushed, the baby still", "I'm 32 weeks, he pushed me down and I can't feel the baby moving", "high_risk_signs", triage.UrgencyEmergency},
		{"an old woman left alone", "my aunt was alone for days, her lips are cracked and she's confused", "dehydration", triage.UrgencyEmergency},
		{"an assault months back", "I was assaulted in March and never got tested, can I book STI testing?", "", triage.UrgencyRoutine},
		{"a singer's lyric", "my son's bio says 'so tired of being alive', he says it's a Mitski lyric. he's doing great", "", triage.UrgencyRoutine},
	})
}

// Found by probe268–probe270 (a third writer's violence, told in a few
// coded words or by third parties; a second writer's crises told inside
// errands; a fourth writer's teenagers).
func TestFindRedFlagsFreshCodedAndSideways(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"a gun and cannot call", "he has a gun in the house. cant call", "violence", triage.UrgencyEmergency},
		{"help and an address", "sorry wrong number. help 14 pine st", "violence", triage.UrgencyEmergency},
		{"a beating and the gun fetched", "my dad is hitting my mom and said he's going to get the gun", "violence", triage.UrgencyEmergency},
		{"pushed down, not getting up", "her son pushed her down the stairs and she isn't getting up", "violence", triage.UrgencyEmergency},
		{"a door kicked in, hiding", "I'm hiding in the bathroom and he's kicking the door in", "violence", triage.UrgencyEmergency},
		{"a house to be burned", "he took my keys and phone and said he'd burn the house down", "violence", triage.UrgencyEmergency},
		{"a child threatened for tonight", "the boy says his uncle will kill him if he goes home tonight", "violence", triage.UrgencyEmergency},
		{"a man of 30 and a child", "mi hija de 13 hablaba con un hombre de 30 años que la iba a recoger hoy y le dijo que no le dijera a nadie", "abuse", triage.UrgencyEmergency},
		{"a pass-out game", "my son was doing the pass out challenge with a belt and now he's not answering", "strangulation", triage.UrgencyEmergency},
		{"pills saved, tonight", "I have saved up my sleeping pills and tonight I will take them all", "suicidal", triage.UrgencyEmergency},
		{"the gas tonight", "ya repartí mis cosas y esta noche abro el gas", "suicidal", triage.UrgencyEmergency},
		{"a rope in the garage, the night to pick", "the rope's already in the garage, I just haven't picked which night", "suicidal", triage.UrgencyEmergency},
		{"forgive me, no answer", "me escribió 'perdóname, te quiero' y lleva horas sin contestar", "suicidal", triage.UrgencyEmergency},
		{"a roof's height", "sitting on the roof of my building, 9 floors up", "suicidal", triage.UrgencyEmergency},
		{"a knife and tonight", "i have the knife and im doing it tonight", "suicidal", triage.UrgencyEmergency},
		{"a jump planned after school", "she plans to jump off the overpass after school", "suicidal", triage.UrgencyEmergency},
		{"children to meet the angels", "he's driving 100 with the kids saying they'll meet the angels", "psychosis", triage.UrgencyEmergency},
		{"a hunting trip", "going hunting this weekend, do I need a tetanus shot before I clean my rifle and gear?", "", triage.UrgencyRoutine},
	})
}

// A sign that opens with "puede" is stated, not a leaflet's warning:
// "dice que puede volar" (found by probe269).
func TestFindRedFlagsStatedCan(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"says she can fly", "mi papá no ha dormido en días y dice que puede volar", "", triage.UrgencyEmergency},
		{"a leaflet's may", "el folleto dice que puede hinchar la garganta, ¿es normal?", "", triage.UrgencyRoutine},
	})
}

// Found by probe272–probe274 (older adults and those who care for them;
// crises in Spanish from Madrid to Bayamón; men who say it flatly).
func TestFindRedFlagsFreshFlatAndOld(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"handling it tonight", "gave away his tools and said he's handling it tonight", "suicidal", triage.UrgencyEmergency},
		{"a goodbye with a pistol, unreachable", "he posted a goodbye with a picture of his pistol, none of us can reach him", "suicidal", triage.UrgencyEmergency},
		{"a 9mm to work", "next time he writes me up im bringing my 9mm and ending it for both of us", "violence", triage.UrgencyEmergency},
		{"the pills out at a rest stop", "parked at the rest area. got the pills out. not driving anymore", "suicidal", triage.UrgencyEmergency},
		{"a service weapon, call my wife after", "service weapon is on the table. just call my wife after", "suicidal", triage.UrgencyEmergency},
		{"the rest of the pills", "ya no importa, hace una hora me tomé las que quedaban", "overdose", triage.UrgencyEmergency},
		{"lithium and rum", "mezclé el litio con una botella de ron y veo borroso", "overdose", triage.UrgencyEmergency},
		{"a farewell audio, no answer", "mandó un audio despidiéndose y no coge el teléfono", "suicidal", triage.UrgencyEmergency},
		{"a platform and the next train", "estoy en el andén, cuando pase el próximo tren ya está", "suicidal", triage.UrgencyEmergency},
		{"dialysis skipped to be done", "she skipped her last dialysis sessions so she can just be done, she doesn't want to be a burden", "suicidal", triage.UrgencyEmergency},
		{"a belt round the neck", "lo encontramos con un cinturón al cuello en el baño, respira pero está adormilado", "suicidal", triage.UrgencyEmergency},
		{"insulin by the hundred", "I injected 100 units of my Lantus at once an hour ago", "overdose", triage.UrgencyEmergency},
		{"a slap and held down", "the caregiver slapped my mother and is holding her down on the bed", "violence", triage.UrgencyEmergency},
		{"shut out in the cold", "her son locked the door and she's outside on the porch, it's 18 degrees", "violence", triage.UrgencyEmergency},
		{"shut in, no food", "la encontré encerrada con llave en su cuarto, sin comida y muy débil", "violence", triage.UrgencyEmergency},
		{"a sore hand from a wall", "mi esposo le pegó a la pared en el pleito, tiene la mano hinchada, ¿lo traigo?", "", triage.UrgencyRoutine},
		{"a missed dose", "mom missed her insulin yesterday because the aide didn't come, sugar 310 today, what do we do?", "", triage.UrgencyUrgent},
	})
}

// Found by probe276–probe278 (a fourth writer's violence; a third
// writer's crises between the lines; every kind of emergency spelled by
// ear).
func TestFindRedFlagsFreshBetweenTheLines(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"cornered in the car", "a man followed me from the store and he's parked next to me staring, I'm scared to get out", "violence", triage.UrgencyEmergency},
		{"a knife on the bus", "guy next to me on the bus has a knife and says he's gonna cut me when we get off", "violence", triage.UrgencyEmergency},
		{"two threats", "he said he'll throw the dog off the balcony and that I'm next", "violence", triage.UrgencyEmergency},
		{"children taken, a gun", "se llevó a los niños y me escribió 'despídete de ellos', tiene un arma en la casa", "violence", triage.UrgencyEmergency},
		{"locked in, phone taken", "her son has her locked in the bedroom and took her phone", "violence", triage.UrgencyEmergency},
		{"help, the door", "please help hes back hes kicking the", "violence", triage.UrgencyEmergency},
		{"a cut finger", "mom cut her finger on a kitchen knife, it stopped bleeding, does she need a tetanus shot?", "", triage.UrgencyRoutine},
		{"a full bottle by a day", "can you send it early? I want the whole bottle by friday. thats the day", "suicidal", triage.UrgencyEmergency},
		{"the kitchen table before tonight", "I need to print my advance directive and leave it on the kitchen table before tonight", "suicidal", triage.UrgencyEmergency},
		{"a negation between cues", "prob doesnt matter since I wont be around. already wrote the letters", "suicidal", triage.UrgencyEmergency},
		{"morphine for two", "I've set aside enough of his morphine for both of us", "suicidal", triage.UrgencyEmergency},
		{"helium and the phone off", "she looked up helium last week and now turned her phone off", "suicidal", triage.UrgencyEmergency},
		{"pills by ear", "mi niño se tomo las pastiyas de su abuela como 10 y esta mui dormido", "", triage.UrgencyEmergency},
		{"voices by ear", "mi ijo escucha boces que le disen que se mate y tiene un cuchiyo", "", triage.UrgencyEmergency},
	})
}

// Found by probe279–probe280 (a fifth writer's mix of dangers; errands
// that hide an emergency in a sentence).
func TestFindRedFlagsFreshHiddenInErrands(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"records years, then an overdose", "please send my records from 2019-2023 to my new dr. fyi I took like 30 of my tylenol pm an hour ago", "overdose", triage.UrgencyEmergency},
		{"an apology's if", "sorry if im short, my sister overdosed and shes barely breathing", "overdose", triage.UrgencyEmergency},
		{"a battery in the mouth", "el niño se metió a la boca una pila de botón y está babeando", "battery_or_magnet", triage.UrgencyEmergency},
		{"a tearing pain to the back", "I'm 60 and have a tearing pain going straight through to my back", "", triage.UrgencyEmergency},
		{"a voice about the baby", "tengo 2 semanas de haber dado a luz y oigo una voz que me dice que el bebé estaría mejor muerto", "postpartum_psychosis", triage.UrgencyEmergency},
		{"a snap from the bathtub", "she sent a snap of her wrists in the bathtub, sorry about the mess, and she's not opening the door", "suicidal", triage.UrgencyEmergency},
		{"a hammer and a door", "dad came at mom with a hammer, now he's banging on her bedroom door", "violence", triage.UrgencyEmergency},
		{"letters and thanks", "cancelen mi cita. ya les dejé cartas a todos. gracias por todo, doctor", "suicidal", triage.UrgencyEmergency},
		{"a move and thanks", "cancelen mis citas, me regreso a Guadalajara y ya no las voy a necesitar. gracias por todo", "", triage.UrgencyRoutine},
		{"a trip to the lake", "we're going to the lake tonight, can we move Friday's well check?", "", triage.UrgencyRoutine},
		{"a news story of a battery", "leí de un niño que se murió por tragarse una pila de botón, ¿cómo protejo a mis hijos?", "", triage.UrgencyRoutine},
	})
}
