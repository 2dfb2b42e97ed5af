package triage

import "slices"

// deviceRules are emergencies of patients who live with a device, a line
// or a strong treatment, told by them or their carers: a heart pump
// (LVAD) alarming or stopped, a trach out or bleeding, a black stoma, a
// port arm and neck swelling, a low oxygen reading at home, ketones with
// vomiting after a pump failed, insulin bolused by tens of units by
// mistake, an INR far too high with bleeding, bleeding on low platelets,
// a catheter that stopped draining with chills or clots, colitis on
// immunotherapy, numb legs after an epidural, a feeding tube pulled and
// fed through. probe48 (50 such emergencies, 50 look-alikes) found them
// missing at first run.
var deviceRules = []rule{
	// A line in a vein or a dialysis catheter, then shaking chills: the
	// line is infected and the blood with it.
	{kind: "line_infection", urgency: UrgencyEmergency, patterns: eitherOrder(
		// A line, but not one drawn around a redness ("past the line I drew").
		[]string{"dialisis|dialysis|hemodialisis|hemodialysis|catheter|cateter|port|puerto|picc|via", "central|iv|picc|midline|arterial ~1 line"},
		"escalofrio*|chills|rigors", "tiembla|temblando|shaking ~2 mucho|uncontrollably", "shaking ~2 all ~1 over")},
	// A heart pump alarming red or stopped.
	{kind: "device_failure", urgency: UrgencyEmergency, patterns: append([]string{
		"lvad|vad ~~20 red|rojo|roja|continuous|continuo|constant|apago|apagó|apagado|shut|died|dead|muerto",
		"lvad|vad ~~20 low ~1 flow", "lvad|vad ~~20 flujo ~1 bajo",
	}, joined(heartPump, " ~~25 ", []string{"pale|palido|palida|dizzy|mareado|mareada|weak|debil|faint*|desmay*|confus*|confundid*"})...),
		notAfter: "charged|cargadas|swapped|cambiamos"},
	// A pump of prostacyclin for pulmonary hypertension stopped: minutes
	// off it can be fatal (fresh376: "Flolan pump stopped and the backup
	// cassette I mixed is leaking. Been off about 10 min").
	{kind: "device_failure", urgency: UrgencyEmergency, patterns: []string{
		"flolan|veletri|epoprostenol|remodulin|treprostinil ~~12 stopped|leaking|occlu*|disconnected|broke|broken|paro|paró|apago|apagó|fuga",
		"stopped|died|paro|paró|apago|apagó ~~4 pump|bomba ~~3 flolan|veletri|epoprostenol|remodulin|treprostinil",
	}},
	// A trach that came out and will not go back, is blocked, or bleeds
	// bright red.
	{kind: "airway_device", urgency: UrgencyEmergency, patterns: []string{
		"trach|traqueo*|tracheostomy ~~20 cant|can't|cannot|couldnt|wont|no ~5 back|in|meter|entra|pasa|reinsert*|replace|cambiar|poner",
		"trach|traqueo*|tracheostomy ~~12 blocked|plugged|clogged|tapad*|obstruid*|tapo|tapó",
		"trach|traqueo*|tracheostomy ~~20 blood|sangre", "trach|traqueo*|tracheostomy ~~20 bright ~1 red",
		"blood|sangre ~~20 trach|traqueo*|tracheostomy", "bright ~1 red ~~20 trach|traqueo*|tracheostomy",
		"lips|labios|face|cara ~4 gray|grey|gris|grisaceo|grisaceos|grisacea|ashen",
	}, mild: lightBleeding + "|streak*|tinged|pink|rosad*|hilito*"},
	// A stoma gone black or purple: its blood supply is lost.
	{kind: "stoma", urgency: UrgencyEmergency, patterns: []string{
		"stoma|estoma|ostomy|ostomia|colostom*|ileostom* ~~10 black|negro|negra|purple|morado|morada|dusky|gray|grey|gris|azul|blue",
	}},
	// A port or line, then the arm and neck or face swelling: a clot in
	// the great veins.
	{kind: "line_clot", urgency: UrgencyEmergency, patterns: []string{
		"arm|brazo ~3 and|y ~2 neck|cuello|face|cara ~4 puffy|swollen|swell*|hinchad*|inflamad*",
		"neck|cuello|face|cara ~3 and|y ~2 arm|brazo ~4 puffy|swollen|swell*|hinchad*|inflamad*",
		"face|cara ~4 puffy|swollen|hinchad* ~~10 arm|brazo ~4 swollen|puffy|hinchad*", "veins|venas ~~6 chest|pecho|cuello|neck ~~4 sticking|bulging|saltadas|brotadas",
		"puffy|swollen|hinchad*|inflamad* ~3 arm|brazo ~3 and|y ~2 neck|cuello|face|cara",
	}},
	// A low oxygen reading at home.
	{kind: "low_oxygen", urgency: UrgencyEmergency, patterns: []string{
		"oxygen|oxigeno|o2|sat|sats|saturation|saturacion|saturando|oxigenacion|oximeter|oximetro|spo2|ox ~~8 #50-87",
		"finger ~2 thing|clip|monitor|meter ~~6 #50-87",
	}, notAfter: "liters|litros|lpm|l|percent|mg|dollars|dolares|years|anos|lbs|kg|hours|horas|days|dias|minutes|minutos"},
	// A sugar low and still falling, or low with no standing up, alone
	// (probe163: "El sensor dice 40 y sigue bajando … no sube", "me puse
	// mi insulina igual. Ahora tengo 41, no me puedo parar").
	{kind: "glucose", urgency: UrgencyEmergency, patterns: slices.Concat(
		joined([]string{"sensor|meter|glucometro|glucómetro|libre|dexcom|cgm|sugar|azucar|azúcar|glucosa ~~4 #20-54"}, " ~~12 ",
			[]string{"sigue ~1 bajando", "still ~2 dropping|falling|going", "no ~1 sube", "wont|won't ~2 come|go ~1 up", "mareado|mareada|dizzy|confus*|confundid*", "no ~2 puedo ~1 pensar|pararme"}),
		joined([]string{"insulin|insulina ~~20 tengo|marca|dice|reading|says|at ~1 #20-54"}, " ~~12 ",
			[]string{"no ~2 puedo|puede ~1 parar|pararme|pararse|levantarme", "cant|can't ~2 stand|get ~1 up", "borroso|blurry", "sola|solo|alone", "confus*|confundid*"}),
	)},
	// Ketones high or positive, with vomiting: diabetic ketoacidosis.
	{kind: "glucose", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"ketones|ketone|cetonas|cetona ~3 large|high|moderate|altas|alto|altos|elevad*|positive|positivas|positivo|#1-20",
			"large|high|moderate|altas|altos ~2 ketones|ketone|cetonas"},
		"vomit*|vomito|vomitando|vomita|thrown|threw|throwing|puked|puking|emesis", "cant ~2 keep",
		// A school nurse's shorthand: "deep rapid resps, lethargic".
		"deep ~2 rapid|fast ~1 resps|breathing|breaths|respirations", "lethargic|letargico|letargica")},
	// Insulin by tens of units, by mistake: a low that is still coming.
	{kind: "medication_error", urgency: UrgencyEmergency, lasting: true, patterns: []string{
		"#15-999 ~2 units|unidades|u ~~10 instead|accident*|mistake|error|equivoc*|wrong",
		"#15-999 ~2 units|unidades|u ~~10 sin ~1 querer",
		"instead|accident*|mistake|error|equivoc*|wrong ~~10 #15-999 ~2 units|unidades|u",
		"sin ~1 querer ~~10 #15-999 ~2 units|unidades|u",
		"en ~1 vez ~2 de ~~4 #1-20 ~~6 #15-999",
	}, notNext: "kilo*|kg|kgs|lb|lbs|libras|pounds|ml|mg|anos|years|meses|months|semanas|weeks|dias|days"}, // "10 ml en vez de 5. Pesa 20 kilos"
	// A blood thinner far too strong, with bleeding (bruises alone, with
	// "nothing bleeding", are for a clinician today: fresh335).
	{kind: "bleeding", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"inr ~4 #5-30"},
		"bleed*|bleeding|blood|sangre|sangr*|red|roja|rojo")},
	// Bleeding on low platelets.
	{kind: "bleeding", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"plaquetas ~3 bajas|bajitas", "low ~2 platelets|platelet", "platelets|platelet ~3 low", "platelets|plaquetas ~3 were|are|en|de ~2 #1-20"},
		"bleed*|sangr*|sangre|blood|nosebleed*|hemorrag*")},
	// A urinary catheter that stopped draining, with chills or a fever,
	// or with clots.
	{kind: "catheter", urgency: UrgencyEmergency, patterns: slices.Concat(
		joined(joined([]string{urinaryCath}, " ~~20 ", notDraining), " ~~25 ", []string{"chills|escalofrio*|shaking|tembl*|tiembla|fever*|fiebre|calentura|#100-106|#38-41"}),
		joined([]string{"clots|clot|coagulos|coágulos|cuajos"}, " ~~15 ", notDraining),
		joined(notDraining, " ~~15 ", []string{"clots|clot|coagulos|coágulos|cuajos"}),
	)},
	// Colitis or worse on immunotherapy: bloody diarrhoea.
	{kind: "immunotherapy", urgency: UrgencyEmergency, patterns: []string{
		immunoDrugs + " ~~25 diarr* ~~15 blood|bloody|sangre|sangrado",
		immunoDrugs + " ~~25 blood|bloody|sangre ~~15 diarr*",
	}},
	// Legs numb or heavy, or the bladder gone, after an epidural or a
	// back injury: the spinal cord or its nerves are pressed.
	{kind: "cauda_equina", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{
			"legs|piernas ~4 numb|heavy|weak|entumid*|dormid*|adormecid*|debil*|pesad*",
			"numb|entumid*|dormid*|adormecid* ~6 privates|groin|genital*|entrepierna|inner ~1 thighs|saddle|butt|nalgas|partes",
			"privates|groin|genital*|entrepierna|inner ~1 thighs|saddle|partes ~6 numb|entumid*|dormid*|adormecid*",
		},
		"cant|can't|cannot|no ~3 pee|orinar|urinate", "cant|can't|cannot|no ~3 hacer ~1 pipi", "epidural",
		"lost ~2 control ~2 of ~2 my|his|her ~1 bladder|bowels", "perdí|perdi|perdió|perdio ~2 el ~1 control")},
	// A feeding tube that came out and was fed through, then a hard belly.
	{kind: "feeding_tube", urgency: UrgencyEmergency, patterns: eitherOrder(
		joined(feedingTube, " ~~30 ", []string{"hard|rigid|dura|duro|durita|tight ~2 belly|tummy|abdomen|stomach|panza|pancita|barriga|estomago",
			"belly|tummy|abdomen|stomach|panza|pancita|barriga|estomago ~3 hard|rigid|dura|duro|durita|tight"}),
		feverWords, "cries|crying|llora|llorando|screams|grita")},
}

// Words for deviceRules.
const (
	urinaryCath = "foley|catheter|cateter|sonda"
	immunoDrugs = "keytruda|opdivo|nivolumab|pembrolizumab|yervoy|ipilimumab|tecentriq|atezolizumab|imfinzi|immunotherapy|inmunoterapia"
)

// Phrases for deviceRules (each a pattern of its own: see joined).
var (
	heartPump   = []string{"lvad|vad", "aparato ~3 corazon", "heart ~1 pump", "bomba ~2 corazon"}
	notDraining = []string{"empty|nothing|nada", "not ~2 draining", "stopped ~1 draining", "no ~2 sale|drena", "sale ~2 nada", "dejo ~2 de ~1 salir",
		"no ~2 esta|está ~1 sacando ~1 nada"}
	feedingTube = []string{"g-tube|gtube|peg|mic-key|mickey|sonda|tubo|boton|botón", "feeding ~1 tube"}
)
