package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// TestFindRedFlagsSimpleWords: emergencies told in very simple words
// (simpleRules, found by probe102), in words other than that set's, and
// look-alikes in the same voice: a heart fast after running, a small
// blister, a dog or an angry man foaming, laughter, pills as the doctor
// said, a son at school.
func TestFindRedFlagsSimpleWords(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"heart so fast", "my heart goes so fast and I cant stand up", "heart_rate", triage.UrgencyEmergency},
		{"corazón lento", "mi corazón va muy lento y estoy mareado", "heart_rate", triage.UrgencyEmergency},
		{"arm not work", "my right arm not work and my talk is funny", "stroke", triage.UrgencyEmergency},
		{"breathing slow, sleepy", "the nurse gave me my sleep pills two times, my breathing is slow and I am so sleepy", "overdose", triage.UrgencyEmergency},
		{"head worst ever", "my head hurts worst ever, it came fast", "stroke", triage.UrgencyEmergency},
		{"cabeza bomba", "me duele la cabeza como una bomba", "stroke", triage.UrgencyEmergency},
		{"hand to elbow", "I spilled the pot, burned from my hand to my elbow", "burn_or_exposure", triage.UrgencyEmergency},
		{"foam at mouth", "he is shaking on the floor with foam at his mouth", "seizure", triage.UrgencyEmergency},
		{"no contesta, fría", "mi abuela no contesta y está fría", "unresponsive", triage.UrgencyEmergency},
		{"eyes open, no answer", "he sits with his eyes open but does not answer me", "unresponsive", triage.UrgencyEmergency},
		{"cut to die", "I cut my arms and want to cut more to die", "suicidal", triage.UrgencyEmergency},
		{"como 8 pastillas", "me tomé como 8 pastillas de mi tía", "overdose", triage.UrgencyEmergency},
		{"fast when running", "my heart is fast when I run, then it is ok", "", triage.UrgencyRoutine},
		{"small blister", "I burned my finger on the pan, small blister", "", triage.UrgencyRoutine},
		{"a dog foaming", "my dog is foaming at the mouth after eating a toad", "", triage.UrgencyRoutine},
		{"foaming with anger", "so angry I'm foaming at the mouth about this bill", "", triage.UrgencyRoutine},
		{"muero de risa", "me muero de risa con el video", "", triage.UrgencyRoutine},
		{"pills as told", "took 2 pills like the doctor said", "", triage.UrgencyRoutine},
		{"hijo en la escuela", "mi hijo no contesta el teléfono porque está en la escuela", "", triage.UrgencyRoutine},
		{"head a little", "my head hurts a little today", "", triage.UrgencyRoutine},
	})
}

