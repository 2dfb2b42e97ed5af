package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// Found by the twenty-fifth session's independent sets (fresh381 to
// fresh385; in testdata as probe381 to probe385): blood or something dark
// red vomited, then dizzy on standing; a farewell in thanks, an
// appointment "I won't be needing" and the dog now a sister's. And the
// look-alikes: a stroke asked about as something to recognize, a
// teammate who "se quiere morir de tanto estudiar", a portal that keeps
// choking, and an adult's burn blistered on one hand (a clinician today;
// a child's, a limb's, or skin gone white stay emergencies).
func TestFindRedFlagsFreshTwentySeventh(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"dark red vomit, dizzy standing", "threw up and it was dark red, a lot of it, and I get dizzy when I stand", "gi_bleeding", triage.UrgencyEmergency},
		{"vomité rojo oscuro, mareada", "vomité algo rojo oscuro, mucho, y me mareo al pararme", "gi_bleeding", triage.UrgencyEmergency},
		{"thanks, no Tuesday, the dog now a sister's", "tell the doctor thanks for everything. won't be needing Tuesday. my brother has the cat now", "suicidal", triage.UrgencyEmergency},
		{"a child's hand and arm blistered", "mi hijo de 5 años se quemó con agua hirviendo en la mano y el brazo, tiene ampollas grandes", "burn_or_exposure", triage.UrgencyEmergency},
		{"a hand's burn gone white, painless", "I burned my hand on the grill, big blisters and part of the palm is white and doesn't hurt", "burn_or_exposure", triage.UrgencyEmergency},

		{"how a stroke is recognized", "una paciente quiere saber cómo se reconoce un derrame cerebral, ¿tienen folletos?", "", triage.UrgencyRoutine},
		{"how to spot a stroke", "how do you recognize a stroke? my dad had one last year and I want to be ready", "", triage.UrgencyRoutine},
		{"morir de tanto estudiar", "mi amiga dice que se quiere morir de tanto estudiar jaja, ¿le pueden dar una cita?", "", triage.UrgencyRoutine},
		{"a portal choking", "the portal keeps choking when I upload my card", "", triage.UrgencyRoutine},
		{"an adult's hand blistered by oil", "me quemé la mano con aceite y tengo ampollas grandes en la palma, me duele mucho, ¿me pueden ver hoy?", "burn_or_exposure", triage.UrgencyUrgent},
		{"a dog minded for a trip", "my sister has the dog this week while I travel, so I won't be needing Tuesday, can we move it?", "", triage.UrgencyRoutine},
	})
}

// The twenty-fifth session's second sets (fresh386, medicines gone wrong;
// fresh390, a hunt for false alarms): potassium taken three times with a
// skipping heart and heavy legs; and a general question about an
// overdose, a pill organizer "trying to kill her", a form's question in
// the sentence after the form, a character's anaphylaxis on a programme
// watched, a bill's disputed "overdose", instructions read back to be
// confirmed, a sigh of dying over a portal.
func TestFindRedFlagsFreshTwentySeventhSecond(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"potassium thrice, skipping, heavy legs", "mom took her potassium twice by mistake, now her heart is skipping and her legs feel heavy", "cardio_metabolic", triage.UrgencyEmergency},
		{"the form's question, now", "Filling out the form. It asks about chest pain and I have it right now, pressure in my chest", "", triage.UrgencyEmergency},
		{"watching TV, my husband's face", "we were watching TV and my husband's face started drooping on one side", "stroke", triage.UrgencyEmergency},
		{"watching TV, someone at the door", "watching tv and someone is breaking in through the back door, I'm hiding", "", triage.UrgencyEmergency},
		{"told to call if it came back, it did", "the nurse told me if the chest pain comes back call 911. it came back 20 minutes ago and it's worse", "", triage.UrgencyEmergency},
		{"a bill, then an overdose now", "sorry about the bill mix-up earlier. my son took a whole bottle of my pills, he's not waking up", "overdose", triage.UrgencyEmergency},
		{"up the stairs saying he'll kill us", "dad just threw mom into the wall and now hes coming up the stairs saying hes gonna kill us. im in my closet", "", triage.UrgencyEmergency},
		{"about a bill, then 30 tylenol", "hi its about my bill, also quick q, I took like 30 of my tylenol last night on purpose. anyway the bill is wrong", "overdose", triage.UrgencyEmergency},
		{"want to die, pills and a portal", "i want to die, portal logged me out and i have the pills right here", "", triage.UrgencyEmergency},

		{"a general question", "general question, how many tylenol a day would be an overdose? my husband takes a lot for his back", "", triage.UrgencyRoutine},
		{"a pill organizer trying to kill her", "my mom says her new pill organizer is trying to kill her lol, the lids are so hard. any easier kind?", "", triage.UrgencyRoutine},
		{"the form, then its question", "Filling out the new patient form. It asks if anyone in the family had a stroke, my grandpa did in the 90s. Does that count?", "", triage.UrgencyRoutine},
		{"watching someone's anaphylaxis", "Watching a hospital show and someone went into anaphylaxis, reminded me my EpiPen expired. Can you renew it?", "", triage.UrgencyRoutine},
		{"a disputed overdose on a bill", "my bill says 'overdose management'?? I came in for a sprained ankle, that's the wrong code", "", triage.UrgencyRoutine},
		{"una intoxicación cobrada", "me cobraron una 'intoxicación' y yo fui por una infección de orina, creo que es un error", "", triage.UrgencyRoutine},
		{"instructions read back", "Reading back the instructions: if the chest pain comes back I take one nitro and call 911 if it's not better in 5 minutes. Correct?", "", triage.UrgencyRoutine},
		{"indicaciones para confirmar", "Para confirmar: si la niña tiene una convulsión llamo al 911 y si no le doy ibuprofeno. ¿Así es? Ahorita está jugando", "", triage.UrgencyRoutine},
		{"dying over a portal", "ugh i want to die, portal logged me out again right when i was paying", "", triage.UrgencyRoutine},
	})
}

