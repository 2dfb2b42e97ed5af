package triage_test

import (
	"context"
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// An emergency sign already seen to, named in an errand (a bill, a form, a
// follow-up the emergency room asked for, a cancelled visit, thanks), is
// routine: the errand is what is asked. Told any other way, or told as
// now, it keeps its urgency; signs of the mind and a pregnancy lost are
// never set aside.
func TestFindRedFlagsSeenInAnErrand(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		// Set aside: the errand is what is asked.
		{"ambulance bill", "I got a bill for the ambulance from when I had my seizure in June, insurance says it's not covered", "", triage.UrgencyRoutine},
		{"factura", "me llegó una factura de la ambulancia de cuando me desmayé en agosto, ¿no lo cubría el seguro?", "", triage.UrgencyRoutine},
		{"follow-up the ER asked for", "went to the ER Saturday for chest pain, EKG and bloodwork normal, they said follow up with my PCP in a week. can I get in?", "", triage.UrgencyRoutine},
		{"seguimiento", "hace dos semanas tuve dolor de pecho, fui a urgencias y todo salió normal, me dijeron que sacara cita de seguimiento", "", triage.UrgencyRoutine},
		{"cancelled, in hospital", "please cancel my husband's appointment Thursday, he's still in inpatient rehab after his stroke", "", triage.UrgencyRoutine},
		{"thanks", "I want to thank the nurse who told me to call 911 last month. It was a heart attack and I got a stent, home now recovering", "", triage.UrgencyRoutine},
		{"a neighbour's", "my neighbor had a heart attack last week and it scared me, can I get a checkup and my cholesterol checked?", "", triage.UrgencyRoutine},
		{"a form, months on", "the DMV mailed me a form because of my seizure in March, can the doctor fill it out?", "", triage.UrgencyRoutine},
		{"a known pattern", "Jamie had one of his usual seizures at 3pm, 45 seconds, stopped on its own, back to himself now. Can we book his neurology follow up?", "", triage.UrgencyRoutine},
		{"then the epipen", "she had hives and swollen lips after cashews 2 weeks ago, the ER treated her and she's been fine since. They gave us an epipen rx, can we get the allergist referral?", "", triage.UrgencyRoutine},

		// Kept: not seen to, or told as now, or a sign no errand sets aside.
		{"this morning, not seen", "had chest pain this morning, it went away after a few minutes, can I get an appointment?", "chest_pain", triage.UrgencyUrgent},
		{"a form, this week", "the DMV needs this form filled because of my seizure this week", "seizure", triage.UrgencyUrgent},
		{"not again, not seen", "mi hija tuvo una convulsión hace tres semanas. No le ha vuelto a pasar, ¿necesita cita?", "", triage.UrgencyUrgent},
		{"a pregnancy lost", "I had a miscarriage last week and was treated at the ER, please cancel my ultrasound", "pregnancy_bleeding", triage.UrgencyUrgent},
		{"now, with an errand", "cancel my appointment, I'm having chest pain right now and my arm is numb", "chest_pain", triage.UrgencyEmergency},
		{"seen, and back now", "the ER said my chest pain was reflux last week but now it's back and worse, can I get a follow up?", "chest_pain", triage.UrgencyEmergency},
	})
}

// A capitalised word inside a sentence is a name as written: the speller
// leaves it alone, so a child called Mateo is no "mareo" (dizziness).
func TestSpellerLeavesNames(t *testing.T) {
	cl, err := triage.NewDefault(triage.Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"Cancelo la cita de Mateo para el martes, gracias",
		"Hi, I need to make an appt for my son Mateo for his 4 year checkup",
	} {
		res, err := cl.Classify(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if res.Urgency != triage.UrgencyRoutine || len(res.RedFlags) > 0 {
			t.Errorf("%q: got %s with flags %+v, want routine without flags", text, res.Urgency, res.RedFlags)
		}
	}
	// A misspelt sign opening a sentence is still read.
	for _, text := range []string{"Chset pain since this morning and it's getting worse", "Hi. Chset pain since this morning and it's getting worse"} {
		if flags := triage.FindRedFlags(text); len(flags) == 0 {
			t.Errorf("%q: a misspelt sign opening a sentence lost its flag", text)
		}
	}
}

// Found by the fresh sets written after the errand readings (probe208):
// a sign quiet since a visit that found it well is seen to; a new
// patient's "moved here … high blood pressure" is no baby not moving
// with bleeding; "parking is a nightmare" is no trauma's nightmares, but
// a gun kept by someone with nightmares is for a clinician today.
func TestFindRedFlagsFreshErrands(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"quiet since, seen to", "Had chest pain 2 weeks ago, went to the ER, they did an EKG and blood work, all normal, said probably a pulled muscle. No pain since then. Do I need to follow up with you?", "", triage.UrgencyRoutine},
		{"the ER's report", "Hola, me atendieron en la sala de emergencias del Memorial hace 2 semanas por un ataque de asma. ¿Ya les llegó el reporte? Ya estoy bien", "", triage.UrgencyRoutine},
		{"moved here", "Just moved here from Ohio. I have high blood pressure and thyroid issues. Do you take Aetna?", "", triage.UrgencyRoutine},
		{"a nightmare of a car park", "survey link didn't work so I'll put it here: parking is a nightmare, staff were great", "", triage.UrgencyRoutine},
		{"a gun and nightmares", "He keeps a loaded pistol in the nightstand. He is NOT suicidal, but I'm scared he'll grab it during a nightmare", "needs_today", triage.UrgencyUrgent},
		{"not moving, bleeding", "34 weeks and the baby hasn't moved since this morning and now I'm bleeding", "pregnancy_bleeding", triage.UrgencyEmergency},
	})
}

// Found by probe209: a blood thinner after a stent, or an anti-seizure
// medicine, run out for days is for a clinician today, whatever else the
// message asks.
func TestFindRedFlagsThinnersRunOut(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"brilinta", "Need help with a billing question from my stent in August. Separately, I ran out of my Brilinta two days ago because the mail order is late", "out_of_medication", triage.UrgencyUrgent},
		{"clopidogrel", "a mi papá le pusieron un stent hace 3 meses. Se le acabó el clopidogrel hace 3 días y el seguro no lo quiere surtir hasta el lunes", "out_of_medication", triage.UrgencyUrgent},
		{"carbamazepina", "Se me acabó la carbamazepina hace dos días y la farmacia no la tiene", "out_of_medication", triage.UrgencyUrgent},
		{"a refill ahead", "can I get a refill of my clopidogrel, I have two weeks left", "", triage.UrgencyRoutine},
	})
}

