package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// Found by probe316 (crises of older people, told by them and those
// around them): razor blades by a running bath after a kind word for a
// nurse, the gas on and the windows shut, a drive where the brakes will
// not be used, a bridge and not coming home, an engine "going" in a shut
// garage, a plastic bag and "do it properly", a whole bottle and "not an
// accident", a garage's top level, a dog and keys handed to a neighbour,
// wrists cut on purpose, tablets set aside "and there are enough now".
// And the look-alikes: a wish not to wake with no plan, a leaflet's
// overdose warning asked about.
func TestFindRedFlagsFreshOlderCrises(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"razor blades by the bath", "please thank the front desk, they were always kind to me. the bath is filling and my late wife's razor blades are beside it", "suicidal", triage.UrgencyEmergency},
		{"gas on, windows shut", "Here is the new insurance card. Last thing on my list. I turned on the gas and closed all the windows.", "suicidal", triage.UrgencyEmergency},
		{"no brakes on the mountain road", "Quiero pagar lo que debo para que a mis nietos no les quede ninguna deuda. Mañana subo a la sierra y no pienso frenar en la curva.", "suicidal", triage.UrgencyEmergency},
		{"at the bridge, not coming home", "I'm at the river bridge and I don't think I'm coming home tonight, tell Dr Ames I'm sorry", "suicidal", triage.UrgencyEmergency},
		{"engine going in the garage", "sorry I missed my visit. sitting in the truck in the garage with the engine going and the door shut", "", triage.UrgencyEmergency},
		{"a bag and 'properly'", "I'm her home aide. She had a plastic bag and some tape on the bed and told me she'll do it properly tonight", "suicidal", triage.UrgencyEmergency},
		{"a whole bottle, not an accident", "I took more of my heart pills than I should. The entire bottle actually. It wasn't an accident.", "overdose", triage.UrgencyEmergency},
		{"the garage's top level", "couldn't come in for my 3 o'clock. I'm on the top level of the parking garage and I keep thinking about jumping off", "suicidal", triage.UrgencyEmergency},
		{"a dog and keys to the neighbour", "My neighbor gave me his dog and his car keys this morning and asked me to tell his doctor he appreciated her. He left with his shotgun.", "suicidal", triage.UrgencyEmergency},
		{"wrists cut on purpose", "Mi abuela tiene cortes en las muñecas y dice que se los hizo a propósito, no paran de sangrar", "self_harm", triage.UrgencyEmergency},
		{"tablets set aside, enough now", "please cancel my next visit, I won't be needing it. I've been setting my sleeping pills aside for months and there are enough now.", "suicidal", triage.UrgencyEmergency},
		{"a wish not to wake, no plan", "Mom keeps saying she wouldn't mind not waking up. She has no plan and agreed to see the doctor. Could she come in this week?", "", triage.UrgencyUrgent},
		{"a leaflet's warning asked about", "The insert for my new nortriptyline warns an overdose can be deadly. Could I take too many by accident? Should I use a pill box?", "", triage.UrgencyRoutine},
	})
}

