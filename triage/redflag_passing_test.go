package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// TestFindRedFlagsInPassing: emergencies told in passing, inside a
// request, or as phones transcribe and thumbs type them (probe65,
// probe66), in words other than those sets', and look-alikes: signs over
// since ("it went away", "no le ha vuelto a pasar", "stable"), long past
// ("a few years back", "back then"), a sign that came back.
func TestFindRedFlagsInPassing(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"blood will not stop", "the blood won't stop coming from the cut on his head", "severe_bleeding", triage.UrgencyEmergency},
		{"not a sentence out", "his asthma is bad, he can barely get a sentence out", "breathing", triage.UrgencyEmergency},
		{"engine in the garage", "my brother is sitting in his car in the closed garage with the engine on", "burn_or_exposure", triage.UrgencyEmergency},
		{"bone seen", "he fell off his bike and you can see the bone in his shin", "trauma", triage.UrgencyEmergency},
		{"bone seen through", "soaked through the bandage and I can see bone thru the cut", "", triage.UrgencyEmergency},
		{"faints today", "she fainted two times this morning, can she come in?", "fainting", triage.UrgencyEmergency},
		{"faints again", "se desmayó dos veces hoy en el trabajo", "fainting", triage.UrgencyEmergency},
		{"one hand drops things", "se me caen las cosas de la mano derecha y hoy camino chueco", "stroke", triage.UrgencyEmergency},
		{"drops with the left", "since lunch he keeps dropping things with his left hand and his speech is slurred", "stroke", triage.UrgencyEmergency},
		{"potassium", "I'm on dialysis, very weak today and my pulse is slow", "cardio_metabolic", triage.UrgencyEmergency},
		{"spreading with fever", "the redness on my arm keeps spreading, fever of 104 and I feel confused", "sepsis", triage.UrgencyEmergency},
		{"came back", "had chest pain this morning, it went away but now it's back", "chest_pain", triage.UrgencyEmergency},
		{"never went away", "I had chest pain at lunch and it never went away", "chest_pain", triage.UrgencyEmergency},

		{"bone density", "can I see my bone density results?", "", triage.UrgencyRoutine},
		{"bone doctor", "I need to see a bone specialist about my hip", "", triage.UrgencyRoutine},
		{"driveway", "I was warming up the car in the driveway and the battery died", "", triage.UrgencyRoutine},
		{"passed a test", "I passed my road test twice today lol", "", triage.UrgencyRoutine},
		{"went away", "my husband had chest pain last week but it went away, can he get a checkup?", "chest_pain", triage.UrgencyUrgent},
		{"se le quitó", "mi esposa tuvo dolor de pecho el domingo pero ya se le quitó", "chest_pain", triage.UrgencyUrgent},
		{"stable", "my dad had a stroke on Friday. He is stable and in rehab now, we need his records sent", "", triage.UrgencyRoutine},
		{"not again", "mi hija tuvo una convulsión hace tres semanas. No le ha vuelto a pasar, ¿necesita cita?", "", triage.UrgencyUrgent},
		{"years back", "I overdosed a few years back and I've been sober since, does the form need that?", "", triage.UrgencyRoutine},
		{"back then", "I had a stroke scare back then and the MRI was clear", "", triage.UrgencyRoutine},
		{"move an appointment", "need to move my appointment, the bleeding after my biopsy is light now", "", triage.UrgencyRoutine},
	})
}

// TestFindRedFlagsDecimals: the digits after a decimal point are no
// number of their own ("INR 2.6" is no INR of 6), except to a number
// term that reads the decimal ("38.5").
func TestFindRedFlagsDecimals(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"an inr of 2.6", "She's on warfarin, INR last week 2.6, a small bruise on her arm", "", triage.UrgencyRoutine},
		{"an inr of 6.2", "INR is 6.2 and my gums are bleeding", "bleeding", triage.UrgencyEmergency},
		{"a chemo fever", "on chemo, temp 38.5 since noon", "immunocompromised_fever", triage.UrgencyEmergency},
	})
}