// Found by probe209: an emergency dated by its day ("Aug 2", "on the
// 3rd") or named as what a stay or a follow-up came after is past, and
// in an errand routine; a cause and the sign that followed it is not.
func TestFindRedFlagsDatedAndAfter(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"a short month", "my employer needs a return to work form. I had my heart attack Aug 2, stent placed, finished cardiac rehab", "", triage.UrgencyRoutine},
		{"an ordinal day", "I can't find my discharge summary in the portal from when I was admitted for the seizure on the 3rd", "", triage.UrgencyRoutine},
		{"después de", "Confirmo la cita de mañana para el seguimiento después de mi hospitalización por el ataque al corazón. Me siento bien", "", triage.UrgencyRoutine},
		{"after, not an errand", "the neurologist wants an EEG after the seizure, is that normal?", "seizure", triage.UrgencyUrgent},
		{"a cause, then the sign", "despues de la inyeccion de penicilina se me hincho la cara, me pica la garganta y me siento que me desmayo", "", triage.UrgencyEmergency},
		{"a surgery, then sepsis", "Después de la operación del apéndice (hace 4 días) tengo fiebre de 39.2, temblores, la herida está sacando pus con mal olor y el corazón me late muy rápido", "", triage.UrgencyEmergency},
	})
}

// Distress of the mind told in the ordinary course of care is for a
// clinician in days; asked for today, not coping, a new baby or words of
// dying keep it urgent.
func TestFindRedFlagsMindSettled(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"a panic attack passed", "Had what I think was a panic attack at Target yesterday, my hands tingled. Passed in about 10 min and I'm fine now. I'd like to talk to someone about anxiety", "", triage.UrgencyRoutine},
		{"ya se me pasó", "Ayer me dio un ataque de ansiedad en el metro, ya se me pasó y estoy en casa tranquila. Quería cita para hablarlo con mi médico", "", triage.UrgencyRoutine},
		{"a counselor, safe", "Since the loss I've been crying a lot. I'm not going to hurt myself, I just need to talk to someone. Do you have a counselor you refer to?", "", triage.UrgencyRoutine},
		{"today", "Had a bad panic attack this morning, it passed but I'm still shaky. Can someone call me back today about my meds?", "mental_health", triage.UrgencyUrgent},
		{"every day", "tengo ataques de pánico todos los días esta semana, no me quiero hacer daño, solo necesito hablar con alguien", "mental_health", triage.UrgencyUrgent},
		{"not coping", "I'm not going to hurt myself but I can't function, I need to talk to someone, can I get a therapist?", "mental_health", triage.UrgencyUrgent},
		{"a new baby", "Desde que nació mi bebé lloro todos los días. No pienso hacerme daño, pero necesito hablar con alguien. ¿Me refieren a un psicólogo?", "mental_health", triage.UrgencyUrgent},
		{"not wanting to be here", "A few weeks ago I had thoughts of not wanting to be here. I'm safe now, no plan, but I need to talk to someone. Can you refer me?", "mental_health", triage.UrgencyUrgent},
	})
}

// Found by probe210–probe212 (a safety-net clinic's fortnight, a
// multi-specialty group's, and distress of the mind in a primary-care
// inbox).
func TestFindRedFlagsFreshInboxes(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		// Critical medicines running out: urgent; in weeks, not.
		{"keppra runs out", "My daughter's seizure medicine (Keppra) runs out tomorrow and the pharmacy said no refills left. Please send today!!", "out_of_medication", triage.UrgencyUrgent},
		{"days of pills left", "my medi-cal got cut off and now the pharmacy wont fill my seizure meds without paying, I have 2 days of pills left", "out_of_medication", triage.UrgencyUrgent},
		{"in weeks", "he needs a new psychiatrist before his lithium runs out in about 3 weeks. Can we get a referral?", "", triage.UrgencyRoutine},
		// Seen to, but wanted within hours.
		{"within 48 hours", "I went to the ER Saturday for heart palpitations. Troponin was fine but they heard a new murmur and said I need to see cardiology within 48 hours. Can you put in the referral?", "", triage.UrgencyUrgent},
		// A weapon and a target; pills at hand.
		{"a rifle and a reckoning", "I'm done. I know where my supervisor lives and I've got my dad's rifle in the truck. Everyone who laughed at me is going to find out tonight.", "violence", triage.UrgencyEmergency},
		{"pills at hand", "I need to talk to someone tonight. like right now. I'm not ok and I've got a bottle of pills next to me and I keep picking it up", "suicidal", triage.UrgencyEmergency},
		{"pills for a headache", "I keep a bottle of pills next to me for my migraines, can I get a refill?", "", triage.UrgencyRoutine},
		// Sudden confusion in a run-on voice message, an older illness
		// dated in its own clause.
		{"confused since this morning", "he's been so confused since this morning he didn't know who I was for a minute he's never been like this before he was fine yesterday and he had a UTI last month", "sudden_confusion", triage.UrgencyEmergency},
		// Signs of the mind for a clinician today.
		{"what's the point", "Since my mom died he's barely eating and keeps saying things like 'what's the point anymore'. He hasn't said he would hurt himself", "", triage.UrgencyUrgent},
		{"a chip in my arm", "I know the voices are right, the nurses put a chip in my arm with my last shot. Cancel the injection", "mental_health", triage.UrgencyUrgent},
		{"escuchando voces", "Mi hijo de 19 años está escuchando voces desde hace una semana y casi no duerme", "mental_health", triage.UrgencyUrgent},
		{"intrusive thoughts", "I keep having flashes of thoughts about my baby getting hurt, like dropping her down the stairs. She's 5 weeks old. I would never.", "mental_health", triage.UrgencyUrgent},
		{"after a psychiatric stay", "I was discharged from the psych unit on Tuesday. They told me to follow up with you within 7 days", "mental_health", triage.UrgencyUrgent},
		// A wish to join the dead, its denial unclear: the layer escalates.
		{"irse con ella", "Desde que murió mi mamá él ya no come, y ayer me dijo que ya se quiere ir con ella. No ha dicho que se vaya a hacer algo", "suicidal", triage.UrgencyEmergency},
	})
}

