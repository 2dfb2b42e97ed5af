package triage

// Word lists of the chronic patients' rules.
const (
	// An implanted defibrillator.
	icdWords = "defib*|desfib*|icd|aicd|dai|cardioversor"
	// A device implanted in the chest, whose shock is not an accident.
	implantWords = icdWords + "|device|aparato|implant*|pacemaker|marcapasos"
	// What it does when it fires, and how often.
	icdFired   = "shock*|shocked|zap*|jolt*|fired|firing|went|gone|goes|go|descarga*|choque*|toque*|disparo|disparado|dio|dado|dando|pego|pegado"
	icdAgain   = "twice|several|multiple|repeated*|nonstop|dos|tres|varias|varios|multiples|repetid*|seguidas|seguidos|2x|3x|x2|x3|second|third|segunda|tercera"
	shockCount = "#2-20|two|three|four|five|dos|tres|cuatro|cinco|several|multiple|repeated|varias|varios|multiples|repetidas ~1 shock*|zaps|jolts|times|veces|descargas|choques|toques"
	// A session of dialysis not had, in English, Spanish and Spanglish.
	dialysisWords = "dialysis|dialisis|dialysi|dialisys|hemodialysis|hemodialisis"
	// What a potassium gone high after a missed session feels like: weak or
	// heavy legs, a heart that skips or races, no breath (a "heart
	// doctor" is not the heart: see the rule's notAfter).
	dialysisSigns = "weak*|debil*|floj*|noodle*|jelly|jello|gelatina|heavy|pesad*|heart|corazon|palpit*|brinca|brincando|salta|saltando|skipping|skips|flutter*|racing|pounding|acelerad*|irregular|chest|pecho|breath*|respir*|aire|ahog*|swollen|hinchad*|numb*|tingl*|hormigue*|" +
		// Toxins rising (probe124): "confused, twitching all over and we
		// can barely wake him up".
		"confus*|confundid*|twitch*|jerk*|barely|apenas|sleepy|dormid*"
	// The deep, fast breathing of ketoacidosis.
	dkaBreathing = "breathing|breath|breathes|respira|respirando|respiracion ~3 fast|rapid*|heavy|hard|deep*|hondo|profund*|agitad*"
	// Ketones told as high.
	ketonesHigh = "ketone*|cetona*|ketonas ~3 large|high|moderate|altas|altos|alto|alta|positiv*|muchas|dark|purple|morad*"
	// Heart failure, and breathlessness lying down.
	heartFailure  = "chf|failure|insuficiencia|hf|cardiomyopathy|cardiomiopatia"
	orthopnea     = "cant|cannot|couldnt|no ~2 lie|lay|acostar*|acostad* ~1 flat|down|plano|boca"
	sleepsSitting = "sleep*|slept|dormir|durmio|duerme|dormid* ~3 sitting|sentad*|upright|chair|silla|recliner|sillon"
	// Sickle cell disease.
	sickleWords = "sickle|drepanocit*|falciform*|sicklecell|hbss"
	// A farewell told as a cancellation ("cancel everything, I won't be
	// around anymore").
	cancelWords = "cancel*|anula*|borra*|borren"
	// A goodbye said to one's family ("me despedí de mis hijos"; not "me
	// despidieron", fired).
	farewellSaid = "despedi|despidi ~2 de ~2 mi|mis ~1 familia|hijos|hijas|esposo|esposa|mama|papa|todos|nietos"
	// Weariness or an end, around a cancellation.
	tiredOfAll = "done|tired|cansad*|canse|harta|harto|enough|basta|pills|pastillas|goodbye|adios|forever|siempre"
	// Words around pills put aside that make them a plan.
	endOfLife = "done|tonight|goodbye|adios|despedi*|forever|burden|noche|acabar|acaba|terminar|termina|end|ending|die|morir"
	// Pills put aside.
	savedPills = "saved|saving|stockpil*|hoard*|juntando|guardando|acumulando|juntado|guardado|acumulado|junte|acumule|junto|guardo|acumulo ~6 pill*|pastilla*|meds|pildora*|oxy*|percocet|xanax"
	// pillsHeld are pills kept back: "holding on to my oxycodone".
	pillsHeld = "holding|held|keeping|kept ~2 on ~1 to ~2 my|the|all ~1 oxy*|pills|meds|percocet|xanax|pastillas|opioids|morphine|morfina|norco|dilaudid"
	// pillsSaved are pills named, then put aside: "pills saved up".
	pillsSaved = "pill*|pastilla*|meds|pildora* ~3 saved|stashed|hidden|escondidas|guardadas|juntadas|ahorradas"
)

