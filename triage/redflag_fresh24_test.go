package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// Found by probe338 (danger to young people in their own voice, a third
// writer: 29 of 35 at first run), probe339 (adults' crises of the mind
// inside errands: 27 of 35) and probe340 (danger from others told by
// victims and witnesses: 21 of 35): a stalker in the lobby asking for the
// writer by name, a door being kicked in, a window smashed and a man
// climbing in, a rifle promised after lunch for the ones who complained,
// an aide seen on camera tying a man to a chair, a pizza ordered as a
// call for help, "round 2" when he wakes, a burned child's abuser due at
// pickup, a car to be put in the lake with the baby, a pillow held over a
// face, a neck squeezed now, a girl held at a motel by a man met online, a
// runaway offered a bed for "stuff", a coach's hotel room and his threat;
// a last message from a bridge, a rope in the shed and a father going out
// there, a roof and "not coming down", a platform and the next train, the
// cats left in someone's care and the phone not answered, pills lined up
// and "the one who finds me", months of pills saved for when the kids are
// asleep, a mania that walks the highway's median. And the look-alikes: a
// portal that will "make me jump off a bridge lol", an overdose of last
// year whose records are asked for, whether the doctor must call the
// police about a past blow, a little sister's punch, a question of how
// much Tylenol is too much, the last pill of a supply taken, a child
// who says he wants to die whenever he loses a game (urgent).
func TestFindRedFlagsFreshTwentyFourth(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"a stalker in the lobby", "the man who has been following me for a month is downstairs in the lobby now asking for me by name", "violence", triage.UrgencyEmergency},
		{"a door being kicked in", "please send police to 12 Oak St, he is trying to kick the door in and I'm in the bedroom", "violence", triage.UrgencyEmergency},
		{"a window smashed, climbing in", "my ex smashed the kitchen window and is climbing in, we're in the closet", "violence", triage.UrgencyEmergency},
		{"a rifle for the ones who complained", "my coworker says he's bringing his rifle in tomorrow for the people who reported him", "violence", triage.UrgencyEmergency},
		{"tied to a chair, seen on camera", "on the nanny cam I just saw the aide slap my dad and tie him to his chair, he's still tied", "violence", triage.UrgencyEmergency},
		{"a pizza ordered as a call for help", "I'd like to order a pizza to 40 Elm Rd please hurry", "violence", triage.UrgencyEmergency},
		{"round two when he wakes", "he beat me up and I'm peeing blood, when he wakes up he says it's round two", "violence", triage.UrgencyEmergency},
		{"a burned child's abuser due at pickup", "a student says her stepdad burned her arm with a cigarette and he is picking her up in 15 minutes", "violence", triage.UrgencyEmergency},
		{"the car into the lake", "my husband is drunk and threatening to drive the truck into the river with our son", "violence", triage.UrgencyEmergency},
		{"a pillow over a face", "I can see through the door that she is pressing a pillow over his face", "violence", triage.UrgencyEmergency},
		{"a neck squeezed now", "mi padrastro le está apretando el cuello a mi hermana", "violence", triage.UrgencyEmergency},
		{"a motel and a man met online", "my 15 year old is at a motel with an older guy she met online and he won't give her phone back", "abuse", triage.UrgencyEmergency},
		{"a bed for stuff", "i ran away and a guy at the bus station says i can sleep at his place if i do stuff for him", "abuse", triage.UrgencyEmergency},
		{"a coach's room and a threat", "my coach wants me to come to his room tonight and said if i tell anyone he'll cut me from the team", "abuse", triage.UrgencyEmergency},
		{"come out or I'll come in", "a guy from snap is outside my house rn texting come out or i'll come in", "violence", triage.UrgencyEmergency},
		{"followed, alone", "un tipo me viene siguiendo desde el metro y voy sola, no hay nadie en la calle", "violence", triage.UrgencyEmergency},
		{"more self-harm tonight", "cut myself pretty bad earlier and thinking about going deeper tonight", "self_harm", triage.UrgencyEmergency},
		{"a last message from a bridge", "tell my therapist thanks. I'm on the bridge now and this is the last message I'm sending anyone", "suicidal", triage.UrgencyEmergency},
		{"a rope in the shed", "my husband said the rope is in the barn and he's headed out there now", "suicidal", triage.UrgencyEmergency},
		{"a roof, not coming down", "I'm on the roof of the parking garage and I don't think I'm coming down", "suicidal", triage.UrgencyEmergency},
		{"a platform and the next train", "I'm at the train platform, going to step off when the next train comes through", "suicidal", triage.UrgencyEmergency},
		{"the pills lined up, the one who finds me", "my pills are lined up on the counter. my neighbor will be the one who finds me", "suicidal", triage.UrgencyEmergency},
		{"months saved, when the kids sleep", "I saved up a couple months of my pills and I'm taking them all once the kids are asleep", "suicidal", triage.UrgencyEmergency},
		{"a mania on the freeway", "haven't slept in 6 days, feel amazing, going to walk across the freeway to prove nothing can touch me", "psychosis", triage.UrgencyEmergency},
		{"a portal that makes me jump", "lmao this app is going to make me jump off a bridge, it logged me out again", "", triage.UrgencyRoutine},
		{"last year's overdose, records asked", "I need my hospital records from 2023, the night I took too many pills, for my new psychiatrist", "", triage.UrgencyRoutine},
		{"must the doctor call the police", "does the doctor have to call police if I say my ex hit me? that was years ago", "", triage.UrgencyRoutine},
		{"a little brother's punch", "my little brother punched me over the xbox and now I have a bruise on my arm, do I need to come in?", "", triage.UrgencyRoutine},
		{"the last dose of a supply", "ran out of my seroquel, took my last one last night, can you send a new script", "", triage.UrgencyUrgent},
		{"a toddler and the last one", "my toddler got into my purse and took my last one of lithium", "overdose", triage.UrgencyEmergency},
		{"words of dying when a game is lost", "my daughter always says she wants to die whenever she loses at Roblox, she's 9. normal?", "suicidal", triage.UrgencyUrgent},
		{"an end after school", "found a note in my daughter's room saying she's going to end it after school tomorrow", "suicidal", triage.UrgencyEmergency},
		{"a door punched through, he'll get in", "he punched a hole through the bedroom door, me and my brother are inside and he's yelling he'll get in", "violence", triage.UrgencyEmergency},
		// A second reader's messages against the cues above (review of
		// the twenty-second session): the same dangers in other words, and
		// ordinary messages in the same words.
		{"a stranger trying the door, children inside", "some man I've never seen keeps jiggling our door handle, my kids are here with me", "violence", triage.UrgencyEmergency},
		{"glass broken downstairs", "I heard glass break downstairs and someone is walking around, please send someone to 9 Hill Rd", "violence", triage.UrgencyEmergency},
		{"a threat posted with a gun", "my cousin got fired and posted 'they'll all pay' with a photo of his rifle, he's at the plant now", "violence", triage.UrgencyEmergency},
		{"held down until quiet", "a guard is kneeling on the man's neck in the lobby and he went limp", "violence", triage.UrgencyEmergency},
		{"a door left unlocked for a stepfather", "my niece says her stepdad told her to leave her door unlocked tonight and not tell her mom", "abuse", triage.UrgencyEmergency},
		{"a debt owed to a man met at the station", "im 16 and staying with a guy i met at the train station, he says i owe him and his friends are coming over tonight", "abuse", triage.UrgencyEmergency},
		{"a dead end and a car behind", "a truck has been behind me since the gas station and now I'm on a dead end street and he stopped behind me", "violence", triage.UrgencyEmergency},
		{"a key mailed, refills stopped", "stop all my refills, I won't be needing them. I mailed my brother the key to my house", "suicidal", triage.UrgencyEmergency},
		{"a photo of a wrist and no answer", "my roommate posted a photo of her wrists on her story and isn't answering", "suicidal", triage.UrgencyEmergency},
		{"a swim out", "tell the nurses thanks for everything. I'm at the lake and going to swim out until I can't", "suicidal", triage.UrgencyEmergency},
		{"a photo of a handgun, phone off", "my uncle texted a photo of his handgun with 'goodbye' and his phone is off now", "suicidal", triage.UrgencyEmergency},
		{"a no contact order in the driveway", "my ex just pulled into the driveway, I have a no contact order, he's going around to the back door", "violence", triage.UrgencyEmergency},
		{"an Uber sent by a stranger online", "someone has been messaging my 11yo on Discord and sent her an Uber, she's gone", "abuse", triage.UrgencyEmergency},
		{"a company to be ended at a meeting", "a coworker said he's ending this company at the 2pm meeting, the meeting is in 15 minutes", "violence", triage.UrgencyEmergency},
		{"grabbed, then watched from outside", "a man grabbed me at the bus stop and said I'm coming with him, now he's standing outside the store window", "violence", triage.UrgencyEmergency},
		{"told to get in the truck", "un señor en una camioneta me viene siguiendo y me gritó que me suba", "violence", triage.UrgencyEmergency},
		{"driving at 200, sleepless", "mi papá no ha dormido en una semana y se fue manejando a 200 diciendo que Dios lo protege", "psychosis", triage.UrgencyEmergency},
		{"a son beaten bloody", "mi esposo le pegó a mi hijo con el cinturón y le salió sangre", "violence", triage.UrgencyEmergency},
		{"a delivery asking by name", "the delivery guy is in the lobby now asking for me by name, can you move my 3pm?", "", triage.UrgencyRoutine},
		{"a tournament's second round", "his boxing coach says when he wakes up it's round 2 of the tournament, his nose bled after a hit today", "", triage.UrgencyRoutine},
		{"a landlord's chores", "my landlord says I can stay at his place if I do stuff for him like feeding the chickens, how do I change my address?", "", triage.UrgencyRoutine},
		{"a cruise and the cats", "mom texted 'take care of the cats', she's off on a cruise tomorrow with all her heart meds, can she get extra?", "", triage.UrgencyRoutine},
		{"an end wished on paperwork", "ya quiero acabar con todo el papeleo jaja, ¿ya mandaron el formulario?", "", triage.UrgencyRoutine},
		{"a mother-in-law's joke", "mi suegra dice que si falto me mata jaja, ¿me cambian la cita?", "", triage.UrgencyRoutine},
		{"a pill taken twice by mistake", "sin querer me tomé dos veces la pastilla de la presión (losartán 50), me siento un poco mareada", "overdose", triage.UrgencyUrgent},
		// probe342 (danger away from home, a second writer: 14 of 35 at
		// first run) and probe343 (crises told by others: 22 of 35).
		{"a driver off the route", "the uber driver passed my exit and now we're on a dirt road and he won't answer me", "violence", triage.UrgencyEmergency},
		{"a drink spiked, a lift offered", "pretty sure someone slipped something in my drink, my legs feel like jelly and some guy keeps offering to drive me home", "violence", triage.UrgencyEmergency},
		{"a wrist held on a bus", "a man on the train has my wrist and says I'm getting off with him at the next stop", "violence", triage.UrgencyEmergency},
		{"out cold behind a door", "my friend passed out at a frat party and these guys won't let us in the room", "sexual_assault", triage.UrgencyEmergency},
		{"a gun shown at school", "my son says a kid brought a gun to school and was showing it in the locker room", "violence", triage.UrgencyEmergency},
		{"a resident dragged by the hair", "on the camera I saw the night aide dragging my mother by her hair", "violence", triage.UrgencyEmergency},
		{"a box cutter on the train", "a man is slashing at people on the subway platform", "violence", triage.UrgencyEmergency},
		{"a robbery with a coworker taken", "they're robbing the gas station, I'm hiding under the counter and they took my coworker in the back", "violence", triage.UrgencyEmergency},
		{"a tire iron at the window", "road rage guy followed me off the highway and is banging on my window with a tire iron", "violence", triage.UrgencyEmergency},
		{"a shotgun aimed at a neighbour", "el vecino está apuntándole a mi papá con una escopeta", "violence", triage.UrgencyEmergency},
		{"a night nurse's blow", "mi abuela dice que la enfermera de la noche le pegó", "violence", triage.UrgencyEmergency},
		{"a gun safe at school, a game's shooting", "is a gun safe in the school office legal? my kid was shooting at people in fortnite all night", "", triage.UrgencyRoutine},
		{"outside the balcony railing", "my brother is sitting on the outside of the balcony railing and won't come in", "suicidal", triage.UrgencyEmergency},
		{"jewelry given, meds not needed", "grandma is giving her rings to the grandkids and says she won't be needing her pills anymore", "suicidal", triage.UrgencyEmergency},
		{"the key to the gun cabinet", "my dad asked where the key to the gun cabinet is and told me to remember he loved me", "suicidal", triage.UrgencyEmergency},
		{"the kids forever, at the bridge", "my ex texted 'you can have the kids forever' and says he's at the bridge", "suicidal", triage.UrgencyEmergency},
		{"demons smoked out", "my neighbor is yelling that the demons have to be burned out and there's smoke coming from his window", "psychosis", triage.UrgencyEmergency},
		{"an impostor and a revolver", "my wife says I'm an impostor and has a revolver pointed at the door", "psychosis", triage.UrgencyEmergency},
		{"love and forgiveness, phone off", "mi hijo me escribió 'perdónenme, los quiero' y tiene el celular apagado", "suicidal", triage.UrgencyEmergency},
		{"one more lab report", "my roommate said if she has to write one more lab report she's jumping off the roof lol, she's fine", "", triage.UrgencyRoutine},
		// probe344 (young people's own crises, a third writer: 27 of 35)
		// and probe345 (danger at home typed near the danger: 25 of 35).
		{"bleach drunk with a laugh", "lmao i drank some bleach from under the sink and my throat is burning", "overdose", triage.UrgencyEmergency},
		{"wrists bleeding, emoji", "wrists 🩸🩸🩸 actively rn", "self_harm", triage.UrgencyEmergency},
		{"notes written, the right time", "parents are away so it's finally the right time. my notes are written", "suicidal", triage.UrgencyEmergency},
		{"pills on purpose", "took a bunch of my mom's blood pressure pills on purpose and now i feel super dizzy", "overdose", triage.UrgencyEmergency},
		{"a razor and red water", "sitting in the tub with a blade and the water is turning pink", "self_harm", triage.UrgencyEmergency},
		{"pills and a laugh in Spanish", "me tomé todas las pastillas hace rato jaja", "overdose", triage.UrgencyEmergency},
		{"a wedding's shots", "took way too many shots at the wedding lol, can I come in later", "", triage.UrgencyRoutine},
		{"old scars", "can I get a referral for my old self harm scars, I'm doing well now", "", triage.UrgencyRoutine},
		{"a threat timed to a game", "he says when the game is over he'll finish it, game ends in 30 min, i can't leave the kids", "violence", triage.UrgencyEmergency},
		{"a knife by the door", "he has the big knife and is standing by the back door", "violence", triage.UrgencyEmergency},
		{"pills and water withheld", "my aunt hasn't given grandpa his pills or water in days, he's confused and she won't let me call anyone", "abuse", triage.UrgencyEmergency},
		{"help, an address, he's back", "help 14 Pine hes back", "violence", triage.UrgencyEmergency},
		{"a hammer, still in the house", "my neighbor is bleeding, her son has a hammer and is still in her house", "violence", triage.UrgencyEmergency},
		{"blood in a diaper, told not to tell", "mom's boyfriend hurt the baby, there's blood in her diaper and mom says not to tell", "abuse", triage.UrgencyEmergency},
		{"made to swallow pills", "he made me take a handful of my xanax and now I can barely keep my eyes open", "overdose", triage.UrgencyEmergency},
		{"home by six or a fire", "he says if I'm not home by 6 he'll burn the house down, it's 5:45", "violence", triage.UrgencyEmergency},
		{"a child's swollen face after blows", "se oyen golpes en el departamento de al lado y el niño salió con la cara hinchada", "violence", triage.UrgencyEmergency},
		{"run down by a truck", "mi ex me aventó la troca encima, no puedo apoyar el pie y sigue dando vueltas", "violence", triage.UrgencyEmergency},
		{"nightmares of a past strangling", "I'm safe now but I have nightmares about when he choked me, can I see a therapist?", "", triage.UrgencyUrgent},
		{"nightmares, then a strangling last night", "I still have nightmares, he strangled me last night and I can't swallow", "violence", triage.UrgencyEmergency},
		{"a pillow fight", "my son says his sister 'tried to kill him' in a pillow fight, small scratch on his cheek", "", triage.UrgencyRoutine},
		// A second reader's 120 messages against the probe342-probe345 cues.
		{"a late Uber", "my Uber driver passed my exit this morning so I'm 10 min late, can I still come?", "", triage.UrgencyRoutine},
		{"a bandage stuck on", "la enfermera le pegó la curita muy fuerte y se le irritó la piel", "", triage.UrgencyRoutine},
		{"a lockdown with a knife", "school is on lockdown, my son says a guy has a knife in the hallway and he's hiding in a closet", "violence", triage.UrgencyEmergency},
		{"a rifle aimed over the fence", "the neighbor is aiming his rifle at my son over the fence", "violence", triage.UrgencyEmergency},
		{"a surprise for HR", "ex-employee posted 'see you at noon, I have a surprise for HR' with a photo of a gun", "violence", triage.UrgencyEmergency},
		{"legs over the garage's edge", "my friend is sitting on the edge of the top of the parking garage with her legs over the side", "suicidal", triage.UrgencyEmergency},
		{"the car running in the garage", "I'm in the car in the garage with it running. thanks for trying with me", "suicidal", triage.UrgencyEmergency},
		{"a painless mix for tonight", "does mixing xanax and whiskey make it painless, asking for tonight", "suicidal", triage.UrgencyEmergency},
		{"a blade in the tub, not stopping", "in the bath with a razor blade and it won't stop", "self_harm", triage.UrgencyEmergency},
		{"gas on and a match", "he turned the gas on and says he'll light a match if I leave", "violence", triage.UrgencyEmergency},
		{"starved and kept from the phone", "grandma hasn't eaten in days, she's skin and bones and her aide won't let me see her", "abuse", triage.UrgencyEmergency},
		{"found, outside the door", "he found us. he's outside the door. 7 Maple", "violence", triage.UrgencyEmergency},
		{"a golf club swung", "my uncle is drunk and swinging a golf club at the TV, mom is whispering from the closet", "violence", triage.UrgencyEmergency},
		{"a secret game and bleeding", "my 5 year old came back from her uncle's bleeding down there and says it was a secret", "abuse", triage.UrgencyEmergency},
		{"hit since dinner, no answer", "dad has been hitting my mom since dinner and she stopped answering me", "violence", triage.UrgencyEmergency},
		{"the rest of the pills after a fight", "took the rest of my dad's heart pills after we fought, my heart feels slow", "overdose", triage.UrgencyEmergency},
		{"a knife held for money", "her caregiver's son holds a knife to her for money and he's there right now", "violence", triage.UrgencyEmergency},
		{"a bottle finished after goodbyes", "ya me despedí de todos y me acabé el frasco de las pastillas para dormir", "suicidal", triage.UrgencyEmergency},
		{"a child's cry, then silence", "se oían golpes y la niña gritando, ahora está todo muy callado", "violence", triage.UrgencyEmergency},
		{"a drink given, a ride offered", "only had one drink but I can't stand up straight and the guy who bought it wants to take me to his place", "poisoning", triage.UrgencyEmergency},
		{"an arm held on the metro", "un señor no me suelta el brazo y dice que me voy a bajar con él", "violence", triage.UrgencyEmergency},
		{"tied to a chair and slapped, Spanish", "la cuidadora amarró a mi papá a la silla y le dio una cachetada, lo vi por la cámara", "violence", triage.UrgencyEmergency},
		{"a peaceful mix for cramps", "is mixing ibuprofen and tylenol a peaceful combo for cramps lol", "", triage.UrgencyRoutine},
		// probe346 (older people's own crises and danger: 23 of 35 at first
		// run) and probe347 (emergencies of the body inside errands: 33 of
		// 35).
		{"shoved, and he won't leave", "my grandson's friend shoved me into the wall and won't leave, please help", "violence", triage.UrgencyEmergency},
		{"insulin stopped, letters written", "I will not be taking my insulin any longer. I have written to the children.", "suicidal", triage.UrgencyEmergency},
		{"a foot in the door", "a man says he is from the gas company and has his foot in the door, I am 88 and alone", "violence", triage.UrgencyEmergency},
		{"hands round the neck", "my son had his hands round my neck this morning and he is still in the house", "violence", triage.UrgencyEmergency},
		{"a chair on the balcony", "vivo en el piso 12, ya puse la silla en el balcón y me despedí de mis hijos", "suicidal", triage.UrgencyEmergency},
		{"locked in, water taken", "my nephew locks me in my room at night and took the water, I am dizzy", "violence", triage.UrgencyEmergency},
		{"meds stopped, the dog given", "Stopped all my medicines. Gave the cat to my neighbor. Don't send anyone.", "suicidal", triage.UrgencyEmergency},
		{"extra pills to keep quiet", "my son gives me extra sleeping pills to keep me quiet and I can barely stand", "abuse", triage.UrgencyEmergency},
		{"an arm twisted, still here", "the aide twisted my arm and I think it's broken, she is still here", "violence", triage.UrgencyEmergency},
		{"a fall from the bunk, vomiting, sleepy", "she fell off the bunk bed, threw up twice and keeps falling asleep", "head_injury", triage.UrgencyEmergency},
		{"a few words at a time", "inhaler not helping, I can only get a few words out at a time", "breathing", triage.UrgencyEmergency},
		{"a shove two days ago, safe now", "hace 2 días mi pareja me empujó y caí sobre la muñeca, ya me salí de la casa, sigue hinchada", "", triage.UrgencyRoutine},
		// probe348 (danger from others, a fourth writer: 22 of 35 at first
		// run) and probe349 (crises of the mind, a fourth writer: 25 of 35).
		{"not leaving tonight, keys taken", "he took my keys and says i'm not leaving tonight, he punched the wall next to my head", "violence", triage.UrgencyEmergency},
		{"an arm to be broken, the door blocked", "he'll break my arm if I go out again, he's blocking the front door", "violence", triage.UrgencyEmergency},
		{"a beating heard with crashing", "the man upstairs is beating his wife again, she's screaming and things are crashing", "violence", triage.UrgencyEmergency},
		{"a blade shown at the shelter", "guy at the shelter keeps saying he's gonna cut me and now he's showing me a razor", "violence", triage.UrgencyEmergency},
		{"again and worse, on the stairs", "he says he'll do it again, he's coming up the stairs now", "violence", triage.UrgencyEmergency},
		{"a waiting room stalker", "el hombre que me acosa entró a la sala de espera y me dijo que hoy no me le escapo", "violence", triage.UrgencyEmergency},
		{"God said cleanse, children shut in", "my brother says God told him to cleanse his kids and he has them locked in the bathroom", "psychosis", triage.UrgencyEmergency},
		{"on the bridge, not sure why texting", "I'm on the bridge by the river, not sure why I'm texting the clinic", "suicidal", triage.UrgencyEmergency},
		{"gone by the weekend", "please send my balance to my son after I'm gone, I'll be gone by Sunday, I've taken care of the rest", "suicidal", triage.UrgencyEmergency},
		{"a railing and flying", "my sister hasn't slept, she's been up for days and says she can fly, she's on the balcony rail", "psychosis", triage.UrgencyEmergency},
		{"pills lined up, captioned bye", "a student posted pills lined up on a desk captioned 'bye'", "suicidal", triage.UrgencyEmergency},
		{"found hanging, breathing a little", "found my dad hanging in the barn, cut him down and he's barely breathing", "suicidal", triage.UrgencyEmergency},
		{"how much Tylenol is too much", "is it true tylenol can hurt your liver if you take too much? how many can I take for a headache", "", triage.UrgencyRoutine},
	})
}
