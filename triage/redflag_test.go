package triage_test

import (
	"strings"
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

func TestFindRedFlags(t *testing.T) {
	tests := []struct {
		name string
		text string
		kind string // "" means no red flag at all
		want triage.Urgency
	}{
		// The cases.
		{"denied", "no chest pain", "", triage.UrgencyRoutine},
		{"long past", "had chest pain last year, want my ECG results", "", triage.UrgencyRoutine},
		{"imaging", "chest x-ray results", "", triage.UrgencyRoutine},
		{"idiom", "this bill is killing me", "", triage.UrgencyRoutine},
		{"hidden in admin", "need to cancel, my dad has chest pain right now", "chest_pain", triage.UrgencyEmergency},
		// English.
		{"typo", "my chset hurts real bad", "chest_pain", triage.UrgencyEmergency},
		{"cant breath", "i cant breath", "breathing", triage.UrgencyEmergency},
		{"breathe nose", "can't breathe through my nose, so congested", "", triage.UrgencyRoutine},
		{"stroke signs", "moms face is drooping and she is slurring her words", "stroke", triage.UrgencyEmergency},
		{"suicidal", "i want to kill myself", "suicidal", triage.UrgencyEmergency},
		{"not suicidal", "i'm not suicidal, just tired of the waiting room", "", triage.UrgencyRoutine},
		{"self harm", "been cutting myself again", "self_harm", triage.UrgencyEmergency},
		{"overdose", "took a whole bottle of sleeping pills", "overdose", triage.UrgencyEmergency},
		{"unknown amount es", "mi hijo se tomó unas pastillas de mi bolsa, no sé cuántas", "overdose", triage.UrgencyEmergency},
		{"unknown amount en", "she swallowed some of the tablets, we don't know how many", "overdose", triage.UrgencyEmergency},
		{"child into meds", "my toddler got into my pills", "overdose", triage.UrgencyEmergency},
		{"child took grandma's", "my grandson took grandma's heart pills", "overdose", triage.UrgencyEmergency},
		{"head injury", "my mom fell and hit her head, now she's confused and throwing up", "trauma", triage.UrgencyEmergency},
		{"head injury es", "se pegó en la cabeza y está vomitando", "trauma", triage.UrgencyEmergency},
		{"bumped head, fine", "he bumped his head on the table but he's fine", "", triage.UrgencyUrgent},
		{"newborn fever", "my baby is 3 weeks old and has a fever of 101", "young_infant_fever", triage.UrgencyEmergency},
		{"newborn fever es", "mi bebé de 3 semanas tiene fiebre", "young_infant_fever", triage.UrgencyEmergency},
		{"older child fever", "my son has had a fever for 2 weeks", "", triage.UrgencyUrgent},
		{"face and throat swelling es", "se le hinchó la cara y la garganta después de la inyección", "anaphylaxis", triage.UrgencyEmergency},
		{"throat sore, leg swollen", "my throat is sore and my ankle is swollen", "", triage.UrgencyRoutine},
		{"low sugar", "blood sugar is 35 and she's not making sense", "glucose", triage.UrgencyEmergency},
		{"sugar fine", "my blood sugar was 110 this morning, is that ok?", "", triage.UrgencyRoutine},
		{"worst pain of life", "I'm having the worst pain of my life in my stomach", "worst_pain", triage.UrgencyEmergency},
		{"racing heart fainting", "heart is racing at 190 and I feel like I'm going to pass out", "heart_rate", triage.UrgencyEmergency},
		{"suicide plan", "I have a plan to end it", "suicidal", triage.UrgencyEmergency},
		{"crash neck tingling", "car accident, my neck hurts and my hands are tingling", "trauma", triage.UrgencyEmergency},
		{"chest squeezes es", "siento que me voy a morir, me aprieta el pecho", "chest_pain", triage.UrgencyEmergency},
		{"bottle of syrup es", "mi niño se tomó un frasco de jarabe", "overdose", triage.UrgencyEmergency},
		{"stroke support group", "the stroke support group meets where?", "", triage.UrgencyRoutine},
		{"no trouble breathing", "cough is much better, no fever, no trouble breathing", "", triage.UrgencyRoutine},
		{"not breathing", "the baby is not breathing", "breathing", triage.UrgencyEmergency},
		{"no respira es", "mi hijo no está respirando", "breathing", triage.UrgencyEmergency},
		{"third person self harm", "my brother texted me goodbye and says he's going to hurt himself", "suicidal", triage.UrgencyEmergency},
		{"gun out", "no one would miss me if i was gone, i have the gun out right now", "suicidal", triage.UrgencyEmergency},
		{"retractions", "baby is breathing really fast and the skin between her ribs is sucking in", "breathing", triage.UrgencyEmergency},
		{"preeclampsia", "38 wks pregnant, terrible headache, seeing spots and my hands and face are super swollen", "preeclampsia", triage.UrgencyEmergency},
		{"sepsis", "my grandmother has a fever, shaking chills and she's confused", "sepsis", triage.UrgencyEmergency},
		{"non-blanching rash", "purple rash that doesnt fade when i press a glass on it", "sepsis", triage.UrgencyEmergency},
		{"black stool fainting", "pooping black tarry stuff and I almost fainted getting up", "gi_bleeding", triage.UrgencyEmergency},
		{"half body es", "a mi papá se le durmió medio cuerpo de repente y habla raro", "stroke", triage.UrgencyEmergency},
		{"swallow after sting", "stung by a bee and now hives everywhere and hard to swallow", "anaphylaxis", triage.UrgencyEmergency},
		{"calf after flight", "left calf is swollen and painful after my long flight", "needs_today", triage.UrgencyUrgent},
		{"last pill", "my warfarin rx expired and I'm on my last pill", "out_of_medication", triage.UrgencyUrgent},
		{"can't talk now", "can't talk right now, call me later about my appt", "", triage.UrgencyRoutine},
		{"chemical in eye", "splashed drain cleaner in my eye at work and it's burning", "eye_injury", triage.UrgencyEmergency},
		{"cloro ojos", "me cayó cloro en los ojos y me arde muchísimo", "eye_injury", triage.UrgencyEmergency},
		{"scald", "kid pulled a pot of boiling water on himself, big blisters on his chest and arm", "burn_or_exposure", triage.UrgencyEmergency},
		{"hypothermia", "she's ice cold, shivering stopped, very confused", "burn_or_exposure", triage.UrgencyEmergency},
		{"threat to others", "I'm going to hurt my brother, I have a knife", "violence", triage.UrgencyEmergency},
		{"torsion", "sudden really bad pain in his testicle and it's swollen", "testicular", triage.UrgencyEmergency},
		{"diabetic passed out", "grandpa is diabetic, he's sweaty, shaky and passed out", "glucose", triage.UrgencyEmergency},
		{"unknown amount found", "found my 3 yr old with an open bottle of pills, don't know how many she ate", "overdose", triage.UrgencyEmergency},
		{"is that ok asks", "I've had chest pain and left arm numbness since this morning, is that ok?", "chest_pain", triage.UrgencyEmergency},
		{"chest pain settled", "I had chest pain last week but I'm fine now", "", triage.UrgencyUrgent},
		{"transplant fever decimal", "kidney transplant 2 months ago, fever 101.8 tonight", "immunocompromised_fever", triage.UrgencyEmergency},
		{"farewell letters", "I've given away most of my things and wrote letters to my kids", "suicidal", triage.UrgencyEmergency},
		{"bridge es", "mi hermano me escribio que se va a tirar del puente", "suicidal", triage.UrgencyEmergency},
		{"lejia", "mi niña de 3 años se ha bebido lejia del bote de limpieza", "overdose", triage.UrgencyEmergency},
		{"meter HI", "my sugar meter just says HI and I'm vomiting", "glucose", triage.UrgencyEmergency},
		{"carbon monoxide", "whole family has headaches and feel dizzy, the furnace has been acting weird", "burn_or_exposure", triage.UrgencyEmergency},
		{"sunken soft spot", "no wet diaper since last night and her soft spot looks sunken", "high_risk_signs", triage.UrgencyEmergency},
		{"lost consciousness es", "me pegue en la cabeza, perdi el conocimiento un rato", "trauma", triage.UrgencyEmergency},
		{"infarto de risa", "me dio un infarto de risa con el video jaja", "", triage.UrgencyRoutine},
		{"sleep apnea", "my husband snores and stops breathing at night sometimes", "", triage.UrgencyRoutine},
		{"sudden confusion", "my dad suddenly doesnt know where he is or who I am, he was fine at lunch", "sudden_confusion", triage.UrgencyEmergency},
		{"harming baby", "2 weeks postpartum and I keep having thoughts of hurting my baby", "suicidal", triage.UrgencyEmergency},
		{"voices", "says voices tell him to kill our neighbor", "suicidal", triage.UrgencyEmergency},
		{"magnets", "son swallowed 2 magnets from his brothers building set", "overdose", triage.UrgencyEmergency},
		{"grunting", "my 2 month old is grunting when she breathes", "breathing", triage.UrgencyEmergency},
		{"coffee grounds", "throwing up what looks like coffee grounds", "gi_bleeding", triage.UrgencyEmergency},
		{"jumbled words", "my moms words are coming out all jumbled since lunch", "stroke", triage.UrgencyEmergency},
		{"hard belly", "my belly is rock hard and im throwing up green stuff", "acute_abdomen", triage.UrgencyEmergency},
		{"fall then drowsy", "fell off the ladder this morning and now hes confused and cant stay awake", "trauma", triage.UrgencyEmergency},
		{"boca de un lado", "mi papa no puede hablar bien, se le cae la boca de un lado", "stroke", triage.UrgencyEmergency},
		{"cleaning liquid", "mi hija se tomo un liquido de limpiar y le arde la boca", "overdose", triage.UrgencyEmergency},
		{"6 week fever", "my baby is 6 weeks old and has a fever of 101", "young_infant_fever", triage.UrgencyEmergency},
		{"jaw and arm", "my husband is sweaty and grey, says his jaw and left arm ache", "chest_pain", triage.UrgencyEmergency},
		{"cold white leg", "my leg went cold and white and I can't feel my foot", "vascular_renal", triage.UrgencyEmergency},
		{"refuses juice", "he took his insulin but didnt eat, he wont drink the juice", "glucose", triage.UrgencyEmergency},
		{"heart at 200", "my heart is going like 200 and I'm about to black out", "heart_rate", triage.UrgencyEmergency},
		{"stiff neck purple spots", "fiebre de 40, el cuello tieso y le salieron manchitas moradas", "sepsis", triage.UrgencyEmergency},
		{"boyfriend gun", "my boyfriend says he's gonna kill himself and he has a gun", "suicidal", triage.UrgencyEmergency},
		{"bill then throat", "necesito la factura del mes pasado, y tambien ando con la garganta cerrandose", "anaphylaxis", triage.UrgencyEmergency},
		{"worst of her life", "My mother she have very strong headache, worst of her life she say", "worst_pain", triage.UrgencyEmergency},
		{"bebe tiene 3 semanas", "mi bebe tiene 3 semanas y tiene 38.5 de fiebre", "young_infant_fever", triage.UrgencyEmergency},
		{"choking on laughter", "my daughter is choking on laughter at your hold music", "", triage.UrgencyRoutine},
		{"morir de verguenza", "me quiero morir de la verguenza, se me olvido la cita", "", triage.UrgencyRoutine},
		{"prevention group", "I watched a movie about suicide prevention and wanted to know about support groups", "", triage.UrgencyRoutine},
		{"took too long", "sorry i took too long to answer", "", triage.UrgencyRoutine},
		{"heavy left arm sweating", "he is clammy and his left arm feels heavy, thinks it is indigestion", "chest_pain", triage.UrgencyEmergency},
		{"bluish lips", "her lips are kind of bluish and she keeps stopping for air", "breathing", triage.UrgencyEmergency},
		{"stridor", "my son makes a high pitched noise every time he breathes in", "breathing", triage.UrgencyEmergency},
		{"food in the airway", "she was eating popcorn and now she is drooling and can barely make a sound", "breathing", triage.UrgencyEmergency},
		{"stockpiled pills", "I have been saving up my pills for a while now. thank you for trying", "suicidal", triage.UrgencyEmergency},
		{"perdon por todo", "mi hijo me escribió perdón por todo y ahora no contesta", "suicidal", triage.UrgencyEmergency},
		{"locked in with razor", "my sister locked herself in her room with a razor", "suicidal", triage.UrgencyEmergency},
		{"acting drunk without drinking", "mi papá actúa como borracho pero él no toma nada", "glucose", triage.UrgencyEmergency},
		{"fruity breath", "she is breathing deep and fast and her breath smells fruity", "glucose", triage.UrgencyEmergency},
		{"leathery burn", "burned my hand on the stove, the skin is leathery and numb", "burn_or_exposure", triage.UrgencyEmergency},
		{"infection then confusion", "my father has pneumonia and today he is confused and sleepy", "sepsis", triage.UrgencyEmergency},
		{"very low pressure", "mi abuela tiene la presión en 80/45 y está muy pálida", "sepsis", triage.UrgencyEmergency},
		{"threatened to kill me", "my ex is at the door, he texted that he would kill me", "violence", triage.UrgencyEmergency},
		{"cannot call, will hear", "no puedo llamar porque él me escucha", "violence", triage.UrgencyEmergency},
		{"arm and leg numb", "my right arm and leg went numb for ten minutes", "stroke", triage.UrgencyEmergency},
		{"postpartum spots", "gave birth last week and now I'm seeing spots, bad headache", "preeclampsia", triage.UrgencyEmergency},
		{"headache that will not go away", "tuve a mi bebé hace 5 días, el dolor de cabeza no se me quita y veo lucecitas", "preeclampsia", triage.UrgencyEmergency},
		{"out of antiepileptic", "I ran out of my lamotrigine two days ago", "out_of_medication", triage.UrgencyUrgent},
		{"rash on an antibiotic", "started augmentin monday and now there is a rash on my chest", "medication_reaction", triage.UrgencyUrgent},
		{"high INR", "my INR came back 5 today", "needs_today", triage.UrgencyUrgent},
		{"swollen tooth", "se me está hinchando la cara por una muela", "needs_today", triage.UrgencyUrgent},
		{"stopped hurting", "my chest doesnt hurt it stopped", "", triage.UrgencyRoutine},
		{"pain that will not ease", "my chest hurt and the pain wont ease up at all", "chest_pain", triage.UrgencyEmergency},
		{"swollen leg then winded", "my calf has been swollen since the flight and today I get out of breath on the stairs", "pulmonary_embolism", triage.UrgencyEmergency},
		{"calf with breathing denied", "my calf is swollen and sore after the drive, no shortness of breath", "needs_today", triage.UrgencyUrgent},
		{"head on a thinner", "she bumped her head on the door frame and she takes xarelto", "high_risk_signs", triage.UrgencyEmergency},
		{"repeats after a blow", "he hit his head at practice and keeps asking the same thing", "trauma", triage.UrgencyEmergency},
		{"can not move", "my father can not lift his left arm since lunch", "stroke", triage.UrgencyEmergency},
		{"mouth to one side", "su boca se ve caída hacia un lado", "stroke", triage.UrgencyEmergency},
		{"weak side", "my right side went weak an hour ago", "stroke", triage.UrgencyEmergency},
		{"heart rate on a watch", "my watch says my heart is at 190 and I feel like fainting", "heart_rate", triage.UrgencyEmergency},
		{"diabetic cold sweat", "mi tía es diabética, está sudando frío y no me responde bien", "glucose", triage.UrgencyEmergency},
		{"meter says HI", "the machine says HI and he is throwing up", "glucose", triage.UrgencyEmergency},
		{"brain zaps", "stopped my sertraline and now I feel like electric shocks in my head", "", triage.UrgencyRoutine},
		{"electric shock", "my son got an electric shock from the outlet and his hand is numb", "electric_shock", triage.UrgencyEmergency},
		{"back in", "back in June my dad had a small stroke, can you send his records", "", triage.UrgencyRoutine},
		{"when he was little", "she had a seizure when she was little, does the school form need it", "", triage.UrgencyRoutine},
		{"choked while eating", "my son choked when he was eating and now he can't breathe", "breathing", triage.UrgencyEmergency},
		{"if someday", "¿qué hacemos si a mi abuela le da un dolor en el pecho algún día?", "", triage.UrgencyRoutine},
		{"crying since last month", "I can't stop crying since my dad died last month", "mental_health", triage.UrgencyUrgent},
		{"the past few days", "she has been more confused than usual the past few days", "needs_today", triage.UrgencyUrgent},
		{"copd flare", "my copd is acting up, the phlegm turned green", "needs_today", triage.UrgencyUrgent},
		{"anvil and sweat", "feels like an anvil on me and I'm sweating through my shirt", "chest_pain", triage.UrgencyEmergency},
		{"brazo izquierdo y sudor", "le duele el brazo izquierdo y está sudando mucho", "chest_pain", triage.UrgencyEmergency},
		{"words like mush", "his words are coming out like mush since lunch", "stroke", triage.UrgencyEmergency},
		{"half a smile", "half of her smile looks droopy", "stroke", triage.UrgencyEmergency},
		{"letters to everyone", "I wrote letters to everyone I love, they are on my desk", "suicidal", triage.UrgencyEmergency},
		{"edibles in a child", "my son ate some of the weed gummies and now he is so sleepy", "overdose", triage.UrgencyEmergency},
		{"a whole strip", "se tomó un blister entero de clonazepam", "overdose", triage.UrgencyEmergency},
		{"pills then time", "I took all of my pills about an hour ago", "overdose", triage.UrgencyEmergency},
		{"eyes barely open", "she can barely open her eyes and won't eat", "unresponsive", triage.UrgencyEmergency},
		{"unequal pupils", "after he fell one pupil is bigger than the other", "trauma", triage.UrgencyEmergency},
		{"caught in a machine", "my coworker's hand got caught in the machine at work", "trauma", triage.UrgencyEmergency},
		{"snake bite", "a rattlesnake bit my dad on the ankle while hiking", "snake_bite", triage.UrgencyEmergency},
		{"pulled from a pool", "we pulled my nephew out of the pool and now he is very sleepy", "drowning", triage.UrgencyEmergency},
		{"boiling water is not a pool", "I pulled a pot of boiling water off the stove, just a small red spot", "", triage.UrgencyRoutine},
		{"weapon and hiding", "he has a knife and I'm hiding in the closet", "violence", triage.UrgencyEmergency},
		{"straw throat", "after the shrimp my throat feels like a tiny straw", "anaphylaxis", triage.UrgencyEmergency},
		{"stopped sweating", "ya no suda, está muy caliente y dice cosas sin sentido", "burn_or_exposure", triage.UrgencyEmergency},
		{"pink froth", "coughing up pink frothy stuff at altitude", "breathing", triage.UrgencyEmergency},
		{"shaking on the floor", "my friend is shaking all over on the floor after the party", "seizure", triage.UrgencyEmergency},
		{"a story", "in the show a woman had a heart attack at 30, could that happen? just curious", "", triage.UrgencyRoutine},
		{"a pet", "my dog has been vomiting blood, which vet do you recommend", "", triage.UrgencyRoutine},
		{"before and now", "I had a miscarriage two years ago and now I'm pregnant again", "", triage.UrgencyRoutine},
		{"like never before", "tengo 34 semanas y me duele la cabeza como nunca, veo puntos", "preeclampsia", triage.UrgencyEmergency},
		{"did not know", "I didn't know the cookie had nuts and my throat is closing", "anaphylaxis", triage.UrgencyEmergency},
		{"tick ring", "found a tick on my leg and now there is a red ring around it", "needs_today", triage.UrgencyUrgent},
		{"nitro not helping", "used two nitro already and the pressure in the middle of my chest is still there", "chest_pain", triage.UrgencyEmergency},
		{"point and a gun", "I don't see the point of any of it, the gun is right here", "suicidal", triage.UrgencyEmergency},
		{"household headaches", "the whole family has headaches and we're all dizzy since the heater came on", "burn_or_exposure", triage.UrgencyEmergency},
		{"sunken fontanelle diminutive", "la mollerita de mi bebé se ve hundida y no moja el pañal", "high_risk_signs", triage.UrgencyEmergency},
		{"very high pressure with blurred vision", "my bp is 210/125 and everything looks blurry", "hypertensive", triage.UrgencyEmergency},
		{"high pressure and headache only", "bp 185/112 and a headache", "cardio_metabolic", triage.UrgencyUrgent},
		{"eyes rolled back", "se le voltearon los ojos y está tieso y sacudiéndose", "seizure", triage.UrgencyEmergency},
		{"baby not moving and bleeding", "33 weeks and I don't feel the baby move since this morning, now some bleeding", "pregnancy_bleeding", triage.UrgencyEmergency},
		{"arm not moving", "his right arm is not moving since he woke up", "stroke", triage.UrgencyEmergency},
		{"died of", "my uncle died of a heart attack, should I get checked?", "", triage.UrgencyRoutine},
		{"had it at an age", "mi mamá tuvo un derrame a los 60, me toca revisarme?", "", triage.UrgencyRoutine},
		{"since an old overdose", "clean for 4 years since my overdose in 2021, refill please", "", triage.UrgencyRoutine},
		{"not too much", "how much ibuprofen can I take, I don't want to take too much", "", triage.UrgencyRoutine},
		{"if ever, then epipen", "if she ever can't breathe after peanuts, do we use the epipen first?", "", triage.UrgencyRoutine},
		{"sugars in the 300s", "my sugars have been in the 400s all week", "cardio_metabolic", triage.UrgencyUrgent},
		{"red streak", "there's a red streak going up from the cut on my finger", "needs_today", triage.UrgencyUrgent},
		{"metal in the eye", "got a sliver of metal in my eye grinding, it burns", "needs_today", triage.UrgencyUrgent},
		{"fever and hallucinations", "grandpa is burning up and talking to people who aren't there", "sepsis", triage.UrgencyEmergency},
		{"withdrawal", "my brother quit drinking three days ago, now he's shaking and sweating buckets", "withdrawal", triage.UrgencyEmergency},
		{"wanting to quit", "I want to stop drinking, last time I quit I got the shakes", "needs_today", triage.UrgencyUrgent},
		{"double vision headache", "my vision went double and my head is pounding, worst headache", "stroke", triage.UrgencyEmergency},
		{"postpartum breath then calf", "two weeks after delivery I'm out of breath and my calf is swollen", "pulmonary_embolism", triage.UrgencyEmergency},
		{"shoulder tip", "6 weeks pregnant with pain at the tip of my shoulder", "high_risk_signs", triage.UrgencyEmergency},
		{"fainted then racing", "she fainted and now her heart is racing", "heart_rate", triage.UrgencyEmergency},
		{"foot turned out", "after the fall his foot is turned outward and he can't stand", "trauma", triage.UrgencyEmergency},
		{"baby not moving since", "36 weeks and the baby hasn't moved since last night", "preeclampsia", triage.UrgencyEmergency},
		{"no nos reconoce", "mi abuelo está raro, no nos reconoce", "sudden_confusion", triage.UrgencyEmergency},
		{"just wanted to say", "just wanted to say thanks for the care when my son had a seizure last year", "", triage.UrgencyRoutine},
		{"ER visit negative", "went to the ER friday for chest pain, tests were negative, need a follow up", "chest_pain", triage.UrgencyUrgent},
		{"sickle cell", "sickle cell pain crisis, home plan not enough", "needs_today", triage.UrgencyUrgent},
		{"infant diarrhea", "my 5 month old has diarrhea since this morning", "needs_today", triage.UrgencyUrgent},
		{"pink urine after surgery", "after my surgery last week my urine is pink", "needs_today", triage.UrgencyUrgent},
		{"thinner and nosebleed", "I take eliquis and my nose keeps bleeding on and off", "needs_today", triage.UrgencyUrgent},
		{"needs stitches", "cut my hand on glass, I think it needs stitches", "needs_today", triage.UrgencyUrgent},
		{"mom cant talk right", "help my mom cant talk right", "stroke", triage.UrgencyEmergency},
		{"chess pain", "CHESS PAIN and sweating", "chest_pain", triage.UrgencyEmergency},
		{"cant breeth", "cant breeth", "breathing", triage.UrgencyEmergency},
		{"heart tack", "i think hes having a heart tack", "heart_attack", triage.UrgencyEmergency},
		{"2 many pills", "she took 2 many of her sleeping pills", "overdose", triage.UrgencyEmergency},
		{"child took pills", "mi nena se tomó unas pastillas del botiquín", "overdose", triage.UrgencyEmergency},
		{"bone sticking out", "fell off his bike and the bone is sticking out", "trauma", triage.UrgencyEmergency},
		{"skin peeling after scald", "spilled hot soup, boiling, and the skin is peeling off his arm", "burn_or_exposure", triage.UrgencyEmergency},
		{"being beaten", "mi pareja me está golpeando, tengo miedo", "violence", triage.UrgencyEmergency},
		{"no siente las piernas", "después del choque no siente las piernas", "stroke", triage.UrgencyEmergency},
		{"not planning harm", "estoy muy triste, no pienso hacerme daño, pero quiero hablar con alguien", "mental_health", triage.UrgencyUrgent},
		{"breathless on stairs", "con la gripa me falta el aire al subir escaleras", "needs_today", triage.UrgencyUrgent},
		{"denied shortness of breath", "no chest pain, no shortness of breath, just a cough", "", triage.UrgencyRoutine},
		{"rolled off the bed", "the baby rolled off the couch and has thrown up twice", "high_risk_signs", triage.UrgencyEmergency},
		{"neighbour not answering", "my neighbor lives alone and is not answering her door or phone since Sunday", "welfare", triage.UrgencyEmergency},
		{"tirada en el piso", "vi a mi tía tirada en el piso de la sala", "high_risk_signs", triage.UrgencyEmergency},
		{"how many it would take", "I looked up how many of my pills it would take", "suicidal", triage.UrgencyEmergency},
		{"someone to know", "I just wanted someone to know", "suicidal", triage.UrgencyEmergency},
		{"affairs in order", "I've put my affairs in order, thank you for everything", "suicidal", triage.UrgencyEmergency},
		{"cut wrists", "mi prima me mandó fotos de sus muñecas cortadas", "self_harm", triage.UrgencyEmergency},
		{"fell and cannot get up", "fell in the kitchen and can't get up, on the floor since last night", "high_risk_signs", triage.UrgencyEmergency},
		{"narcan somewhere", "he's passed out and blue, we have narcan somewhere", "overdose", triage.UrgencyEmergency},
		{"narcan refill", "can I get my narcan refilled to keep at home", "", triage.UrgencyRoutine},
		{"voices about the baby", "since the birth I hear voices saying to get rid of the baby", "suicidal", triage.UrgencyEmergency},
		{"does not know who I am", "he's wandering outside in the freezing cold and doesn't know who I am", "sudden_confusion", triage.UrgencyEmergency},
		{"pads filled", "llené dos toallas en una hora después del parto", "severe_bleeding", triage.UrgencyEmergency},
		{"denies a plan", "she says it would be better not to wake up but she has no plan", "suicidal", triage.UrgencyUrgent},
		{"a bit short of breath", "a bit short of breath walking to the car, talking fine", "needs_today", triage.UrgencyUrgent},
		{"when I don't take them", "cuando no las tomo me dan sudores y diarrea, son de oxicodona", "needs_today", triage.UrgencyUrgent},
		{"morning after", "condom broke last night, can I get the morning after pill", "needs_today", triage.UrgencyUrgent},
		{"blood from the mouth", "a mi abuelo le salió sangre por la boca y está pálido y frío", "severe_bleeding", triage.UrgencyEmergency},
		{"fell from a roof", "se cayó del techo arreglando la antena", "trauma", triage.UrgencyEmergency},
		{"fall from a ladder only", "fell off a step ladder, wrist looks bent", "injury", triage.UrgencyUrgent},
		{"strangled", "my husband choked me last night and my throat hurts to swallow", "violence", triage.UrgencyEmergency},
		{"spotting in pregnancy", "tengo 10 semanas de embarazo y unas manchitas de sangre poquitas", "pregnancy_bleeding", triage.UrgencyUrgent},
		{"label side effect", "the syrup box says it can cause seizures in small children, is it ok for my 8 year old?", "", triage.UrgencyRoutine},
		{"hereditary question", "mi papá tuvo un derrame, ¿es hereditario? quiero prevenir", "", triage.UrgencyRoutine},
		{"pressure dropped", "ayer me bajó la presión y me mareé", "needs_today", triage.UrgencyUrgent},
		{"agitated on a new ssri", "the new zoloft makes me so jittery I haven't slept", "needs_today", triage.UrgencyUrgent},
		{"curtain over an eye", "like a curtain came down over my left eye ten minutes ago", "stroke", triage.UrgencyEmergency},
		{"saddle numbness", "numb down there in my groin and I can't pee since the morning", "cauda_equina", triage.UrgencyEmergency},
		{"fever after surgery", "had my appendix out last week, now fever 102 with chills and my belly is worse", "sepsis", triage.UrgencyEmergency},
		{"seizure free", "seizure-free for two years, can the doctor sign my driving form", "", triage.UrgencyRoutine},
		{"not short of breath", "cough and fever, but not short of breath sitting down", "high_fever", triage.UrgencyUrgent},
		{"better off without me", "lately I think everyone would be better off without me, but I have no plan", "suicidal", triage.UrgencyUrgent},
		{"positive test, shoulder", "positive pregnancy test last week, now sharp pain on one side and my shoulder hurts, I fainted", "high_risk_signs", triage.UrgencyEmergency},
		{"hot coffee blisters", "hot coffee spilled on his arm, big blisters and the skin is peeling", "burn_or_exposure", triage.UrgencyEmergency},
		{"not felt the baby move", "38 weeks and I haven't felt the baby move since lunch", "preeclampsia", triage.UrgencyEmergency},
		{"don't trust myself", "I don't trust myself alone tonight", "suicidal", triage.UrgencyEmergency},
		{"jaundice and sleepy", "my newborn looks yellow and is too sleepy to feed", "high_risk_signs", triage.UrgencyEmergency},
		{"purple dots", "tiny purple dots on her belly and a high fever", "sepsis", triage.UrgencyEmergency},
		{"on purpose", "my son took pills on purpose after we argued", "overdose", triage.UrgencyEmergency},
		{"breathing pauses", "the baby pauses his breathing for a few seconds and looks pale", "breathing", triage.UrgencyEmergency},
		{"fell then lump", "se cayó el bebé del sillón y le salió un chichón y vomitó", "high_risk_signs", triage.UrgencyEmergency},
		{"fluid leaking at 30 weeks", "30 weeks and fluid keeps leaking down my legs", "pregnancy_bleeding", triage.UrgencyEmergency},
		{"afraid she'll hurt the baby", "since the birth she talks to herself and I'm scared she will hurt the baby", "suicidal", triage.UrgencyEmergency},
		{"third person wants to die", "mi hermano dice que se quiere morir", "suicidal", triage.UrgencyEmergency},
		{"breastbone squeeze", "a squeezing under my breastbone since I woke up", "chest_pain", triage.UrgencyEmergency},
		{"cannot get enough air", "I can't get enough air and the puffer is not working", "breathing", triage.UrgencyEmergency},
		{"tar stool", "stool like tar and I almost fainted getting up", "gi_bleeding", triage.UrgencyEmergency},
		{"insulin twice", "I took my lantus twice by mistake", "overdose", triage.UrgencyEmergency},
		{"brasero", "tenemos un brasero en el cuarto y todos con dolor de cabeza", "burn_or_exposure", triage.UrgencyEmergency},
		{"detector question", "what carbon monoxide detector should we buy for the new house?", "", triage.UrgencyRoutine},
		{"hit by a truck idiom", "flu, I feel like I got hit by a truck", "", triage.UrgencyRoutine},
		{"gonna give me a heart attack", "este niño me va a dar un infarto, jaja, quiero cita", "", triage.UrgencyRoutine},
		{"is that a seizure", "he startles at loud noises, is that a seizure??", "", triage.UrgencyRoutine},
		{"fistula buzz gone", "the buzz in my dialysis fistula is gone", "needs_today", triage.UrgencyUrgent},
		{"goopy eye", "my baby's eye is goopy and crusted shut", "needs_today", triage.UrgencyUrgent},
		{"meter reads 38", "his meter reads 38 and he is sweaty", "glucose", triage.UrgencyEmergency},
		{"oximeter 86", "el oxímetro marca 86 y respira rápido", "breathing", triage.UrgencyEmergency},
		{"pulse 36", "my watch says my pulse is 36 and I feel faint", "heart_rate", triage.UrgencyEmergency},
		{"through towels", "it keeps bleeding through the towels even with pressure", "severe_bleeding", triage.UrgencyEmergency},
		{"thunderclap", "a thunderclap headache hit me at the gym", "severe_headache", triage.UrgencyEmergency},
		{"navel to right", "el dolor empezó en el ombligo y ahora está a la derecha, con fiebre", "acute_abdomen", triage.UrgencyEmergency},
		{"bonked head", "bonked my head yesterday and today I've thrown up twice", "trauma", triage.UrgencyEmergency},
		{"side effect question", "is chest pain a side effect of this inhaler? I don't have it", "", triage.UrgencyRoutine},
		{"action plan form", "please fill in the anaphylaxis action plan for school", "", triage.UrgencyRoutine},
		{"yellow fever vaccine", "¿necesitamos la vacuna de la fiebre amarilla para el viaje?", "", triage.UrgencyRoutine},
		{"since then", "surgery went fine, but since then a fever of 103 with chills and the belly is worse", "sepsis", triage.UrgencyEmergency},
		// The set-asides above must not swallow real signs.
		{"dog bit a person", "our dog bit my son and he is bleeding a lot, do we need a vet for the dog?", "severe_bleeding", triage.UrgencyEmergency},
		{"si is yes", "sí, tiene dolor de pecho fuerte, ¿qué le pasa?", "chest_pain", triage.UrgencyEmergency},
		{"at 3 is a time", "my son had a seizure at 3 this afternoon and he is still drowsy", "seizure", triage.UrgencyEmergency},
		{"nearly died", "he nearly died of an overdose last night, he is still very sleepy", "overdose", triage.UrgencyEmergency},
		{"watching tv", "he was watching tv and collapsed, questions about what to do", "unresponsive", triage.UrgencyEmergency},
		{"caffeine overdose joke", "i overdosed on coffee for my exams lol, can I move my appointment", "", triage.UrgencyRoutine},
		{"food poisoning", "i think i have food poisoning", "", triage.UrgencyRoutine},
		{"seizure now", "my son is having a seizure", "seizure", triage.UrgencyEmergency},
		{"seizure meds", "refill my seizure meds pls", "", triage.UrgencyRoutine},
		{"pregnant bleeding", "14 weeks pregnant and bleeding", "pregnancy_bleeding", triage.UrgencyEmergency},
		{"pregnancy test", "results of my pregnancy blood test please", "", triage.UrgencyRoutine},
		{"anaphylaxis", "my throat is closing after a bee sting", "anaphylaxis", triage.UrgencyEmergency},
		{"heart attack idiom", "this bill almost gave me a heart attack", "", triage.UrgencyRoutine},
		{"heart attack history", "I had a heart attack in 2019 and need my records", "", triage.UrgencyRoutine},
		{"asked about", "what are the signs of a stroke?", "", triage.UrgencyRoutine},
		{"recent past", "had chest pain this morning, fine now", "chest_pain", triage.UrgencyUrgent},
		{"portal", "the portal isnt responding", "", triage.UrgencyRoutine},
		{"unresponsive", "my husband collapsed and won't wake up", "unresponsive", triage.UrgencyEmergency},
		{"infant fever", "my 2 month old has a fever 😢", "young_infant_fever", triage.UrgencyEmergency},
		{"older infant fever", "my 5 month old has a fever 😢", "infant_fever", triage.UrgencyUrgent},
		{"med reaction", "rash all over after starting amoxicillin", "medication_reaction", triage.UrgencyUrgent},
		{"worsening", "the pain in my side keeps getting worse", "worsening", triage.UrgencyUrgent},
		{"no fever", "sore throat, no fever", "", triage.UrgencyRoutine},
		// Spanish.
		{"es chest", "me duele mucho el pecho", "chest_pain", triage.UrgencyEmergency},
		{"es denied", "no tengo dolor de pecho, solo quiero mi cita", "", triage.UrgencyRoutine},
		{"es breathing", "no puedo respirar", "breathing", triage.UrgencyEmergency},
		{"es hidden", "cancelen mi cita, mi papa tiene dolor de pecho ahorita", "chest_pain", triage.UrgencyEmergency},
		{"es stroke", "mi esposo tiene la cara caida y no puede hablar bien", "stroke", triage.UrgencyEmergency},
		{"es suicidal", "ya no quiero vivir", "suicidal", triage.UrgencyEmergency},
		{"es idiom", "esta factura me va a matar", "", triage.UrgencyRoutine},
		{"es bleeding", "me corte y estoy sangrando mucho, no para", "severe_bleeding", triage.UrgencyEmergency},
		{"es blood test", "resultados de analisis de sangre", "", triage.UrgencyRoutine},
		{"es history", "tuve un derrame cerebral hace 3 años y necesito mi historial", "", triage.UrgencyRoutine},
		{"es typo", "tengo dolor de pexho muy fuerte", "chest_pain", triage.UrgencyEmergency},
		{"es accents", "MI BEBÉ NO RESPIRA", "breathing", triage.UrgencyEmergency},
		{"es infant fever", "mi bebe de 2 meses tiene fiebre", "young_infant_fever", triage.UrgencyEmergency},
		{"es older infant fever", "mi bebe de 6 meses tiene fiebre", "infant_fever", triage.UrgencyUrgent},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			flags := triage.FindRedFlags(tt.text)
			if got := triage.MaxUrgency(flags); got != tt.want {
				t.Errorf("urgency: got %s, want %s (flags %+v)", got, tt.want, flags)
			}
			if tt.kind == "" {
				if tt.want == triage.UrgencyRoutine && len(flags) > 0 {
					t.Errorf("want no red flag, got %+v", flags)
				}
				return
			}
			found := false
			for _, f := range flags {
				if f.Kind == tt.kind {
					found = true
				}
				if f.Start < 0 || f.End > len(tt.text) || f.Start >= f.End {
					t.Errorf("flag %s has span [%d,%d) outside the text", f.Kind, f.Start, f.End)
				}
			}
			if !found {
				t.Errorf("want a %s flag, got %+v", tt.kind, flags)
			}
		})
	}
}