// TestFindRedFlagsRelayed: emergencies relayed by someone else, in lay
// words (probe67), in words other than that set's, and look-alikes.
func TestFindRedFlagsRelayed(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"chest and left arm", "my coworker says his chest feels tight and his left arm is numb", "chest_pain", triage.UrgencyEmergency},
		{"pecho y brazo", "al señor le molesta el pecho y tiene el brazo izquierdo dormido", "chest_pain", triage.UrgencyEmergency},
		{"found, not waking", "the resident was found on the floor and won't wake up", "unresponsive", triage.UrgencyEmergency},
		{"half a bottle", "su hija de 2 años se tomó medio frasco de vitaminas", "overdose", triage.UrgencyEmergency},
		{"washer fluid", "my toddler drank some windshield washer fluid from the garage", "overdose", triage.UrgencyEmergency},
		{"a gun at hand", "ya no puedo más, tengo el arma de mi hermano aquí", "suicidal", triage.UrgencyEmergency},
		{"oven cleaner in an eye", "she splashed oven cleaner on her face and now she can't open her left eye", "eye_injury", triage.UrgencyEmergency},
		{"double and no walking", "de la nada ve doble y no puede caminar", "stroke", triage.UrgencyEmergency},
		{"words that do not go together", "since lunch my neighbor's words don't go together", "stroke", triage.UrgencyEmergency},
		{"a bone out", "se cayó y el hueso le sale por la piel", "trauma", triage.UrgencyEmergency},

		{"arm sore from a shot", "his chest is sore from the gym and his left arm aches from the flu shot", "", triage.UrgencyRoutine},
		{"found, talking", "found her sitting on the floor by the bed, no injury, talking normally, just letting you know", "", triage.UrgencyRoutine},
	})
}

// TestFindRedFlagsPhraseInList: phrases that had slipped into a list of
// alternatives ("nobody|no ~1 one" needed "one" after "nobody") read as
// meant.
func TestFindRedFlagsPhraseInList(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"todas juntas", "me las voy a tomar todas juntas, ya no voy a estar", "suicidal", triage.UrgencyEmergency},
		{"nobody would miss me", "honestly nobody would miss me if I was gone", "suicidal", triage.UrgencyEmergency},
		{"does not know where", "he has cirrhosis and today he doesnt know where he is", "hepatic", triage.UrgencyEmergency},
		{"what year", "she drank all weekend and her eyes are jumping, she doesn't know what year it is", "neuro", triage.UrgencyEmergency},
	})
}

// TestFindRedFlagsYoung: emergencies of teenagers and young adults told in
// their own voice (probe69), in words other than that set's.
func TestFindRedFlagsYoung(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"woke up somewhere", "woke up in some guys car this morning, cant remember how i got there and i'm sore", "sexual_assault", triage.UrgencyEmergency},
		{"don't wanna be here", "ngl i don't wanna be here anymore", "suicidal", triage.UrgencyEmergency},
		{"days without eating", "she hasn't eaten in like 8 days and passed out at practice", "fainting", triage.UrgencyEmergency},
		{"casi no come", "mi hija casi no come desde hace semanas y hoy se desmayó", "fainting", triage.UrgencyEmergency},
		{"passed out, slow breaths", "he was huffing and passed out, his breathing is super slow", "unresponsive", triage.UrgencyEmergency},
		{"see yall never", "my friend posted 'see you never' and isn't answering", "suicidal", triage.UrgencyEmergency},

		{"skipped lunch", "i havent eaten since breakfast and feel kinda dizzy lol, can i get a physical next week", "", triage.UrgencyUrgent}, // dizzy: today, not 911
		{"see you next week", "see you next week for the sports physical!", "", triage.UrgencyRoutine},
	})
}

