package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// TestFindRedFlagsSkimmed holds the classes found by probe30, messages a
// tired front desk would skim past: a sign told by a relative inside an
// admin request, minimised ("just heartburn", "probably a stomach bug"),
// told by what is seen, or a medication mix-up; and the look-alikes that
// must stay below emergency.
func TestFindRedFlagsSkimmed(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		// A heart attack taken for the stomach, or an arm ache told
		// before the arm.
		{"indigestion grey sweat", "my dad keeps saying its just indigestion but hes all sweaty and grey in the face", "chest_pain", triage.UrgencyEmergency},
		{"ache then left arm", "he's been pale and clammy for an hour with pain running down his left arm, says it's reflux", "heart_attack", triage.UrgencyEmergency}, // read from its parts (heartRules)
		{"agruras sudando frío", "mi esposo dice que son agruras pero está sudando frío y gris", "chest_pain", triage.UrgencyEmergency},
		{"acidez sudado brazo", "dizque es la acidez pero está todo sudado y se agarra el brazo", "chest_pain", triage.UrgencyEmergency},
		{"doctor says it's normal", "el doctor dice que es normal tener dolor de pecho despues de la cirugia", "", triage.UrgencyRoutine},
		{"heartburn after food", "I have heartburn after spicy food, can I get an appointment?", "", triage.UrgencyRoutine},
		{"heart attack signs asked", "what are the signs of a heart attack, like sweating or arm pain?", "", triage.UrgencyRoutine},
		{"bill heart attack", "this bill is giving me a heart attack", "", triage.UrgencyRoutine},
		// After a birth: lights seen, or a headache with swelling, told
		// at length.
		{"delivered flashing lights", "delivered 10 days ago and now I have a bad headache and keep seeing flashing lights", "preeclampsia", triage.UrgencyEmergency},
		{"di a luz lucecitas", "di a luz hace una semana y tengo un dolor de cabeza que no se me quita y veo lucecitas", "preeclampsia", triage.UrgencyEmergency},
		{"c-section headache swelling", "c-section 2 weeks ago, headache all day and my face and hands are swollen", "preeclampsia", triage.UrgencyEmergency},
		{"postpartum checkup", "had my baby 4 months ago, can I get my postpartum checkup?", "", triage.UrgencyRoutine},
		// A knock on the head on a blood thinner; a negation of something
		// else ("no cut") no longer hides what follows.
		{"warfarin banged head", "my mom is on warfarin and she banged her head on the cabinet this morning, now she's sleepy", "high_risk_signs", triage.UrgencyEmergency},
		{"sintrom resbaló", "mi abuelo toma sintrom y se resbaló y se pegó en la cabeza", "high_risk_signs", triage.UrgencyEmergency},
		{"no cut, then confused", "he bumped his head on the door, no cut. This afternoon he is confused and threw up", "trauma", triage.UrgencyEmergency},
		{"eliquis refill", "my mom on eliquis needs a refill before her trip", "", triage.UrgencyRoutine},
		// Shock in an older adult: fast, shallow breathing with cold,
		// clammy skin or a mind out of it, without fever.
		{"fast shallow clammy", "my grandma (88) is breathing really fast and shallow and her skin is cold and clammy", "sepsis", triage.UrgencyEmergency},
		{"respira rápido, ida", "mi abuela respira muy rápido y está como ida, no tiene fiebre", "sepsis", triage.UrgencyEmergency},
		{"dog breathing fast", "my dog is breathing fast and shallow, which vet is open?", "", triage.UrgencyRoutine},
		// A drug that kills in a double dose, doubled or mixed up.
		{"double oxycodone", "I accidentally took a double dose of my oxycodone", "dangerous_dose", triage.UrgencyEmergency},
		{"doble metadona", "tomé doble dosis de metadona sin querer", "dangerous_dose", triage.UrgencyEmergency},
		{"methotrexate daily", "my husband has been taking his methotrexate daily for a week instead of weekly", "dangerous_dose", triage.UrgencyEmergency},
		{"metotrexato todos los días", "mi mamá se tomó el metotrexato todos los días en vez de una vez por semana y tiene llagas en la boca", "dangerous_dose", triage.UrgencyEmergency},
		{"methotrexate weekly", "I take methotrexate once a week and folic acid every day, need a refill", "", triage.UrgencyRoutine},
		{"oxycodone twice a day", "I take my oxycodone twice a day after surgery, need a refill", "", triage.UrgencyRoutine},
		{"lithium question", "can I take lithium twice a day instead of once?", "", triage.UrgencyRoutine},
		// A child at a pill box, or pills in a number nobody knows.
		{"pill organizer", "my toddler opened my pill organizer and swallowed some", "overdose", triage.UrgencyEmergency},
		{"agarró el frasco", "el niño agarró el frasco de pastillas del abuelo", "overdose", triage.UrgencyEmergency},
		{"se tomó no sé cuántas", "mi sobrino se tomó no sé cuántas de las de la tiroides", "overdose", triage.UrgencyEmergency},
		{"who knows how many", "my son ate who knows how many of the gummy vitamins", "overdose", triage.UrgencyEmergency},
		{"son's refill", "my son needs a refill of his pills, he took the last one today", "", triage.UrgencyRoutine},
		// A newborn told in days: a fever by the thermometer, not feeding,
		// limp.
		{"9 days not feeding", "my 9 day old is not feeding and very sleepy", "sick_newborn", triage.UrgencyEmergency},
		{"12 días no quiere comer", "mi bebé de 12 días no quiere comer y está muy decaída", "sick_newborn", triage.UrgencyEmergency},
		{"tiene 15 días y 38", "mi bebe tiene 15 dias y tiene 38.2 de temperatura", "young_infant_fever", triage.UrgencyEmergency},
		{"8 days thermometer", "the baby is 8 days old and the thermometer says 100.6", "young_infant_fever", triage.UrgencyEmergency},
		{"3 días con fiebre", "mi hijo de 5 años tiene 3 días con fiebre de 38", "high_fever", triage.UrgencyUrgent},
		{"newborn feeding well", "mi bebe de 20 dias toma pecho muy bien, ¿cuándo es su vacuna?", "", triage.UrgencyRoutine},
		{"newborn rash", "my 10 day old baby has a small rash on her cheeks", "", triage.UrgencyRoutine},
		// "This time I'll do it right" around cuts or farewells; cuts that
		// do not stop bleeding.
		{"this time do it right", "she texted me that this time she is going to do it right, she has been saving pills and said goodbye", "suicidal", triage.UrgencyEmergency},
		{"esta vez lo hace bien", "le sale sangre de los cortes y dice que esta vez sí lo hace bien", "suicidal", triage.UrgencyEmergency},
		{"no paran de sangrar", "tiene cortes en la pierna que no paran de sangrar", "severe_bleeding", triage.UrgencyEmergency},
		{"this time the diet", "esta vez quiero hacer bien la dieta para bajar de peso", "", triage.UrgencyRoutine},
		{"pills in the fridge", "tengo las pastillas guardadas en el refri, ¿están bien?", "", triage.UrgencyRoutine},
		{"me muero de risa", "me muero de risa con este video", "", triage.UrgencyRoutine},
		// A leaflet's instructions, and relatives' past signs.
		{"leaflet call 911 if", "the discharge sheet says call 911 if you have chest pain, is that normal?", "", triage.UrgencyRoutine},
		{"hoja llame al 911 si", "la hoja dice que llame al 911 si tiene dificultad para respirar, ¿es para todas las vacunas?", "", triage.UrgencyRoutine},
		{"leaflet, and now", "the discharge sheet says call 911 if he has chest pain and he has chest pain right now", "chest_pain", triage.UrgencyEmergency},
		{"says if, a threat", "my husband says if I don't come home he will kill himself", "suicidal", triage.UrgencyEmergency},
		{"killed himself, history", "my uncle killed himself years ago, is depression genetic?", "", triage.UrgencyRoutine},
		{"relatives' history", "my grandmother died of a stroke and my uncle had a heart attack, should I get tested?", "", triage.UrgencyRoutine},
		{"murió y tuvo", "mi papá murió de un infarto a los 60 y mi tío tuvo un derrame, ¿debería hacerme estudios?", "", triage.UrgencyRoutine},
		{"died, and now", "my dad died of a stroke and now my mom had a stroke this morning, she can't move her arm", "stroke", triage.UrgencyEmergency},
		// Things given away with a promise of quiet or of bothering no one;
		// pills saved by someone else.
		{"gave away, won't bother", "my brother gave away his guitar and his dog this week and told me he won't bother anyone anymore", "suicidal", triage.UrgencyEmergency},
		{"finally quiet", "she said soon everything will finally be quiet and she's been giving her stuff away", "suicidal", triage.UrgencyEmergency},
		{"regalé mis cosas, en paz", "pronto todo va a estar en paz, ya regalé mis cosas", "suicidal", triage.UrgencyEmergency},
		{"no burden anymore", "tell my mom I won't be a burden to anyone anymore", "suicidal", triage.UrgencyEmergency},
		{"juntando sus pastillas", "mi hermana está juntando sus pastillas para tomárselas todas juntas", "suicidal", triage.UrgencyEmergency},
		{"gave away a crib", "I gave away my old crib to my sister, can I get a checkup?", "", triage.UrgencyRoutine},
		{"won't bother about the bill", "I won't bother you anymore about the bill, thanks", "", triage.UrgencyRoutine},
		{"no quiero ser una carga", "no quiero ser una carga para mis hijos, ¿hay cuidadores a domicilio?", "", triage.UrgencyRoutine},
		// A jaw with a cold sweat; a patch chewed; a high sugar with
		// vomiting; fast breathing with a mind not making sense.
		{"gas, jaw, sweat", "my wife says it's just gas but she's sweating buckets and her jaw hurts", "chest_pain", triage.UrgencyEmergency},
		{"jaw when chewing", "my jaw hurts when I chew, can I see the dentist?", "", triage.UrgencyRoutine},
		{"fentanyl patch chewed", "my 2 yo chewed on my fentanyl patch", "overdose", triage.UrgencyEmergency},
		{"azúcar 480 vomitando", "el azucar le marca 480 y está vomitando", "glucose", triage.UrgencyEmergency},
		{"sugar 320 alone", "my glucose was 320 after dinner, should I adjust?", "cardio_metabolic", triage.UrgencyUrgent},
		{"fast breathing, no sense", "grandpa 87 is not making sense today and is breathing fast, no fever", "sepsis", triage.UrgencyEmergency},
		{"breathing fast after stairs", "my grandpa was breathing fast after climbing stairs but he's fine now", "", triage.UrgencyRoutine},
		// Tired of being alive; better off without him; no sense in
		// anything with clothes given away; a fall, then a headache and
		// vomiting.
		{"tired of being alive", "he told me he's tired of being alive", "tired_of_living", triage.UrgencyEmergency},
		{"cansada de vivir", "está cansada de vivir, dice que pronto ya no va a ser un problema", "tired_of_living", triage.UrgencyEmergency},
		{"tired of living with pain", "I'm so tired of living with this back pain, need a refill", "", triage.UrgencyRoutine},
		{"cansada de vivir con dolor", "estoy cansada de vivir con este dolor de rodilla", "", triage.UrgencyRoutine},
		{"better off without him", "my son wrote in his journal that we'd all be better off without him", "suicidal", triage.UrgencyEmergency},
		{"sin sentido, regalando", "mi hija dice que ya no le ve sentido a nada y anda regalando su ropa", "suicidal", triage.UrgencyEmergency},
		{"fall, vomiting, headache", "my dad has been vomiting and has a really bad headache since he fell off the ladder", "trauma", triage.UrgencyEmergency},
		{"by accident, urgent", "I doubled up on my blood pressure pill by accident", "medication_reaction", triage.UrgencyUrgent},
		// A fever of 106 °F or 41 °C, and numbers that are not one.
		{"fever 106", "fever 106 in my 4 year old, tylenol not helping", "very_high_fever", triage.UrgencyEmergency},
		{"42 de temperatura", "la nena tiene 42 de temperatura", "very_high_fever", triage.UrgencyEmergency},
		{"106 degrees outside", "it's 106 degrees outside, can I still come in?", "", triage.UrgencyRoutine},
		{"41 años", "mi hijo de 41 años tiene fiebre", "high_fever", triage.UrgencyUrgent},
		// Urgent, not an emergency: a lab value read on the portal, a
		// coin swallowed by a well child, a limb that will not work after
		// a fall, insulin by its brand, a low mood in regional words.
		{"potassium 6", "the app shows my potassium is 6.4, nobody called", "needs_today", triage.UrgencyUrgent},
		{"sodio 124", "me llegó el resultado, el sodio salió 124", "needs_today", triage.UrgencyUrgent},
		{"potassium pills", "I take potassium 2 times a day, can I get a refill?", "", triage.UrgencyRoutine},
		{"seno rojo con escalofríos", "doy pecho y tengo un seno rojo, duro y con escalofríos", "needs_today", triage.UrgencyUrgent},
		{"swallowed a dime", "my daughter swallowed a dime at lunch, she seems totally fine", "needs_today", triage.UrgencyUrgent},
		{"ankle purple", "she twisted it at soccer, her ankle is swollen and purple and she can't walk on it", "needs_today", triage.UrgencyUrgent},
		{"out of Humalog", "I'm out of my Humalog and the pharmacy is closed", "out_of_medication", triage.UrgencyUrgent},
		{"re bajoneada", "estoy re bajoneada hace semanas, no pienso hacerme nada pero necesito hablar con alguien", "mental_health", triage.UrgencyUrgent},
	})
}