// TestFindRedFlagsCaptions: emergencies told in a photo's caption
// (pictureRules, found by probe104) and figures of speech and explained
// events of South American and Spanish writers (found by probe105), in
// words other than those sets', and look-alikes.
func TestFindRedFlagsCaptions(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"app LOW", "pic of his dexcom, it says LOW 41 and he won't wake up properly", "glucose", triage.UrgencyEmergency},
		{"blood thrown up, dark on standing", "attached photo, I threw up blood twice and the room goes dark when I stand", "severe_bleeding", triage.UrgencyEmergency},
		{"rat poison in the mouth", "encontré a la nena con la caja de veneno para ratas y tiene bolitas en la boca", "overdose", triage.UrgencyEmergency},
		{"whole arm scalded", "the kettle tipped over, boiling water on her whole arm", "burn_or_exposure", triage.UrgencyEmergency},
		{"fever and a faint", "fiebre de 39.5 y se desmayó en la cocina", "sepsis", triage.UrgencyEmergency},
		{"kill oneself with pain", "tengo tanto dolor que me quiero matar", "suicidal", triage.UrgencyEmergency},

		{"after the stroke", "video de mi mamá caminando después del derrame, ya usa el bastón", "", triage.UrgencyUrgent},
		{"a temperature taken", "le tomé 38.5 y está jugando normal", "", triage.UrgencyRoutine},
		{"pain's degree", "my back hurts so bad I want to die lol, can I get in today?", "", triage.UrgencyUrgent},
		{"breath-holding", "mi hija cuando hace berrinche se pone morada y luego respira bien", "", triage.UrgencyRoutine},
		{"la guardia, todo bien", "me agarró un dolor de pecho el mes pasado, fui a la guardia y salió todo bien", "", triage.UrgencyRoutine},
		{"a pod licked, fine", "called poison control last night, she licked a dish pod, they said she's fine", "", triage.UrgencyRoutine},
		{"a good reading", "sugar app shows 120, all good", "", triage.UrgencyRoutine},
		{"pills given by mistake", "I gave her 12 tylenol instead of 2 by mistake", "overdose", triage.UrgencyEmergency},
		{"le di pastillas", "le di 10 pastillas de paracetamol a mi hijo sin querer", "overdose", triage.UrgencyEmergency},
		{"a dose in ml", "I gave my daughter 10 ml of tylenol at bedtime", "", triage.UrgencyRoutine},
		{"a pharmacy's count", "the pharmacy gave me 30 pills instead of 60", "", triage.UrgencyRoutine},
		{"a week's supply", "le di 10 pastillas para la semana", "", triage.UrgencyRoutine},
	})
}

// TestFindRedFlagsSport: emergencies of school and youth sport
// (sportRules, found by probe106), in words other than that set's, and
// look-alikes: a death at another school told as news, a faint that
// passed with nothing after it.
func TestFindRedFlagsSport(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"puck to the chest", "a puck hit him in the chest and he collapsed on the ice, the trainer is with him", "unresponsive", triage.UrgencyEmergency},
		{"pulse all over", "she's out of it after the race and her pulse is all over the place", "heart_rate", triage.UrgencyEmergency},
		{"faint then confused", "my daughter passed out at practice in the heat and now she is confused", "fainting", triage.UrgencyEmergency},
		{"desmayo y no se para", "se desmayó en el entrenamiento y ahora no se puede parar", "fainting", triage.UrgencyEmergency},

		{"rayas rojas y fiebre", "se me hicieron rayas rojas desde la cortada y tengo fiebre de 39", "sepsis", triage.UrgencyEmergency},
		{"news of a death", "a girl on another team collapsed and died last season, should my son get checked?", "", triage.UrgencyRoutine},
		{"went down hard", "he went down hard on a tackle, ankle is swollen but he can walk", "", triage.UrgencyRoutine},
	})
}

// TestFindRedFlagsAllergyAndModernMedicines: allergic reactions as they
// happen (allergyRules, found by probe107) and emergencies of today's
// medicines (modernRules, found by probe109), in words other than those
// sets', and look-alikes: a new pill's dizziness, a writer fighting sleep,
// a risk read about, a sealed bottle, seasonal allergies.
func TestFindRedFlagsAllergyAndModernMedicines(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"peanut eaten, lips", "my son has a peanut allergy and ate a cookie with peanuts, now his lips are swelling", "anaphylaxis", triage.UrgencyEmergency},
		{"bee sting, throat", "stung by a bee 5 minutes ago and my throat feels tight", "anaphylaxis", triage.UrgencyEmergency},
		{"contrast, wheezing", "after the CT contrast I'm wheezing and my face is puffy", "anaphylaxis", triage.UrgencyEmergency},
		{"first dose, tongue", "first dose of the new antibiotic and my tongue is swelling", "anaphylaxis", triage.UrgencyEmergency},
		{"shrimp, cough, red", "she ate shrimp, she's allergic, and now she's coughing and red all over", "anaphylaxis", triage.UrgencyEmergency},
		{"EpiPen used, still wheezy", "I used my EpiPen 20 minutes ago and I'm still wheezy", "anaphylaxis", triage.UrgencyEmergency},
		{"ozempic, pain to the back", "my wife started ozempic and her stomach pain goes to her back, she's vomiting", "acute_abdomen", triage.UrgencyEmergency},
		{"no water down, no urine", "3 days of vomiting, can't keep water down and I haven't peed since yesterday", "dehydration", triage.UrgencyEmergency},
		{"melatonin gummies, hard to wake", "my toddler ate half a bottle of melatonin gummies and is hard to wake", "overdose", triage.UrgencyEmergency},
		{"fever 104, racing heart", "fever 104 and my heart is racing after the diet pills", "sepsis", triage.UrgencyEmergency},
		{"new pill, dizzy on standing", "new blood pressure pill makes me a little dizzy when I stand", "", triage.UrgencyUrgent},
		{"awake at work", "I'm so tired I can barely stay awake at work after the antihistamine", "", triage.UrgencyUrgent},
		{"read about it", "I read that ozempic causes pancreatitis, is that true? I have no symptoms", "", triage.UrgencyRoutine},
		{"bottle still sealed", "she grabbed the gummy bottle but it was still sealed", "", triage.UrgencyRoutine},
		{"seasonal allergies", "seasonal allergies, my eyes are puffy every spring", "", triage.UrgencyRoutine},
	})
}