// TestFindRedFlagsVoices: emergencies in the words of older adults and
// regional dialects (probe78) and of regional Spanish (probe77), in words
// other than those sets'.
func TestFindRedFlagsVoices(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"out of his head", "granddaddy been out of his head since morning and he's burning up with fever", "", triage.UrgencyEmergency},
		{"a leg gone a bad color", "her foot is cold as a stone from the ankle down and turned a bad color", "cold_limb", triage.UrgencyEmergency},
		{"stool been black", "stool been black two days and I'm passing out when I get up", "gi_bleeding", triage.UrgencyEmergency},
		{"months along", "she's 7 months along with a pounding headache, pressure at the pharmacy 170/112", "preeclampsia", triage.UrgencyEmergency},
		{"a hand won't grip", "Daddy's right hand won't grip his fork since supper", "stroke", triage.UrgencyEmergency},
		{"drooling on one side", "Mother is drooling on one side and won't answer me", "stroke", triage.UrgencyEmergency},
		{"the oxygen quit", "the oxygen machine quit in the storm and she's breathing hard", "breathing", triage.UrgencyEmergency},
		{"can't rouse", "I can't rouse my husband, he's slumped in his chair", "unresponsive", triage.UrgencyEmergency},
		{"fluttering then a faint", "my heart's fluttering bad and I feel like I'm going to pass out", "heart_rate", triage.UrgencyEmergency},
		{"voices", "the voices keep telling me to hurt myself tonight", "suicidal", triage.UrgencyEmergency},
		{"a known aneurysm", "he has the aneurysm they watch and now terrible pain in his back", "abdominal_emergency", triage.UrgencyEmergency},
		{"a weedkiller", "mi hermano se tomó el veneno para matar la hierba, le arde la boca", "overdose", triage.UrgencyEmergency},
		{"a scald", "se quemó con agua hirviendo en el pecho y los brazos, tiene ampollas grandes", "burn_or_exposure", triage.UrgencyEmergency},

		{"an aneurysm on TV", "vi en una serie que a una paciente le dio un aneurisma, ¿es hereditario?", "", triage.UrgencyRoutine},
		{"se despierta", "mi niña no duerme bien, se despierta llorando por las noches", "", triage.UrgencyRoutine},
		{"era gastritis", "fui a urgencias por dolor de pecho y me dijeron que era gastritis, ¿me dan cita?", "", triage.UrgencyRoutine},
	})
}

// TestFindRedFlagsTranslated: emergencies in translated or learner's
// English (probe80), in words other than that set's.
func TestFindRedFlagsTranslated(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"no full sentence", "my daughter asthma attack, she cannot say full sentence", "breathing", triage.UrgencyEmergency},
		{"blood going up", "my blood is going up 205/120 and I see two of everything", "", triage.UrgencyEmergency},
		{"a fall, legs asleep", "my husband fall from the ladder, now his legs are sleeping, he cannot move them", "spinal_injury", triage.UrgencyEmergency},
		{"right side down", "the stomach of my girl is pain in the right side down and she has fever", "appendicitis", triage.UrgencyEmergency},
		{"a stiff neck, 40", "neck is stiff and the temperature 40.1", "sepsis", triage.UrgencyEmergency},
		{"a leg turned outside", "she fell and her leg is turned to outside", "trauma", triage.UrgencyEmergency},

		{"blood sugar high", "my blood sugar going up 250 after the party, I feel ok", "", triage.UrgencyRoutine},
	})
}

// TestFindRedFlagsReplies: emergencies and look-alikes in replies to a
// clinic's texts (probe81), in words other than that set's. A sign told
// as a past event ("the chest pain I had", "después del desmayo") with
// the patient fine again is for today, not 911; told as back or with a
// sign of now, it stays an emergency.
func TestFindRedFlagsReplies(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"pills lined up", "idk if i'll even be here next week. pills are lined up", "suicidal", triage.UrgencyEmergency},
		{"si siquiera", "no sé si siquiera voy a estar para la cita, ya tengo las pastillas juntadas", "suicidal", triage.UrgencyEmergency},
		{"the pain I had is back", "C. the chest pain I had this morning is back and worse, sweating", "chest_pain", triage.UrgencyEmergency},
		{"the pain I had, still", "the chest pain i had yesterday is still here and now my left arm is numb", "chest_pain", triage.UrgencyEmergency},
		{"after a fall", "after the fall she can't move her leg and it's turned out", "", triage.UrgencyEmergency},
		{"después del golpe", "después del golpe en la cabeza no despierta bien y vomitó", "", triage.UrgencyEmergency},

		{"the pain I had, fine now", "confirmed. the chest pain i had on sunday turned out to be a pulled muscle, feeling fine now", "", triage.UrgencyUrgent},
		{"el desmayo que tuvo", "X. el desmayo que tuvo mi papá el lunes fue por el calor, ya está bien", "", triage.UrgencyUrgent},
		{"ok after the miscarriage", "doing ok after the miscarriage, just some light spotting", "", triage.UrgencyUrgent},
		{"around next week", "not sure if ill be around next week, can we move it? are my pills ready", "", triage.UrgencyRoutine},
	})
}

