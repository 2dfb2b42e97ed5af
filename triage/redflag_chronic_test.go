package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// TestFindRedFlagsChronic holds the classes found by probe31: emergencies
// of patients with a long illness that look like one of their usual bad
// days (repeated defibrillator shocks, a missed dialysis, acute chest in
// sickle cell, ketoacidosis, blue fingers on home oxygen, a bleeding
// access, a plan to die told as a cancellation), and the look-alikes that
// must stay below emergency: history, hypotheticals, a single shock, a
// routine device check, a usual saturation.
func TestFindRedFlagsChronic(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		// Two or more shocks from an implanted defibrillator, even when
		// the patient feels well after; one shock is for today.
		{"icd zapped three times", "my ICD zapped me 3 times during dinner, feel alright now", "repeated_shocks", triage.UrgencyEmergency},
		{"defib fired twice", "defib fired twice this afternoon while I was gardening, should I just send a transmission", "repeated_shocks", triage.UrgencyEmergency},
		{"keeps shocking", "my defibrillator keeps shocking me", "repeated_shocks", triage.UrgencyEmergency},
		{"varias descargas", "el desfibrilador me dio varias descargas seguidas anoche, ya me siento bien", "repeated_shocks", triage.UrgencyEmergency},
		{"two shocks from the dai", "dos choques del DAI en una hora, ¿espero a mi cita?", "repeated_shocks", triage.UrgencyEmergency},
		{"spanglish shocks", "mi defib me dio two shocks hoy en la mañana", "repeated_shocks", triage.UrgencyEmergency},
		{"shocked by it twice", "got zapped by my defib twice since lunch", "repeated_shocks", triage.UrgencyEmergency},
		{"2x", "ICD went off 2x this morning", "repeated_shocks", triage.UrgencyEmergency},
		{"jolts back to back", "my AICD gave me two jolts back to back, I'm fine now", "repeated_shocks", triage.UrgencyEmergency},
		{"a bunch of times", "his defib went off a bunch of times after dinner", "repeated_shocks", triage.UrgencyEmergency},
		{"second time today", "my defibrillator shocked me again, that's the second time today", "repeated_shocks", triage.UrgencyEmergency},
		{"one shock", "my ICD shocked me once this morning, I feel fine", "needs_today", triage.UrgencyUrgent},
		{"una descarga", "el desfibrilador me dio una descarga ayer, estoy bien", "needs_today", triage.UrgencyUrgent},
		{"device check", "need to move my defibrillator check to next Thursday", "", triage.UrgencyRoutine},
		{"shocks in the past", "I had two shocks from my ICD back in 2019 and they changed my meds", "", triage.UrgencyRoutine},
		{"electric shock still", "my son got an electric shock from the outlet and his hand is numb", "electric_shock", triage.UrgencyEmergency},
		{"descargas eléctricas", "mi papá recibió descargas eléctricas arreglando el cable", "electric_shock", triage.UrgencyEmergency},
		// A dialysis missed with weakness, a skipping heart or no breath.
		{"skipped dialysis weak", "skipped dialysis on monday, now my legs are weak and my heart is fluttering", "high_risk_signs", triage.UrgencyEmergency},
		{"no fui a dialisis", "no fui a la diálisis del jueves y siento el pecho raro y las piernas pesadas", "high_risk_signs", triage.UrgencyEmergency},
		{"didnt go dialysis spanglish", "didn't go to my dialisis ayer, me siento muy débil", "high_risk_signs", triage.UrgencyEmergency},
		{"legs like jelly", "my dad skipped his dialysis on saturday and says his legs feel like jelly", "high_risk_signs", triage.UrgencyEmergency},
		{"havent been", "haven't been to dialysis since friday and I feel so weak", "high_risk_signs", triage.UrgencyEmergency},
		{"se me pasó la diálisis", "se me olvidó la diálisis del sábado y ahora me siento débil y con el corazón acelerado", "high_risk_signs", triage.UrgencyEmergency},
		{"move dialysis", "can I move my dialysis from friday to saturday next week?", "", triage.UrgencyRoutine},
		{"missed dialysis, fine", "I missed dialysis yesterday because of the snow, can I come tomorrow?", "", triage.UrgencyRoutine},
		// Fever on chemotherapy or after a transplant, whatever the
		// number and however told.
		{"chemo running 100", "on chemo and running 100.2 since dinner", "immunocompromised_fever", triage.UrgencyEmergency},
		{"transplant febrile", "liver transplant in march, febrile tonight", "immunocompromised_fever", triage.UrgencyEmergency},
		{"quimio tengo 38", "estoy en quimio y tengo 38 desde la tarde", "immunocompromised_fever", triage.UrgencyEmergency},
		{"chemo dose", "my chemo pills are 100 mg, can I get a refill?", "", triage.UrgencyRoutine},
		{"transplant 100.9", "kidney transplant in may, 100.9 this evening", "immunocompromised_fever", triage.UrgencyEmergency},
		{"chemo platelets", "on chemo, platelets 100 on friday's labs", "", triage.UrgencyRoutine},
		// Acute chest and high fever in sickle cell disease.
		{"sickle cell chest", "my son with sickle cell says his chest hurts and he can't take a deep breath", "acute_chest", triage.UrgencyEmergency},
		{"falciforme pecho", "mi hija tiene anemia falciforme y le duele el pecho al respirar", "acute_chest", triage.UrgencyEmergency},
		{"sickle fever 39", "tengo drepanocitosis y tengo 39 de fiebre", "acute_chest", triage.UrgencyEmergency},
		{"sickle low fever", "sickle cell, temp 99.8, usual leg pain, no chest pain", "needs_today", triage.UrgencyUrgent},
		{"sickle trait x-ray", "my daughter has sickle cell trait, are her chest x-ray results back?", "", triage.UrgencyUrgent},
		// Ketoacidosis told by its smell, the sugar told after the
		// vomiting, or ketones.
		{"acetone breath", "my 10 yo type 1 keeps throwing up and his breath smells like nail polish remover", "glucose", triage.UrgencyEmergency},
		{"huele a fruta", "mi niño es diabético y le huele el aliento a fruta, está muy cansado", "glucose", triage.UrgencyEmergency},
		{"vomiting then 380", "been vomiting all night, sugar is 380", "glucose", triage.UrgencyEmergency},
		{"sugar then puking", "glucose 410 and keeps puking, he's type 1", "glucose", triage.UrgencyEmergency},
		{"large ketones", "type 1, ketones large on the strip and he's puking", "glucose", triage.UrgencyEmergency},
		{"ketones negative", "type 1 here, ketones negative, stomach bug with some vomiting", "vomiting", triage.UrgencyUrgent},
		// Blue or grey fingers; a saturation read as now, not as usual.
		{"grey fingertips", "mom is on home oxygen and her fingertips look grey", "breathing", triage.UrgencyEmergency},
		{"dedos morados", "mi papá usa oxígeno en casa y tiene los dedos morados", "breathing", triage.UrgencyEmergency},
		{"purple fingers", "on home O2 and his fingers look purple", "breathing", triage.UrgencyEmergency},
		{"oxygen dropped", "my oxygen dropped to 82 on 3 liters", "breathing", triage.UrgencyEmergency},
		{"painted nails", "she painted her nails blue for the party", "", triage.UrgencyRoutine},
		{"usual saturation", "my sats usually run 88 on my home oxygen, that's my normal", "", triage.UrgencyUrgent},
		// A dialysis access or dressing that keeps bleeding.
		{"fistula won't stop", "my fistula started bleeding again at home and it won't stop", "severe_bleeding", triage.UrgencyEmergency},
		{"through the dressing", "bleeding through the dressing after my port was taken out", "severe_bleeding", triage.UrgencyEmergency},
		{"15 minutes pressure", "still bleeding from the needle site after 15 minutes of pressure", "severe_bleeding", triage.UrgencyEmergency},
		{"media hora sangrando", "tomo warfarina y me corté, llevo media hora sangrando", "severe_bleeding", triage.UrgencyEmergency},
		{"nosebleed last year", "had a nosebleed for an hour last year, can I see ENT?", "", triage.UrgencyRoutine},
		{"fistula question", "is it normal for my fistula to bleed a little after dialysis?", "", triage.UrgencyRoutine},
		// Pills put aside for an end, and a farewell told as a
		// cancellation, in English, Spanish and Spanglish.
		{"pills for tonight", "I saved a big stash of my oxy and tonight is it", "suicidal", triage.UrgencyEmergency},
		{"junté pastillas", "ya junté un montón de pastillas, esta noche se acaba todo", "suicidal", triage.UrgencyEmergency},
		{"cancel, not around", "please cancel all my appointments, I won't be around much longer", "suicidal", triage.UrgencyEmergency},
		{"cancela no voy a estar viva", "cancela todas mis citas porfa, I'm tired, no voy a estar viva para entonces", "suicidal", triage.UrgencyEmergency},
		{"cancel spanglish", "cancel mis citas, ya no las voy a necesitar, estoy harta de todo", "suicidal", triage.UrgencyEmergency},
		{"goodbye said, cancel", "ya me despedí de mis hijos, cancel my appointments", "suicidal", triage.UrgencyEmergency},
		{"tired, not here", "ya me cansé de todo, cancelen mis citas porque no voy a estar aquí", "suicidal", triage.UrgencyEmergency},
		{"fired, cancel", "me despidieron del trabajo, cancelen mis citas porque no tengo seguro", "", triage.UrgencyRoutine},
		{"ending it with him", "I'm ending it with my boyfriend, please cancel our couples session", "", triage.UrgencyRoutine},
		{"cancel, feeling better", "cancel my physio, won't need it anymore, my knee is much better", "", triage.UrgencyRoutine},
		{"cancel, out of town", "cancelen mi cita, ya no voy a estar aquí en diciembre", "", triage.UrgencyRoutine},
		{"plan and done", "please cancel my infusions, I'm done with all of it and I have a plan", "suicidal", triage.UrgencyEmergency},
		{"hospice plan", "we have a plan for hospice, please cancel his appointments", "", triage.UrgencyRoutine},
		{"saved on pills", "I saved a lot on my pills with the coupon, thanks", "", triage.UrgencyRoutine},
		{"saving on meds tonight", "been saving on my meds with goodrx but the discount ends tonight", "", triage.UrgencyRoutine},
		{"pills hidden from kids", "I hid my pills from the grandkids, they are staying over tonight", "", triage.UrgencyRoutine},
		// Stroke signs in a person with dementia told as sundowning.
		{"sundowning and droop", "grandma has dementia and is sundowning, but tonight her face is drooping on the left", "stroke", triage.UrgencyEmergency},
		{"demencia brazo", "mi mamá tiene demencia y hoy de repente no puede mover el brazo derecho", "stroke", triage.UrgencyEmergency},
		{"plain sundowning", "dad with alzheimer's is sundowning again, pacing like every evening", "", triage.UrgencyRoutine},
		// Heart failure with breathlessness lying down.
		{"hf sleeps sitting", "mom has CHF and since yesterday she can only sleep sitting up", "heart_failure", triage.UrgencyEmergency},
		{"insuficiencia no puede acostarse", "mi papá tiene insuficiencia cardiaca y no puede acostarse plano, se ahoga", "heart_failure", triage.UrgencyEmergency},
		{"hf always recliner", "I have heart failure and always sleep in my recliner because of my back", "", triage.UrgencyRoutine},
		// Potassium: the 9 of "5.9" is not a 9.
		{"potassium 7.4", "potassium came back 7.4 this morning", "critical_lab", triage.UrgencyEmergency},
		{"potassium 5.8", "my potassium was 5.8 last week", "", triage.UrgencyRoutine},
	})
}
