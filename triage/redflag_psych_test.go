package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// TestFindRedFlagsPsych holds the classes found by probe33: psychiatric
// crises, violence and medicines gone wrong (psychosis or mania with
// danger, a new mother out of touch with reality, threats to others,
// abuse told with its injuries, a sexual assault just now, serotonin
// syndrome, lithium toxicity, neuroleptic malignant syndrome, clozapine
// with a fever, black stool on a blood thinner, a wrong insulin with its
// symptoms), and the look-alikes that must stay below emergency: idioms,
// shows, leaflets, past stays, relatives and "what if" questions.
func TestFindRedFlagsPsych(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		// Psychosis or mania with danger.
		{"voices and a machete", "my uncle says the voices want him to protect the house and he sleeps with a machete under his pillow now", "psychosis", triage.UrgencyEmergency},
		{"voces que se tire", "mi primo dice que las voces le ordenan que se tire de la azotea", "psychosis", triage.UrgencyEmergency},
		{"barricaded", "she barricaded herself in the garage and is screaming at people who aren't there", "psychosis", triage.UrgencyEmergency},
		{"no sleep, gun", "my brother hasn't slept in three days and keeps cleaning his gun in the kitchen", "psychosis", triage.UrgencyEmergency},
		{"sin dormir, invencible", "mi papá lleva días sin dormir y dice que es invencible, quiere manejar a toda velocidad", "psychosis", triage.UrgencyEmergency},
		{"no sleep, can't die", "she hasn't been sleeping for days and says she can't die so she walked into traffic", "psychosis", triage.UrgencyEmergency},
		{"up four nights, 100 mph", "my father has been up for four nights straight and is driving around at 100 mph", "psychosis", triage.UrgencyEmergency},
		// A new mother out of touch with reality.
		{"baby possessed", "since the birth last week my wife says our daughter is possessed and won't hold her", "postpartum_psychosis", triage.UrgencyEmergency},
		{"bebé no es nuestro", "mi nuera tuvo al bebé hace 12 días y ahora jura que el bebé no es nuestro", "postpartum_psychosis", triage.UrgencyEmergency},
		{"not alone with newborn", "my sister had her baby 3 weeks ago, she's talking nonsense and I'm afraid to leave her alone with him", "postpartum_psychosis", triage.UrgencyEmergency},
		{"dios le dice, bebé", "desde el parto mi esposa no duerme y dice que Dios le habla por las noches sobre el bebé", "postpartum_psychosis", triage.UrgencyEmergency},
		{"baby must be sacrificed", "my wife gave birth three weeks ago and says the baby must be sacrificed", "postpartum_psychosis", triage.UrgencyEmergency},
		// Threats to others.
		{"thoughts of stabbing coworker", "i can't stop thinking about stabbing my coworker, i brought a knife to work today", "violence", triage.UrgencyEmergency},
		{"ganas de matar al vecino", "tengo ganas de matar al vecino, ya no me puedo controlar", "violence", triage.UrgencyEmergency},
		{"coming with a knife", "my ex texted that he's coming here with a knife after his shift", "violence", triage.UrgencyEmergency},
		{"won't survive the night", "he told me I won't survive the night if I leave", "violence", triage.UrgencyEmergency},
		{"no vas a amanecer", "mi exnovio me escribió que no vas a amanecer, perra", "violence", triage.UrgencyEmergency},
		{"yelling, going to kill her", "the man downstairs is yelling he's going to kill her and something just crashed", "violence", triage.UrgencyEmergency},
		{"going to shoot girlfriend", "my roommate said he's going to shoot his girlfriend tonight", "violence", triage.UrgencyEmergency},
		{"quiero matar a mi esposo", "quiero matar a mi esposo, ya tengo el veneno", "violence", triage.UrgencyEmergency},
		{"threatened with a gun", "he threatened me with a gun tonight and is still in the house", "violence", triage.UrgencyEmergency},
		{"amenazó con un cuchillo", "mi esposo me amenazó con un cuchillo hace una hora", "violence", triage.UrgencyEmergency},
		// Abuse told with its injuries.
		{"boyfriend hits her, bruises", "my daughter's boyfriend hits her, she has bruises on her neck and ribs", "abuse", triage.UrgencyEmergency},
		{"le pega, moretones", "mi sobrina tiene moretones en las piernas y dice que su padrastro le pega con el cinturón", "abuse", triage.UrgencyEmergency},
		{"cigarette burns", "the boy next door has round cigarette burns on his arms", "abuse", triage.UrgencyEmergency},
		{"caregiver hits her", "my grandmother's caregiver hits her, she has bruises on both wrists", "abuse", triage.UrgencyEmergency},
		// A sexual assault just now.
		{"raped last night", "i think i was raped last night at a party, i woke up somewhere i don't know", "sexual_assault", triage.UrgencyEmergency},
		{"abusaron sexualmente", "a mi hija la abusaron sexualmente hace unas horas", "sexual_assault", triage.UrgencyEmergency},
		// A suicide threatened, not a death told.
		{"si me deja me suicido", "si mi novio me deja me suicido", "suicidal", triage.UrgencyEmergency},
		{"almost committed suicide", "I almost committed suicide last night", "suicidal", triage.UrgencyEmergency},
		{"just raped", "i was just raped and i'm in my car", "sexual_assault", triage.UrgencyEmergency},
		// Drugs gone wrong.
		{"serotonin: fluoxetine + tramadol", "on prozac and the dentist gave me tramadol, now i'm twitching all over and my temp is 102", "drug_toxicity", triage.UrgencyEmergency},
		{"serotonina: venlafaxina", "tomo venlafaxina y me dieron sumatriptan, tengo fiebre y los músculos se me sacuden", "drug_toxicity", triage.UrgencyEmergency},
		{"lithium, diarrhea, stumbling", "my husband takes lithium, he's had diarrhea all day and now he's stumbling and slurring", "drug_toxicity", triage.UrgencyEmergency},
		{"litio, confundido, vomita", "mi tío toma litio, está confundido y vomita desde la mañana", "drug_toxicity", triage.UrgencyEmergency},
		{"risperidone rigid fever", "my son's risperidone was raised and today he is rigid and has a fever of 103", "drug_toxicity", triage.UrgencyEmergency},
		{"olanzapina rígido confundido", "le subieron la olanzapina y está rígido y desorientado", "drug_toxicity", triage.UrgencyEmergency},
		{"clozapine chills", "my brother is on clozaril and woke up with chills and a fever", "drug_toxicity", triage.UrgencyEmergency},
		{"clozapina garganta", "tomo clozapina y me duele mucho la garganta desde ayer", "drug_toxicity", triage.UrgencyEmergency},
		{"eliquis black stool", "I'm on eliquis and my stool has been black since yesterday", "gi_bleeding", triage.UrgencyEmergency},
		{"warfarina evacuaciones negras", "tomo warfarina y las evacuaciones me salen negras", "gi_bleeding", triage.UrgencyEmergency},
		{"wrong insulin, sweaty", "took my humalog instead of my tresiba at night and now I'm sweaty and confused", "medication_error", triage.UrgencyEmergency},
		{"dosis equivocada, sudando", "le puse a mi papá la dosis equivocada de insulina y ahora está sudando y tembloroso", "medication_error", triage.UrgencyEmergency},
		{"took husband's insulin by accident", "I accidentally took my husband's insulin and now I'm shaking and sweating", "medication_error", triage.UrgencyEmergency},
		// Idioms, shows, leaflets, the past, relatives and questions stay
		// below emergency.
		{"kill my sister lol", "gonna kill my sister if she borrows my car again lol", "", triage.UrgencyRoutine},
		{"mamá me va a matar", "mi mamá me va a matar si no llego a cenar", "", triage.UrgencyRoutine},
		{"thinking I hurt her feelings", "I keep thinking I hurt her feelings at dinner", "", triage.UrgencyRoutine},
		{"documentary overdose", "we watched a documentary about a man who overdosed on insulin, is my dose safe?", "", triage.UrgencyRoutine},
		{"leaflet lithium", "the lithium leaflet says vomiting and confusion are warning signs, how often should I get levels?", "", triage.UrgencyRoutine},
		{"what if clozapine fever", "what should I do if I ever get a fever on clozapine?", "", triage.UrgencyRoutine},
		{"switched insurance baby", "we switched plans for the whole family including the baby", "", triage.UrgencyRoutine},
		{"can't leave baby to shower", "I can't even shower because the baby cries when I leave", "", triage.UrgencyRoutine},
		{"mom hurt her back", "my mom hurt her back lifting boxes and has a big bruise", "", triage.UrgencyRoutine},
		{"won't make it tomorrow", "I won't make it tomorrow, can we move my appointment?", "", triage.UrgencyRoutine},
		{"no va mañana", "el doctor no va mañana, ¿verdad? para cambiar mi cita", "", triage.UrgencyRoutine},
		{"sunburn", "me quemó el sol en la playa y tengo quemaduras en la espalda", "injury", triage.UrgencyUrgent},
		{"no dormir, estudiando", "llevo dos noches sin dormir por los exámenes", "", triage.UrgencyRoutine},
		{"assault survivor group", "is there a sexual assault survivor group at the clinic?", "", triage.UrgencyRoutine},
		{"assaulted in college", "I was sexually assaulted in college and would like a trauma therapist", "", triage.UrgencyRoutine},
		{"knife set", "my brother is coming over with his knife set to cook dinner", "", triage.UrgencyRoutine},
		{"hit by accident", "my dad hit me with the car door by accident and now I have a bruise", "", triage.UrgencyRoutine},
		{"abuelo se suicidó", "mi abuelo se suicidó cuando yo tenía diez años, ¿tengo más riesgo?", "", triage.UrgencyRoutine},
		{"cousin committed suicide", "my cousin committed suicide, is depression genetic?", "", triage.UrgencyRoutine},
		{"aunt postpartum", "my aunt had postpartum psychosis, should I see someone before my due date?", "", triage.UrgencyRoutine},
	})
}
