package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// TestFindRedFlagsYouth holds the classes found by probe32: emergencies
// told by teenagers, young adults and their parents in slang, under a
// "lol", "jaja" or an emoji (suicide in youth slang, a farewell told in
// passing with a means made ready, testicle pain in slang, an ectopic
// pregnancy told as a positive test with pain on one side), the youth
// emergencies the layer already knew (a friend passed out after drinking,
// vaping with chest pain or a seizure, a concussion then vomiting, an
// inhaler that does not help), and the look-alikes that must stay below
// emergency: idioms, jokes, past events, "what if" questions, trips.
func TestFindRedFlagsYouth(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		// Suicide in youth slang.
		{"gonna unalive", "ngl gonna unalive myself after finals fr", "suicidal", triage.UrgencyEmergency},
		{"thinking about unaliving", "been thinking abt unaliving a lot lately 🙃", "suicidal", triage.UrgencyEmergency},
		{"ctb", "honestly just want to ctb at this point", "suicidal", triage.UrgencyEmergency},
		{"self delete", "kinda wanna self delete lol", "suicidal", triage.UrgencyEmergency},
		{"wanna disappear", "bro i just wanna disappear for real", "suicidal", triage.UrgencyEmergency},
		{"ir pa siempre", "ya me quiero ir pa siempre wey, ya no aguanto", "suicidal", triage.UrgencyEmergency},
		{"irme de aquí para siempre", "neta me quiero ir de aquí para siempre", "suicidal", triage.UrgencyEmergency},
		{"irme de este mundo", "quiero irme de este mundo jaja", "suicidal", triage.UrgencyEmergency},
		// A farewell in passing, alone or with a means made ready.
		{"not around anymore", "skip my checkup, im not gonna be around anymore 🙂", "suicidal", triage.UrgencyEmergency},
		{"hoy es el día, pastillas", "ya estuvo, hoy es el día, ya tengo las pastillas guardadas 🙂", "suicidal", triage.UrgencyEmergency},
		{"escondidas y decidido", "tengo escondidas mis pastillas y ya lo decidí", "suicidal", triage.UrgencyEmergency},
		{"mind made up, rope", "made up my mind, rope is ready lol", "suicidal", triage.UrgencyEmergency},
		{"picked the bridge", "drop my dentist thing, won't be around after friday, already picked the bridge 🙂", "suicidal", triage.UrgencyEmergency},
		{"tengo la cuerda", "ya tengo la cuerda, hoy es el día", "suicidal", triage.UrgencyEmergency},
		{"me despedí de todos", "cancela mi cita, ya no voy a estar, ya me despedí de todos", "suicidal", triage.UrgencyEmergency},
		{"all my pills tonight", "lowkey planning to take all my pills tonight lol", "suicidal", triage.UrgencyEmergency},
		{"soga y no voy a estar", "la soga ya está atada, el sábado ya no voy a estar xd", "suicidal", triage.UrgencyEmergency},
		// Testicle pain in slang, on one side.
		{"left nut swollen", "sudden pain in my left nut and it's swollen", "testicular", triage.UrgencyEmergency},
		{"right ball puking", "my son says his right ball hurts a ton and he's puking", "testicular", triage.UrgencyEmergency},
		{"huevo izquierdo", "me duele un chingo el huevo izquierdo de repente", "testicular", triage.UrgencyEmergency},
		{"teste derecho hinchado", "a mi hijo se le hinchó el teste derecho y le duele", "testicular", triage.UrgencyEmergency},
		{"ball purple", "my ball got super swollen and purple out of nowhere", "testicular", triage.UrgencyEmergency},
		// A positive pregnancy test or a late period, pain on one side,
		// and a shoulder pain or a faint.
		{"period late, one side", "my period is 3 weeks late, sharp pain on one side and my shoulder hurts", "high_risk_signs", triage.UrgencyEmergency},
		{"positive, shoulder tip", "pregnancy test was positive, now bad cramps on my left side and my shoulder tip hurts", "high_risk_signs", triage.UrgencyEmergency},
		{"positiva, desmayo", "la prueba de embarazo salió positiva y tengo dolor de un lado y me desmayé", "high_risk_signs", triage.UrgencyEmergency},
		{"hpt positive dizzy", "hpt came back positive monday, stabbing pain low on the right side and so dizzy i had to sit on the floor", "high_risk_signs", triage.UrgencyEmergency},
		// Youth emergencies the layer already knew.
		{"passed out drinking", "my bf passed out after drinking and keeps throwing up, we cant wake him", "unresponsive", triage.UrgencyEmergency},
		{"no despierta", "mi amiga tomó mucho y no despierta, vomitó", "unresponsive", triage.UrgencyEmergency},
		{"xanax and drinks", "my friend took some xanax and drank and now he won't wake up", "unresponsive", triage.UrgencyEmergency},
		{"vaping chest", "vaped and now my chest hurts so bad and i can't breathe", "chest_pain", triage.UrgencyEmergency},
		{"vaping seizure", "my cousin was vaping and had a seizure", "seizure", triage.UrgencyEmergency},
		{"concussion puking", "got a concussion at practice and now im puking and confused", "trauma", triage.UrgencyEmergency},
		{"golpe en el partido", "me pegué en la cabeza en el partido y ahora vomito", "trauma", triage.UrgencyEmergency},
		{"inhaler not helping", "my inhaler isn't helping at all, can't catch my breath", "breathing", triage.UrgencyEmergency},
		// Told in slang: an inhaler that does nothing, a friend nobody
		// can wake, a party drug with a racing heart and a body on fire,
		// a farewell to everyone, an end with a day.
		{"inhalador no hace nada", "el inhalador no me hace nada, me silba el pecho", "breathing", triage.UrgencyEmergency},
		{"pump not doing anything", "my pump isnt doing anything and im wheezing bad", "breathing", triage.UrgencyEmergency},
		{"cant get him to wake", "my friend is blacked out drunk and we can't get him to wake up", "unresponsive", triage.UrgencyEmergency},
		{"won't respond", "he drank a ton and is breathing weird and won't respond", "unresponsive", triage.UrgencyEmergency},
		{"molly racing hot", "took a molly and my heart is racing and i'm super hot", "overdose", triage.UrgencyEmergency},
		{"tachas corazón a mil", "mi amigo se metió unas tachas y tiene el corazón a mil y está hirviendo", "overdose", triage.UrgencyEmergency},
		{"done, goodbye everyone", "bro im done. goodbye everyone ✌️", "suicidal", triage.UrgencyEmergency},
		{"ending it this weekend", "cancel my appt, i'm ending it this weekend lol", "suicidal", triage.UrgencyEmergency},
		{"duelen los huevos", "me duelen los huevos de repente y están hinchados", "testicular", triage.UrgencyEmergency},
		{"prueba positiva, lado y hombro", "prueba positiva, me duele el lado izquierdo y el hombro", "high_risk_signs", triage.UrgencyEmergency},
		{"ball swollen", "my bf's ball is swollen and he's puking", "testicular", triage.UrgencyEmergency},
		// Idioms, jokes, the past, questions and trips stay below
		// emergency.
		{"test killing me", "this test is killing me lol", "", triage.UrgencyRoutine},
		{"me muero de sueño", "me muero de sueño jaja", "", triage.UrgencyRoutine},
		{"literally dead", "literally dead 💀 that meme", "", triage.UrgencyRoutine},
		{"dying for braces off", "dying to get my braces off", "", triage.UrgencyRoutine},
		{"past, therapy", "i wanted to kill myself back in 2019 but therapy helped a lot", "", triage.UrgencyRoutine},
		{"what if pills", "what if someone took too many pills, what happens?", "", triage.UrgencyRoutine},
		{"not around next week", "i won't be around next week, can we move my appointment?", "", triage.UrgencyRoutine},
		{"coach not around", "our coach said he won't be around anymore, who signs the sports form?", "", triage.UrgencyRoutine},
		{"pastillas para el viaje", "tengo las pastillas listas para el viaje", "", triage.UrgencyRoutine},
		{"ir a españa", "quiero ir a españa para siempre jaja", "", triage.UrgencyRoutine},
		{"acne disappear", "I want my acne to disappear before prom", "", triage.UrgencyRoutine},
		{"ball hit leg", "the ball hit my left leg at practice, can I get a sports physical?", "", triage.UrgencyRoutine},
		{"covid positive", "positive covid test, pain in my side when i cough and a bit dizzy", "fainting", triage.UrgencyUrgent},
		{"positive test, happy", "positive pregnancy test!! when can I come in for my first visit?", "", triage.UrgencyRoutine},
		{"goodbye, moving", "im not gonna be your patient anymore, we're moving to Ohio, goodbye and thanks!", "", triage.UrgencyRoutine},
		{"period late, no pain", "my period is late, can I get a pregnancy test?", "", triage.UrgencyRoutine},
		{"coke and racing", "drank a coke and my heart is racing and i feel hot lol", "cardio_metabolic", triage.UrgencyUrgent},
		{"molly long ago", "tried molly once in 2021, can i still donate blood?", "", triage.UrgencyRoutine},
		{"covid test positive", "covid test positive, pain in my side when i cough and im dizzy", "fainting", triage.UrgencyUrgent},
		{"rope for camping", "the rope is ready for the camping trip, can I get my travel shots?", "", triage.UrgencyRoutine},
	})
}