// Found by probe213–probe215 (past emergencies in errands, a pediatric
// fortnight, the line between urgent and routine).
func TestFindRedFlagsFreshLine(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"pills saved up", "Can you send my records from my hospital stay after the overdose in March? Honestly I've been thinking about doing it again, I have pills saved up.", "suicidal", triage.UrgencyEmergency},
		{"weight in days", "Since my heart attack in June I've been ok but this week my ankles are really swollen and I gained 6 lbs in 4 days", "needs_today", triage.UrgencyUrgent},
		{"suspicious for malignancy", "I just saw my CT report on the portal and it says 'spiculated nodule, suspicious for malignancy'. Nobody has called me", "needs_today", triage.UrgencyUrgent},
		{"a good skin cancer", "Got my path report: basal cell carcinoma. Dr said it's the 'good' skin cancer and Mohs is next", "", triage.UrgencyRoutine},
		{"se le acaba mañana", "el medicamento para las convulsiones de mi hija (lamotrigina) se le acaba mañana y la farmacia dice que necesitan autorización", "out_of_medication", triage.UrgencyUrgent},
		{"ya casi se acaba", "el doctor me manda la receta del inhalador? ya casi se acaba", "", triage.UrgencyRoutine},
		{"slipped on a wet floor", "My mom slipped on the wet floor this morning and hurt her wrist, it is swollen", "injury", triage.UrgencyUrgent},
		{"the bill came again", "me llegó otra vez el cobro de la ambulancia de cuando mi esposo se cayó del techo en mayo", "", triage.UrgencyRoutine},
	})
}

// Found by probe216–probe218 (an OB/GYN fortnight, older adults, a
// Spanish-only clinic).
func TestFindRedFlagsFreshElders(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"sepsis by its vitals", "LPN writing re: resident. T 102.9 this afternoon, new onset confusion, BP 86/48, HR 118, RR 26. Please call back", "sepsis", triage.UrgencyEmergency},
		{"low pressure alone", "my blood pressure is 88/58, it's always been low, is that ok?", "", triage.UrgencyRoutine},
		{"days without drinking", "Dad hasn't had anything to drink since Saturday. Today he's barely making sense", "dehydration", triage.UrgencyEmergency},
		{"weight up since", "He has heart failure and his weight is up 5 lbs since Monday, his shoes won't go on", "needs_today", triage.UrgencyUrgent},
		{"a wrist after a fall", "I fell yesterday evening on the icy step and caught myself with my hand. Now my wrist is swollen and purple", "injury", triage.UrgencyUrgent},
		{"pressure after a birth", "9 days postpartum. My BP cuff read 150/98 last night and I've had a headache since yesterday. No vision changes.", "pregnancy_concern", triage.UrgencyUrgent},
		{"suspicious, biopsy", "The mammogram report said suspicious, biopsy recommended, and it's been 3 weeks", "needs_today", triage.UrgencyUrgent},
	})
}

// Found by probe219–probe221 (adult and child emergencies with their
// look-alikes, a rural fortnight).
func TestFindRedFlagsFreshRural(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"jaw and shoulder blades", "I'm 58 and have felt off all morning. Nauseous, wiped out, and now my jaw and between my shoulder blades ache and I get winded just walking to the bathroom", "heart_attack", triage.UrgencyEmergency},
		{"a palsy and a heavy arm", "my face went numb on the left and only half my mouth moves. left arm feels heavy too. i had bells palsy years ago so its probably that again right?", "stroke", triage.UrgencyEmergency},
		{"a palsy, limbs normal", "Diagnosed with Bell's palsy at urgent care yesterday, they said arms and legs all normal. Right side of my face is droopy", "stroke", triage.UrgencyUrgent},
		{"hiding in the bathroom", "Mi hija me acaba de decir que su padrastro le hace cosas y él está aquí en la casa. Tengo miedo, estamos encerradas en el baño", "violence", triage.UrgencyEmergency},
		{"a calf after a drive", "My left calf has been swollen since the long drive back on Sunday and now it's tender and warm to touch. No trouble breathing", "needs_today", triage.UrgencyUrgent},
		{"not working hard", "noisy snorty breathing when she sleeps, but she's eating, happy, and not working hard to breathe. Is saline ok?", "", triage.UrgencyRoutine},
		{"read something", "ayer en la piscina mi hijo tragó agua y tosió un poquito, ya se le pasó y anda normal. leí algo del ahogamiento secundario, hay que preocuparse?", "drowning", triage.UrgencyUrgent},
		{"the ER said", "Following up from last week - Sophie had her first seizure and the ER said to get a neurology referral. Has that been sent?", "", triage.UrgencyRoutine},
	})
}

// Found by probe222–probe224 (emergencies told in Spanish, complex
// chronic illness, teenagers in their own voice).
func TestFindRedFlagsFreshComplex(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"on the bridge", "le dije a mi novio que me iba a matar y ahorita estoy en el puente. no sé ni pa qué les escribo", "suicidal", triage.UrgencyEmergency},
		{"killing time on a bridge", "fuimos a matar el tiempo en el puente de la ciudad, muy bonito", "", triage.UrgencyRoutine},
		{"holding on to oxycodone", "I'm done with treatment and done with all of it. I've been holding on to my oxycodone and I have enough now. Please make sure my cat goes to my sister.", "suicidal", triage.UrgencyEmergency},
		{"one side, bleeding, nearly fainting", "me tomé la pastilla del día siguiente hace unas semanas y ahora tengo un dolor bien fuerte de un lado abajo, estoy sangrando y casi me desmayo", "ectopic", triage.UrgencyEmergency},
		{"sepsis after surgery", "Me operaron de la vesicula hace 5 dias y tengo fiebre de 39,5, tiritona, el corazon a mil y estoy muy mareada", "sepsis", triage.UrgencyEmergency},
		{"clear fluid after a blow", "se ha dado en la cabeza, no recuerda nada de lo que paso, pregunta lo mismo una y otra vez", "head_injury", triage.UrgencyEmergency},
		{"a child's abuse, bleeding", "mi niña de 6 años me acaba de decir que su padrastro le hizo cosas y esta sangrando", "sexual_assault", triage.UrgencyEmergency},
		{"a stoma's bag of blood", "ileostomy bag keeps filling with dark red blood, about a cup each time with clots. Dizzy when I stand", "severe_bleeding", triage.UrgencyEmergency},
		{"a fistula that will not stop", "My fistula started bleeding again. Been holding pressure 25 min and it's still coming through, the towel is soaked", "severe_bleeding", triage.UrgencyEmergency},
		{"shocks counted", "My ICD shocked me 3 times in the past 15 minutes. Heart still feels like it's racing", "repeated_shocks", triage.UrgencyEmergency},
	})
}