// The twenty-fifth session's third sets (fresh387, long portal messages;
// fresh388, a paediatric fortnight; fresh389, adults' bodies in Spanish):
// a calf swollen since the weekend told at length, then a stab in the
// chest on breathing in; two people with headaches and dizziness since
// the water heater went on. And the look-alikes: a head blow on Saturday
// seen with a normal scan and "desde entonces está perfecto"; a
// daughter's cutting disclosed by her parent (urgent); a double charge
// that "me da un infarto 😂"; dying "con este seguro", "con esta chamba".
func TestFindRedFlagsFreshTwentySeventhThird(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"a calf told at length, then winded", "my left calf (not the side they operated on) has been swollen and sore since the weekend, and since an hour ago it hurts to breathe in and I'm winded just sitting", "pulmonary_embolism", triage.UrgencyEmergency},
		{"los dos, el calefón", "mi marido y yo los dos con dolor de cabeza y mareados desde que prendimos el calefón", "carbon_monoxide", triage.UrgencyEmergency},
		{"well since, but today", "se cayó el sábado y se pegó en la cabeza y vomitó. Desde entonces estaba bien pero hoy está muy dormido y vomitó otra vez", "", triage.UrgencyEmergency},
		{"he estado cortando", "he estado cortando mis brazos y hoy no puedo parar la sangre", "", triage.UrgencyEmergency},

		{"a head blow, well since", "mi hijo se cayó de la bici el sábado y se pegó en la cabeza, vomitó una vez y lo llevamos a urgencias. Salió todo normal. Desde entonces está perfecto. ¿Me dan una constancia?", "vomiting", triage.UrgencyUrgent},
		{"se ha estado cortando, disclosed", "mi hija de 14 años me confesó que se ha estado cortando los brazos, ahora está tranquila y dice que no quiere hacerse daño", "self_harm", triage.UrgencyUrgent},
		{"me da un infarto 😂", "jaja si me vuelven a cobrar la consulta doble me da un infarto 😂", "", triage.UrgencyRoutine},
		{"morir con este seguro", "ay de verdad me quiero morir con este seguro, me rechazaron la resonancia otra vez", "", triage.UrgencyRoutine},
		{"morir con esta chamba", "ya me quiero morir con esta chamba jaja, ¿me dan una constancia de la consulta?", "", triage.UrgencyRoutine},
	})
}

// The twenty-fifth session's fourth sets (fresh391 to fresh395: sport;
// crises of the mind written by the one in crisis, inside errands; people
// over 75 writing for themselves; an internal medicine fortnight; a
// second hunt for false alarms). Crises told between the lines: a letter
// left and an appointment not needed; the dog given away and "what I need
// from the hardware store"; on the bridge and the appointment "tmrw" not
// kept; whether the whole pen would be quick, "asking for me"; a burden
// long enough and a husband's tablets, all of them; all future
// appointments cancelled with pills stockpiled; who is to find the
// writer. And a present heart attack "like my last one in 2015"; a leg
// "swole up" after a bus trip, then pain breathing in; diuretics by the
// handful before a weigh-in, then confused. Look-alikes: "if you get
// dizzy … it means a stroke is coming. is that true"; end-of-life wishes;
// a lip puffy on one side; a chest tight when the boss emails that goes
// away; naloxone handed out.
func TestFindRedFlagsFreshTwentySeventhFourth(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"a letter left, an appointment not needed", "cancel my appt friday. wont be needing it anymore. left a letter for my brother on the table", "suicidal", triage.UrgencyEmergency},
		{"the dog given, the hardware store", "gave the cat to my neighbor and got what I need from the hardware store. please send my records to my son", "suicidal", triage.UrgencyEmergency},
		{"on the bridge, no appointment tomorrow", "im on the bridge over the river. cant make the appt tomorrow sorry", "suicidal", triage.UrgencyEmergency},
		{"would it be quick, asking for me", "if someone took the whole bottle would it be quick? asking for me. its in my hand", "suicidal", triage.UrgencyEmergency},
		{"a burden, all the tablets", "I have been a burden long enough. I have my husband's old heart tablets, all of them", "suicidal", triage.UrgencyEmergency},
		{"cancel all, stockpiled", "cancel all my future appointments please, I've got enough stockpiled now", "suicidal", triage.UrgencyEmergency},
		{"quien me encuentre", "ya dejé todo preparado y no quiero que sea mi hijo el que me encuentre", "suicidal", triage.UrgencyEmergency},
		{"mom's pills taken, the letter being written", "me tomé las pastillas de mi mamá y estoy escribiendo la carta", "suicidal", triage.UrgencyEmergency},
		{"a note for school and mom's pills asked about", "¿puedo tomar las pastillas de mi mamá para la presión? y necesito una nota para la escuela", "", triage.UrgencyRoutine},
		{"a heart attack like the last one", "I think I'm having a heart attack like my last one in 2015, same feeling", "heart_attack", triage.UrgencyEmergency},
		{"a stroke like three years ago", "I had a stroke like 3 years ago in 2021, can I get my records?", "", triage.UrgencyRoutine},
		{"a leg swole up after a bus trip", "my leg swole up after the long bus trip and now sharp pain when i breathe in", "", triage.UrgencyEmergency},
		{"diuretics by the handful, confused", "para dar el peso se tomó un montón de diuréticos y ahora está confundido y el corazón le late chueco", "cardio_metabolic", triage.UrgencyEmergency},

		{"if you get dizzy, it means", "my neighbor says if you get dizzy standing up it means a stroke is coming. is that true?", "", triage.UrgencyRoutine},
		{"end of life wishes", "I have been thinking about my end of life wishes and want the form about not being resuscitated", "", triage.UrgencyRoutine},
		{"a lip puffy on one side", "woke up with my upper lip puffy on one side, on lisinopril, breathing fine", "medication_reaction", triage.UrgencyUrgent},
		{"chest tight when the boss emails", "my chest gets tight when my boss emails but it goes away, no pain", "chest_pain", triage.UrgencyUrgent},
		{"naloxone handed out", "writing a paper on overdose response. does your clinic hand out naloxone or know where I could get it?", "", triage.UrgencyRoutine},
	})
}