// TestFindRedFlagsOthersAndLate: emergencies of a second person or told
// late in a message about something else, and their look-alikes (probe79),
// in words other than that set's: a death, a bill, a screening, a
// dementia's course and a seizure long past are not 911; a guess that a
// pain "was heartburn" settles nothing.
func TestFindRedFlagsOthersAndLate(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"ate an opioid, sleepy", "my toddler got into grandma's purse and ate her oxycodone, now he's so sleepy", "overdose", triage.UrgencyEmergency},
		{"can't keep awake", "I can't keep her awake, she keeps nodding off mid sentence", "unresponsive", triage.UrgencyEmergency},
		{"no la puedo mantener despierta", "no la puedo mantener despierta, se me vuelve a dormir", "unresponsive", triage.UrgencyEmergency},
		{"a guess", "had chest pain for an hour, I figured it was heartburn, should I see a doctor?", "chest_pain", triage.UrgencyEmergency},
		{"a guess, worse", "chest pain for an hour, I thought it was just heartburn but it keeps getting worse, should I see a doctor", "chest_pain", triage.UrgencyEmergency},
		{"a year before, and now", "my husband almost died from a heart attack last year and has crushing chest pain", "chest_pain", triage.UrgencyEmergency},
		{"dementia, suddenly today", "mi mamá tiene demencia pero hoy de repente no me reconoce", "sudden_confusion", triage.UrgencyEmergency},
		{"a seizure minutes ago", "tuvo una convulsión hace 10 minutos y sigue muy dormido", "seizure", triage.UrgencyEmergency},

		{"died of a stroke", "Grandpa passed away from a stroke in June; please close his portal account", "", triage.UrgencyRoutine},
		{"murió de un infarto", "murió de un infarto hace dos meses, necesito el expediente", "", triage.UrgencyRoutine},
		{"a screening billed", "there's a charge on my bill for a stroke screening I never had", "", triage.UrgencyRoutine},
		{"una evaluación de riesgo", "¿por qué me cobraron la evaluación de riesgo de suicidio?", "", triage.UrgencyRoutine},
		{"never been suicidal", "she has never been suicidal, why is this on her chart", "", triage.UrgencyRoutine},
		{"alzheimer's course", "my mother-in-law has alzheimer's and most days doesn't recognize us anymore", "", triage.UrgencyUrgent},
		{"hace más de dos años", "la última convulsión de mi hijo fue hace más de dos años, ¿puede bajar la dosis?", "", triage.UrgencyRoutine},
		{"told it was reflux", "in the ER last week for chest pain, they said it was reflux, can I get a follow up", "", triage.UrgencyRoutine},
		{"a 2019 list", "In 2019 she had a stroke and a heart attack, we need her records", "", triage.UrgencyRoutine},
	})
}

// TestFindRedFlagsEverydayLife: emergencies of work, home and the road in
// everyday words (probe83), in words other than that set's, and an
// acquaintance's past event, which is the writer's worry, not 911.
func TestFindRedFlagsEverydayLife(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"shaking, no sense", "he's pouring sweat and shaking, not making sense at all after his shift", "", triage.UrgencyEmergency},
		{"won't drink the juice", "her sugar is low and she can't drink the juice we gave her", "", triage.UrgencyEmergency},
		{"grandpa's pills, a faint", "my son took pills of his grandpa by mistake and fainted", "overdose", triage.UrgencyEmergency},
		{"pastillas equivocadas", "se tomó por error las pastillas de su esposo y se desmayó", "overdose", triage.UrgencyEmergency},
		{"sangra demasiado", "se cortó con la sierra y sangra demasiado", "severe_bleeding", triage.UrgencyEmergency},
		{"a neighbour now", "my neighbor had a fall and now he isn't waking up", "", triage.UrgencyEmergency},

		{"a friend's stroke", "my friend had a stroke last month and it got me worried about my blood pressure, can I get it checked?", "", triage.UrgencyRoutine},
		{"el infarto del vecino", "mi vecino tuvo un infarto el sábado y quiero hacerme un chequeo", "", triage.UrgencyRoutine},
		{"juice at breakfast", "he had juice at breakfast and his sugar was 110, is that fine?", "", triage.UrgencyRoutine},
	})
}

