package triage

// streetRules are emergencies of people living outdoors, told by outreach
// workers, shelter staff, friends or themselves: a beating with kicks to
// the head, then vomiting or drowsiness; a day in the sun without water
// and sweating stopped. probe108 (50 such emergencies, 50 look-alikes)
// found them missing at first run.
var streetRules = []rule{
	{kind: "trauma", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"kicked|punched|stomped|beaten|beat|patearon|pegaron|golpearon|golpiza|paliza ~~8 head|cabeza"},
		"vomit*|vomitar|vomito|vomitando|threw|throwing|puking", "dormido|dormida|drowsy|sleepy|somnolient*",
		"no ~2 contesta|responde", "confus*|confundid*")},
	{kind: "heat_stroke", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"stopped|quit|not|no|dejo|dejó ~2 sweating|sudando|sudar"},
		"sun|heat|hot|calor|sol", "dizzy|mareado|mareada", "confus*|confundid*", "cant ~2 stand", "puked|vomit*|vomito")},
}
