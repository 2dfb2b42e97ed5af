package triage

// youngParentRules are emergencies of pregnancy and the first weeks told
// by teenage and very young parents in their own words: a positive test
// and a one-sided pain with a shoulder pain or a faint coming (an
// ectopic), "something like a cord hanging down there", a baby of weeks
// fallen from a couch with a soft bump, heavy bleeding with big clots days
// after a birth with dizziness, late pregnancy with blurred sight. probe115 (50 such emergencies, 50 look-alikes) found
// them missing at first run.
var youngParentRules = []rule{
	{kind: "high_risk_signs", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"side|lado ~~30 positive|positiva|positivo", "positive|positiva|positivo ~~30 side|lado"},
		"shoulder|hombro", "pass ~1 out", "faint*|desmay*", "mareo|mareada|mareado|dizzy|lightheaded"),
		idiom: "covid|flu|strep|influenza|rsv|gripa|gripe|tb|tuberculosis"}, // a positive test of an infection
	{kind: "high_risk_signs", urgency: UrgencyEmergency, patterns: []string{
		"cord|cordon|cordón ~~4 hanging|coming|sticking|colgando|saliendo|salir",
		"fell|cayo|cayó|rolled|rodo|rodó ~~8 couch|bed|sofa|cama|sillon|sillón|table|mesa ~~20 #1-8 ~1 weeks|wks|week|semanas",
		"#1-8 ~1 weeks|wks|week|semanas ~~20 fell|cayo|cayó|rolled|rodo|rodó ~~8 couch|bed|sofa|cama|sillon|sillón|table|mesa",
		"couch|bed|sofa|cama|sillon|sillón|table|mesa ~~8 fell|cayo|cayó|rolled|rodo|rodó ~~25 #1-8 ~1 weeks|wks|week|semanas",
	}},
	{kind: "severe_bleeding", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"di ~1 a ~1 luz ~~15 bleeding|sangrando|sangre", "gave ~1 birth ~~15 bleeding|sangrando", "delivered ~~15 bleeding"},
		"clots|coagulos|coágulos ~2 grandes|big|large|huge", "mareada|mareado|dizzy|faint*|desmay*|debil|weak")},
	{kind: "preeclampsia", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"#20-42 ~1 semanas|weeks|wks"},
		"ve|veo|vista ~2 borroso|borrosa", "blurry|blurred ~1 vision", "vision ~2 blurry")},
}

// respiratoryRules are emergencies of adults with flu, COVID or pneumonia
// at home (probe114): breathing too fast to talk, a near faint that
// comes back with a grey face.
var respiratoryRules = []rule{
	{kind: "breathing", urgency: UrgencyEmergency, patterns: []string{
		"breathing|breathe|respiro|respira ~~8 cant|can't|no ~2 talk|speak|hablar",
	}},
	{kind: "fainting", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"nearly|almost|casi ~2 passed|fainted|desmay*"}, "gray|grey|gris|blue|twice|veces")},
}