// The twenty-fifth session's fifth sets (fresh396 to fresh400: a second
// writer on crises of the mind inside errands; danger from others told
// covertly; devices and home treatments; women's health; a rural
// fortnight). Crises: the one to call tomorrow with a note on the kitchen
// table; on the roof with no reason to come back down; pills "and a
// plan"; in the car with the hose on; life insurance and everything
// planned before the weekend; records for a husband "después" with
// everything in order. And someone back, "hurry"; a dialysis cycler dead
// since Friday with a heart flip-flopping and legs like jelly; an early
// pregnancy with a one-sided pain, a shoulder and a near faint; a
// caesarean two weeks back, then stabs on breathing in and panting; a
// mother shut in a bathroom with her baby and the tub filling.
// Look-alikes: "ya no puedo más, pero no es nada grave" (urgent); HR
// "handling it"; a breast rock hard with a fever (mastitis, not a
// compartment); a miscarriage the ER named, with a blood test to book;
// light spotting at 10 weeks (urgent); washing the car with the hose.
func TestFindRedFlagsFreshTwentySeventhFifth(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"the one to call tomorrow", "change my emergency contact to my brother. He'll be the one you need to call tomorrow, not me. the note for him is on the kitchen table", "suicidal", triage.UrgencyEmergency},
		{"on the roof, no reason to come down", "cancelling my 3pm, I'm on the roof and can't see a reason to come back down", "suicidal", triage.UrgencyEmergency},
		{"pills and a plan", "need a work note. got my dads bottle of pills and a plan. just tired", "suicidal", triage.UrgencyEmergency},
		{"en el carro con la manguera", "ya estoy en el carro con la manguera puesta, cambien mi contacto a mi mamá", "suicidal", triage.UrgencyEmergency},
		{"seguro de vida, todo planeado", "¿el seguro de vida paga si fue un accidente? lo necesito saber antes del finde. ya tengo todo planeado", "suicidal", triage.UrgencyEmergency},
		{"he's back, hurry", "he's back. back door. 12 Elm. hurry", "violence", triage.UrgencyEmergency},
		{"a dead cycler, a flip-flopping heart", "my PD cycler died friday, no exchanges since, now my heart is doing flip flops and my legs feel like jelly", "cardio_metabolic", triage.UrgencyEmergency},
		{"a dating scan, a side pain, the shoulder", "can I move my 8 wk dating ultrasound? sharp pain low on the right side, my shoulder hurts and I almost passed out", "ectopic", triage.UrgencyEmergency},
		{"after a caesarean, stabs and panting", "2 weeks after my c section my chest stabs when i breathe in and im panting just walking to the bathroom", "pulmonary_embolism", triage.UrgencyEmergency},
		{"the bathroom, the baby, the tub", "mi hermana dio a luz hace una semana, dice que el bebé está poseído y se encerró en el baño con él y la tina llenándose", "postpartum_psychosis", triage.UrgencyEmergency},

		{"no puedo más, nada grave", "estoy agotada, doble turno, siento que ya no puedo más pero no es nada grave, solo necesito un certificado", "suicidal", triage.UrgencyUrgent},
		{"HR handling it", "a coworker threw a stapler at me (HR is handling it) and my wrist is sore. can I be seen this week?", "", triage.UrgencyRoutine},
		{"a breast rock hard, fever", "left breast is red, hot and rock hard in one spot, fever 101, baby is 5 weeks. mastitis again?", "", triage.UrgencyUrgent},
		{"a miscarriage the ER named", "went to the ER last night for bleeding at 9 weeks, they said it was a miscarriage and to recheck my hcg with you in 48 hours", "pregnancy_bleeding", triage.UrgencyUrgent},
		{"spotting at 10 weeks", "embarazada de 10 semanas, manché un poco de sangre esta mañana, no mucho, y tengo cólicos", "pregnancy_bleeding", triage.UrgencyUrgent},
		{"washing the car with the hose", "estaba lavando el carro con la manguera y me resbalé, me duele la muñeca", "", triage.UrgencyUrgent},
	})
}

