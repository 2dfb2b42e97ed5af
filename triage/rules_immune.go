package triage

import "slices"

// immuneRules are the emergencies of people whose defences are down or
// whose treatment is strong, which the fourteenth session's sets found
// missing (probe252: chemotherapy, transplants, biologics, a spleen
// removed), of pregnancy and the birth (probe251), and of diabetes and
// the kidneys (probe259): any fever or shaking chills told with a
// chemotherapy by its name, a blood cancer, the spleen gone or a port just
// used; a biologic's fever with confusion, rigors or a spreading redness;
// a transplant's pills not kept down; gums bleeding with red dots; a rash
// with blisters on the lips; the back and then the legs or the bladder
// failing; a high calcium with confusion; immunotherapy's diarrhoea every
// hour or with a faint; a foot or the head coming out; labour early; a
// pressure told "170 con 112"; a sugar high with vomiting or a fast
// breath; a low sugar that will not wake; dialysis skipped, then weak or
// a slow heart. Each is held by a test in redflag_errand_test.go.
var immuneRules = []rule{
	{kind: "immunocompromised_fever", urgency: UrgencyEmergency, lasting: true, notBefore: "finished|completed|termine|terminé|acabe|acabé|done|ended", patterns: eitherOrder(immuneTreatment,
		"fever*|fiebre|calentura|chills|escalofrios|escalofríos|tiritona|tiritando|febrile|febril|spiked|rigors",
		"temp|temperature|temperatura ~~4 #99-106|#38-41", "#100-105 ~0 #0-9", "#38-41 ~0 #0-9",
		"teeth ~2 chattering", "cant|can't ~2 get ~1 warm", "no ~2 entra ~2 en ~1 calor", "shaking ~2 so ~1 hard")},
	// A leukaemia in maintenance, the fever told later in a long message
	// (probe252: "My son (7, ALL, in maintenance) sat next to a kid … who
	// broke out in chickenpox … Tonight he has a fever of 38.4").
	{kind: "immunocompromised_fever", urgency: UrgencyEmergency, lasting: true, patterns: []string{
		"all|aml|leukemia|leucemia ~~2 in|en ~1 maintenance|mantenimiento ~~45 fever*|fiebre|calentura",
	}},
	// A spleen removed, told with a negation ("no tengo bazo"), then a
	// fever: the negation is the spleen's, not the fever's.
	{kind: "immunocompromised_fever", urgency: UrgencyEmergency, lasting: true, patterns: []string{
		"no ~1 tengo|tiene ~1 bazo ~~25 fiebre|calentura|escalofrios|escalofríos|#38-41",
		"no ~1 spleen ~~25 fever*|chills|#100-106|#38-41",
	}},
	// On a biologic or methotrexate, a fever is for today; with
	// confusion, rigors or a redness spreading, it is an emergency.
	{kind: "immunocompromised_fever", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"humira|enbrel|remicade|infliximab|adalimumab|etanercept|rituximab|ocrevus|metotrexato|methotrexate"},
		"no ~2 hablo|habla ~2 con ~1 sentido", "confus*|confundid*", "spreading|extendiendo", "tiritona|rigors|chills|escalofrios|escalofríos")},
	// A transplant's anti-rejection pills not kept down.
	{kind: "rejection_risk", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"tacrolimus|prograf|cellcept|mycophenolate|micofenolato|ciclosporina|cyclosporine|rechazo|antirechazo|anti-rejection"},
		"couldnt|couldn't|cant|can't|no ~2 keep|retener|mantener", "throwing ~1 up", "vomit*|vomitando")},
	// Bleeding gums with bruises or red dots: the platelets gone.
	{kind: "low_platelets", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"gums|encias|encías ~~4 bleed*|sangr*", "bleed*|sangr* ~~4 gums|encias|encías"},
		"tiny ~2 red ~1 dots|spots", "puntitos ~1 rojos", "petequias|petechiae")},
	// A rash with blisters or sores on the lips, the mouth or the eyes,
	// and a fever: the skin peeling away.
	{kind: "skin_emergency", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"lips|labios|mouth|boca|eyes|ojos ~~4 blister*|ampolla*|sores|llagas|peel*", "blister*|ampolla*|peel* ~~4 lips|labios|mouth|boca"},
		"rash|sarpullido|erupcion|erupción|ronchas")},
	// The back, then the legs or the bladder failing: the cord pressed.
	{kind: "cauda_equina", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"back|espalda ~~6 pain|dolor|duele|hurts", "pain|dolor ~~4 back|espalda", "mets|metastas*|metástasis"},
		"casi ~1 no ~2 puedo|puede ~1 caminar", "cant|can't|barely ~2 walk", "se ~1 me|le ~1 doblan", "wet ~1 myself|himself|herself",
		"cant|can't ~2 feel ~2 my|his|her ~1 feet|legs", "no ~2 siento ~2 los|las ~1 pies|piernas")},
	// A high calcium with confusion or deep sleepiness.
	{kind: "critical_lab", urgency: UrgencyEmergency, lasting: true, patterns: eitherOrder(
		[]string{"calcium|calcio"}, "mixed ~1 up", "confus*|confundid*", "really|very|muy ~1 sleepy|somnolient*|dormido")},
	// Immunotherapy's colitis: watery stools every hour, or with a faint.
	{kind: "immunotherapy", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"ipi|nivo|ipilimumab|nivolumab|keytruda|pembrolizumab|opdivo|yervoy|immunotherapy|inmunoterapia"},
		"every ~1 hour", "cada ~1 hora", "nearly|almost|casi ~1 fainted|passed|desmay*", "fainted|desmay*", "#6-30 ~1 times|veces")},
	// A birth under way: a foot or the head out, labour early, waters
	// gone early.
	{kind: "high_risk_signs", urgency: UrgencyEmergency, patterns: slices.Concat(
		[]string{"foot|pie|piecito|leg|pierna ~~4 coming ~1 out", "foot|pie|piecito ~~4 saliendo|asomando"},
		eitherOrder([]string{"#20-36 ~1 weeks|semanas|wks"},
			"contractions|contracciones|tightening|tightenings|dolores|cramping|cramps ~~6 every|cada ~2 #2-10 ~1 min|mins|minutes|minutos",
			"gush|chorro ~~4 fluid|liquid|agua|liquido|líquido|water", "se ~2 me ~1 rompio|rompió|reventó|revento ~2 la ~1 fuente", "water|waters ~1 broke"),
	)},
	{kind: "high_risk_signs", urgency: UrgencyEmergency, patterns: []string{"head|cabeza|cabecita ~2 is|esta|está ~1 out|afuera|saliendo"}, notNext: "of|de"},
	{kind: "preeclampsia", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"#6-9 ~1 meses|months", "#20-42 ~1 weeks|semanas", "embarazada|pregnant"},
		"#160-250 ~2 con|over|sobre ~1 #90-150")},
	// Diabetes and the kidneys (probe259): a sugar high or ketones with
	// vomiting or a fast, deep breath; a low sugar that will not wake or
	// swallow; dialysis skipped, then numb, weak or a slow heart.
	{kind: "glucose", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"sugar|glucose|azucar|azúcar|glucosa|cgm|dexcom|libre|meter|aparato|glucometro|glucómetro ~~6 #300-900|hi|high", "amaneci|amanecí|woke ~~3 #300-900", "ketones|cetonas ~~4 #1-9|high|altas|moderate|large"},
		"vomit*|vomitando|vomite|vomité|guacare*", "throwing ~1 up", "breathing|respirando ~~3 weird|fast|agitado|panting|deep|hondo", "panting")},
	{kind: "glucose", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"azucar|azúcar|sugar|glucose|glucosa ~~4 #15-55", "bajada ~2 de ~1 azucar|azúcar", "low ~1 sugar"},
		"no ~2 despierta|despierte", "cant|can't ~2 wake", "no ~2 traga", "cant|can't ~2 swallow", "amodorrad*", "hard ~2 to ~1 wake")},
	// The fifteenth session's second set of the immunocompromised
	// (probe261): a port red and swollen with a fever; shingles by the eye
	// of someone on anti-rejection drugs or chemotherapy; steroids taken
	// for years and then not kept down, or with confusion.
	{kind: "immunocompromised_fever", urgency: UrgencyEmergency, lasting: true, patterns: eitherOrder(
		[]string{"port|reservorio|picc ~~6 red|roja|rojo|swollen|hinchad*|pus|hot|caliente|draining|supura"},
		"fever*|fiebre|calentura|chills|escalofrios|escalofríos|rigors|temblores", "temp|temperature|temperatura ~~4 #99-106|#38-41", "#100-105 ~0 #0-9", "#38-41 ~0 #0-9")},
	// A central line snapped or cut and bleeding (probe266): "her broviac
	// snapped above the clamp and blood is coming out".
	{kind: "severe_bleeding", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"broviac|hickman|picc|line|cateter|catéter|catheter|port|reservorio ~~6 snapped|broke|broken|cracked|cut|split|rompio|rompió|roto|rota|cortado|partido",
			"snapped|broke|cut|rompio|rompió|corto|cortó ~~4 broviac|hickman|picc|line|cateter|catéter|catheter|port|reservorio"},
		"blood|bleeding|sangre|sangrando", "pinching|apretando|pellizcando")},
	{kind: "eye_emergency", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"shingles|culebrilla|zoster|herpes ~~10 eye|eyes|ojo|ojos|forehead|frente"},
		"transplant*|trasplant*|tacrolimus|prograf|cellcept|mycophenolate|micofenolato|chemo*|quimio*")},
	{kind: "adrenal_crisis", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"prednisone|prednisona|steroids|esteroides|cortisona|dexamethasone|dexametasona"},
		"keep ~3 pills|meds|medicine|anything|it|them ~1 down", "no ~2 retengo|retiene|aguanto|aguanta ~2 pastillas|nada", "not ~1 making ~1 sense", "no ~2 tiene|tengo ~1 sentido")},
	{kind: "kidney_failure", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"dialysis|hemodialysis|diálisis|dialisis|hemodialisis ~~16 skipped|missed|falto|faltó|salte|salté"},
		"numb*|weak*|debil*|hormigue*", "heart ~~4 slow|skipping", "corazon|corazón ~~4 lento|salta")},
}