// Found by probe317 (a writer's danger now from another person): a son
// over his mother with a belt, an ex outside who broke a window and "se
// mete ahorita", a door bolted from outside and the phone kept, a house to
// be burned with something poured in the hall, a child taken and a threat
// to drown her, a threat to a doctor from the parking lot, a tracker and
// "5 min", a beating seen from a closet, "you're dead when I get home" and
// off in 15, a threat from outside the clinic, a man heading over to
// shoot a nurse. And the look-alike: a thriller's villain.
func TestFindRedFlagsFreshDangerEleventh(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"standing over her with a belt", "Her grandson came in drunk, pushed her to the floor and is standing over her with a belt. texting from the bathroom", "violence", triage.UrgencyEmergency},
		{"ex outside, window broken", "mi ex está afuera y no se va, rompió la ventana y dice que ahorita se mete", "violence", triage.UrgencyEmergency},
		{"bolted from outside, phone kept", "door is deadbolted from outside and he takes my phone when he leaves. 22 Elm St", "violence", triage.UrgencyEmergency},
		{"a house to burn, something poured", "he says he'll burn the house with us in it. he's pouring gasoline on the stairs", "violence", triage.UrgencyEmergency},
		{"a child taken, drowning threatened", "her father took her from daycare and says he'll drown her if I call the police", "violence", triage.UrgencyEmergency},
		{"a doctor to pay, from the lot", "Dr. Lowe is going to pay for what she did. I'm sitting in your parking lot right now.", "violence", triage.UrgencyEmergency},
		{"a tracker and minutes", "he put a tracker on my car and just sent a photo of where I'm parked, says 10 min", "violence", triage.UrgencyEmergency},
		{"a beating seen from the closet", "mi padrastro le está dando contra la pared a mi mamá, estoy escondida en el clóset", "violence", triage.UrgencyEmergency},
		{"you're dead, off in 15", "he texted 'you're dead when I get home'. he's off in 20", "violence", triage.UrgencyEmergency},
		{"from outside the clinic", "Díganle a la doctora que ya sé dónde vive. Estoy afuera de la clínica.", "violence", triage.UrgencyEmergency},
		{"heading over to shoot a nurse", "A customer we turned away said he's going to your office to shoot the nurse who reported him", "violence", triage.UrgencyEmergency},
		{"a thriller's villain", "I'm writing a thriller where the villain strangles a man in an elevator. How long until someone would pass out? Just fiction.", "", triage.UrgencyRoutine},
	})
}