// TestFindRedFlagsAfterHours: emergencies told to the after-hours inbox
// by frightened, hedging writers with home devices' numbers (probe82), in
// words other than that set's.
func TestFindRedFlagsAfterHours(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"an emptied organizer", "my 3 year old was playing with grandpa's pill box and it's open, sunday is empty", "overdose", triage.UrgencyEmergency},
		{"el pastillero", "encontré a mi nena con el pastillero de mi suegra abierto y faltan pastillas", "overdose", triage.UrgencyEmergency},
		{"a watch at 178", "sorry to bother, my watch says heart rate 178 for the last half hour and I'm lightheaded", "heart_rate", triage.UrgencyEmergency},
		{"a sting, hoarse", "a bee got me on the neck, I'm itching all over and my voice is going raspy", "anaphylaxis", triage.UrgencyEmergency},
		{"a crash meant", "my dad texted that he's gonna drive the truck off the bridge tonight, he won't pick up", "suicidal", triage.UrgencyEmergency},
		{"estrellar el carro", "mi hijo dice que va a estrellar el carro contra un árbol, no contesta", "suicidal", triage.UrgencyEmergency},

		{"a watch after a run", "my watch said 172 during my run, back to 70 now, is that normal for my age?", "", triage.UrgencyRoutine},
		{"a new pill box", "can you help me set up a pill organizer for my mom's new meds?", "", triage.UrgencyRoutine},
		{"drive to the lake", "we're going to drive the car to the lake this weekend, can I take my inhaler on the plane next month?", "", triage.UrgencyRoutine},
	})
}

// TestFindRedFlagsSpanglish: English and Spanish in one sentence
// (probe84), in words other than that set's: the Spanish order of a weak
// side, a "ya está bien" that settles a past event, "bien" as "very", a
// talk about a sign, and a sign that only dates something else.
func TestFindRedFlagsSpanglish(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"lado weak", "de repente su lado derecho se siente numb y no puede levantar el brazo", "", triage.UrgencyEmergency},
		{"bien pálida", "dio a luz el lunes y está sangrando mucho, está bien pálida y mareada", "", triage.UrgencyEmergency},
		{"a pain when I woke", "cuando desperté tenía un dolor de pecho horrible y no se quita", "chest_pain", triage.UrgencyEmergency},
		{"keeps talking about", "my brother keeps talking about suicide and gave away his stuff", "suicidal", triage.UrgencyEmergency},

		{"ya está bien", "mi tío tuvo una convulsión el domingo, ya está bien, necesito la cita con neuro", "", triage.UrgencyUrgent},
		{"how to talk about it", "how do I talk to my daughter about suicide? a kid at her school died", "", triage.UrgencyRoutine},
		{"when he had it", "la enfermera fue muy amable cuando a mi papá le dio el infarto en la sala, gracias", "", triage.UrgencyUrgent},
		{"¿está bien?", "le dio una convulsión hace una hora, ¿está bien que duerma?", "seizure", triage.UrgencyEmergency},
	})
}

// TestFindRedFlagsLongMessages: a sign in a long message about other
// things (probe85), in words other than that set's: a blow to the head on
// a blood thinner however far apart they are told; "la última vez" is the
// last time, not a farewell; a sign "never had" is denied; a stroke
// feared then explained by a neurologist is over.
func TestFindRedFlagsLongMessages(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"thinner, then a bump", "Two things: he takes Xarelto for his clots, and this morning he slipped on the ice and banged his head on the step. Also the bill from May is wrong.", "", triage.UrgencyEmergency},
		{"golpe con anticoagulante", "se golpeó la cabeza con la puerta del carro hace rato y toma warfarina, ¿lo llevo?", "", triage.UrgencyEmergency},
		{"a farewell still", "no me busquen, esta es la última vez que me ven, ya tengo todo listo", "suicidal", triage.UrgencyEmergency},

		{"la última vez", "la última vez que fui me cobraron doble, ¿me pueden revisar la cuenta?", "", triage.UrgencyRoutine},
		{"nunca tuve", "me salió un sarpullido con el antibiótico pero nunca tuve problemas para respirar", "", triage.UrgencyUrgent},
		{"ended up being", "They worried it was a stroke but it ended up being a migraine per the neurologist, and I've been fine since. Can you fax the notes?", "", triage.UrgencyUrgent},
	})
}