// The twenty-fifth session's sixth sets (fresh401 to fresh405: children
// told by those unsure how worried to be; teenagers in their own voice;
// poisonings and exposures; an OB/GYN fortnight; a third hunt for false
// alarms, by people who work around patients). Six sleeping pills, "like
// 6 total", then drowsy (the number a count, not a dose). Look-alikes: a
// caffeine question "for a project not me"; a button battery asked about
// "solo por prevenir"; a prescription's "prn chest pain"; a daycare's
// seizure last weekend "seen in ER, totally fine now"; heart attack
// warning signs for a talk; "the 2022 overdose admission"; an "old
// gunshot wound"; a resident "having a heart attack" whenever anxious; an
// ambulance transport "(anaphylaxis)" denied; a hospitalisation "por
// sobredosis (marzo)" for a claim; a talk on choking.
func TestFindRedFlagsFreshTwentySeventhSixth(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"six sleeping pills in total, drowsy", "took my wifes sleeping pills plus mine tonight, like 6 total, getting real drowsy", "overdose", triage.UrgencyEmergency},
		{"a dose named", "I take metoprolol 25 every morning, can you refill it?", "", triage.UrgencyRoutine},
		{"a talk, and a heart attack now", "we had the heart attack warning signs talk today and now Bob is clutching his chest and sweating", "", triage.UrgencyEmergency},

		{"for a project not me", "for health class: how much caffeine would it take to overdose? its for a project not me lol", "", triage.UrgencyRoutine},
		{"solo por prevenir", "qué se hace si un niño se traga una pila de botón? es solo por prevenir", "", triage.UrgencyRoutine},
		{"prn chest pain", "pharmacy here, her nitroglycerin 'prn chest pain' came through with no quantity, please resend", "", triage.UrgencyRoutine},
		{"seen in ER, fine now", "daycare here, parent says Ava had a seizure last weekend, seen in ER, totally fine now. we need a seizure plan", "seizure", triage.UrgencyUrgent},
		{"heart attack warning signs", "can the clinic send a nurse to talk about heart attack warning signs at our warehouse?", "", triage.UrgencyRoutine},
		{"the 2022 overdose admission", "requesting discharge summaries incl. the 2022 overdose admission for her disability application", "", triage.UrgencyRoutine},
		{"an old gunshot wound", "home health billing: wound care for Mr. Jacobs (old gunshot wound, leg) needs a signed plan of care", "", triage.UrgencyRoutine},
		{"whenever anxious", "staff question: Sam says he's having a heart attack whenever he gets anxious, EMS has checked him many times", "heart_attack", triage.UrgencyUrgent},
		{"a transport (anaphylaxis) denied", "claims: ambulance transport 6/12 (anaphylaxis) denied for missing documentation", "", triage.UrgencyRoutine},
		{"a report's hemorrhage explained", "could someone explain my ultrasound report? it says 'small subchorionic hemorrhage'. no bleeding", "", triage.UrgencyRoutine},
		{"una plática sobre atragantamiento", "queremos invitar a una enfermera a dar una plática a los papás sobre atragantamiento", "", triage.UrgencyRoutine},
	})
}

// The twenty-fifth session's seventh sets (fresh406 to fresh410: people
// over 65 in a crisis of the mind; someone close whose words hint at it;
// English as a further language; a fortnight with behavioural health; a
// fourth hunt for false alarms, around farewells). Crises: "the tablets
// and the note" with "after Saturday"; what was left of three
// prescriptions taken, "when they find me"; tablets ordered online and
// "I'll be with Maureen again"; a bath filled with the radio plugged in
// beside it; walked down to the tracks, "the 6:40 comes through soon";
// pills taken one by one, "ya van como treinta"; a dead husband's pistol
// gone from the safe and "see him soon"; a ring put in a hand and the
// hospice morphine by the bed; debts paid, keys given, gone and not
// answering. Look-alikes: "mejor no despertar" with no plan, told today
// (urgent); a shingles shot in the record; affairs in order with a
// lawyer; a choir's lyric stuck in the head.
func TestFindRedFlagsFreshTwentySeventhSeventh(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"the tablets and the note", "how do I give my son access to my portal? he'll need it after Saturday. I have the tablets and the note ready", "suicidal", triage.UrgencyEmergency},
		{"what was left of the prescriptions", "please put my living will on file. I've taken what was left of my last prescriptions", "overdose", triage.UrgencyEmergency},
		{"tablets ordered, with him again", "cancel thursday. the tablets I ordered online came today and I'll be with Harold again soon", "suicidal", triage.UrgencyEmergency},
		{"a bath and a radio", "I've filled the bath and the radio is plugged in right next to it", "suicidal", triage.UrgencyEmergency},
		{"the tracks, the train soon", "goodbye and thank you all. I walked down to the tracks, the 6:40 comes through soon", "suicidal", triage.UrgencyEmergency},
		{"ya van como treinta", "me estoy tomando las pastillas de la presión poco a poco, ya van como treinta", "overdose", triage.UrgencyEmergency},
		{"a pistol gone, see him soon", "she says she wants to see him soon, and grandpa's pistol is not in the safe anymore", "suicidal", triage.UrgencyEmergency},
		{"debts paid, keys, no answer", "mi papá pagó todas sus deudas, me dio las llaves de la casa y salió, ya no voy a necesitar nada dijo, y no contesta", "suicidal", triage.UrgencyEmergency},

		{"no waking, no plan, told today", "mi hija me dijo hoy que a veces piensa que sería mejor no despertar, pero que no tiene ningún plan", "suicidal", triage.UrgencyUrgent},
		{"a shingles shot in the record", "are my covid booster and shingles shot in my record?", "", triage.UrgencyRoutine},
		{"affairs in order with a lawyer", "I'm 80 and putting my affairs in order, the lawyer needs a letter saying I'm of sound mind", "", triage.UrgencyRoutine},
		{"a choir's lyric", "'I'm tired of living and scared of dying' is stuck in my head, our choir is doing Ol' Man River. can I get a flu shot?", "", triage.UrgencyRoutine},
		{"keys for a trip", "my dad gave me the keys to the house while he travels, can you move his appointment?", "", triage.UrgencyRoutine},
	})
}