// Found by probe225–probe227 (injuries at work and outdoors, messages
// from third parties, an internal-medicine fortnight).
func TestFindRedFlagsFreshThirdParties(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"head hit, same questions", "My son took a hard hit at football practice. now an hour later he keeps asking the same questions over and over and says his head is killing him", "", triage.UrgencyEmergency},
		{"blood with the heartbeat", "knife slipped and got my wrist, its squirting blood every time my heart beats and pressing on it isnt stopping it", "severe_bleeding", triage.UrgencyEmergency},
		{"a tractor on top", "se volteó el tractor y le cayó encima a mi suegro, ya lo sacamos pero tiene la panza dura, está bien pálido", "abdominal_trauma", triage.UrgencyEmergency},
		{"a school nurse's DKA", "Pt 15yo T1DM on pump. BG reads HI, urine ketones large, emesis x3 since 11:00, deep rapid resps, lethargic", "glucose", triage.UrgencyEmergency},
		{"gas smelled", "I smelled gas at his place, went over and he was confused with a bad headache and his dog was just lying there", "carbon_monoxide", triage.UrgencyEmergency},
		{"pills gathered", "La paciente me dijo que ya juntó todas sus pastillas y que esta noche se las va a tomar, que ya se despidió de sus hijos", "suicidal", triage.UrgencyEmergency},
		{"off a thinner for days", "Insurance won't cover the new blood thinner and the pharmacy sent me home with nothing. I've been off it 2 days now. I have afib", "out_of_medication", triage.UrgencyUrgent},
	})
}

// Found by probe228–probe229 (emergencies buried in errands, messages
// spelled by ear).
func TestFindRedFlagsFreshSpelling(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"no more", "i dont wanna be here no more got all the pills in front of me tonite is the nite sorry for evrything", "suicidal", triage.UrgencyEmergency},
		{"a pad in minutes", "had my baby 5 days ago now bleedin thru a pad evry 15 min big clots an i feel like im gonna pass out", "severe_bleeding", triage.UrgencyEmergency},
		{"face and tongue", "started the amoxacillin today now my face an tung swellin up and its hard to swollow", "anaphylaxis", triage.UrgencyEmergency},
		{"face, breathing fine", "my face is a little swollen from the dentist, no trouble breathing or swallowing", "medication_reaction", triage.UrgencyUrgent},
		{"combulsion", "mi ijo esta con una combulsion y no se le quita ya van como 10 minutos", "seizure", triage.UrgencyEmergency},
		{"a calf tight after a flight", "Got back from a long flight yesterday and my left calf is kinda swollen and tight, no shortness of breath", "needs_today", triage.UrgencyUrgent},
	})
}

// Found by probe230 (a cardiology and pulmonology fortnight).
func TestFindRedFlagsOxygenMachine(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"a concentrator quit", "My home oxygen concentrator quit this morning and the supply company goes to voicemail. I'm on 3L all the time. I have maybe 6 hours of tanks", "needs_today", triage.UrgencyUrgent},
	})
}

// Found by probe231–probe233 (English from other first languages,
// pregnancy and the newborn, drugs and poisonings).
func TestFindRedFlagsFreshPoisons(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"heroin, blue, snoring", "my cousin he take heroin I think, he is on the floor now, lips is blue and he snore very strange, we don't have the naloxone", "breathing", triage.UrgencyEmergency},
		{"snoring, no drug", "my husband snores and his lips look a bit blue in the cold, is that sleep apnea?", "", triage.UrgencyRoutine},
		{"a machine's low sugar", "my father is sugar patient, today he is very confused and sweating, machine is showing 38. he is not able to swallow properly", "glucose", triage.UrgencyEmergency},
		{"a slow pulse", "My mom take her blood pressure medicine 3 times today. Now she very dizzy, the heart machine say 38, she can't stand up", "heart_rate", triage.UrgencyEmergency},
		{"an engine in a garage", "he is fixing the car with engine on in closed garage, now he and my son both have big headache and vomiting", "carbon_monoxide", triage.UrgencyEmergency},
		{"God through the TV", "My girlfriend gave birth 10 days ago. Tonight she's saying that God is talking to her through the TV. She's holding him in the bathroom and won't let me in.", "postpartum_psychosis", triage.UrgencyEmergency},
		{"the head felt", "37 wks, contractions 2 min apart and I have to PUSH, we're 45 minutes from the hospital and I think I can feel the head", "pregnancy_bleeding", triage.UrgencyEmergency},
		{"antifreeze", "My husband took a swig from a gatorade bottle in the garage and it was antifreeze. he spit some out but swallowed a mouthful an hour ago", "poisoning", triage.UrgencyEmergency},
		{"floripondio", "Mi hijo y sus amigos tomaron té de floripondio para 'viajar'. Está muy agitado y no sabe dónde está", "poisoning", triage.UrgencyEmergency},
		{"using alone", "relapsed tonight after 6 months clean. used alone in my car. its hard to keep my eyes open, no narcan on me", "overdose", triage.UrgencyEmergency},
		{"a saturation", "el concentrador de oxígeno de mi mamá está haciendo un ruido raro pero sigue funcionando y ella satura 93", "", triage.UrgencyRoutine},
	})
}

// Found by probe234–probe236 (the brain and spine, the belly, infections).
func TestFindRedFlagsFreshBelly(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"call me back", "PLEASE CALL ME BACK my mother can't move her right side and can't talk since 8:15 this morning", "stroke", triage.UrgencyEmergency},
		{"palabras mal", "no puedo hablar las palabras me salen mal desde hace rato y la mano derecha no me funciona", "stroke", triage.UrgencyEmergency},
		{"toilet paper", "Back has been hurting for a week but today both legs feel weak and numb. I can't feel the toilet paper when I wipe", "cauda_equina", triage.UrgencyEmergency},
		{"tingling climbing", "yesterday tingling started in my feet, today it's up past my knees and in my fingers too. almost fell on the stairs", "neuro", triage.UrgencyEmergency},
		{"a hernia stuck", "My hernia popped out while I was lifting and it wont go back in like it usually does. Its been 3 hrs, its hard and red and I've thrown up twice", "bowel_obstruction", triage.UrgencyEmergency},
		{"a lump in the groin", "Mi bebé de 5 meses tiene una bolita en la ingle que hoy no se le quita, está rojita y dura y no para de llorar", "bowel_obstruction", triage.UrgencyEmergency},
		{"green spit-up", "Baby is 10 days old. His spit up turned yellow-green this afternoon and he's not interested in feeding", "", triage.UrgencyEmergency},
		{"no wind for days", "La panza de mi mamá está muy inflada y dura, no ha ido al baño ni echa gases desde hace 4 días", "bowel_obstruction", triage.UrgencyEmergency},
		{"after surgery, racing", "Got discharged yesterday after my colon resection. Belly is more swollen, my watch says heart rate 125 and I can't stop shivering", "surgical_complication", triage.UrgencyEmergency},
		{"a late period and a shoulder", "Tengo un dolor muy fuerte y de repente en el lado izquierdo abajo, tengo un retraso de 3 semanas, me mareo y me duele el hombro", "ectopic", triage.UrgencyEmergency},
		{"a kidney infection turning", "started cipro 2 days ago for a bladder infection, now my back is killing me, temp 103.2, i cant stop shaking", "sepsis", triage.UrgencyEmergency},
		{"a black toe with fever", "my big toe has been infected about a week. Today it's black at the tip, red going up the top of my foot, fever and shakes", "necrotizing", triage.UrgencyEmergency},
		{"a black edge, no fever", "tiene una herida en el pie que se está poniendo negra en la orilla y huele feo. No tiene fiebre", "", triage.UrgencyUrgent},
	})
}