// TestFindRedFlagsFigurativeAndForms: emergencies told in colourful words
// or in a web form's fields, and their look-alikes (probe86, probe87), in
// words other than those sets'.
func TestFindRedFlagsFigurativeAndForms(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"hasn't woken", "she fainted at practice and hasn't woken up yet, breathing funny", "unresponsive", triage.UrgencyEmergency},
		{"a gun in the lap", "I'm sitting here with the pistol in my lap, nobody would notice", "suicidal", triage.UrgencyEmergency},
		{"a last message", "last message from me. tell my wife I love her. I cut deep this time", "self_harm", triage.UrgencyEmergency},
		{"corazón a mil", "el corazón me late a mil y siento que me desmayo", "heart_rate", triage.UrgencyEmergency},
		{"all of it tonight", "Comments: I have a full bottle of oxycodone and I'm going to take all of it tonight", "", triage.UrgencyEmergency},

		{"a leaflet's case", "my discharge sheet says call 911 for shortness of breath; I'm fine, just wondering if a stuffy nose counts", "", triage.UrgencyRoutine},
		{"a difference asked", "¿cuál es la diferencia entre un ataque de pánico y un infarto?", "", triage.UrgencyRoutine},
		{"said not the heart", "ER on Monday for chest pain, they said it wasn't my heart, need a follow-up", "", triage.UrgencyRoutine},
		{"in the hospital", "please cancel Friday, my husband is in the hospital after a stroke", "", triage.UrgencyRoutine},
		{"runs in families", "my brother had a heart attack at work last month, does that run in families?", "", triage.UrgencyRoutine},
	})
}

// TestFindRedFlagsShortAndMedicines: emergencies in a few words and in
// questions about medicines (probe88, probe89), in words other than those
// sets', and a cough's chest pain, which three independent writers call
// urgent.
func TestFindRedFlagsShortAndMedicines(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"fell, no answer", "grandma collapsed wont answer", "unresponsive", triage.UrgencyEmergency},
		{"limp and grey", "my son is limp and gray", "unresponsive", triage.UrgencyEmergency},
		{"se puso morado", "el bebé se puso morado", "unresponsive", triage.UrgencyEmergency},
		{"half a bottle, wobbly", "she drank half a bottle of benadryl syrup and is wobbly and sleepy", "overdose", triage.UrgencyEmergency},
		{"a child and methadone", "my 2yo chewed one of my methadone tablets, he seems fine", "overdose", triage.UrgencyEmergency},
		{"someone's glyburide", "took my husband's glyburide by mistake, sweating and my sight is blurry", "", triage.UrgencyEmergency},

		{"a baby blue blanket", "can I bring a baby blue blanket for the newborn photos?", "", triage.UrgencyRoutine},
		{"records from 2019", "need my dad's heart attack records from 2019 for the insurance", "", triage.UrgencyRoutine},
		{"a cough's pain", "chest hurts only when I cough, I have a cold", "", triage.UrgencyUrgent},
		{"a cough and no breath", "my chest hurts when I cough and I can't breathe", "breathing", triage.UrgencyEmergency},
	})
}

// TestFindRedFlagsCarersAndNumbers: emergencies told by carers of people
// with disabilities or dementia, and by readings and lab values (probe90,
// probe91), in words other than those sets', with the look-alikes that
// settle: a reading taken again and normal, a rate during exercise, a
// saturation at its target, a battery already taken out, a behaviour that
// has always been so, a seizure of the usual kind.
func TestFindRedFlagsCarersAndNumbers(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"washer fluid, sleepy", "he got into the antifreeze in the shed, can't say if he drank any, now he's sleepy and his eyes look off, blurry he says", "overdose", triage.UrgencyEmergency},
		{"battery gone, drooling", "the watch battery is missing from the table and she's drooling and gagging", "battery_or_magnet", triage.UrgencyEmergency},
		{"a shunt, vomiting", "our son has a VP shunt and has vomited three times and is very sleepy", "", triage.UrgencyEmergency},
		{"pills missing", "there were 30 left in her bottle yesterday and now only 6, she won't talk to me", "overdose", triage.UrgencyEmergency},
		{"face down in water", "found my daughter face down in the tub, she's coughing now but breathing weird", "", triage.UrgencyEmergency},
		{"mmol and confusion", "glucosa 2.4 mmol, está sudando y confundida", "glucose", triage.UrgencyEmergency},

		{"rechecked normal", "sugar was 58 at bedtime, gave juice, rechecked and it was 104, he's asleep now", "", triage.UrgencyUrgent},
		{"a rate during a run", "my watch showed heart rate 195 during my run, I feel totally fine", "", triage.UrgencyUrgent},
		{"at target", "her sat is 89 on 2 liters, which is her target per pulmonology", "", triage.UrgencyUrgent},
		{"battery removed", "he swallowed a coin battery last week, the GI team removed it, can we book the follow-up?", "", triage.UrgencyUrgent},
		{"always been so", "mi hijo hace un ruido como de ahogo cuando se emociona, siempre ha sido así", "", triage.UrgencyUrgent},
		{"zero seizures", "great news, zero seizures since the new dose, just need a refill", "", triage.UrgencyRoutine},
		{"se quejó", "ayer se quejó de dolor de cabeza pero hoy está bien", "", triage.UrgencyRoutine},
	})
}