// chronicRules are the emergencies of patients with a long illness that
// look like one of their usual bad days: repeated shocks from an implanted
// defibrillator, a missed dialysis with weakness or palpitations, acute
// chest in sickle cell disease, ketoacidosis told by its smell and
// breathing, blue fingers on home oxygen, a bleeding dialysis access, and
// a plan to die told as the cancellation of appointments.
var chronicRules = []rule{
	// Two or more shocks from an implanted defibrillator: an electrical
	// storm, even if the patient feels well after (lasting); one shock is
	// for today (needs_today).
	{kind: "repeated_shocks", urgency: UrgencyEmergency, lasting: true, patterns: []string{
		icdWords + " ~~10 " + icdFired + " ~~8 " + icdAgain,
		// Told with the car pulled over between: "my icd fired while i was
		// driving. pulled over and it fired again".
		icdWords + " ~~10 " + icdFired + " ~~16 " + icdFired + " ~1 again",
		// Counted: "my ICD shocked me 3 times in the past 15 minutes".
		icdWords + " ~~6 " + icdFired + " ~3 #2-20 ~1 times|veces",
		icdWords + " ~~10 " + icdFired + " ~~8 " + shockCount,
		icdWords + " ~~10 keeps|kept|sigue|seguia ~3 " + icdFired,
		icdWords + " ~~12 back ~1 to ~1 back", icdWords + " ~~12 bunch|lot|lots|many|muchas|montones ~2 times|veces|shocks|descargas",
		"shock*|shocked|zapped|descarga*|choque* ~~10 " + icdWords + " ~~8 " + icdAgain,
		shockCount + " ~~12 " + icdWords,
		icdWords + " ~~12 " + icdFired + " ~~15 faint*|passed|desmay*|blacked|chest|pecho",
	}, notAfter: "check|checks|revision|chequeo|clinic|clinica"},
	// A dialysis missed, with weakness, a heart that skips or no breath:
	// the potassium may be rising.
	{kind: "high_risk_signs", urgency: UrgencyEmergency, patterns: []string{
		"no ~1 fui|fue|vine|vino|llegue|llego|pude|pudo|hice|hizo|tuve|tuvo ~3 " + dialysisWords + " ~~25 " + dialysisSigns,
		"me|se ~1 salte|salto|perdi|perdio|paso|olvido|olvide ~3 " + dialysisWords + " ~~25 " + dialysisSigns,
		"didnt|couldnt|never|dont|cant ~3 go|make|get|do|have ~3 " + dialysisWords + " ~~25 " + dialysisSigns,
		"missed|miss|skipped|skip|skipping|missing|falte|falto ~3 " + dialysisWords + " ~~25 " + dialysisSigns,
		"no|sin ~1 " + dialysisWords + " ~2 since|desde|for|en|por ~~25 " + dialysisSigns,
		"havent|hasnt|not ~3 been|gone|had|done ~3 " + dialysisWords + " ~~25 " + dialysisSigns,
	}, notAfter: "doctor|doctors|clinic|clinica|cardiologist|cardiologo|cardiologa|appointment|cita|meds|medication|medicine|medicina|pills|pastillas|failure|paperwork|records|report|papeles"},
	// Chest pain or breathlessness in sickle cell disease (acute chest
	// syndrome), or a fever of 101 (39) or more; a lower fever is urgent
	// (needs_today), and a carrier's trait is not the disease.
	{kind: "acute_chest", urgency: UrgencyEmergency, idiom: "trait|rasgo|portador|portadora|carrier", patterns: []string{
		sickleWords + " ~~20 chest|pecho|breath*|respir*|aire|ahog*",
		sickleWords + " ~~20 " + feverWords + " ~4 #101-107|#39-42",
		sickleWords + " ~~20 high|alta ~1 fever|fiebre|temp|temperature|temperatura",
		sickleWords + " ~~20 fiebre ~1 alta",
		sickleWords + " ~~20 #101-107|#39-42 ~2 " + feverWords,
		feverWords + " ~4 #101-107|#39-42 ~~20 " + sickleWords,
		// A spike told by the number alone, or 38.5 °C and over (probe185:
		// "just spiked 101.8", "tiene 38.9 de fiebre").
		sickleWords + " ~~20 spiked|spiking|tiene|tengo|marca ~2 #101-107|#39-42",
		sickleWords + " ~~20 #38-38 ~0 #5-9",
	}, notAfter: "x|xray|ray|rays|radiografia|placa|ct|scan|tomografia|port|clinic|clinica|fine|ok|okay|bien|normal"},
	// Ketoacidosis: a sweet or acetone smell on the breath, a high sugar
	// told after the vomiting, a diabetic vomiting who breathes fast.
	{kind: "glucose", urgency: UrgencyEmergency, patterns: []string{
		"huele|huelen|smells|smell*|olor ~4 boca|aliento|breath|mouth ~4 fruity|frut*|afrutad*|acetone|acetona|quitaesmalte|nail",
		"aliento|breath ~3 afrutad*|dulce|sweet",
		"fruity|sweet ~2 breath|smell*",
		vomitWords + "|fruity|frut*|afrutad* ~~20 sugar|glucose|azucar|glucosa|meter|glucometro|glucometer|bg|bs ~4 #300-499",
		"sugar|glucose|azucar|glucosa|bg|bs ~4 #300-499 ~~20 " + vomitWords,
		diabetesWords + "|t1d|t1 ~~20 " + vomitWords + " ~~20 " + dkaBreathing,
		"type|tipo ~1 1|one|i|uno ~~20 " + vomitWords + " ~~20 " + dkaBreathing,
		// Ketones with vomiting or heavy breathing.
		ketonesHigh + " ~~15 " + vomitWords, ketonesHigh + " ~~15 " + dkaBreathing,
		vomitWords + " ~~15 " + ketonesHigh,
	}},
	// Fingers or nails gone blue or grey (lips are in breathing), not
	// Raynaud's fingers that turn white and blue in the cold and red as
	// they warm.
	// Wheezing too much to lie down or cross a room; oxygen run out or a
	// concentrator dead in an outage, with gasping (probe177).
	{kind: "breathing", urgency: UrgencyEmergency, patterns: []string{
		"wheez*|silbido|asthma|asma ~~15 cant|can't|cannot|no ~2 lie|walk|talk|acostar*|caminar|hablar",
		"oxigeno|oxygen|concentrador|concentrator|tanque|tank ~~20 jadeando|gasping|boqueando",
	}, notAfter: "stairs|escaleras|hill|loma"},
	{kind: "breathing", urgency: UrgencyEmergency, patterns: []string{
		"fingers|finger|fingertips|fingernails|nails|nailbeds|dedos|yemas ~4 blue|bluish|blueish|purple|purplish|dusky|azul*|morad*|gray|grey|gris*",
		"unas ~0 azul*|morad*|gris*",
		"blue|bluish|purple|dusky|azul*|morad*|gray|grey ~2 fingers|fingertips|fingernails|nails|dedos",
	}, idiom: "paint*|pint*|polish|esmalte|marker|ink|tinta|dye|tinte|glitter|costume|disfraz|raynaud*|raynauds|warm|warms|calientan|calentarse"},
	// A dialysis access, or any wound, that keeps bleeding through its
	// dressing or after minutes of pressure.
	{kind: "severe_bleeding", urgency: UrgencyEmergency, patterns: []string{
		"bleed*|sangr* ~3 through ~3 bandage*|dressing*|gauze",
		"empap*|traspas*|atraviesa|atraveso ~4 venda*|vendaje*|gasa*|curita*|aposito*",
		"fistula|graft|injerto|access|acceso|catheter|cateter ~~15 bleed*|sangr* ~~15 wont|not|cant|doesnt|no|sin ~2 stop*|para|parar|detiene|deja|dejado|parado",
		"bleed*|sangr* ~~15 #10-120 ~2 min|mins|minutes|minutos ~3 of|de ~2 pressure|presion|apret*",
		"pressure|presion|apret* ~~12 still|sigue|todavia|keeps ~3 bleed*|sangr*",
		// Bleeding for half an hour or more.
		"bleed*|sangr* ~3 for|desde|hace|por|over ~2 half|media|an|una|#1-12 ~1 hour|hours|hora|horas",
		"bleed*|sangr* ~3 for|desde|hace|por|over ~2 #20-120 ~1 min|mins|minutes|minutos",
		"media ~1 hora ~2 sangrando|bleeding", "hora|horas|hour|hours ~2 sangrando|bleeding",
	}, notBefore: "if|si", notAfter: labWords, mild: lightBleeding},
	// A fever told by its number alone on chemotherapy or after a
	// transplant ("transplant patient, 100.8 tonight"): a number with a
	// decimal, as a temperature is read, and not a dose or a count.
	{kind: "immunocompromised_fever", urgency: UrgencyEmergency, patterns: []string{
		"chemo*|quimio*|transplant*|trasplant*|neutropen* ~~8 #100-105|#38-40 ~0 #0-9",
	}, notAfter: "mg|mcg|ml|units|unidades|pills|tablets|pastillas|dollars|dolares|lbs|pounds|kg|kilos|day|days|dia|dias|week|weeks|semana|semanas|year|years|ano|anos|month|months|mes|meses|min|mins|minutes|minutos|hours|horas|percent|cycle|ciclo"},
	// Heart failure with breathlessness lying down: sleeping sitting up,
	// unable to lie flat.
	// A patient who always sleeps so is not the news (idiom).
	{kind: "heart_failure", urgency: UrgencyEmergency, idiom: "always|siempre|usually|normally|years|anos|back|espalda", patterns: []string{
		heartFailure + " ~~25 " + orthopnea, heartFailure + " ~~25 " + sleepsSitting,
		sleepsSitting + " ~~25 " + heartFailure,
	}},
	// Pills put aside with words of an end, and the cancellation of care
	// told as a farewell ("cancel my appointments, I won't be around");
	// money saved on pills is not a plan (idiom).
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true,
		idiom:    "money|dinero|coupon*|cupon*|discount*|descuento*|insurance|seguro|copay|copago|dollars|dolares|bucks|goodrx|cheaper|barato|generic*|generico*",
		notAfter: "with|con|in|en|at|for|por|disponible|available|town|ciudad|pais|country|libre|free|next|proxim*|this|esta|este|that|ese|esa|week|semana|month|mes",
		patterns: []string{
			savedPills + " ~~20 " + endOfLife, endOfLife + " ~~20 " + savedPills,
			// Held on to until there is enough: "done with all of it. I've
			// been holding on to my oxycodone and I have enough now".
			pillsHeld + " ~~20 enough|done|goodbye|adios|cat|dog|gato|perro", "enough|done|goodbye|adios ~~20 " + pillsHeld,
			// Told the other way round, or with "doing it again": "I've
			// been thinking about doing it again, I have pills saved up".
			pillsSaved + " ~~20 " + endOfLife, endOfLife + " ~~20 " + pillsSaved,
			"doing|hacerlo|do ~2 it ~1 again ~~20 " + pillsSaved, pillsSaved + " ~~20 doing|do ~2 it ~1 again",
			"volver ~1 a ~1 hacerlo ~~20 " + pillsSaved, pillsSaved + " ~~20 volver ~1 a ~1 hacerlo",
			// "esta noche se las va a tomar", all of them.
			"se|me ~1 las|los ~1 va|voy ~1 a ~1 tomar ~~8 todas|todos|noche|hoy", "todas|todos ~~8 se|me ~1 las|los ~1 va|voy ~1 a ~1 tomar",
			cancelWords + " ~~25 wont|not|never ~2 be ~1 around|alive|here ~1 anymore|much|longer",
			cancelWords + " ~~25 wont|not|never ~2 be ~1 alive",
			"wont|not|never ~2 be ~1 around|alive ~2 anymore|longer ~~25 " + cancelWords,
			cancelWords + " ~~25 no ~2 voy|vaya|va ~1 a ~1 estar ~1 viva|vivo",
			// "ya" is read as "yes" (see tokenize).
			cancelWords + " ~~25 yes ~1 no ~2 voy|vaya|va ~1 a ~1 estar ~1 aqui|viva|vivo|mas",
			"no ~2 voy|vaya|va ~1 a ~1 estar ~1 viva|vivo ~~25 " + cancelWords,
			cancelWords + " ~~25 wont|not|never|no ~3 need|needing|necesitar|necesitare|necesito ~~12 " + tiredOfAll,
			tiredOfAll + " ~~25 " + cancelWords + " ~~25 wont|not|never|no ~3 need|needing|necesitar|necesitare|necesito",
			cancelWords + " ~~25 im|am|estoy ~1 done ~~12 pills|pastillas|meds|goodbye|adios|bye|forever",
			tiredOfAll + " ~~25 " + cancelWords + " ~~25 no ~2 voy|vaya|va ~1 a ~1 estar ~1 aqui|mas",
			cancelWords + " ~~25 no ~2 voy|vaya|va ~1 a ~1 estar ~1 aqui|mas ~~15 " + tiredOfAll,
			// A goodbye said to one's family, around a cancellation.
			farewellSaid + " ~~25 " + cancelWords, cancelWords + " ~~25 " + farewellSaid,
			"ending ~1 it|things|everything", "ending ~1 my ~1 life",
			// A plan, with weariness or a goodbye.
			"have|got|tengo ~2 a|un ~1 plan ~~15 " + tiredOfAll, tiredOfAll + " ~~15 have|got|tengo ~2 a|un ~1 plan",
		}},
}