// Found by probe237–probe238 (the belly again, the chest and breathing).
func TestFindRedFlagsFreshBellyAgain(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"hunched, right side, fever", "He's walking hunched over holding his right side and won't jump off the couch like he normally does. He's hot to touch, 102.1", "appendicitis", triage.UrgencyEmergency},
		{"kidney, not appendix", "burning when i pee for 3 days, now fever 101 and my right lower back/side hurts", "", triage.UrgencyUrgent},
		{"cada bache", "Mi hija de 15 dice que le duele abajo a la derecha, en el carro cada bache la hacía gritar y tiene 38.7 de temperatura", "appendicitis", triage.UrgencyEmergency},
		{"asientos de café", "mi esposa vomitó algo como asientos de café, dice que se siente muy débil", "gi_bleeding", triage.UrgencyEmergency},
		{"pale, cold, sweating", "Desde la comida tiene un dolor de barriga muy fuerte, está pálida, fría y sudando", "shock", triage.UrgencyEmergency},
		{"strawberry jelly", "Mi bebé de 9 meses llora a gritos a ratos y hizo popó como mermelada de fresa con moco", "intussusception", triage.UrgencyEmergency},
		{"a toothpick swallowed", "I think I swallowed a toothpick 2 days ago. Since this morning sharp pain in my right lower belly and chills", "foreign_body", triage.UrgencyEmergency},
		{"a belly that beats", "tiene dolor de panza y espalda que le llegó de golpe, está muy pálido y dice que siente que la panza le late", "aortic", triage.UrgencyEmergency},
		{"an aneurysm on TV", "Estaba viendo Grey's Anatomy y a una paciente le dio un aneurisma y empezó con dolor de cabeza", "", triage.UrgencyRoutine},
		{"an ache in the jaw", "I've been SO exhausted since this afternoon, out of breath going up 3 stairs, nauseous, and there's an ache in my jaw and upper back. 62F", "heart_attack", triage.UrgencyEmergency},
	})
}

// Found by probe239–probe241 (the belly a third time; allergy, skin and
// the eyes; bleeding and blood).
func TestFindRedFlagsFreshBleedingAndEyes(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"a pad an hour, compresa", "tuve a mi bebé el lunes y ahora empapo una compresa grande cada hora", "severe_bleeding", triage.UrgencyEmergency},
		{"a nosebleed that will not stop", "a mi suegra le sangra la nariz desde las 8 y no se le detiene, toma warfarina", "severe_bleeding", triage.UrgencyEmergency},
		{"swallowing blood", "his nose has been bleeding a while and now he says he keeps swallowing blood", "severe_bleeding", triage.UrgencyEmergency},
		{"a nosebleed in the heat", "A mi niña le sangra la nariz cuando hace mucho calor, hoy fue poquito. ¿Le pueden dar cita?", "", triage.UrgencyRoutine},
		{"pumping through the dressing", "his dialysis graft started bleeding at home and it's pumping through the dressing", "severe_bleeding", triage.UrgencyEmergency},
		{"pressure held, still bleeding", "bleeding from the stoma, we pressed on it for 15 min and it is still coming", "severe_bleeding", triage.UrgencyEmergency},
		{"blood from the bottom, dizzy", "my dad has had blood from his bottom all morning, now he is dizzy", "gi_bleed", triage.UrgencyEmergency},
		{"pale as paper", "sangre por detrás toda la mañana y está blanca como el papel", "gi_bleeding", triage.UrgencyEmergency},
		{"blood filling the toilet", "there's blood filling the toilet every time she goes", "gi_bleeding", triage.UrgencyEmergency},
		{"sight gone out", "all of a sudden the sight in my right eye went out and it hasn't come back", "stroke", triage.UrgencyEmergency},
		{"a curtain from below", "veo una cortina gris que sube desde abajo en el ojo derecho", "stroke", triage.UrgencyEmergency},
		{"hives and a faint", "broke out in hives after the new antibiotic and then I fainted in the kitchen", "", triage.UrgencyEmergency},
		{"an EpiPen minutes ago", "used my epipen 10 minutes ago for a bee sting, my throat still feels tight", "anaphylaxis", triage.UrgencyEmergency},
		{"an EpiPen last night, fine now", "Used my EpiPen last night after shrimp, went to the ER and I'm fine now. Could you send a new prescription?", "", triage.UrgencyUrgent},
		{"the chest closing after a shot", "me pusieron una inyección de penicilina y se me cierra el pecho y tengo ronchas", "anaphylaxis", triage.UrgencyEmergency},
		{"lost in the snow, confused", "we found my uncle after a night out in the snow, he is shivering and seems confused", "burn_or_exposure", triage.UrgencyEmergency},
		{"skin that crackles", "the skin around the cut on his leg crackles when I touch it and he has a high fever", "necrotizing", triage.UrgencyEmergency},
		{"a wound gone black, fever", "la cortada del pie se está poniendo negra y tiene fiebre", "necrotizing", triage.UrgencyEmergency},
		{"a childhood sting", "When I was about 8 a wasp stung me and my throat swelled. Can I be tested for allergies before our trip?", "", triage.UrgencyRoutine},
		{"seen weeks ago, well", "I was in the ER three weeks ago vomiting blood, they scoped me and it was a small tear. I feel normal now. Can I book the follow-up?", "", triage.UrgencyRoutine},
		{"a birth's records", "Necesito el expediente de mi cesárea, tuve hemorragia y me transfundieron, lo pide mi doctora nueva", "", triage.UrgencyRoutine},
	})
}