// TestFindRedFlagsSpelledAsSaid: emergencies written by people who write
// little, in the spelling of the sound (probe92), in words other than that
// set's.
func TestFindRedFlagsSpelledAsSaid(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"chess pain", "my husband got chess pain real bad and sweating", "chest_pain", triage.UrgencyEmergency},
		{"a seesure", "my son having a seesure and he wont stop shaking", "seizure", triage.UrgencyEmergency},
		{"bleech", "my toddler drank bleech from the bottle", "overdose", triage.UrgencyEmergency},
		{"no more", "i took all my pills i dont want to be here no more", "", triage.UrgencyEmergency},
		{"car in the garage", "the truck was running in the garage and my dad is confused with a headake", "", triage.UrgencyEmergency},
		{"desmayó dos veces", "mi mamá se desmayó dos veces hoy y está pálida", "fainting", triage.UrgencyEmergency},
		{"aint going away", "chest pain started an hour ago and it aint going away", "chest_pain", triage.UrgencyEmergency},

		{"pressing the ribs", "my chest hurts when I press on my ribs after moving boxes, breathing fine", "", triage.UrgencyUrgent},
		{"turn out to be", "the chess pain last month turn out to be heart burn the ER said, need follow up", "", triage.UrgencyRoutine},
	})
}

// TestFindRedFlagsChildrenFevers: children's fevers, breathing and
// infections told by parents (probe93), in words other than that set's,
// and the look-alikes: a normal temperature in a young baby, hand, foot
// and mouth blisters, a discharge sheet's warning read back.
func TestFindRedFlagsChildrenFevers(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"no pee, confused", "my daughter hasn't peed since lunch, vomiting all day, now she's confused", "", triage.UrgencyEmergency},
		{"cannot swallow spit", "mi niña no puede tragar ni su saliva y tiene fiebre de 39.5", "breathing", triage.UrgencyEmergency},
		{"behind the ear", "the area behind his ear is red and swollen and his ear is sticking out, fever 102", "ear_emergency", triage.UrgencyEmergency},
		{"inhaler not helping", "his inhaler every 20 minutes is not helping, he's wheezing hard", "breathing", triage.UrgencyEmergency},
		{"nostrils flaring", "el bebé de 2 meses respira rápido y se le abren las narices", "breathing", triage.UrgencyEmergency},
		{"purple spots, fever", "she has a fever and purple spots on her legs that are spreading", "sepsis", triage.UrgencyEmergency},
		{"squeaky at rest", "croup and now a squeaky noise even while resting quietly", "breathing", triage.UrgencyEmergency},
		{"a cold newborn", "my 2 week old feels cold, her temp is 96.2 and she won't feed", "", triage.UrgencyEmergency},

		{"a normal temperature", "my 6 week old felt warm but her rectal temperature was 99.4, she's eating well", "", triage.UrgencyUrgent},
		{"hand foot and mouth", "hand foot and mouth at daycare, now blisters in his mouth and on his palms, drinking ok", "", triage.UrgencyRoutine},
		{"ya se le quitó", "tuvo dolor de pecho el lunes pero ya se le quitó, ¿le doy cita?", "", triage.UrgencyUrgent},
	})
}