func TestFindRedFlagsEvidence(t *testing.T) {
	text := "Hi, need to CANCEL tmrw. my dad has chest pain right now!!"
	flags := triage.FindRedFlags(text)
	if len(flags) != 1 {
		t.Fatalf("got %d flags, want 1: %+v", len(flags), flags)
	}
	if got := text[flags[0].Start:flags[0].End]; got != "chest pain" {
		t.Errorf("evidence: got %q, want %q", got, "chest pain")
	}
}

func TestFindRedFlagsLongText(t *testing.T) {
	text := strings.Repeat("just some words about my bill ", 3000) + "and now i cant breathe"
	flags := triage.FindRedFlags(text)
	if triage.MaxUrgency(flags) != triage.UrgencyEmergency {
		t.Errorf("emergency at the end of a long message: got %+v", flags)
	}
}

func TestMaxUrgency(t *testing.T) {
	if got := triage.MaxUrgency(nil); got != triage.UrgencyRoutine {
		t.Errorf("MaxUrgency(nil) = %s, want routine", got)
	}
	flags := []triage.RedFlag{{Urgency: triage.UrgencyUrgent}, {Urgency: triage.UrgencyEmergency}}
	if got := triage.MaxUrgency(flags); got != triage.UrgencyEmergency {
		t.Errorf("MaxUrgency = %s, want emergency", got)
	}
}