// Found by probe242–probe244 (crises of the mind, most in Spanish; babies
// and toddlers; an urgent-care clinic's fortnight).
func TestFindRedFlagsFreshMindAndBabies(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"pills counted, thanks", "ya no aguanto. tengo las pastillas de mi papá aquí y ya las conté. gracias por todo doctor", "suicidal", triage.UrgencyEmergency},
		{"a letter and no answer", "mi hija dejó una nota pidiendo que la perdonemos y no contesta el teléfono", "suicidal", triage.UrgencyEmergency},
		{"given away, appointments not needed", "I gave my cat to my neighbor. Please cancel my appointments, I won't be needing them.", "suicidal", triage.UrgencyEmergency},
		{"cutting behind a locked door", "my son is locked in his room cutting himself and there is blood on the carpet", "suicidal", triage.UrgencyEmergency},
		{"pills in front, tonight", "I have the pills in front of me and tonight is it", "suicidal", triage.UrgencyEmergency},
		{"a rope ready, no stopping", "the rope is ready in the garage and I can't stop myself", "suicidal", triage.UrgencyEmergency},
		{"a noose tied", "there is a noose tied in the closet", "suicidal", triage.UrgencyEmergency},
		{"nobody to find me", "ya compré la soga. no quiero que nadie me encuentre", "suicidal", triage.UrgencyEmergency},
		{"pills when all asleep", "tengo guardadas unas pastillas y me las voy a tomar cuando se duerman todos", "suicidal", triage.UrgencyEmergency},
		{"a number taken, regretted", "I took 12 of my sleeping pills and I don't know why I did it, my heart is racing", "overdose", triage.UrgencyEmergency},
		{"the TV and a punishment", "lleva días sin dormir y dice que la tele le ordena castigar a mi mamá", "psychosis", triage.UrgencyEmergency},
		{"a train stopped on the tracks", "Voy tarde a la cita, el tren está parado en las vías desde hace media hora", "", triage.UrgencyRoutine},
		{"a rifle stored safely", "The form asks about guns at home: one rifle in a locked safe, the ammo kept apart.", "", triage.UrgencyRoutine},
		{"a song's lyrics", "Her teacher found song lyrics about wanting to die in her notebook; it was a pop song and she's fine.", "", triage.UrgencyRoutine},
		{"dying over the portal", "me quiero morir con este portal, no me deja entrar", "", triage.UrgencyRoutine},
		{"a toddler's fall, drowsy", "she fell off the top bunk and hit her head, now she is very drowsy", "", triage.UrgencyEmergency},
		{"an empty bottle of medicine", "found the bottle of children's motrin open and empty next to my 2 year old", "poisoning", triage.UrgencyEmergency},
		{"a battery far in the sentence", "I think she swallowed something from the remote, maybe one of the little round batteries", "battery_or_magnet", triage.UrgencyEmergency},
		{"floppy, not like normal", "my 3 month old is floppy and isn't responding to me like normal", "", triage.UrgencyEmergency},
		{"spit-up through a bib", "she spits up a lot, sometimes it soaks through a bib, but she's gaining well", "", triage.UrgencyRoutine},
		{"paranoid about choking (a worry, not 911)", "starting solids next week and I'm paranoid about choking, any tips?", "", triage.UrgencyUrgent},
		{"a medicine for seizures", "my son ran out of Keppra for his seizures, can you send the refill today?", "", triage.UrgencyUrgent},
		{"chest pain that was just anxiety (seen to)", "Your doctor said my chest pain was just anxiety. It turned out to be pneumonia; I'm better now but want to complain.", "", triage.UrgencyUrgent},
	})
}

// Found by probe245–probe247 (the mouth, throat, ears and nose; the
// kidneys, bladder and male genitals; a community health centre's
// fortnight, most of it in Spanish).
func TestFindRedFlagsFreshThroatAndBladder(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"a tooth's swelling to the eye", "el absceso de la muela ya me llegó al ojo, no lo puedo abrir y tengo fiebre", "airway_infection", triage.UrgencyEmergency},
		{"an extraction, the neck, a swallow", "since the extraction the swelling moved down into my neck and I can barely swallow", "airway_infection", triage.UrgencyEmergency},
		{"swollen glands with a cold", "my neck glands are swollen and I have a fever with this cold", "", triage.UrgencyUrgent},
		{"bleeding after a tonsillectomy", "a week after her tonsillectomy she is spitting bright red blood", "", triage.UrgencyEmergency},
		{"streaks after a tonsillectomy, stopped", "me operaron de las amígdalas, escupí unos hilitos de sangre y ya paró", "", triage.UrgencyUrgent},
		{"a bead breathed in", "he had a bead in his nose, sniffed it in and now he is wheezing", "choking", triage.UrgencyEmergency},
		{"down there, suddenly", "really bad pain down there on one side, came out of nowhere an hour ago", "testicular", triage.UrgencyEmergency},
		{"a baby's side swollen and purple", "a mi bebé se le puso un lado de las bolitas hinchado y moradito", "testicular", triage.UrgencyEmergency},
		{"after a vasectomy, no fever", "Had my vasectomy on Friday; the scrotum is a bit swollen and bruised today, no fever", "", triage.UrgencyUrgent},
		{"torsion operated last year", "I had surgery for testicular torsion last year, can I play football?", "", triage.UrgencyUrgent},
		{"an erection not gone down", "took the pill last night and it still hasn't gone down, 7 hours and it hurts", "priapism", triage.UrgencyEmergency},
		{"a friend's erection story (his past, not 911)", "My buddy ended up in the ER with an erection that lasted 5 hours; is my daily tadalafil risky?", "", triage.UrgencyUrgent},
		{"a cracked penis", "escuché un tronido y ahora el pene está hinchado y morado", "trauma", triage.UrgencyEmergency},
		{"a catheter draining nothing", "mom's catheter bag has been empty since breakfast and she's moaning", "catheter", triage.UrgencyEmergency},
		{"no urine after surgery", "since the surgery I can't pee and my lower belly is swollen", "urinary_retention", triage.UrgencyEmergency},
		{"no stool after surgery", "desde la cirugía no he podido hacer popó, pero como bien", "", triage.UrgencyRoutine},
		{"pure blood in the urine, a faint", "peeing pure blood and I almost passed out", "blood_in_urine_stool", triage.UrgencyEmergency},
		{"a stone with fever and chills", "the kidney stone is still there and now I have fever and chills", "sepsis", triage.UrgencyEmergency},
	})
}