// Found by probe318 (a rural practice's fortnight) and by a review of the
// eighteenth session's cues (120 messages written against them): "this
// morning after" is no morning-after pill; an ulcer draining and
// smelling, a tick attached a day and a needle stick are for today; "took
// all my antibiotics like the doctor said, about 20", an empty bottle that
// needs a refill, razor bumps that "can't stop", a husband on the roof
// fixing shingles, a bridge waited on for a train, a bump on a cabinet
// door and reading glasses, a cracked exhaust hose at the mechanic, a
// cuff that squeezed "hasta que casi me desmayo", a stove and peeling
// hands, "never had chest pain before and don't now" are ordinary. And
// the emergencies the review wrote in other words: "never had a headache
// like this before, worst of my life", a bottle empty on a bed with a
// child vomiting, a ledge and goodbyes texted, a cord or a stick on a
// child with blood, a kettle tipped and skin peeling, hot oil on a face
// with large blisters; all the pills told with a laugh, a count and a
// night; a medicine named after a documentary.
func TestFindRedFlagsFresh18Reviewed(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"a morning after a long hold", "The phone hung up on me this morning after half an hour on hold.", "", triage.UrgencyRoutine},
		{"the morning-after pill", "the condom broke, can I get the morning after pill today?", "needs_today", triage.UrgencyUrgent},
		{"an ulcer draining and smelling", "the ulcer on my shin is draining a lot and it smells now, can I come in sooner?", "wound_problem", triage.UrgencyUrgent},
		{"a tick attached a day", "took a tick off my son's neck tonight, it had been attached about a day. does he need the antibiotic?", "needs_today", triage.UrgencyUrgent},
		{"a needle stick", "I'm a caregiver and got a needle stick from my dad's insulin pen an hour ago, what do I do?", "needs_today", triage.UrgencyUrgent},
		{"a course of antibiotics finished", "I took all my antibiotics like the doctor said, about 20 capsules, and I'm a bit dizzy standing up. Follow-up?", "", triage.UrgencyUrgent},
		{"an empty bottle to refill", "Empty pill bottle for my water pills since Monday and I've been a little dizzy. Could you refill it?", "", triage.UrgencyUrgent},
		{"razor bumps that can't stop", "Can I get a cream for razor bumps? I can't stop getting them on my neck.", "", triage.UrgencyRoutine},
		{"a roof being fixed", "My husband is on the roof fixing the gutter and keeps saying sorry he missed Monday. Can we rebook?", "", triage.UrgencyRoutine},
		{"a bridge and a train", "Sorry sorry, I'm on the bridge waiting for the train, 15 minutes late.", "", triage.UrgencyRoutine},
		{"a cabinet door and reading glasses", "I bumped my head on a cabinet door last month and feel fine. I can't see right up close without readers anymore; referral to optometry?", "", triage.UrgencyRoutine},
		{"a cracked exhaust hose", "The mechanic found a cracked hose by the exhaust, my car is in the shop, so I need to move Thursday.", "", triage.UrgencyRoutine},
		{"a cuff that squeezed", "El brazalete de la presión me apretó tanto hasta que casi me desmayo del dolor jaja, ¿es normal?", "", triage.UrgencyRoutine},
		{"a stove and peeling hands", "I cook at a stove all day and the skin on my hands is peeling off from washing. Renew my cream?", "", triage.UrgencyRoutine},
		{"never before and not now", "I've never had chest pain before and don't have any now, just booking the EKG.", "", triage.UrgencyRoutine},
		{"the worst headache, new", "never had a headache like this before, worst of my life, it hit all at once and my neck is stiff", "", triage.UrgencyEmergency},
		{"a bottle empty on the bed", "her tylenol bottle is empty on her bed and she's throwing up and pale", "overdose", triage.UrgencyEmergency},
		{"a ledge and goodbyes texted", "my sister is on the ledge of the parking deck and keeps texting me goodbye", "suicidal", triage.UrgencyEmergency},
		{"a cord on a child, blood", "my uncle is whipping my cousin with a phone cord and he's bleeding", "violence", triage.UrgencyEmergency},
		{"a stick, bleeding", "he's hitting my mom with a stick and she's bleeding", "violence", triage.UrgencyEmergency},
		{"a kettle tipped, skin peeling", "the kettle tipped onto my dad's feet and the skin is peeling off", "burn_or_exposure", triage.UrgencyEmergency},
		{"hot oil, large blisters", "hot oil splashed on my son's face and large blisters are coming up", "", triage.UrgencyEmergency},
		{"all the pills, a laugh, a count and a night", "took all my meds lol like 40 of them last night, whatever", "overdose", triage.UrgencyEmergency},
		{"wine, a laugh and a night", "drank half a bottle of wine lol last night, is that ok with my antibiotic?", "", triage.UrgencyRoutine},
		{"a documentary, then all the pills", "watched a documentary about overdoses and after it I took all my quetiapine, like 25, so dizzy now", "overdose", triage.UrgencyEmergency},
		{"a toddler and a charging cord", "My toddler keeps hitting the TV with the charging cord and won't stop. Worth raising at his checkup?", "", triage.UrgencyRoutine},
		{"a small blister from a kettle", "Me cayó agua de la tetera y tengo una ampolla chiquita en la mano, ¿qué crema uso?", "", triage.UrgencyRoutine},
	})
}

// Found by probe320 (emergencies inside errands) and probe321 (a women's
// health and pediatrics fortnight): a crushing feeling with a sweat and
// nausea, the chest not named, inside a question about results; a
// miscarriage that is over, seen at the hospital, behind a cancellation;
// a new pregnancy after an ectopic one with a pain on one side, and low
// platelets near the birth, for today.
func TestFindRedFlagsFreshErrandsNineteenth(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"a crushing feeling, sweaty", "Did my echo results come in? I have that crushing feeling again right now, clammy and sick to my stomach, pulled the car over.", "chest_pain", triage.UrgencyEmergency},
		{"a crushing feeling of guilt", "I have a crushing feeling of guilt about missing my appointment, sorry. Can I rebook?", "", triage.UrgencyRoutine},
		{"a miscarriage that is over", "I had a miscarriage over the weekend and the ER took care of me, so please cancel my 10 week visit.", "pregnancy_bleeding", triage.UrgencyUrgent},
		{"a miscarriage under way", "I think I'm having a miscarriage, bad cramps and bleeding", "pregnancy_bleeding", triage.UrgencyEmergency},
		{"after an ectopic, a pain on one side", "Tuve un embarazo ectópico el año pasado y ahora salí positiva, tengo dolor del lado izquierdo. ¿Me pueden ver?", "", triage.UrgencyUrgent},
		{"low platelets near the birth", "My labs say platelets 68 and I'm 38 weeks, will I still be able to get an epidural?", "needs_today", triage.UrgencyUrgent},
	})
}