// The twenty-fifth session's eighth sets (fresh411 to fresh415: atypical
// hearts and strokes; infections turning dangerous; a third writer on
// crises in Spanish; a community health centre's fortnight; breathing and
// allergies). Infections gone to the blood, in lay words: a red patch past
// the line drawn round it with the heart racing; a fever of 103 with a
// fall from dizziness; a wound darkening after an operation with a fever;
// a fever days after a caesarean with faintness on standing. Look-alikes:
// a temperature to call at, asked before chemotherapy starts; "me estoy
// ahogando en trabajo jaja".
func TestFindRedFlagsFreshTwentySeventhEighth(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"past the sharpie line, racing", "the red patch on my leg is already way past the sharpie line I drew at noon and my heart is racing", "sepsis", triage.UrgencyEmergency},
		{"103, dizzy, fell", "fever 103 since this morning and I got so dizzy I fell in the bathroom", "sepsis", triage.UrgencyEmergency},
		{"a dark wound, a fever", "post-op day 4, the incision opened and the skin around it is turning dark, fever 102", "sepsis", triage.UrgencyEmergency},
		{"after a caesarean, fever, lightheaded", "c-section 6 days ago, fever and foul discharge and I get lightheaded every time I stand", "", triage.UrgencyEmergency},

		{"a temperature to call at, before chemo", "I start chemo next month. At what temperature should I call you?", "", triage.UrgencyRoutine},
		{"ahogando en trabajo", "me estoy ahogando en trabajo jaja, ¿puedo cambiar mi cita?", "", triage.UrgencyRoutine},
		{"a line drawn, smaller", "I drew a line around the redness yesterday and today it's inside the line, smaller, no fever", "", triage.UrgencyRoutine},
	})
}

// Found by fresh413 (a third writer on crises in Spanish): on a terrace
// fourteen floors up "mirando para abajo"; grandmother's pills counted and
// "esta noche ya me despido"; bleach mixed with pills, drunk slowly; a
// shotgun loaded, "ya estoy en paz". Look-alikes: throwing oneself out of
// the window "con tanta factura 😂", dying "cada lunes".
func TestFindRedFlagsFreshTwentySeventhNinth(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"piso 14, mirando para abajo", "ya no importa, estoy en la terraza del piso 14 mirando para abajo", "suicidal", triage.UrgencyEmergency},
		{"pastas contadas, me despido", "esta noche ya me despido, tengo las pastas de mi abuela contadas", "suicidal", triage.UrgencyEmergency},
		{"cloro con pastillas", "ya mezclé el cloro con las pastillas y me lo estoy tomando poco a poco", "overdose", triage.UrgencyEmergency},
		{"cargué la escopeta", "ya arreglé el testamento. ya cargué la escopeta, no se preocupen, ya estoy en paz", "suicidal", triage.UrgencyEmergency},

		{"pills counted for the week", "tengo las pastillas contadas para la semana, ¿me mandan el resurtido?", "", triage.UrgencyRoutine},
		{"con tanta factura", "me quiero tirar por la ventana con tanta factura 😂 ¿me explican este cargo?", "", triage.UrgencyRoutine},
		{"morir cada lunes", "estoy quemada del curro, me quiero morir cada lunes 😩, ¿me hacen el parte de baja?", "", triage.UrgencyRoutine},
	})
}

// Found by fresh418 (men who minimise): paperwork for "the honor guard"
// with letters "already wrote"; a form due by Friday, then the life
// insurance that "pays either way". And "me quiero morir jaja es un
// decir".
func TestFindRedFlagsFreshTwentySeventhEleventh(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"the honor guard, letters wrote", "fax my VA paperwork to the Legion post, they'll need it for the honor guard. letters are already wrote", "suicidal", triage.UrgencyEmergency},
		{"pays either way, by Friday", "confirm my disability form went in, needs done by Friday. after that she gets the life insurance, it pays either way", "suicidal", triage.UrgencyEmergency},
		{"es un decir", "con tantas deudas ya me quiero morir jaja es un decir. ¿tienen plan de pagos?", "", triage.UrgencyRoutine},
	})
}