// Found by probe248–probe250 (after operations and procedures; English
// and Spanish mixed; the environment and the outdoors).
func TestFindRedFlagsFreshAfterSurgeryAndOutdoors(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"a hard belly after surgery, a faint", "after the laparoscopy on Monday his belly is hard as a rock, he has a fever and just fainted", "", triage.UrgencyEmergency},
		{"no urine, not a drop", "he hasn't peed a single drop since the procedure, 15 hours now", "urinary_retention", triage.UrgencyEmergency},
		{"a stiff nape after an epidural", "desde la epidural me duele la cabeza, tengo la nuca tiesa y fiebre", "meningitis", triage.UrgencyEmergency},
		{"a groin swelling huge and dark, a faint", "the groin where they operated is swelling huge and dark and I fainted", "surgical_complication", triage.UrgencyEmergency},
		{"anginas operated, bleeding", "a mi niña la operaron de las anginas y está escupiendo sangre", "", triage.UrgencyEmergency},
		{"a wound open with fat showing", "my incision opened and I can see yellow fat bulging out", "wound_dehiscence", triage.UrgencyEmergency},
		{"a wound open with pus", "la herida se abrió un poquito y está saliendo pus", "", triage.UrgencyUrgent},
		{"scared I'd stop breathing (a fear, not 911)", "I was so scared I'd stop breathing under anesthesia, but it went great, thank you", "", triage.UrgencyUrgent},
		{"heat without cooling, confused", "mi abuelo no tiene clima, está bien caliente y confundido", "heat_stroke", triage.UrgencyEmergency},
		{"a baby left in the car", "dejé al bebé en el carro, está ardiendo y no llora", "burn_or_exposure", triage.UrgencyEmergency},
		{"smoke and soot", "breathed a lot of smoke in the fire, there's soot in his nose and he's wheezing", "smoke_inhalation", triage.UrgencyEmergency},
		{"wild mushrooms, a slow pulse", "we ate mushrooms from the woods and now she's drooling with a slow pulse", "poisoning", triage.UrgencyEmergency},
		{"a monoxide detector asked", "¿Dónde compro un detector de monóxido de carbono? Todos estamos bien", "", triage.UrgencyRoutine},
		{"a monoxide level for the chart", "Did my carbon monoxide level from last week's ER visit reach you? I feel fine", "", triage.UrgencyRoutine},
		{"a shock treated in March", "necesito el expediente de cuando me atendieron por la descarga eléctrica en marzo", "", triage.UrgencyRoutine},
		{"a scald, skin peeling", "se le cayó el agua hirviendo, the skin on his arm is peeling off", "", triage.UrgencyEmergency},
		{"no seizure wanted", "se me acabó el keppra, no quiero tener una convulsion, manden la receta", "", triage.UrgencyUrgent},
		{"a splash rinsed yesterday", "me cayó cloro en el ojo ayer, lo lavé bien pero sigue rojo", "", triage.UrgencyUrgent},
		{"thanks after an asthma attack (seen to)", "gracias a la enfermera que me atendió cuando vine con el asthma attack el martes", "", triage.UrgencyUrgent},
		{"CPR in case of another", "quiero tomar CPR por si a mi papá le da otro heart attack", "", triage.UrgencyRoutine},
		{"in case it is a stroke now", "writing in case this is a stroke, my face is drooping on one side right now", "", triage.UrgencyEmergency},
		{"no wish to live", "ya no quiero vivir, tengo las pastillas aquí", "", triage.UrgencyEmergency},
		{"a surgery needed, not had", "the ER says he needs surgery for testicular torsion and the pain is unbearable", "", triage.UrgencyEmergency},
	})
}

// Found by probe251–probe253 (pregnancy and the weeks after; chemotherapy,
// transplants and biologics; sports, gyms and schools).
func TestFindRedFlagsFreshImmuneBirthAndSport(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"a fever on FOLFOX", "day 8 after FOLFOX and my temp is 100.6, I feel fine otherwise", "immunocompromised_fever", triage.UrgencyEmergency},
		{"chills after the port", "after they used his port for fluids he started shaking so hard his teeth are chattering", "immunocompromised_fever", triage.UrgencyEmergency},
		{"chemo finished years ago", "I finished chemo 3 years ago and have a cold with 99.6, do I need to worry?", "", triage.UrgencyRoutine},
		{"no spleen, a fever", "no tengo bazo desde el accidente y ahora tengo fiebre de 39", "immunocompromised_fever", triage.UrgencyEmergency},
		{"a biologic, a fever alone", "on methotrexate for lupus, sore throat and 100.4, should I hold my dose?", "", triage.UrgencyRoutine},
		{"a biologic, confused", "en Enbrel, tiene fiebre alta y no habla con sentido", "immunocompromised_fever", triage.UrgencyEmergency},
		{"anti-rejection pills lost", "kidney transplant last month, I can't keep my tacrolimus down, throwing up since last night", "rejection_risk", triage.UrgencyEmergency},
		{"gums and red dots", "his gums keep bleeding and there are tiny red dots on his legs", "low_platelets", triage.UrgencyEmergency},
		{"gums and bruises on a thinner", "on Eliquis, my gums bleed when I brush and I bruise easily", "", triage.UrgencyUrgent},
		{"blisters on the lips, a rash", "new antibiotic, now a rash on my chest and blisters on my lips", "", triage.UrgencyEmergency},
		{"back pain, legs giving way", "tengo un dolor de espalda fuerte y ahora se me doblan las piernas, casi no puedo caminar", "cauda_equina", triage.UrgencyEmergency},
		{"immunotherapy, stools every hour", "on keytruda, watery stools every hour since yesterday", "immunotherapy", triage.UrgencyEmergency},
		{"a foot coming out", "home birth, a little foot is coming out first", "high_risk_signs", triage.UrgencyEmergency},
		{"the head is out", "the head is out and we're still in the car!!", "high_risk_signs", triage.UrgencyEmergency},
		{"contractions early", "32 weeks and contractions every 4 minutes for an hour", "", triage.UrgencyEmergency},
		{"peeing often in pregnancy", "24 weeks pregnant and I pee every 10 minutes, it burns", "", triage.UrgencyUrgent},
		{"a pressure 170 con 112", "tengo 8 meses y la presión me salió 170 con 112", "preeclampsia", triage.UrgencyEmergency},
		{"breastfeeding hurts", "me duele mucho cuando le doy pecho a mi bebé", "", triage.UrgencyRoutine},
		{"a shallow dive, both arms numb", "hit the bottom on a shallow dive, neck hurts and both arms are numb", "spinal_injury", triage.UrgencyEmergency},
		{"exertional heat stroke", "it's 97 out at practice and one kid is disoriented and stumbling", "heat_stroke", triage.UrgencyEmergency},
		{"cola urine, swollen thighs", "después del crossfit tengo la orina color coca cola y los muslos hinchados", "rhabdomyolysis", triage.UrgencyEmergency},
		{"a bunch of Tylenol", `she says she took "a bunch" of Tylenol at lunch but feels fine`, "overdose", triage.UrgencyEmergency},
		{"a liver shot, gray", "took a liver shot sparring and now he's gray and about to pass out", "abdominal_trauma", triage.UrgencyEmergency},
		{"stabbed", "apuñalaron a mi vecino afuera de la tienda", "trauma", triage.UrgencyEmergency},
		{"a tooth knocked out", "my son knocked out a permanent front tooth at hockey, it's in milk", "", triage.UrgencyRoutine},
		{"running suicides", "coach made us run suicides all practice lol, I need a PE note", "", triage.UrgencyRoutine},
	})
}

