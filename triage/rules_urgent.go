package triage

// urgentRules are what a clinician should see today.
var urgentRules = []rule{
	// A chest named with no more said ("my chest 😭") is worth a call today.
	{kind: "chest_mention", urgency: UrgencyUrgent, patterns: []string{"chest%|pecho%|torax"},
		notBefore: "radiografia|rayos|tomografia|x|ray|ct|scan|clinic|clinica|de|tomar|toma|tomando|dar|doy|da|dando|darle",
		notAfter:  "x|ray|xray|ct|scan|rayos|radiografia|tomografia|clinic|clinica|ecg|mri|resonancia|tube|binder|hair|pelo|size|talla|press"},
	{kind: "infant_fever", urgency: UrgencyUrgent, patterns: []string{
		"fever*|feverish|fiebre|calentura|temperatur*|temp|hot|caliente ~~12 baby|infant|newborn|bebe|recien|month|months|meses|week|weeks|semanas",
		"baby|infant|newborn|bebe|recien|month|months|meses|weeks|semanas ~~12 fever*|feverish|fiebre|calentura|temperatur*|temp|hot|caliente",
	}},
	{kind: "high_fever", urgency: UrgencyUrgent, patterns: []string{
		"fever*|fiebre|temp*|calentura|thermometer|termometro ~4 #>=102|alta|high|days|dias|week|semana",
		"high|alta ~1 fever*|fiebre|temp*",
		"fever*|fiebre|temp* ~4 39|40|41",
		"39|40|41|102|103|104|105 ~3 fever*|fiebre|temp*",
		"fever*|feverish|fiebre|calentura|febril",
		// A temperature that is a fever though under 102 (39): "temp
		// 101.2", "thermometer says 100.8", "temperatura de 38.5".
		"temp*|thermometer|termometro ~4 #101-101|#38-38",
		"temp*|thermometer|termometro ~4 #100-100 ~0 #4-9",
	}, notBefore: "mild|low|slight|leve|poquita|poca|little|baja|grade|yellow|typhoid|scarlet|hay|valley|dengue",
		notAfter: "amarilla|tifoidea|escarlatina|reumatica"},
	{kind: "worsening", urgency: UrgencyUrgent, patterns: []string{
		"getting|gets|got|keeps|keep|much|way|even ~2 worse",
		"worsening|empeor*",
		"cada vez ~1 peor|mas",
		"wheez*|silbido*|sibilanc*",
		"inhaler*|inhalador* ~~6 not|no|isnt|doesnt|nothing|nada ~2 helping|help|working|work|ayuda|funciona|sirve",
		"spreading|extendiendo|extiende|creciendo|spread* ~~6 rash*|red*|sarpullido|ronchas|rojo|roja|mancha*|infect*|swell*|hinch*",
		"rash*|red*|sarpullido|ronchas|rojo|roja|mancha*|infect*|swell*|hinch* ~~10 spreading|extendiendo|extiende|creciendo|spread*",
		"worse|peor ~~10 " + symptomAny,
		symptomAny + " ~~10 worse|peor",
	}, notBefore: "worst|peor"},
	{kind: "medication_reaction", urgency: UrgencyUrgent, patterns: []string{
		"reaction*|reaccion* ~~8 medication|pill*|pastilla*|antibiotic*|antibiotico*|prescription|medicamento*|vaccine|vacuna|shot|dose|dosis|started|empece|new|nuevo|nueva",
		"medication|pill*|pastilla*|antibiotic*|antibiotico*|prescription|medicamento*|vaccine|vacuna|shot|dose|dosis|started|empece ~~8 reaction*|reaccion*|rash*|hives|ronchas|sarpullido|itch*|picazon|swell*|hinch*",
		"amoxicillin|amoxicilina|amoxil|penicillin|penicilina|augmentin|keflex|cephalexin|cefalexina|bactrim|sulfa|cipro|ciprofloxacin*|doxy*|azithro*|zpack|clindamycin* ~~12 rash*|hives|ronchas|sarpullido|itch*|picazon|comezon|swell*|hinch*",
		"rash*|hives|ronchas|sarpullido|itch*|picazon|comezon ~~12 amoxicillin|amoxicilina|amoxil|penicillin|penicilina|augmentin|keflex|cephalexin|cefalexina|bactrim|sulfa|cipro|ciprofloxacin*|doxy*|azithro*|zpack|clindamycin*",
		"rash*|sarpullido|ronchas|itch*|picazon|comezon|swell*|hinch* ~~8 medication|pill*|pastilla*|antibiotic*|antibiotico*|prescription|medicamento*|vaccine|vacuna|shot|dose|dosis|started|starting|empece|empezar|new|nuevo|nueva",
		"allergic ~1 reaction", "reaccion ~1 alergica",
		"hives", "ronchas", "urticaria", "welts",
		// Hives told by their look, days into an antibiotic: "started
		// Amoxicillin Tuesday … woke up with raised itchy red blotches".
		"amoxicillin|amoxicilina|amoxil|penicillin|penicilina|augmentin|keflex|cephalexin|cefalexina|bactrim|sulfa|cipro|ciprofloxacin*|doxy*|azithro*|zpack|clindamycin* ~~25 blotch*|welts|bumps|ronchitas|manchas",
		"stung|sting|picadura|pico|picaron ~~8 swell*|swollen|hinch*",
		"swollen|swelling|hinchad*|hinchazon ~3 face|lip*|eye*|cara|labio*|ojo*",
		"face|lip*|eye*|cara|labio*|ojo* ~3 swollen|swelling|hinchad*",
		"took|taken|tome ~3 double|extra|doble",
		"gave|given|di|dio|dimos ~4 double|doble ~1 dose|dosis",
		"accidentally|error ~3 took|taken|tome|double|doble",
		"doubled|duplique|duplico ~2 up|on|my|mi|la|el",
		"by|por ~1 accident|mistake|error|equivocacion ~~6 took|taken|doubled|double|twice|tome|doble",
		"took|taken|tome|tomo|doubled|double|twice|doble ~~6 by|por ~1 accident|mistake|error|equivocacion",
		"wrong ~2 medication|pill*|dose|medicine",
	}},
	{kind: "severe_pain", urgency: UrgencyUrgent, patterns: []string{
		"severe|terrible|unbearable|excruciating|intense|horrible|worst|insoportable|intenso|fuerte|fuertisimo|mucho|bad|awful ~3 pain*|dolor*|cramp*|colic*",
		"pain*|dolor* ~3 severe|unbearable|insoportable|intenso|fuerte|horrible|terrible",
		"pain*|dolor* ~3 #>=7 ~2 10",
		"very|really|extremely|so|muy|super|bien ~1 painful|doloros*",
	}, notAfter: "medication|medicine|pills|pastillas|medicamento|relief|meds"},
	// A lip, the tongue or the face swelling on an ACE inhibitor: the
	// start of angioedema, for a clinician today even with the breath and
	// the swallow fine ("woke up with my upper lip a bit puffy on one side.
	// I'm on lisinopril", fresh394); breath or swallow going are
	// emergencies by other rules.
	{kind: "medication_reaction", urgency: UrgencyUrgent, patterns: eitherOrder(
		[]string{"lisinopril|enalapril|ramipril|benazepril|captopril|quinapril|fosinopril|perindopril|trandolapril|lotensin|zestril|prinivil|vasotec|altace|sacubitril|entresto"},
		"lip|lips|tongue|face|labio|labios|lengua|cara ~~4 puffy|swollen|swelling|swelled|hinchad*|inflamad*", "puffy|swollen|swelling|hinchad*|inflamad* ~~4 lip|lips|tongue|face|labio|labios|lengua|cara")},
	{kind: "vomiting", urgency: UrgencyUrgent, patterns: []string{
		"vomit*|puking|vomitando|vomito|vomita|vomite",
		"throw*|threw ~1 up",
		"cant|no ~2 keep|retengo|retiene ~3 down|anything|nada|food|comida|liquid*|liquido*|water|agua",
		"dehydrat*|deshidrat*",
		"not|isnt|no ~2 wet*|moja|mojado ~2 diaper*|panal*",
	}},
	{kind: "out_of_medication", urgency: UrgencyUrgent, notBefore: "casi|almost|soon|pronto|nearly", patterns: []string{
		"ran|run|out|without ~3 out|of ~3 insulin*|inhaler*|seizure|epilep*|thinner*|warfarin|eliquis|xarelto|medication|pill*|prescription|" + insulinBrands,
		"ran|run|out|without|sin|acabo|acabaron|termino ~4 amlodipin*|losartan|lisinopril|metoprolol|carvedilol|hctz|hydrochlorothiazide|keppra|levetiracetam|lamotrigine|lamictal|depakote|dilantin|phenytoin|tegretol|carbamazepine|prednisone|tacrolimus|anticonvuls*|antiepilep*|seroquel|quetiapine|quetiapina|lithium|litio|risperdal|risperidone|abilify|aripiprazole|zyprexa|olanzapine|clozapine|clozapina|haldol|" +
			// Blood thinners after a stent or a clot, and anti-seizure
			// medicines by their Spanish names: days without them are
			// for a clinician today.
			thinnersAndSeizureEs,
		"se ~2 acabo|acabaron|termino|terminaron ~3 insulina|inhalador|medicamento*|pastilla*|receta|medicina*",
		"no ~2 queda|quedan|tengo ~3 insulina|inhalador|medicamento*|pastilla*|medicina*",
		"sin ~2 insulina|inhalador|medicamento*|pastilla*|" + insulinBrands,
		"missed|skipped|olvid* ~3 dose*|dosis|insulin|insulina",
		"last|ultima|ultimo ~1 pill|pills|dose|tablet|pastilla|dosis|vial|pen",
		"rx|prescription|receta|script ~2 expired|vencio|vencida|caduco",
		// Such a medicine named, then running out or a few days left:
		// "seizure medicine (Keppra) runs out tomorrow", "won't fill my
		// seizure meds, I have 2 days of pills left".
		criticalMeds + " ~~5 runs|ran|running|run ~1 out",
		// In Spanish, told with its day: "la lamotrigina se le acaba
		// mañana" (not "ya casi se acaba", which notBefore leaves out).
		criticalMedsNoInhaler + " ~~5 se ~2 acaba|termina ~2 manana|hoy", "se ~2 acaba|termina ~4 " + criticalMedsNoInhaler + " ~3 manana|hoy",
		// Enough left for tonight only: "levetiracetam 500 mg … She only
		// has enough for tonight".
		criticalMeds + " ~~15 only ~1 has|have ~1 enough ~2 for ~1 tonight|today",
		criticalMeds + " ~~15 #1-4 ~1 day|days|dia|dias ~3 left|remaining",
		"#1-4 ~1 day|days ~3 left ~~12 " + criticalMeds,
		"queda|quedan ~2 #1-4 ~1 dia|dias ~~8 " + criticalMeds,
		criticalMeds + " ~~15 queda|quedan ~2 #1-4 ~1 dia|dias",
		// Off it for days already: "won't cover the new blood thinner …
		// I've been off it 2 days now".
		criticalMeds + " ~~20 off ~2 it|them ~2 #1-9 ~1 days|day", "off ~2 it|them ~2 #1-9 ~1 days|day ~~20 " + criticalMeds,
	}},
	{kind: "wound_problem", urgency: UrgencyUrgent, patterns: []string{
		"wound*|incision*|stitch*|cut|corte|cortada|cortado|herida*|puntos|incision|surgery|cirugia|operacion ~~10 red|redness|swollen|swell*|pus|hot|infect*|oozing|hinchad*|roja*|supur*|open*|abri*|abierta|abierto",
		"pus|supura*|oozing",
		// A wound or an ulcer draining and starting to smell: "the
		// dressing is soaking through with yellow drainage … started to
		// smell".
		"drainage|draining|drenaje|drenando ~~10 smell*|stink*|odor|olor|huele|apesta|foul",
		"ulcer|ulcers|ulcera|úlcera|llaga ~~10 smell*|stink*|odor|olor|huele|apesta|foul|drainage|draining|drenaje|drenando",
		"red|roja|rojo|redness ~~4 swollen|hinchad*|hinchazon|hot|caliente",
		"fluid|liquido|pus|discharge|draining|supura* ~~6 ear|ears|oido|oidos|earache",
		"ear|ears|oido|oidos|earache ~~12 fluid|liquido|pus|discharge|draining|supura*",
	}},
	{kind: "blood_in_urine_stool", urgency: UrgencyUrgent, patterns: []string{
		"blood|sangre ~1 in|en|al|when|cuando|with|con ~2 urin*|pee*|stool*|poop*|orin*|heces|popo|caca|bowel*|diarr*|excremento",
		"bloody|sangrient* ~2 urin*|stool*|poop*|diarr*|orin*|heces",
		"peeing|pooping|orinando|orino ~3 blood|sangre",
		"black|negra*|negro* ~2 stool*|poop*|heces|popo",
		"cant|cannot|no ~2 pee|orinar|urinate",
	}, notAfter: labWords},
	{kind: "pregnancy_concern", urgency: UrgencyUrgent, patterns: []string{
		"pregnan*|embaraz* ~~12 cramp*|pain|dolor*|colic*|spotting|manch*|headache*|cabeza|swell*|hinch*|vision|fever|fiebre|contraction*|contraccion*",
		"baby|bebe ~4 not|isnt|no|less|menos ~2 moving|moved|movement*|mueve|moviendo|patea|kicking|kick|moverse",
		"moving|mueve|moviendo|movement*|kick*|patea* ~2 less|menos",
		"contraction*|contraccion*",
		"havent|hasnt|not|no|less|menos ~3 felt|feel|feeling|sentido|siento|sentir ~3 movement*|moving|kick*|move|movimiento*|mueve|patadas",
	}},
	// Signs a clinician should see today: a swollen painful calf, a lab
	// value called critical, new confusion, an asthma flare, a treatment
	// that stopped working.
	// Same-day matters the independent sets of the eleventh session found
	// read routine: hearing lost overnight, a pregnancy test positive on
	// isotretinoin or methotrexate, a clot found by ultrasound, a wound's
	// edges turning black, a rhythm back after a cardioversion, a knee
	// locked, nights without sleep, a coin swallowed, ketones with a
	// belly ache, a headache late in pregnancy.
	{kind: "needs_today", urgency: UrgencyUrgent, patterns: []string{
		// Home oxygen whose machine has stopped, the tanks running down:
		// "my home oxygen concentrator quit this morning … maybe 6 hours".
		"concentrator|concentrador ~~6 quit|died|stopped|broke|broken|dead|failed|dejo|murio|descompuso|apago",
		"concentrator|concentrador ~~6 not|no|wont|isnt ~2 working|work|funciona|prende",
		// A calf swollen and tender or warm: a clot to rule out today
		// ("my left calf has been swollen since the long drive … tender
		// and warm to touch").
		"calf|calves|pantorrilla ~~10 swollen|swelling|hinchad* ~~15 tender|warm|caliente|red|roja|hurts|duele|sore|tight|tensa|dura",
		"calf|calves|pantorrilla ~~10 tender|warm|caliente ~~10 swollen|swelling|hinchad*",
		// Weight put on in days after a heart attack or with heart
		// failure: fluid, for a clinician today ("gained 6 lbs in 4 days").
		"gained|gain|subi|subio|aumente|aumento ~3 #2-20 ~1 lbs|lb|pounds|libras|kilos|kg ~~4 #1-7 ~1 days|dias",
		"weight|peso ~3 up|subio|subido ~2 #2-20 ~1 lbs|lb|pounds|libras|kilos|kg ~3 since|desde|in|en",
		// A report read on the portal that names a cancer, before anyone
		// has called: "spiculated nodule, suspicious for malignancy".
		"suspicious|concerning|worrisome|sospechos* ~3 for|de|para ~1 malignancy|cancer|malignidad|tumor|lymphoma|linfoma",
		"suspicious|sospechos* ~~6 biopsy|biopsia",
		"report|reporte|result*|resultado*|scan|ct|mri|tomografia|resonancia ~~10 says|dice|decia ~~4 mass|masa|tumor|malignan*",
		"woke|desperto|desperté|suddenly|repente ~~10 cant|can't|barely|hardly|no ~2 hear|oye|oigo|escucha",
		"ear|oido ~~6 underwater|plugged|muffled|tapado ~~10 barely|cant|can't|no ~2 hear|oye|oigo",
		"positive|positivo ~~15 accutane|isotretinoin*|isotretinoina|absorica|methotrexate|metotrexato",
		"accutane|isotretinoin*|isotretinoina|absorica|methotrexate|metotrexato ~~20 pregnancy|embarazo ~~6 positive|positivo",
		"positive|positivo ~~6 dvt|trombosis|coagulo", "dvt ~~6 positive|positivo",
		"edges|bordes|skin|piel ~~6 going|turning|poniendo|volviendo ~2 black|negro|negra|negros|negras",
		"cardioversion|cardioversión|ablation|ablación ~~25 irregular|afib|fibrilacion ~~8 again|back|otra",
		"knee|rodilla ~~6 locked|trabada|bloqueada",
		"not|no|hasnt|hasn't|havent|haven't ~3 slept|dormido ~~4 #3-10 ~1 nights|noches",
		"swallowed|trago|tragó|tragado|se ~1 trago ~3 coin|moneda|penny|centimo|céntimo",
		"ketones|cetonas ~~6 trace|trazas|small|pocas|positivas|positive",
		// A tick attached for a day or more: a single dose against Lyme
		// disease is given within 72 hours.
		"tick|garrapata ~~12 attached|pegada|prendida ~~6 day|days|dia|dias|día|días", "tick|garrapata ~~12 attached|pegada|prendida ~~6 #24-96 ~1 hours|hrs|horas",
		// probe321 (a women's health and pediatrics fortnight): a new
		// pregnancy after an ectopic one, with a pain on one side; low
		// platelets near the birth; a hospital's labour triage waiting for
		// the prenatal records.
		"ectopic|ectópico|ectopico ~~25 pain|cramp*|dolor|colico|cólico|bleed*|sangr*",
		"platelets|plaquetas|plt ~~4 #20-99 ~~25 weeks|wks|semanas|pregnan*|embaraz*|delivery|parto|epidural",
		"labor|labour|l&d|parto ~~3 triage ~~25 records|expediente|historial ~~8 fax|faxed|send|sent|mandar|manden|enviar|envíen|envien",
		// A needle stick: treatment after exposure starts within hours.
		"needlestick", "needle ~1 stick", "stuck|poked|pricked ~2 myself ~~4 needle|syringe", "me ~1 pinche|pinché|pique|piqué ~~4 aguja|jeringa",
		"#20-42 ~1 weeks|wks|semanas ~~20 headache|migraine|migrana ~~10 not|no|isnt|wont ~2 touching|helping|going|quita|ayuda|pasa",
	}},
	{kind: "needs_today", urgency: UrgencyUrgent, patterns: []string{
		"calf|pantorrilla|leg|pierna ~~6 swollen|swell*|hinch* ~~8 pain*|painful|sore|dolor|duele|red|hot|caliente|tender",
		"calf|pantorrilla ~~6 pain*|painful|sore|dolor|duele|tender ~~8 swollen|swell*|hinch*",
		"critical*|critico|critica ~3 high|low|alto|bajo|alta|baja|value*|result*|level*|valor*|resultado*|nivel*",
		"potassium|sodium|potasio|sodio ~4 high|low|alto|bajo|alta|baja|critical*",
		// A potassium of 6 (or under 3), a sodium under 129 or over 154,
		// read by the patient on the portal (7 and more: critical_lab).
		"potassium|potasio ~3 " + readAs + " ~2 #6-6|#2-2",
		"sodium|sodio ~3 " + readAs + " ~2 #100-128|#155-200",
		// A red, hard breast with chills or fever (mastitis): seen today.
		"seno|senos|breast|breasts|mama|pecho ~3 rojo|roja|red|duro|dura|hard|hot|caliente|hinchad*|swollen ~~10 escalofrios|chills|fiebre|fever|calentura",
		// A coin swallowed, the child well: an X-ray today.
		"swallowed|trago|swallow ~3 coin|coins|penny|nickel|dime|quarter|moneda|monedita|monedas",
		// A limb swollen and purple that will not work after a fall.
		"wrist|ankle|arm|hand|leg|knee|muneca|tobillo|brazo|mano|pierna|rodilla ~3 swollen|swell*|hinchad*|purple|morad*|bruised ~~15 cant|cannot|no ~3 move|turn|bend|use|walk|grip|hold|mover|doblar|usar|apoyar|pisar|agarrar",
		"more|mas ~2 confus*|confundid*|muddled|despistad*|desorientad* ~2 than|que|de ~1 usual|normal|siempre|before|antes|lo",
		"inhaler|albuterol|nebulizer|inhalador ~~6 every ~1 #1-4 ~1 hours|hrs|hour|horas",
		"asthma|asma ~2 flare*|worse|peor",
		"meds|medication*|medicine*|medicina*|medicamento*|pills|pastillas ~3 not|arent|isnt|no ~2 working|helping|funciona*|sirve*|ayuda*",
		"migraine*|migrana*|headache*|jaqueca ~~6 #2-30 ~1 days|dias",
		"inr ~10 #4-20", "inr ~10 #3-3 ~0 #3-9", // 3.3 and above: the dose changed today
		"kidney ~1 stone|stones", "calculo|calculos ~2 renal*|rinon", "piedra|piedras ~2 en ~2 el ~1 rinon",
		"nightmares|flashbacks|pesadillas",
		// A gun kept by someone with nightmares or flashbacks: a
		// clinician today about keeping it safe ("a loaded pistol in the
		// nightstand … scared he'll grab it during a nightmare").
		"gun|guns|pistol|rifle|firearm*|arma|armas|pistola ~~15 nightmare*|ptsd|flashback*|pesadilla*",
		"nightmare*|ptsd|flashback*|pesadilla* ~~15 gun|guns|pistol|rifle|firearm*|arma|armas|pistola",
		// A sugar over 240 on a sick day: the sick-day plan, today.
		"sugar|azucar|glucose|glucosa ~3 #240-599 ~~12 flu|gripa|gripe|sick|enfermo|enferma|infection|infeccion|resfriado",
		"flu|gripa|gripe|sick|enfermo|enferma|infection|infeccion|resfriado ~~12 sugar|azucar|glucose|glucosa ~3 #240-599",
		// Exposed to a contagious disease: immunity checked, treatment
		// after exposure begun, and a sick visit kept out of the waiting
		// room, today.
		"exposed|exposure|expuesto|expuesta|expuestos|expusieron|expuso|contacto ~~5 measles|sarampion|chickenpox|varicela|whooping|pertussis|tosferina|meningitis|tuberculosis|tb|mpox",
		"measles|sarampion|chickenpox|varicela|whooping|pertussis|tosferina|meningitis|tuberculosis|mpox ~~5 exposed|exposure|expuesto|expuesta|expuestos",
		// A test read "reactive", or positive for an infection passed on by
		// sex: the result explained and treated today.
		"reactive|reactivo|reactiva ~~6 test|panel|result*|resultado*|prueba*|hiv|vih|syphilis|sifilis|hepatitis|rpr",
		"test|panel|result*|resultado*|prueba*|hiv|vih|syphilis|sifilis|hepatitis|rpr ~~9 reactive|reactivo|reactiva",
		"positive|positivo|positiva ~~4 hiv|vih|syphilis|sifilis|gonorrhea|gonorrea|chlamydia|clamidia|trichomonas|herpes",
		"stuck|pricked|pinche|pinché|pinchazo ~3 myself|me ~~6 needle|aguja",
		"needle*|aguja ~~4 stick|stuck|pinch*|prick*",
		"oximeter|oximetro|ox|sats|sat|saturacion|saturation|spo2|o2 ~4 #86-94",
		"quema|quemazon|arde ~~6 pis|pipi|orinar|orino",
		"burn*|ardor|arde ~~4 pee|pees|peeing|urinat*|orinar|orino|orinando|pipi|wee",
		"pee|pees|peeing|pipi|orinar|orina|wee ~~8 burn*|burns|arde|ardor",
		"eye|eyes|ojo|ojito|ojos ~~6 discharge|goopy|crust*|pus|laganas|leganas|pegado|pegados|stuck",
		// A dialysis fistula that no longer buzzes: the patterns with the
		// absence come first, since "gone" after a sign otherwise reads as
		// the sign having passed.
		"fistula|dialysis|dialisis ~~10 buzz*|thrill|vibra*|zumbido ~~4 gone|missing|absent|stopped|weak|weaker",
		"buzz*|thrill|vibra*|zumbido ~~10 gone|missing|absent|stopped|weak|weaker",
		"fistula|dialysis|dialisis ~~10 buzz*|thrill|vibra*|zumbido",
		"two|2|dos ~1 doses|dosis",
		"past|beyond ~2 the ~1 line", "frostbite|congelamiento",
		"fingertips|fingers|toes|dedos ~~6 white|blanco|blancos|blancas ~~6 numb*|dormid*|blister*|ampolla*",
		"not ~1 herself|himself", "no ~1 es ~1 ella",
		"uti|utis|cistitis|cystitis ~~12 burn*|back|espalda|ardor|fever|fiebre",
		"tick|ticks|garrapata* ~~12 ring|rash|red|roja|rojo|bullseye|target",
		"bullseye|target ~~6 rash|ring|red|roja|mancha", "bulls ~1 eye ~~6 rash|ring|red|roja|mancha",
		"fishhook|anzuelo", "fish ~1 hook",
		"red ~1 streak*|line|lines", "raya|rayas|linea|lineas ~1 roja|rojas",
		"paxlovid|tamiflu|oseltamivir",
		"sickle ~1 cell", "drepanocitosis|falciforme",
		// One shock from an implanted defibrillator (two or more are
		// repeated_shocks).
		icdWords + " ~~10 shock*|shocked|zap*|fired|descarga*|choque*|disparo|disparado",
		icdWords + " ~~10 went|gone|go ~1 off", "shock*|zapped|descarga* ~~10 " + icdWords,
		"presion|pressure ~3 bajo|baja|low|dropped|bajita|bajo", "me ~1 bajo ~2 la ~1 presion",
		"readings|reading|lecturas|lectura|numbers|cuff|monitor|tension ~8 #>=170",
		"eye|ojo ~~8 metal|grinding|vidrio|glass|astilla|splinter|sliver|sand|arena",
		"agitated|agitad*|jittery|restless|inquiet* ~~10 sertraline|ssri|prozac|fluoxetin*|zoloft|lexapro|escitalopram*|sertralina|medication|medicine|pill|pastilla|new",
		"sertraline|ssri|prozac|fluoxetin*|zoloft|lexapro|escitalopram*|sertralina ~~10 agitated|agitad*|jittery|restless|inquiet*",
		"morning ~0 after ~2 pill|pills|pildora|tablet|contracepti*", "need|get|take|took|buy|bought|want|necesito ~3 the|a ~0 morning ~0 after", "plan ~1 b", "condom|condon|condón ~~4 broke|broken|roto|rompio|rompió", "rompio|rompió ~~3 condon|condón|condom", "pastilla ~2 del ~1 dia ~1 siguiente",
		"missed|skipped|olvid*|forgot ~~6 warfarin*|warfarina|eliquis|xarelto|coumadin|thinner*|anticoag*",
		"pill ~1 box|pastillero ~~6 full|lleno",
		"more ~2 than ~1 prescribed|recetado", "hooked|addicted|adicto|adicta|enganchad*",
		"postpartum|posparto ~~15 cry*|llor*|empty|vacia|depress*|deprimid*|sad|triste|nothing",
		"diarrea|diarrhea ~~10 debil|weak|weakness",
		"sin|no ~2 comer|come|eating|eat ~~10 diarrea|diarrhea",
		"herida|wound|ulcer|ulcera|llaga|sore ~~10 negra|black|huele|smell*|stink*",
		"oxicodona|oxycodone|opioid*|opioide*|fentanyl|heroin|heroina ~~15 withdrawal|abstinencia|sudores|sweats|diarrea|dolores",
		"withdrawal|abstinencia|sudores|sweats ~~15 oxicodona|oxycodone|opioid*|opioide*|fentanyl|heroin|heroina",
		"falta|falto|faltaba ~2 aire|respiracion ~~4 subir|caminar|escaleras|ejercicio|esfuerzo",
		"bit|little|slightly|mildly|poco|poquito ~2 short|winded|falta|breathless",
		"short|out ~2 breath ~~4 stairs|walking|exercise|climbing|exertion",
		"tacrolimus|tacro|prograf|cyclosporine|ciclosporina|sirolimus|transplant|trasplante ~~12 level|levels|nivel|niveles|dose|dosis|low|high|bajo|alto",
		"stop|quit|dejar ~3 drinking|tomar|beber ~~25 shakes|shaking|tembl*|seizure*|convuls*",
		"baby|bebe|infant|month|months|meses ~~10 diarrhea|diarrea",
		"diarrhea|diarrea ~~6 #5-30 ~1 times|veces|time|vez",
		"#1-6 ~1 meses|months|month|mes ~~10 tos|cough*|mocos|congest*|vomit*|diarr*",
		"lump|bola|bolita|bulto|absceso|abscess|boil|nacido|golondrino ~~10 bigger|growing|creciendo|grande|duele|hurts|painful|red|roja",
		"operaron|surgery|cirugia|operation|operacion|procedure|procedimiento ~~15 orina|urine|pee ~3 rosad*|pink|red|roja|sangre|blood",
		"pink|rosad*|rosadita ~2 urine|pee|orina", "urine|pee|orina ~2 pink|rosad*|rosadita",
		"warfarin*|warfarina|eliquis|xarelto|coumadin|anticoag*|thinner* ~~20 sangra|sangran|bleed*|nosebleed*|nariz|nose|morados|moretones|bruises|encias|gums",
		"barriga|panza|belly|vientre ~3 dura|hard|tight|apretada ~~15 semanas|weeks|embaraz*|pregnan*",
		"semanas|weeks|embaraz*|pregnan* ~~15 barriga|panza|belly|vientre ~3 dura|hard|tight|apretada",
		"need*|necesit* ~3 stitches|puntos|sutura*",
		"metal|vidrio|glass|piece|pedazo|pedacito|astilla|splinter|sliver ~~8 eye|ojo",
		"cuff|monitor|tension ~4 #>=170",
		"copd|epoc|emphysema|enfisema ~~20 flare*|green|verde|amarill*|yellow|phlegm|flema|winded|cans*|tired",
		"pregnan*|embaraz*|semanas|weeks ~~20 burn*|arde|ardor ~~4 pee|peeing|urinat*|orinar|orino",
		"burn*|arde|ardor ~~4 pee|peeing|urinat*|orinar|orino ~~20 pregnan*|embaraz*|semanas|weeks",
		"heart ~1 failure ~~20 gained|gain|weight|pound*|lbs|kilo*|swell*|swollen",
		"chf ~~20 gained|gain|weight|pound*|lbs|kilo*|swell*|swollen",
		"insuficiencia ~1 cardiaca ~~20 subio|subir|aumento|peso|kilo*|libras|hinch*",
		"chemo*|quimio* ~~15 diarrhea|diarrhoea|diarrea|vomit*|llagas|sores",
		"more|mas ~2 confus*|confundid* ~~20 pee|pees|peeing|urine|orina|smell*|huele",
		"tooth|teeth|muela|muelas|diente|dientes|toothache ~~12 swell*|swollen|hinch*|inflam*",
		"swell*|swollen|hinch*|inflam* ~~12 tooth|teeth|muela|muelas|diente|dientes|toothache",
	}},
	// A passive wish not to wake or not to be, with a plan denied: a
	// clinician today ("it'd be easier to just not wake up, but I would
	// never act on it").
	{kind: "mental_health", urgency: UrgencyUrgent, patterns: []string{
		"easier|better|rather|wish|ojala|mejor|mind ~~4 not|no ~1 wake|waking|exist|existing|despertar|existir",
	}},
	{kind: "mental_health", urgency: UrgencyUrgent, patterns: []string{
		"panic ~1 attack*", "ataque*|crisis ~2 panico|ansiedad",
		"very|really|so|muy|super ~1 depressed|deprimid*",
		"hopeless|desesperanz*",
		"muchisima|mucha|severe|terrible|unbearable|insoportable ~2 anxiety|ansiedad",
		"anxiety|ansiedad ~4 roof|severe|terrible|worst|unbearable|insoportable", "cant ~1 stop ~1 crying", "no ~2 dejar ~1 de ~1 llorar",
		"paranoi*|paranoid|paranoico|paranoica",
		"cant|can't|cannot|no ~2 get|puedo ~1 out|levantarme ~2 of|de ~1 bed|cama",
		"lloro|llorando ~2 todos ~1 los ~1 dias", "cry|crying ~2 every ~1 day",
		"need|necesito|quiero|want|necesitamos|can|could|puedo|podria ~2 talk|hablar ~2 to|con ~1 someone|somebody|alguien",
		"not|no ~2 enjoying|disfruto|disfrutar ~1 anything|nada", "ganas ~1 de ~1 nada",
		"no ~3 sentido ~2 a ~1 nada",
		"down|low|deprimid* ~2 for ~2 weeks|semanas",
		// Regional words for low ("bajoneado", "depre"), and "I can't
		// go on like this" told with no plan.
		"muy|super|re|bien|tan ~1 bajonead*|depre|deprimid*",
		"bajonead*|depre ~~6 semanas|meses|weeks|months",
		"no ~1 aguanto|soporto ~1 asi|mas", "cant ~1 go|keep ~1 on|going ~1 like ~1 this",
		"hearing|escucho|oigo|escuchando|oyendo|hears|oye ~1 voices|voces",
		// Beliefs no one shares, told as fact: "the voices are right, the
		// nurses put a chip in my arm".
		"voices|voces ~2 are|tienen ~1 right|razon",
		"chip|microchip|tracker|rastreador ~~6 arm|head|body|brazo|cabeza|cuerpo",
		// Life without its point: "keeps saying what's the point anymore".
		"whats|what ~1 the|is ~1 point ~1 anymore", "whats|what ~1 the|is ~1 point ~1 of ~1 living|going",
		"para ~1 que ~1 vivir|seguir",
		// A new mother's intrusive thoughts of harm to her baby.
		"thoughts|pensamientos|flashes|imagenes|images ~~10 baby|bebe ~~6 hurt|hurting|harm|dropping|drop|caer|cae|dano|lastim*",
		// Just out of a psychiatric stay: seen within days.
		"discharged|released|alta ~~6 psych*|psiquiatr*|behavioral ~~20 follow|seguimiento|appointment|appt|cita|within",
	}},
	{kind: "cardio_metabolic", urgency: UrgencyUrgent, patterns: []string{
		"pressure|presion ~4 #>=160",
		"pressure|presion ~3 very|muy|super|really|dangerously ~1 high|alta",
		"sugar*|glucose|azucar|glucosa|glucometro|glucometer|meter ~5 #300-2000|#20-70|low|baja|bajo|dropped",
		"low|bajo|baja|dropped ~3 sugar|azucar|glucosa|glucose",
		"#>=350 ~3 sugar|glucose|azucar|glucosa",
		"hypoglyc*|hipogluc*",
		"heart|corazon ~6 racing|pounding|skipping|acelerado|acelera|late|palpit*|flutter*|flip*",
		"palpitation*|palpitacion*",
	}},
	{kind: "fainting", urgency: UrgencyUrgent, notBefore: "almost|nearly|casi", patterns: []string{
		"faint*|desmay*", "passed|blacked ~1 out", "dizz*|lightheaded|mareo*|mareado*|mareada*|vertigo",
	}},
	{kind: "injury", urgency: UrgencyUrgent, patterns: []string{
		"fell|fall*|caida|cai|cayo|tripped|tropece|tropezo|landed|slipped|resbale|resbalo ~~8 hit|head|cabeza|broke*|fractur*|walk|caminar|hip|cadera|hurt*|duele|swollen|swell*|hinch*",
		// A joint hurt in the fall and now swollen, told later on: "fell
		// on the icy step … Now my wrist is swollen and purple".
		"fell|fall|caida|cai|cayo|slipped|resbale|resbalo ~~20 wrist|ankle|hip|knee|muneca|tobillo|cadera|rodilla ~3 swollen|swell*|hinchad*|purple|morad*|deform*",
		"arm|leg|wrist|ankle|hip|bone|hueso|brazo|pierna|muneca|tobillo|cadera|finger|dedo ~3 broken|broke|fractur*|roto|rota|quebr*|deform*|crooked|bent|chueco|chueca|torcid*",
		"broken|broke|fractur*|roto|rota|quebr* ~3 bone|arm|leg|wrist|ankle|hip|hueso|brazo|pierna|muneca|tobillo|cadera|finger|dedo",
		"head|cabeza ~3 hit|injur*|golpe*|bump",
		"hit|golpe*|bumped ~3 head|cabeza",
		"bit*|bite|mordi*|mordid*|mordio ~3 dog|cat|perro|gato|animal|snake|serpiente",
		"dog|cat|perro|gato|animal ~3 bit*|bite|mordi*|mordio",
		"burn*|quem* ~3 hand*|arm*|leg*|face|skin|myself|blister*|mano*|brazo*|pierna*|cara|piel|ampolla*",
		"quemadura*", "me|se ~1 queme|quemo",
		"car ~1 accident|crash", "accidente ~2 carro|coche|auto|trafico|transito|moto",
		"blurry|borros*|double|doble ~2 vision|vista",
		"vision|vista|see|veo ~2 blurry|borros*|double|doble",
		"cant|cannot|no ~2 walk|caminar|pisar|apoyar|stand",
		"rompi|rompio|quebre|quebro ~3 tobillo|muneca|brazo|pierna|hueso|cadera|dedo",
	}, notBefore: "heart", notAfter: "claim|claims|lawyer|attorney|abogado|reclamo|report|records"},
}