// Found by probe319 (crises of the mind in the Spanish of many
// countries): a handful of sleeping pills counted in words and regretted;
// a roommate shut in with a razor and blood under the door; all the
// insulin injected on purpose; a coworker's twenty Tylenol "porque ya no
// aguanta"; pills for the beans in a handbag, "hoy se las toma"; a marsh
// "hasta que no haga pie", a river tonight and the children to be cared
// for; the next train; fresh cuts and the blade kept "para seguir"; a shot
// promised for Sunday; a rope tied to a beam and "chau chicos"; a son on
// the tracks who "lo siente mucho". And the look-alikes: thanks for help
// "cuando quise quitarme la vida" years ago; a telenovela's poison.
func TestFindRedFlagsFreshSpanishCrisesNineteenth(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"sleeping pills counted in words", "perdón la molestia, me tomé unas pastillas para dormir como veinte hace un rato y ya me arrepentí, se me traba la lengua", "overdose", triage.UrgencyEmergency},
		{"blood under the door", "mi hermano se encerró en el cuarto con una navaja y sale sangre por debajo de la puerta", "self_harm", triage.UrgencyEmergency},
		{"all the insulin, on purpose", "me puse toda la insulina que tenía a propósito, ya estoy sudando", "overdose", triage.UrgencyEmergency},
		{"twenty Tylenol, ya no aguanta", "mi compañera se tomó como treinta tylenol porque ya no aguanta y está vomitando", "overdose", triage.UrgencyEmergency},
		{"pills for the beans", "la señora trae en la bolsa pastillas de esas para fumigar el frijol y dice que hoy se las toma", "suicidal", triage.UrgencyEmergency},
		{"a river tonight, the children", "mi esposo me escribió que esta noche se mete al río y que cuide a los niños", "suicidal", triage.UrgencyEmergency},
		{"the next train", "mi hija dice que se va a tirar delante del próximo tren", "suicidal", triage.UrgencyEmergency},
		{"fresh cuts, the blade kept", "la alumna tiene cortes recientes que todavía sangran y guarda una navaja para seguir al rato", "self_harm", triage.UrgencyEmergency},
		{"a shot promised for Sunday", "mi tío regaló sus cosas y dice que el domingo se va a dar un tiro", "suicidal", triage.UrgencyEmergency},
		{"a rope on a beam, chau chicos", "mandó una foto de una cuerda amarrada a la viga y puso chau a todos", "suicidal", triage.UrgencyEmergency},
		{"thanks for help years ago", "Gracias a la doctora: hace tres años, cuando quise quitarme la vida, me ayudó. Hoy estoy muy bien.", "suicidal", triage.UrgencyUrgent},
		{"a telenovela's poison", "Anoche en la novela la protagonista se tomó un veneno, qué susto. Necesito mi receta de losartán.", "", triage.UrgencyRoutine},
		{"the condom broke", "the condom broke last night, can I get emergency contraception today?", "needs_today", triage.UrgencyUrgent},
	})
}