// The twenty-fifth session's tenth sets (fresh421 to fresh425: young
// adults in a crisis inside errands; danger from others told covertly;
// late pregnancy and the weeks after a birth; a geriatrics fortnight; a
// sixth hunt for false alarms, past emergencies told for paperwork). On a
// train platform leaning further "every time one comes in" (no habit);
// three days after a birth with a pressure of 190/120; star anise tea
// given to a baby, then trembling. Look-alikes: a boss who "won't let us
// leave our desks"; a push last week, "so I'm safe" (urgent); "if my
// husband has another heart attack"; disability paperwork for a stroke;
// "I literally couldnt breathe" in an ambulance bill's story of June; a
// follow-up visit, "el control de las convulsiones"; "si se pone morado
// otra vez"; a water bottle that broke; toenails too thick to cut.
func TestFindRedFlagsFreshTwentySeventhTwelfth(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"a platform, every time one comes in", "im on the train platform and every time one comes in i lean a little further", "", triage.UrgencyEmergency},
		{"190/120 three days after a birth", "mi cuñada tuvo bebé hace 3 días, tiene la presión en 190/120 y vomita", "preeclampsia", triage.UrgencyEmergency},
		{"star anise, trembling", "mi mamá le dio té de anís estrella al bebé para los cólicos y ahora tiembla", "poisoning", triage.UrgencyEmergency},
		{"a habit said every time", "my son says 'I want to die' every time we take the tablet away, he's 9", "suicidal", triage.UrgencyUrgent},

		{"won't let us leave our desks", "my boss is a tyrant, won't let us leave our desks for lunch lol. can I get a work note?", "", triage.UrgencyRoutine},
		{"pushed last week, safe", "my husband pushed me last week and my wrist is still swollen. he's out of state till next month so I'm safe", "violence", triage.UrgencyUrgent},
		{"another heart attack, if", "what should I do if my husband has another heart attack? should we keep aspirin at home?", "", triage.UrgencyRoutine},
		{"paperwork for a stroke", "disability paperwork for my stroke asks about residual deficits, who fills that in?", "", triage.UrgencyRoutine},
		{"couldnt breathe, in June", "insurance denied the ambulance from the asthma attack in june, I literally couldnt breathe. need a letter", "", triage.UrgencyRoutine},
		{"el control de las convulsiones", "quería cambiar la cita del jueves, es el control de las convulsiones de mi hija", "", triage.UrgencyRoutine},
		{"si se pone morado otra vez", "si mi papá se pone morado otra vez como la vez pasada, ¿llamo al 911 o a ustedes?", "", triage.UrgencyRoutine},
		{"a water bottle broke", "lol my water broke... the water bottle in my hospital bag leaked everywhere. what should I pack?", "", triage.UrgencyRoutine},
		{"toenails too thick", "would like to see the doctor about my toenails, too thick to cut myself anymore", "", triage.UrgencyRoutine},
	})
}

// Two more look-alikes of fresh421 and fresh424: a wish to die said of the
// portal just before it; a mother who "hopes she just doesn't wake up one
// of these mornings" (a wish: no body that will not wake).
func TestFindRedFlagsFreshTwentySeventhThirteenth(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"the portal, so bad", "the portal is so bad i want to die 😭 it ate my intake form three times", "", triage.UrgencyRoutine},
		{"the portal and pills", "the portal is so bad i want to die and the pills are right here", "", triage.UrgencyEmergency},
		{"hopes she doesn't wake up", "mom keeps saying she's a burden and hopes she just doesn't wake up one of these mornings", "", triage.UrgencyUrgent},
		{"doesn't wake up now", "my dad doesn't wake up when I shake him, his lips are blue", "", triage.UrgencyEmergency},
	})
}

// The twenty-fifth session's last sets (fresh426 to fresh430: chronic
// pain and illness; danger to young people; hearts, lungs and brains in
// Caribbean and Central American Spanish; a dermatology, allergy and ENT
// fortnight; a seventh hunt for false alarms, in young people's voice).
// A disability form before the weekend, "after that it doesn't matter",
// letters written and the gun safe key; a full bottle of lorazepam "for
// when I decide"; insulin "all of it at once tonight"; a debt to work off
// in a manager's basement; a child's fit that goes on, "no vuelve en sí",
// "ta moradita". Look-alikes: an overdose of cold brew (the heart's
// flutter stays for today); "bleeding out" that is a period (urgent);
// "did i get hit by a truck or is this mono"; a new cat "trying to kill
// me" with sneezing; dying "con esta alergia"; "me ahogo de calor".
func TestFindRedFlagsFreshTwentySeventhFourteenth(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"a form, then nothing matters, the key", "sign the disability form today please. after that it doesn't matter. I've written their letters and I know where he keeps the gun safe key", "suicidal", triage.UrgencyEmergency},
		{"lorazepam for when I decide", "tell her I've stopped eating and the full bottle of lorazepam is by the bed for when I decide", "suicidal", triage.UrgencyEmergency},
		{"insulin, all of it at once", "then my insulin has a different purpose, all of it at once tonight", "overdose", triage.UrgencyEmergency},
		{"a debt before leaving, a key", "my manager made me move into his basement, he has the key and says i owe him $3k before i can leave", "violence", triage.UrgencyEmergency},
		{"no vuelve en sí, moradita", "la niña tenía fiebre y le dio un ataque, ya lleva rato brincando y no vuelve en sí, ta moradita", "", triage.UrgencyEmergency},

		{"bleeding out, a period", "bleeding out rn (it's my period, day 6, soaking a pad every 2 hrs and kinda lightheaded when i stand)", "", triage.UrgencyUrgent},
		{"hit by a truck or mono", "did i get hit by a truck or is this mono. so tired, neck glands swollen, throat sore for a week", "", triage.UrgencyRoutine},
		{"a cat trying to kill me", "i think my new cat is trying to kill me. sneezing nonstop since i got her. allergy testing?", "", triage.UrgencyRoutine},
		{"morir con esta alergia", "¿a qué hora abren el sábado? me quiero morir con esta alergia pero no es urgente", "", triage.UrgencyRoutine},
		{"me ahogo de calor", "me ahogo de calor en esa sala de espera, pongan el aire por favor", "", triage.UrgencyRoutine},
		{"a dog attacking now", "the neighbor's dog is attacking my son, it's trying to kill him", "", triage.UrgencyEmergency},
	})
}

