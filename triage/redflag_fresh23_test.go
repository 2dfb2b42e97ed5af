package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// Found by probe332 (crises seen by the family: 21 of 35 at first run),
// probe333 and probe336 (danger to young people in their own voice: 9 and
// 15 of 35), probe337 (young people's own crises: 18 of 35), probe334 (young adults' emergencies of the body told
// casually) and probe335 (a community internal-medicine fortnight): a
// door banged on with the phone broken, followed from practice with the
// battery dying, woken in a stranger's flat, an adult "friend" coming for
// a thirteen-year-old, a brother beaten next door, a group with a knife
// after the game, shut out in the snow, pictures and a midnight deadline,
// a choke with red dots in the eye; a face swelling with a wheeze, a calf
// hot then breath short, a pop then every breath stabbing, a day without
// urine and the sight going black. And the look-alikes: toenails too
// hard to cut, a list of warning signs for the fridge, an INR high with
// bruises and nothing bleeding, a chronic lung worse than usual with
// speech fine, "he says I'm exaggerating" is no retraction.
func TestFindRedFlagsFreshTwentyThird(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"a door banged on, phone broken", "my stepdad is banging on my bedroom door and he already smashed my phone, mom isnt home. im 13", "violence", triage.UrgencyEmergency},
		{"followed, battery dying", "theres a black car been behind me since i left the gym, same car that was outside my house last night. my battery is at 4%", "violence", triage.UrgencyEmergency},
		{"woken in a stranger's flat", "woke up at some guy's place and dont know where i am, last thing i remember is a drink at the bar", "sexual_assault", triage.UrgencyEmergency},
		{"an adult friend coming for a child", "my online friend (hes 24) is picking me up after school today, he said dont tell my mom. im 14", "abuse", triage.UrgencyEmergency},
		{"a brother beaten", "i can hear my dad hitting my brother with something over and over and he's screaming", "violence", triage.UrgencyEmergency},
		{"a group with a knife", "some kids said theyre gonna jump me after practice and one showed me a knife", "violence", triage.UrgencyEmergency},
		{"shut out in the snow", "my dad kicked me out an hour ago, it's snowing and my fingers are numb and white", "violence", triage.UrgencyEmergency},
		{"pictures and a deadline", "someone says they'll send my pics to everyone at school by midnight unless i pay, honestly it'd be easier to not be here", "suicidal", triage.UrgencyEmergency},
		{"a choke with red dots", "my boyfriend grabbed my throat last night and now there are tiny red dots on my face and the white of my eye is red", "strangulation", triage.UrgencyEmergency},
		{"a face swelling with a wheeze", "tried a new vape and now my face is swelling and I'm wheezing", "anaphylaxis", triage.UrgencyEmergency},
		{"a calf hot, then breath short", "mi pantorrilla está caliente y más gorda desde el lunes y hoy me falta el aire", "pulmonary_embolism", triage.UrgencyEmergency},
		{"a pop, then every breath stabbing", "felt something pop in my chest while lifting and now every breath stabs and I can't lie flat", "breathing", triage.UrgencyEmergency},
		{"no urine and the sight going black", "haven't peed since yesterday, everything goes black when I stand and I can't keep water down", "dehydration", triage.UrgencyEmergency},
		{"toenails too hard to cut", "my toenails are so thick I can't cut them myself, can I see the podiatrist?", "", triage.UrgencyRoutine},
		{"a list for the fridge", "Is chest pain an emergency? I'm making a list of warning signs for my dad's fridge, he's fine right now", "", triage.UrgencyRoutine},
		{"an INR high with bruises only", "my INR was 6.1 today, a few bruises on my arms, nothing bleeding. Do I skip tonight's warfarin?", "", triage.UrgencyUrgent},
		{"a chronic lung worse than usual", "I have COPD and I'm more short of breath than usual since Sunday but I can talk fine. Can I get seen today?", "breathing", triage.UrgencyUrgent},
		{"a photo of the bridge, unreachable", "my son texted me a picture of the overpass by the highway and now he's not answering", "suicidal", triage.UrgencyEmergency},
		{"pills posted, see you never", "my niece posted a photo of a pile of pills with 'see you never' and nobody can reach her", "suicidal", triage.UrgencyEmergency},
		{"a belt on the closet rod, called a joke", "found a belt knotted on the closet rod in my son's room tonight, he says it was a joke", "suicidal", triage.UrgencyEmergency},
		{"a noose searched for", "mi hijo ha estado buscando cómo hacer un nudo corredizo en su teléfono", "suicidal", triage.UrgencyEmergency},
		{"voices and a fire", "my brother stopped his shot and says the voices told him to burn the house, he has gas cans in the garage", "psychosis", triage.UrgencyEmergency},
		{"a baby given back to the water", "my wife says God wants her to give the baby back to the water and keeps running the bath", "postpartum_psychosis", triage.UrgencyEmergency},
		{"a photo of a refill", "foto del frasco de la metformina, ya casi se me acaba, ¿me mandan otro?", "", triage.UrgencyRoutine},
		{"followed off the train, fifteen", "a man followed me off the bus and is standing outside the store, im 15 and its dark", "violence", triage.UrgencyEmergency},
		{"driven off somewhere", "the guy from discord picked me up and won't say where we're going, i keep asking to go home", "abuse", triage.UrgencyEmergency},
		{"a threat to break an arm", "my stepdad said he's gonna break my arm if i leave, he's standing outside my door", "violence", triage.UrgencyEmergency},
		{"one drink, then unable to stand", "my friend had one drink ten minutes ago and now she can't stand up and some guy is trying to take her to his car", "poisoning", triage.UrgencyEmergency},
		{"a cut that will not stop", "did my arm with the razor again and it won't stop bleeding", "self_harm", triage.UrgencyEmergency},
		{"a bottle finished", "finished the bottle of seroquel an hour ago, getting really sleepy", "overdose", triage.UrgencyEmergency},
		{"voices and traffic", "the voices keep saying walk into traffic and I'm at the corner now", "psychosis", triage.UrgencyEmergency},
		{"things given away, the day", "gave my switch to my brother and deleted my insta. today's the day", "suicidal", triage.UrgencyEmergency},
		{"a joke about a voice note", "jajaja me quiero morir, mandé un audio al grupo equivocado. ¿me dan cita para el certificado del gym?", "", triage.UrgencyRoutine},
		{"a gun safe open, a pistol gone", "the gun safe was open this morning and the pistol is gone, my son has been shut in his room all day", "suicidal", triage.UrgencyEmergency},
		{"a roof, someone to know before", "on top of the parking garage rn. just wanted someone to know before", "suicidal", triage.UrgencyEmergency},
		{"a stroke before", "mi abuela have stroke before, she in rehab now, need her records", "", triage.UrgencyRoutine},
		{"his claim of exaggeration", "my husband choked me last night until I blacked out, now it hurts to swallow. he says I'm exaggerating", "violence", triage.UrgencyEmergency},
	})
}
