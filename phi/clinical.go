package phi

// Topic is a kind of clinical content that the minimum-necessary rule
// keeps off low-tier channels.
type Topic string

// The clinical topics the policy recognises, in English and Spanish.
const (
	TopicResults      Topic = "results"       // lab, imaging and test results
	TopicDiagnosis    Topic = "diagnosis"     // conditions and diagnoses
	TopicMedication   Topic = "medication"    // drugs, doses, prescriptions
	TopicMentalHealth Topic = "mental_health" // psychiatric care and therapy
	TopicReproductive Topic = "reproductive"  // pregnancy, fertility, contraception
	TopicSubstance    Topic = "substance"     // alcohol and drug use
	TopicProcedure    Topic = "procedure"     // surgery and procedures
	TopicSymptom      Topic = "symptom"       // symptoms described
)

// clinicalTerms maps folded words to their topic. The lists favour words
// that are clinical in any sentence; ambiguous ones ("test", "pain", "lab",
// "positive", "pharmacy") are left out so that "a test message", "lab
// hours" or "we're positive it went through" pass.
var clinicalTerms = func() map[string]Topic {
	m := map[string]Topic{}
	add := func(t Topic, words ...string) {
		for _, w := range words {
			m[w] = t
		}
	}
	add(TopicResults, "result", "results", "resultado", "resultados", "labs",
		"biopsy", "biopsia", "pathology", "patologia", "abnormal", "anormal", "anormales", "mri", "resonancia", "xray", "x-ray",
		"radiografia", "ultrasound", "ultrasonido", "ecografia", "mammogram", "mamografia", "a1c",
		"cholesterol", "colesterol", "glucose", "glucosa", "hemoglobin", "hemoglobina", "psa", "pap",
		"culture", "cultivo", "analisis", "bloodwork")
	add(TopicDiagnosis, "diagnosis", "diagnosed", "diagnostico", "diagnosticado", "diagnosticada",
		"cancer", "tumor", "diabetes", "diabetic", "diabetico", "diabetica", "hypertension",
		"hipertension", "hiv", "vih", "aids", "sida", "hepatitis", "std", "sti", "ets", "chlamydia",
		"clamidia", "gonorrhea", "gonorrea", "syphilis", "sifilis", "herpes", "covid", "asthma", "asma",
		"copd", "epoc", "epilepsy", "epilepsia", "dementia", "demencia", "alzheimer", "alzheimer's",
		"alzheimers", "stroke", "infarto", "leukemia", "leucemia", "lymphoma", "linfoma", "carcinoma",
		"malignant", "maligno", "maligna", "infection", "infeccion", "disease", "enfermedad",
		"disorder", "trastorno", "fracture", "fractura", "pneumonia", "neumonia")
	add(TopicMedication, "prescription", "prescriptions", "prescribed", "rx", "refill", "refills",
		"receta", "recetas", "medication", "medications", "medicine", "medicines", "meds",
		"medicamento", "medicamentos", "medicina", "dose", "dosage", "dosis", "mg", "mcg", "pill", "pills",
		"tablet", "tablets", "pastilla", "pastillas", "insulin", "insulina", "metformin", "metformina",
		"lisinopril", "atorvastatin", "oxycodone", "opioid", "opioids", "antibiotic", "antibiotics",
		"antibiotico", "antibioticos", "antidepressant", "sertraline", "prozac", "xanax", "adderall",
		"suboxone", "methadone", "metadona", "chemo", "chemotherapy", "quimioterapia", "vaccine",
		"vacuna", "injection", "inyeccion", "inhaler", "inhalador")
	add(TopicMentalHealth, "depression", "depresion", "depressed", "deprimido", "deprimida",
		"anxiety", "ansiedad", "bipolar", "schizophrenia", "esquizofrenia", "psychiatric",
		"psychiatrist", "psiquiatra", "psiquiatrico", "therapy", "therapist", "terapia", "terapeuta",
		"suicidal", "suicide", "suicidio", "suicida", "counseling", "ptsd", "psychologist", "psicologo",
		"psicologa")
	add(TopicReproductive, "pregnant", "pregnancy", "embarazo", "embarazada", "abortion", "aborto",
		"miscarriage", "contraception", "contraceptive", "anticonceptivo", "anticonceptivos", "ivf",
		"fertility", "fertilidad", "prenatal", "ob", "obgyn", "gynecology", "ginecologia")
	add(TopicSubstance, "alcohol", "alcoholism", "alcoholismo", "overdose", "sobredosis", "addiction",
		"adiccion", "detox", "sobriety", "opiates", "cocaine", "cocaina", "heroin", "heroina")
	add(TopicProcedure, "surgery", "cirugia", "operation", "operacion", "colonoscopy", "colonoscopia",
		"endoscopy", "endoscopia", "procedure", "procedimiento", "transplant", "trasplante", "dialysis",
		"dialisis", "mastectomy", "vasectomy", "vasectomia", "hysterectomy", "histerectomia", "catheter",
		"stent", "radiation", "radioterapia", "infusion", "infusion's")
	add(TopicSymptom, "fever", "fiebre", "bleeding", "sangrado", "sangre", "rash", "sarpullido",
		"vomiting", "vomito", "vomitos", "nausea", "nauseas", "dizziness", "mareo", "mareos",
		"symptom", "symptoms", "sintoma", "sintomas", "lump", "bulto", "swelling", "hinchazon",
		"diarrhea", "diarrea", "cough", "tos", "infected", "infectado", "seizure", "convulsion")
	return m
}()

// ClinicalTopics returns the clinical topics mentioned in text, each once,
// in the order first seen. It never returns the words themselves.
func ClinicalTopics(text string) []Topic {
	s := newScan(text)
	defer s.release()
	var out []Topic
	for i := range s.toks {
		if s.toks[i].kind != tWord {
			continue
		}
		if !s.has(i, bClinical) {
			continue
		}
		t, ok := clinicalTerms[string(s.low(i))]
		if !ok {
			continue
		}
		seen := false
		for _, x := range out {
			seen = seen || x == t
		}
		if !seen {
			out = append(out, t)
		}
	}
	return out
}