// TestFindRedFlagsLivingOutdoors: emergencies of people living outdoors
// (streetRules and engine fixes, found by probe108), in words other than
// that set's, and look-alikes: an earlier episode told to plan the next,
// a seizure that stopped.
func TestFindRedFlagsLivingOutdoors(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"kicked in the head", "they kicked him in the head last night and today he keeps throwing up and is really drowsy", "trauma", triage.UrgencyEmergency},
		{"no sweat in the sun", "been in the sun all afternoon and I stopped sweating, so dizzy", "heat_stroke", triage.UrgencyEmergency},
		{"seizure not stopped", "a guy at the shelter is having a seizure that hasn't stopped", "seizure", triage.UrgencyEmergency},
		{"his claim of fine", "chest pain an hour, sweating and pale, keeps saying he's fine", "chest_pain", triage.UrgencyEmergency},
		{"now after last time", "last time I checked he was breathing, now he's not breathing", "breathing", triage.UrgencyEmergency},

		{"an earlier episode", "Last time I stopped drinking I had a seizure and woke up in the ER, can you help me taper this time?", "", triage.UrgencyUrgent},
		{"a vet's word", "our cat ate a lily and I almost had a heart attack lol, the vet says she's fine", "", triage.UrgencyRoutine},
	})
}

// TestFindRedFlagsSittersAndFaces: emergencies told by people minding a
// child (sitterRules, found by probe111) and of adults' face, eyes and ears
// (faceRules, found by probe110), in words other than those sets', and
// look-alikes.
func TestFindRedFlagsSittersAndFaces(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"pill organizer open", "grandpa's pill organizer is open and the Monday box is empty, the baby is really sleepy", "overdose", triage.UrgencyEmergency},
		{"under the sink", "she drank something from under the sink and now she's drooling a lot", "overdose", triage.UrgencyEmergency},
		{"sanitizer", "he drank most of a bottle of hand sanitizer and he's stumbling", "overdose", triage.UrgencyEmergency},
		{"cord on the neck", "the blind cord was wrapped around her neck, she's coughing and her voice is hoarse", "breathing", triage.UrgencyEmergency},
		{"chest sinking", "after the bead went in his mouth he's wheezing and his chest is sinking in", "breathing", triage.UrgencyEmergency},
		{"tablespoon tylenol", "I used a tablespoon instead of the syringe for her tylenol all day", "overdose", triage.UrgencyEmergency},
		{"jaw after a fall", "fell off my bike, my jaw is crooked and my mouth is full of blood", "trauma", triage.UrgencyEmergency},
		{"eye gone grey", "the vision in my left eye went grey twenty minutes ago", "stroke", triage.UrgencyEmergency},
		{"hearing and spinning", "lost the hearing in my right ear all at once and the room is spinning", "stroke", triage.UrgencyEmergency},

		{"organizer refill", "my pill organizer is empty, can you refill my lisinopril?", "", triage.UrgencyRoutine},
		{"headphone cord", "his headphone cord got tangled around his neck on the bus, no marks, he's fine", "", triage.UrgencyRoutine},
		{"blurry when tired", "my eyes get blurry when I'm tired at night, I need new glasses", "", triage.UrgencyRoutine},
	})
}