// Found by fresh429 (a dermatology, allergy and ENT fortnight): a
// husband's "Bell's palsy is back" with slurring and a hand dropping his
// cup, a stroke; and the look-alikes, a nosebleed that "took 30+ min of
// pinching to stop" and a Mohs wound "slowed but still oozing" (urgent).
func TestFindRedFlagsFreshTwentySeventhFifteenth(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"Bell's palsy, slurring", "we think his Bell's palsy is back, face drooping on the right after lunch, he's slurring a bit", "stroke", triage.UrgencyEmergency},
		{"Bell's palsy, a hand dropping", "his Bell's palsy is back, face drooping on the right, and his right hand keeps dropping his cup", "stroke", triage.UrgencyEmergency},
		{"a nosebleed that took long to stop", "3rd nosebleed today on Eliquis, this one took 30+ min of pinching to stop. what if it starts again tonight", "", triage.UrgencyUrgent},
		{"slowed, still oozing", "Mohs surgery on my nose this morning, the bandage soaked through twice, it's slowed but still oozing", "", triage.UrgencyUrgent},
		{"a nosebleed for 40 minutes, soaking", "nosebleed for 40 minutes, still pouring, soaking towels, he's pale", "", triage.UrgencyEmergency},
	})
}

// A leukaemia in maintenance with a fever (probe252, read by the alarm
// alone until the session's retraining), and a car in maintenance.
func TestFindRedFlagsFreshTwentySeventhSixteenth(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"ALL in maintenance, a fever", "my son (7, ALL, in maintenance) has a fever of 38.4 tonight", "immunocompromised_fever", triage.UrgencyEmergency},
		{"a car in maintenance", "my car is in maintenance so can we do a video visit instead?", "", triage.UrgencyRoutine},
	})
}

// The twenty-fifth session's eleventh sets (fresh431 to fresh435: parents
// of young children in a crisis; people at work reporting an emergency in
// front of them; kidneys, liver and metabolism; a walk-in clinic's
// fortnight; an eighth hunt for false alarms, all Spanish). A tramadol
// refill "para que esta vez sí funcione"; "manejo hasta el puente y ya no
// regreso"; a potassium of 7.1 with arms heavy and the heart skipping.
// Look-alikes: a toddler's "mommy wants to kill daddy when he snores" (no
// wish to die; a threat to another stays violence's); "casi me ahogo con
// una espina … ya salió" (urgent); "si alguien tiene dolor de pecho,
// ¿les llamo a ustedes o al 911?".
func TestFindRedFlagsFreshTwentySeventhSeventeenth(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"esta vez sí funcione", "¿me resurten el tramadol? quiero tener suficiente para que esta vez sí funcione", "suicidal", triage.UrgencyEmergency},
		{"manejo hasta el puente", "la niña la lleva mi mamá porque yo esta noche manejo hasta el puente y ya no regreso", "suicidal", triage.UrgencyEmergency},
		{"potassium 7.1, heavy arms, skipping", "lab called, my potassium was 7.1. arms kinda heavy and my heart keeps skipping", "", triage.UrgencyEmergency},
		{"he wants to kill her", "her ex texted that he wants to kill her tonight and he's outside", "", triage.UrgencyEmergency},

		{"mommy wants to kill daddy", "my toddler announced in Target that mommy wants to kill daddy when he snores 🙃 need his health form signed", "", triage.UrgencyRoutine},
		{"casi me ahogo, ya salió", "casi me ahogo con una espina de pescado el domingo, ya salió, pero me raspa la garganta", "breathing", triage.UrgencyUrgent},
		{"si alguien tiene dolor de pecho", "si alguien tiene dolor de pecho, ¿les llamo a ustedes o al 911? es para anotarlo", "", triage.UrgencyRoutine},
	})
}