// Found by a review of this session's cues (120 messages written against
// them): ordinary messages they read as emergencies — a razor in the bath
// before surgery, brakes on a mountain drive, a bridge in traffic and a
// kind doctor, a double shift and a finished strip of pills, a
// neighbour's dog and keys before a knee replacement, "shoot the nurse an
// email", a bus tracker's minutes, a parking lot and a dead phone, a
// husband off work in 20, a photo sent to a wheelchair escort, "set my
// meds aside" for fasting labs, "chau chicos" in a family chat, a cut from
// a tuna can, pills thrown in the river, "poner delante del próximo
// paciente", a rail worker on the tracks, a toddler banging his head, a
// rope on a pulley for the shoulder, a goodbye before a move; and the
// emergencies they missed — a tracking device and "10 minutes out", a
// threat "when I get home" with the shift ending, the gas on and windows
// taped, a rifle driven off with after thanks to the doctor, "not gonna
// brake … sorry everyone", a bath and shaving blades with "chao a todos",
// pills for the beans swallowed.
func TestFindRedFlagsFresh19Reviewed(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"brakes on a mountain drive", "My foot goes numb when I drive, I worry I won't hit the brakes in time on the mountain road this Saturday. Can I be seen?", "", triage.UrgencyRoutine},
		{"a bridge and a kind doctor", "Running late, I'm at the bridge on Main in traffic, tell Dr. Fox I'm coming, she's always so patient with me.", "", triage.UrgencyRoutine},
		{"a double shift and a finished strip", "Picked up a night shift so I don't think I'm coming home tonight. Finished the whole strip of my pills, refill please.", "", triage.UrgencyRoutine},
		{"a neighbour's dog before surgery", "My neighbor gave me her dog and house keys before her hip surgery and asked me to tell her doctor she appreciated everything.", "", triage.UrgencyRoutine},
		{"shoot the nurse an email", "I'd like to shoot the nurse an email about my results, what's her address?", "", triage.UrgencyRoutine},
		{"a bus tracker's minutes", "The bus tracker on my phone says 6 min, please hold my appointment.", "", triage.UrgencyRoutine},
		{"a parking lot and a dead phone", "I'm sitting in your parking lot and the door is locked, I can't call, my phone is dying. Can someone open?", "", triage.UrgencyRoutine},
		{"meds set aside for labs", "I set my morning meds aside for the fasting labs tomorrow, I want to do it properly this time.", "", triage.UrgencyRoutine},
		{"chau chicos in a family chat", "Perdón, era para el grupo: 'chau chicos, nos vemos el domingo'. Necesito la receta del losartán.", "", triage.UrgencyRoutine},
		{"a cut from a tuna can", "Mi hija tiene dos cortes en la muñeca, se los hizo con una lata al abrirla. ¿Necesita tétano?", "", triage.UrgencyRoutine},
		{"pills thrown in the river", "He decidido limpiar el botiquín. ¿Puedo tirar las pastillas vencidas al río?", "", triage.UrgencyRoutine},
		{"ahead of the next patient", "¿Me pueden poner delante del próximo paciente? Solo recojo una receta.", "", triage.UrgencyRoutine},
		{"a toddler banging his head", "Mi hijo de 2 años se está dando contra la pared cuando hace berrinche y no puedo hablar con él. ¿Es normal?", "", triage.UrgencyRoutine},
		{"a rope on a pulley", "Tengo una soga atada a la viga del garaje con la polea para la terapia del hombro. ¿Empiezo esta semana?", "", triage.UrgencyRoutine},
		{"a goodbye before a move", "Adiós a todos, me mudo a Monterrey este viernes. ¿Cómo pido mi expediente?", "", triage.UrgencyRoutine},
		{"a tracking device, minutes out", "found a tracking device under my car after I left him. he's 10 minutes out and knows which store I'm in", "violence", triage.UrgencyEmergency},
		{"dead when he gets home", "he texted 'when I get home you are dead'. he gets off at 5", "violence", triage.UrgencyEmergency},
		{"gas on, windows taped", "Mom turned the gas on in the oven and taped the windows shut, she won't open the door", "suicidal", triage.UrgencyEmergency},
		{"thanks to the doctor, a rifle", "Grandpa left us his dog and asked that his doctor know he appreciated her. He drove off with his rifle.", "suicidal", triage.UrgencyEmergency},
		{"not gonna brake, sorry everyone", "doing 90 on the highway, not gonna brake at the curve this time. sorry everyone", "suicidal", triage.UrgencyEmergency},
		{"a bath and blades, chao a todos", "Llené la bañera y tengo las navajas al lado. Chao a todos.", "suicidal", triage.UrgencyEmergency},
		{"pills for the beans swallowed", "mi tío se tomó las pastillas para el gorgojo del frijol hace rato y está vomitando", "overdose", triage.UrgencyEmergency},
	})
}