// TestFindRedFlagsMindAndElders: crises of the mind and emergencies older
// adults tell of themselves (probe94, probe95), in words other than those
// sets', and the look-alikes: a passive wish with a safety plan, an
// anniversary of an old attempt, a partner asked about suicide, a usual
// panic attack that passed, a weak urine stream, sleep apnoea.
func TestFindRedFlagsMindAndElders(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"can't keep myself safe", "the thoughts are louder tonight and I can't keep myself safe", "suicidal", triage.UrgencyEmergency},
		{"a roof, floating", "my brother is manic, he's up on the roof saying he can jump and float", "psychosis", triage.UrgencyEmergency},
		{"lo quiere matar", "mi tío dice que el vecino lo quiere matar y tiene un machete en la mano", "psychosis", triage.UrgencyEmergency},
		{"aspirin, ringing", "took a lot of aspirin this afternoon and my ears are ringing", "overdose", triage.UrgencyEmergency},
		{"no water passed", "I have not passed any water since last night and my lower belly is hard and hurts", "urinary_retention", triage.UrgencyEmergency},
		{"digoxin, yellow", "took my digoxin twice by mistake and now the lights look yellow", "", triage.UrgencyEmergency},
		{"leg drags, speech thick", "my left leg is dragging and my speech sounds thick since lunch", "stroke", triage.UrgencyEmergency},
		{"no me puedo levantar", "me caí en el baño y no me puedo levantar, estoy sola", "", triage.UrgencyEmergency},

		{"easier not to wake", "some days it'd be easier not to wake up, but I have my safety plan and no plan to act", "mental_health", triage.UrgencyUrgent},
		{"years since", "it's been three years since my overdose, doing well, need my med check", "", triage.UrgencyRoutine},
		{"asked about it", "I asked my husband about suicide and he said no, he's seeing his doctor, any support groups?", "", triage.UrgencyRoutine},
		{"a usual panic attack", "I had one of my usual panic attacks, felt like I couldn't breathe, it passed after ten minutes", "", triage.UrgencyUrgent},
		{"a weak stream", "me cuesta orinar y el chorro sale flojito, ¿me mandan al urólogo?", "", triage.UrgencyRoutine},
	})
}

// TestFindRedFlagsFollowUps: replies in an ongoing chat with a nurse
// (probe97), in words other than that set's: "what's left" asks nothing;
// a pain that "hasn't come back" is over.
func TestFindRedFlagsFollowUps(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"what's left", "I checked what's left in the box and she swallowed every pill, about 30", "overdose", triage.UrgencyEmergency},
		{"hasn't come back", "thanks, the chest pain hasn't come back since Tuesday, when is my stress test?", "", triage.UrgencyUrgent},
		{"no ha vuelto", "gracias, el dolor de pecho no ha vuelto desde el lunes", "", triage.UrgencyUrgent},
		{"came back", "the chest pain came back worse and my arm is numb", "chest_pain", triage.UrgencyEmergency},
	})
}

// TestFindRedFlagsSafety: danger from another person told now, often
// indirectly (probe96, whose first run found 0.50), in words other than
// that set's, with the look-alikes: a leaflet's "call 911 if", a school
// that will not let a child go, a portal that will not let one fill in a
// form, a lawyer, a grape choked on.
func TestFindRedFlagsSafety(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"send the police", "please send the police to 12 Elm Ct, he's breaking down the door", "violence", triage.UrgencyEmergency},
		{"locked in", "my boyfriend locked me in the bathroom and took my keys", "violence", triage.UrgencyEmergency},
		{"encerrada", "mi esposo me tiene encerrada en el cuarto desde anoche", "violence", triage.UrgencyEmergency},
		{"a weapon out", "he's drunk and has the rifle out right now", "violence", triage.UrgencyEmergency},
		{"hands on the throat", "last night he put his hands around my throat, now my voice is hoarse and it hurts to swallow", "violence", triage.UrgencyEmergency},
		{"en peligro", "estoy en peligro, no puedo hablar", "violence", triage.UrgencyEmergency},
		{"finger marks", "she came back from the weekend with bruises like fingers on her neck", "abuse", triage.UrgencyEmergency},
		{"just limp", "the baby got shaken hard and now he's just limp", "", triage.UrgencyEmergency},
		{"a passport taken", "they took her passport and won't let her leave the house", "violence", triage.UrgencyEmergency},

		{"a leaflet's 911", "the sheet says call 911 if the swelling spreads; it hasn't, just sore", "", triage.UrgencyRoutine},
		{"a school won't let", "la escuela no lo deja entrar sin la nota del doctor", "", triage.UrgencyRoutine},
		{"a portal won't let", "the portal won't let me fill out the intake form", "", triage.UrgencyRoutine},
		{"mi abogada", "mi abogada necesita copia del expediente", "", triage.UrgencyRoutine},
		{"a grape", "my son choked on a grape but coughed it out, he's fine", "", triage.UrgencyRoutine},
	})
}