// Found by probe255–probe256 (alcohol, drugs and eating disorders; an
// orthopaedics practice's fortnight).
func TestFindRedFlagsFreshSubstancesAndJoints(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"withdrawal, shaking all over", "he stopped drinking two days ago and now he is shaking all over", "withdrawal", triage.UrgencyEmergency},
		{"withdrawal, bugs on the wall", "day 3 off alcohol and last night I saw bugs crawling on the wall", "", triage.UrgencyEmergency},
		{"withdrawal denied", "dejé de tomar ayer, me tiemblan un poco las manos, no veo cosas raras", "", triage.UrgencyRoutine},
		{"purging, barely standing", "I've been purging all week and now I can barely stand and my heart keeps skipping", "metabolic", triage.UrgencyEmergency},
		{"purging, a flutter", "been purging a lot this week and my heart feels fluttery sometimes", "", triage.UrgencyUrgent},
		{"narcan twice", "I had to narcan him twice and he keeps going out again", "overdose", triage.UrgencyEmergency},
		{"fentanyl, gray", "I think the coke had fentanyl in it, he's gray and snoring weird", "overdose", triage.UrgencyEmergency},
		{"a fentanyl question", "found a blue pill, is there a way to test it for fentanyl?", "", triage.UrgencyRoutine},
		{"a child drank vodka", "my daughter drank from the vodka bottle and now she's wobbly and sleepy", "poisoning", triage.UrgencyEmergency},
		{"a drink spiked", "creo que me echaron algo en la bebida, estoy muy confundida", "poisoning", triage.UrgencyEmergency},
		{"a fever after a knee replacement", "my knee was replaced 3 wks ago and now I have a temp of 101", "", triage.UrgencyUrgent},
		{"a wound's fluid through pads", "the incision is leaking yellowish fluid, soaked 2 pads since last night", "", triage.UrgencyRoutine},
	})
}

// Found by probe254 (older adults, told by themselves, their families,
// aides and assisted-living staff).
func TestFindRedFlagsFreshOlderAdults(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"a leg shorter after a fall", "grandma slipped in the kitchen and now her left leg looks shorter and she screams when we move her", "fracture", triage.UrgencyEmergency},
		{"a body temperature of 93", "found him outside this morning, mumbling, oral temp 93.4", "burn_or_exposure", triage.UrgencyEmergency},
		{"an outdoor temperature", "it was 93 degrees outside today, is the clinic open tomorrow?", "", triage.UrgencyRoutine},
		{"sudden aggression with a fever", "tonight dad doesn't know who my mom is and he's burning up; he was normal at lunch", "sudden_confusion", triage.UrgencyEmergency},
		{"a side gone slack", "se quedó como ido y tiene el lado derecho flojo desde hace rato", "stroke", triage.UrgencyEmergency},
		{"a blood draw", "quiero llevar a mi mamá a sacarse sangre, ¿hay que ir en ayunas?", "", triage.UrgencyRoutine},
	})
}

// Found by probe257–probe258 (breathing at every age; crises written in
// young people's own online voice).
func TestFindRedFlagsFreshBreathAndOnline(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"ribs sucking in", "the skin between his ribs sucks in with every breath", "breathing", triage.UrgencyEmergency},
		{"a grunt, too breathless to feed", "my 6 week old is grunting and breathing so hard she can't finish a bottle", "breathing", triage.UrgencyEmergency},
		{"the inhaler does nothing", "la bombita no me está haciendo nada y el pecho me silba", "", triage.UrgencyEmergency},
		{"a neighbour's croup", "my neighbor's boy ended up in the ER with croup stridor, what should I watch for?", "", triage.UrgencyUrgent},
		{"a goodbye to the group, location off", "she sent the group chat 'sorry for everything' and turned off her location", "suicidal", triage.UrgencyEmergency},
		{"thanks for being my friend, no answer", "he hasn't answered since he texted 'thank u for being my friend'", "suicidal", triage.UrgencyEmergency},
		{"if I'm not here by morning", "if im not here by morning tell my mom where the letter is", "suicidal", triage.UrgencyEmergency},
		{"pills saved until enough", "been saving my seroquel for months and now I have enough", "suicidal", triage.UrgencyEmergency},
		{"a voice that says jump", "my head keeps telling me to jump off the garage roof", "", triage.UrgencyEmergency},
		{"cutting deeper", "she sent a pic of her arm and said this time im going deeper", "suicidal", triage.UrgencyEmergency},
		{"a date who knows where I live", "a guy from a date knows where I live and says he's coming tonight with a knife", "violence", triage.UrgencyEmergency},
		{"not here for anything after", "not gonna be here for my appt thursday or anything after that", "", triage.UrgencyEmergency},
	})
}

// Found by probe259 (diabetes, hormones and the kidneys).
func TestFindRedFlagsFreshSugarAndKidneys(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"a pump blocked, 520 and vomiting", "la bomba se tapó y amanecí con 520, vomitando y respirando agitado", "glucose", triage.UrgencyEmergency},
		{"CGM high, panting", "her CGM has said HIGH for hours and she's throwing up", "glucose", triage.UrgencyEmergency},
		{"a sugar after cake", "my sugar was 180 after birthday cake, is that bad?", "", triage.UrgencyRoutine},
		{"a low that will not wake", "su azúcar está en 38 y no conseguimos que despierte", "glucose", triage.UrgencyEmergency},
		{"dialysis skipped, a slow heart", "he skipped dialysis on Saturday and now his arms are weak and his heart feels slow", "", triage.UrgencyEmergency},
		{"weeks ago, no baby", "started methimazole 3 weeks ago and now a sore throat and a fever of 100.8", "", triage.UrgencyUrgent},
	})
}