// The twenty-fifth session's twelfth sets (fresh436 to fresh440: people
// in recovery; people with disabilities; children in Spanish; a paediatric
// asthma and diabetes fortnight; a ninth hunt for false alarms, older
// adults' stories). Medicines saved up, "took it all"; a vomit "red like
// alot of red", then dizzy; quetiapine collected for months, "Counted 60
// tonight … I'm just done"; a detector shrieking with a partner passed out
// and the guide dog down; three children sick after a brazier indoors,
// "el menor no despierta bien" (the speller read "menor" as "mejor").
// Look-alikes: "I want to die my hair blue"; a CGM "40 points higher"; a
// chest tight "only in the cold"; "couldn't breathe in that waiting room
// last Thursday"; "if I had a stroke"; "a heart attack... of joy"; "what
// would I do if my husband choked".
func TestFindRedFlagsFreshTwentySeventhEighteenth(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"saved up, took it all", "saved up my gabapentin and seroquel for a while, took it all an hour ago. getting real dizzy", "overdose", triage.UrgencyEmergency},
		{"red like alot of red, dizzy", "I threw up and it was red like alot of red. 2 times. I feel dizzy", "gi_bleeding", triage.UrgencyEmergency},
		{"collecting quetiapine, counted 60", "I've been collecting my quetiapine for months. Counted 60 tonight. I'm just done", "suicidal", triage.UrgencyEmergency},
		{"a detector shrieking, passed out", "the detector in the hall is shrieking and my partner is passed out on the couch", "carbon_monoxide", triage.UrgencyEmergency},
		{"el menor no despierta", "los tres niños amanecieron con dolor de cabeza y vomitando por el brasero. el menor no despierta bien", "", triage.UrgencyEmergency},

		{"die my hair", "I want to die my hair blue for pride!! is the dye ok with my epilepsy tablets", "", triage.UrgencyRoutine},
		{"a CGM 40 points higher", "his CGM always reads about 40 points higher than fingersticks the first day. normal?", "", triage.UrgencyRoutine},
		{"tight only in the cold", "my 6 yo says his chest feels tight at recess but only in the cold. puffs before?", "chest_pain", triage.UrgencyUrgent},
		{"couldn't breathe last Thursday, stuffy", "couldn't breathe in that waiting room last Thursday, it was so stuffy! please open a window", "", triage.UrgencyRoutine},
		{"if I had a stroke", "I've been thinking about what I'd want if I had a stroke. can we talk about an advance directive?", "", triage.UrgencyRoutine},
		{"a heart attack of joy", "I think I'm having a heart attack... of joy! my granddaughter got into medical school", "", triage.UrgencyRoutine},
		{"what would I do if he choked", "what would I do if my husband choked at dinner? do you offer a class?", "", triage.UrgencyRoutine},
	})
}

// The twenty-fifth session's thirteenth sets (fresh441 to fresh445:
// crises in voice notes and e-mails; weather; eyes, ears, nose, throat
// and teeth; a Spanish-first family practice; a tenth hunt for false
// alarms, clinical text quoted). Hit, then "im locked in my room now"; a
// hunting rifle "across my lap" and "one person to read this before"; a
// tongue "getting thicker … Hard to talk"; an eye gone "like someone
// flipped a switch"; light and dark with white matter after a cataract
// operation; lime in the eye; "knows where his pills are" with a pain
// "isn't worth it anymore". Look-alikes: "un derrame en el ojo"; a nurse's
// note, "call 911 if chest pain recurs"; a naloxone kit's insert; an ER
// paper's "heart attack ruled out"; a handout's "agonal gasping"; "press 1
// if you're having a heart attack"; "lo dije de broma".
func TestFindRedFlagsFreshTwentySeventhNineteenth(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"hit, locked in my room", "he took my pills away and he hit me this morning and he said if i tell anyone he will. im locked in my room now", "violence", triage.UrgencyEmergency},
		{"a rifle across my lap", "I have my brother's hunting rifle across my lap and I just wanted one person to read this before", "suicidal", triage.UrgencyEmergency},
		{"a tongue thicker, hard to talk", "started lisinopril this morning and my tongue keeps getting thicker, hard to talk", "anaphylaxis", triage.UrgencyEmergency},
		{"an eye flipped off", "grandpa says his left eye is just off, like someone flipped a switch. no pain", "eye_injury", triage.UrgencyEmergency},
		{"after cataract surgery, light and dark", "2 days after cataract surgery, today it's just light and dark and white stuff at the bottom of the eye", "eye_injury", triage.UrgencyEmergency},
		{"cal en el ojo", "me cayó cal en el ojo en la obra y casi no veo", "eye_injury", triage.UrgencyEmergency},
		{"knows where his pills are", "he keeps saying the pain isn't worth it anymore and he knows where his pills are", "suicidal", triage.UrgencyEmergency},

		{"un derrame en el ojo", "mi papá amaneció con un derrame en el ojo, lo blanco todo rojo, pero ve bien", "", triage.UrgencyRoutine},
		{"call 911 if chest pain recurs", "the nurse's callback note: 'Pt advised to call 911 if chest pain recurs.' it hasn't, just want it in my chart", "", triage.UrgencyRoutine},
		{"a naloxone kit's insert", "the insert in my naloxone kit says call 911 after giving it. can I get a second kit?", "", triage.UrgencyRoutine},
		{"heart attack ruled out", "the ER paper says 'heart attack ruled out, likely anxiety'. can I get a referral?", "", triage.UrgencyRoutine},
		{"a handout's agonal gasping", "my triage handout says 'agonal gasping = not breathing'. is that true? for my exam", "", triage.UrgencyRoutine},
		{"press 1 if you're having a heart attack", "your phone menu says press 1 if you're having a heart attack lolol. need to move my 3pm", "", triage.UrgencyRoutine},
		{"lo dije de broma", "la nota dice que yo dije 'me quiero morir'. lo dije de broma por el dolor de muela jaja", "", triage.UrgencyRoutine},
	})
}