// TestFindRedFlagsAdmittedFor: a patient "admitted" for a sign is being
// treated (probe112: a seizure at home, "they admitted her for
// observation", in a cancellation), for today; "she admitted she took 30
// pills" is a confession, and a sign still going on in hospital stays an
// emergency.
func TestFindRedFlagsAdmittedFor(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"admitted for it", "cancel his check-up, he had a seizure Sunday and they admitted him overnight, he's doing better", "", triage.UrgencyRoutine},
		{"a confession", "my daughter admitted she took 30 of my pills", "overdose", triage.UrgencyEmergency},
		{"still in hospital", "they admitted him for chest pain and he's still having chest pain", "chest_pain", triage.UrgencyEmergency},
	})
}

// TestFindRedFlagsInternalMedicine: found by probe113 (an internal
// medicine practice's typical fortnight), in other words: a farewell in a
// cancellation with pills saved; a denial with "no estoy pensando en"; a
// breathlessness on the stairs; a high sugar on a sick day.
func TestFindRedFlagsInternalMedicine(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"farewell with pills", "cancel everything please. I've made my peace, I'll be with my husband again soon, and I have enough of my pills saved up", "suicidal", triage.UrgencyEmergency},
		{"sick-day sugar", "tengo gripa y mi azúcar está en 310 desde ayer", "needs_today", triage.UrgencyUrgent},

		{"a denial", "No estoy pensando en hacerme daño, solo quiero hablar con alguien", "", triage.UrgencyUrgent},
		{"breathless on the stairs", "me falta el aire cuando subo al segundo piso, ¿me pueden ver esta semana?", "", triage.UrgencyRoutine},
		{"a knee better", "cancel my PT, I won't be needing it, my knee is better. thanks for everything!", "", triage.UrgencyRoutine},
	})
}

// TestFindRedFlagsYoungParentsAndFlu: emergencies of young parents
// (youngParentRules, found by probe115) and of adults with flu or COVID at
// home (respiratoryRules and others, found by probe114), in words other
// than those sets', and look-alikes.
func TestFindRedFlagsYoungParentsAndFlu(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"ectopic", "test came out positive last week and now a sharp pain on my left side and my shoulder hurts", "high_risk_signs", triage.UrgencyEmergency},
		{"cord", "my water broke and I think I feel the cord coming out", "high_risk_signs", triage.UrgencyEmergency},
		{"baby off the bed", "the baby rolled off the bed, he's 6 weeks old and has a soft bump", "high_risk_signs", triage.UrgencyEmergency},
		{"clots after birth", "gave birth 5 days ago and bleeding a lot with huge clots, I feel weak", "severe_bleeding", triage.UrgencyEmergency},
		{"too fast to talk", "my breathing is so fast I can't talk on the phone, fever 103", "breathing", triage.UrgencyEmergency},
		{"nearly fainted", "nearly passed out on the way to the kitchen and my wife says I look gray", "fainting", triage.UrgencyEmergency},

		{"covid positive", "positive covid test today, a little pain in my side when I cough", "", triage.UrgencyRoutine},
		{"read about it", "I keep reading that blood clots happen after covid, I have no symptoms, should I worry?", "", triage.UrgencyRoutine},
		{"a speck of blood", "coughed up a tiny speck of blood once yesterday, none since", "", triage.UrgencyUrgent},
	})
}