// immuneTreatment are the treatments and states after which any fever is
// an emergency (chemotherapy by its regimens' names, blood cancers, a
// spleen removed, a port just used), as patients and carers write them.
// A transplant's or a biologic's fever alone is for today (independent
// sets label it so): see the rules above and conditionRules.
var immuneTreatment = []string{
	"chemo*|quimio*|folfox|folfiri|folfirinox|carbo|carboplatin|taxol|paclitaxel|cisplatin|rchop|abvd|induction|induccion|inducción",
	"capox|xelox|capecitabine|capecitabina|xeloda|gemcitabine|gemcitabina|gemzar|oxaliplatin|oxaliplatino|irinotecan|docetaxel|taxotere|doxorubicin|doxorrubicina|adriamycin|cytoxan|cyclophosphamide|ciclofosfamida|etoposide|vincristine|cytarabine|citarabina|temozolomide|bendamustine",
	"are|r ~0 chop", // "R-CHOP" (the R read as "are")
	// A leukaemia's maintenance: "My son (7, ALL, in maintenance)" (probe252,
	// which only the alarm had read until the twenty-fifth session's
	// retraining moved it under its threshold).
	"all|aml|leukemia|leucemia ~~2 in|en ~1 maintenance|mantenimiento", "maintenance|mantenimiento ~1 chemo|chemotherapy|quimio|quimioterapia|phase|fase",
	"neutropen*|leukemia|leucemia|leukaemia|lymphoma|linfoma|myeloma|mieloma|aml",
	"spleen|bazo ~~4 since|desde|removed|out|gone|quitaron|sacaron|hace", "splenectomy|esplenectomia|esplenectomía|asplenia",
	"port|reservorio|picc ~~6 accessed|used|flushed|pincharon|usaron|lavaron|limpiaron", "pincharon|usaron|used|accessed|lavaron|limpiaron|flushed ~~4 reservorio|port|picc",
}
