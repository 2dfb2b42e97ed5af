package triage

import "slices"

// elderRules are emergencies of older adults told by those who care for
// them: a person with dementia missing, or found shivering and mumbling
// after a night out in the cold; a sudden drunken walk with the room
// spinning; a faint on a heart medicine, however well they feel after; a
// bite of food stuck with the saliva coming back; shaking chills with
// fast breathing; a night on the floor; a hot flat and a mind gone; a
// pulse in the forties with dizziness; vomit that smells of stool, or
// like coffee grounds; days without drinking and eyes that barely open;
// no urine at all; a sight lost suddenly, as if a curtain came down; a
// foot gone cold and white. probe50 (50 such emergencies, 50 look-alikes)
// found them missing at first run.
var elderRules = []rule{
	// Nothing kept down, then confused or hardly answering (probe153:
	// "can't keep water down, and now she's really confused and barely
	// answers us").
	{kind: "dehydration", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"cant|can't|cannot|not ~2 keep ~3 water|anything|fluids|liquids ~1 down", "no ~2 retiene|retengo|aguanta ~2 ni ~2 el ~1 agua|nada",
			"diarrhea|diarrea ~2 nonstop|non-stop|constant|constante", "diarrea ~2 sin ~1 parar"},
		"confus*|confundid*", "barely|hardly ~2 answer*|respond*|talk*", "casi ~2 no ~2 responde|contesta|habla",
		"not ~3 making ~1 sense", "no ~2 tiene ~1 sentido", "heart|pulse|hr|pulso ~~4 #130-220 ~~6 lying|resting|rest|acostad*|sentad*")},
	// Breathing that is not normal after a collapse, gasping like a fish
	// (probe156: "se desmayó y no respira normal, solo como que boquea").
	{kind: "unresponsive", urgency: UrgencyEmergency, patterns: []string{
		"boquea|boqueando|boqueaba", "no ~1 respira ~1 normal|bien ~~10 desmay*|piso|suelo|floor",
		"desmay*|piso|suelo ~~10 no ~1 respira ~1 normal|bien",
	}},
	// Moaning without an answer (probe141): "She moans but doesn't
	// really answer me."
	{kind: "unresponsive", urgency: UrgencyEmergency, patterns: []string{
		"moans|moaning|groans|groaning|quejando|queja|gime|gimiendo ~~8 doesnt|dont|not|no|barely|hardly|wont ~3 answer*|respond*|contesta|responde|talk|habla",
	}},
	// A person with dementia missing.
	{kind: "welfare", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"alzheimer*|dementia|demencia", "memory ~1 care"},
		"missing|desaparecid*", "wandered ~2 off|away", "no ~2 la|lo ~1 encontramos|encuentro|encuentran", "cant|can't|cannot ~2 find",
		// Out of the house at night (probe151): "walked out the front door
		// at 2am in her nightgown", "salió a la calle a las 3 de la mañana".
		"walked|went|wandered ~2 out|outside ~~10 #1-5 ~1 am", "walked|went|wandered ~2 out|outside ~~10 2am|3am|4am|1am|5am|midnight",
		"salio|salió ~3 a ~1 la ~1 calle|afuera|fuera ~~10 madrugada|noche|#1-5", "cant|can't|cannot|no ~2 see|ver|veo ~2 where|donde|dónde",
		"no ~2 se|sé|sabemos ~2 para|a|por ~1 donde|dónde",
		// fresh359: "walked out sometime in the night, it's below freezing and
		// his coat is still on the hook. Been looking 2 hours".
		"walked|went|wandered ~2 out|outside|off ~~4 night|madrugada", "been ~1 looking|searching ~~3 #1-12 ~1 hours|hrs|hour", "coat|jacket|abrigo|chamarra ~~4 still ~~3 hook|here|closet")},
	// Climbing out of a high window (fresh362: "Dad has dementia … tried to
	// climb out the 3rd floor window … keeps going for it").
	{kind: "welfare", urgency: UrgencyEmergency, patterns: []string{
		"climb|climbing|climbed|jump|jumping ~1 out ~~4 floor ~1 window", "salir|salirse|brincar|aventarse ~~3 ventana ~~3 piso",
	}},
	// Found lying and not answering, or breathing oddly (fresh359: "Lo
	// encontré tirado al pie de la escalera, no me contesta, respira raro y
	// tiene sangre en la cabeza").
	{kind: "unresponsive", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"tirado|tirada ~~6 piso|suelo|escalera|escaleras|calle|baño|bano"},
		"no ~2 contesta|responde|reacciona", "not ~1 answering|responding", "respira ~1 raro|extraño|feo|mal", "breathing ~1 funny|weird|strange|oddly")},
	// Another's heart or pressure pills taken by mistake, then a slow pulse
	// (fresh359: "Se tomó por error las pastillas de su marido, las de la
	// presión y del corazón, como seis. Ahora está muy lenta y el pulso muy
	// bajito").
	{kind: "overdose", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"pastillas|pills|pastilla ~~8 error|mistake|marido|esposo|husband|wife|equivocada|wrong"},
		"pulso|pulse ~~3 bajito|bajo|low|slow|lento|weak|debil|débil")},
	// A fall an alarm or a watch detected, then no answer (probe151).
	{kind: "trauma", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"fall ~1 alert|pendant|alarm|detection|button|detector", "hard ~1 fall ~1 alert", "detecto|detectó ~3 caida|caída", "caida|caída ~1 fuerte"},
		noAnswer...)},
	// On the floor and not moving, seen on a camera or a video call, or
	// yelled at with nothing back.
	{kind: "unresponsive", urgency: UrgencyEmergency, patterns: []string{
		"floor|ground|piso|suelo ~~7 not ~1 moving|responding|answering",
		"floor|ground|piso|suelo ~~7 no ~1 se ~1 mueve|responde|contesta",
		"yelled|yell|shouted|called|grite|grité ~~8 nothing|nada|no ~1 response|respuesta",
	}},
	// Every dose of the week taken at once from a dispenser, then drowsy.
	{kind: "overdose", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"todos|all|every ~2 los|the|de ~1 compartimentos|compartments|slots|doses|dosis"},
		"dormid*|sleepy|drowsy|confus*|confundid*", "no ~2 podia|podía|puede ~1 hablar", "couldnt|couldn't|cant|can't ~2 talk", "barely ~2 talk|awake")},
	// Shivering with a mind going: hypothermia.
	{kind: "burn_or_exposure", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"shivering|tiritando|temblando ~3 hard|so|mucho|fuerte"}, "mumbl*|balbuce*", "confus*|confundid*", "not ~1 making ~1 sense")},
	// A hot home, then a mind gone: heat stroke.
	{kind: "heat_stroke", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"#90-130 ~1 degrees|grados", "ac|air|aire ~~4 broke|broken|out|descompuesto|descompuso", "ac|air|aire ~~4 no ~1 sirve",
			"apartment|apartamento|house|casa|room|cuarto ~~6 hot|caliente|calor|horno|oven|sauna"},
		newConfusion...)},
	// A sudden drunken walk, leaning to a side, the room spinning: a
	// stroke of the back of the brain.
	{kind: "stroke", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"walking|walks|camina|caminando ~3 like|como ~3 drunk|borracho|borracha", "leaning|leans ~2 hard|way ~2 to ~2 left|right|side"},
		"spinning|vertigo|vértigo|gira|vueltas", "vomit*|vomitando", "sudden*|repente|repentinamente")},
	// The vital signs of sepsis as a nurse or an aide sends them: a
	// pressure under 90 with a fever or a new confusion ("T 102.9, new
	// onset confusion, BP 86/48, HR 118"); a confusion called new onset.
	{kind: "sepsis", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"blood ~1 pressure ~2 #50-89 ~1 #20-59", "presion ~2 #50-89 ~1 #20-59"},
		"#101-106", "#38-42", "fever|fiebre|temp|temperatura", "confus*|confundid*|delirio|delirium")},
	{kind: "sudden_confusion", urgency: UrgencyEmergency, patterns: []string{
		"new ~1 onset ~1 confus*|delirium", "confusion|delirio ~1 nueva|nuevo|reciente",
	}},
	// Days without drinking, and now not making sense: "hasn't had
	// anything to drink since Saturday. Today he's barely making sense".
	{kind: "dehydration", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"drink|drinking|drank|tomado|bebido|tomar|beber|liquidos|fluids ~~12 since|desde|days|dias"},
		"barely|not|isnt|no ~2 making ~1 sense", "no ~2 tiene ~1 sentido", "incoherente*|delira|delirando")},
	// A faint on a heart medicine or with a device, however well after.
	{kind: "fainting", urgency: UrgencyEmergency, lasting: true, patterns: eitherOrder(
		[]string{"passed ~1 out", "fainted|desmayo|desmayó|blacked"},
		"amiodarone|amiodarona|digoxin|digoxina|flecainide|flecainida|sotalol|pacemaker|marcapasos|defibrillator|desfibrilador|icd")},
	// A bite of food stuck, the saliva coming back.
	{kind: "airway_infection", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"bite|piece|pedazo|bocado|food|comida|carne|meat|chicken|pollo|steak ~~6 stuck|atorad*|atascad*|trabad*"},
		"saliva|spit|spitting|escupiendo|babeando|drool*", "cant|can't|no ~3 swallow|tragar", "cant|can't ~2 get ~3 down")},
	// Shaking chills with fast breathing or too weak to stand: sepsis.
	{kind: "sepsis", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"escalofr*|chills|rigors|shaking"},
		"breathing ~2 fast|rapid|hard|heavy", "respira ~2 rapido|rápido|agitad*", "wont|won't|cant|can't ~2 stand|get ~1 up", "no ~2 se ~1 puede ~1 parar",
		"out ~2 of ~1 it")},
	// A night, or hours, on the floor: muscle breaks down, the kidneys
	// follow.
	{kind: "trauma", urgency: UrgencyEmergency, lasting: true, patterns: eitherOrder(
		[]string{"floor|piso|suelo|tirado|tirada"},
		"toda ~2 la ~1 noche", "all ~1 night", "#3-48 ~1 hours|horas", "since ~2 last ~1 night", "desde ~1 anoche",
		"since ~1 yesterday", "desde ~1 ayer")},
	// A pulse in the forties or below, or racing past 150, with
	// dizziness or weakness.
	{kind: "heart_rate", urgency: UrgencyEmergency, patterns: eitherOrder(
		// "hr 32": the tokenizer reads HR as "hour".
		[]string{"pulse|pulso|latidos ~5 #20-45", "heart ~1 rate ~3 #20-45", "#20-45 ~1 bpm", "#20-45 ~2 de ~1 pulso", "#20-45 ~1 pulsaciones|latidos", "hour ~1 #15-45", "hour ~1 #150-250", "fast|rapid|rapido|rápido|racing ~3 #150-300"},
		"dizzy|mareado|mareada|faint*|desmay*|weak|debil|débil|confus*|lightheaded|sleepy|somnolient*", "pass ~1 out")},
	// An arm numb and the face strange: a stroke.
	{kind: "stroke", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"arm|leg|hand|brazo|pierna|mano ~3 numb|entumid*|dormid*|adormecid*"},
		"face|cara ~~4 weird|funny|strange|numb|droop*|dormida|rara|raro|chueca|caida")},
	// Vomit that smells of stool, or like coffee grounds.
	{kind: "bowel_obstruction", urgency: UrgencyEmergency, patterns: []string{
		"vomit*|vomitando|throwing|threw ~~10 smell*|huele|olor ~4 stool|poop|feces|caca|popo|excremento",
	}},
	{kind: "gi_bleeding", urgency: UrgencyEmergency, patterns: []string{
		"vomit*|vomitando|vomita|vomito ~~8 cafe|café ~2 molido", "vomit*|throwing|threw ~~8 coffee ~1 grounds|ground",
	}},
	// Days without drinking, and eyes that barely open.
	{kind: "dehydration", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"hasnt|not|barely|hardly|no ~4 eaten|drunk|drinking|drank|eating|comido|tomado|bebido"},
		"hardly|barely ~3 opens|open ~2 eyes|ojos", "casi ~2 no ~2 abre ~2 los ~1 ojos", "barely ~2 respond*|wakes|awake", "casi ~2 no ~2 responde|despierta")},
	// No urine at all.
	{kind: "urinary_retention", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"no ~2 ha|he|han ~1 podido ~1 orinar", "no ~2 pudo|puede ~2 orinar ~2 nada"},
		"bladder|vejiga", "hrs|hours|horas", "desde ~1 anoche|ayer", "panza|vientre|belly ~~4 dura|hard|hinchad*|swollen")},
	// Older adults at home (probe184): days without food or drink and no
	// urine, with no answer or no sitting up; a hip that bears no weight
	// after a fall, or a leg turned outward; heat with confusion and hot
	// skin; a goose egg on a blood thinner; dusky lips.
	{kind: "dehydration", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"hasnt|hasn't|havent|haven't|no ~2 peed|pee|peeing|orinado|orina", "no ~2 ha ~1 orinado"},
		slices.Concat(noAnswer, []string{"really ~1 answering", "cant|can't|cannot ~2 sit ~1 up", "tampoco ~2 toma|bebe ~1 agua", "hardly ~2 drunk|drank|drinking"})...)},
	{kind: "fracture", urgency: UrgencyEmergency, patterns: []string{
		"hip|cadera ~~15 cant|cannot|can't|couldnt|no ~3 put|bear|stand|apoyar|pararse ~3 weight|peso|it|nada",
		"cant|cannot|can't ~3 put|bear ~2 any ~1 weight ~~15 hip|cadera|floor|suelo|piso",
		"leg|pierna ~3 rolled|turned|turning|volteada|girada ~2 out|outward|outwards|afuera|hacia",
	}},
	{kind: "heat_illness", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"fan|ventilador ~3 broke|broken|roto|descompuesto", "#100-120 ~2 all|toda ~1 week|semana", "no ~2 air ~1 conditioning|ac|aire"},
		"confus*|confundid*", "skin ~2 hot|caliente", "cant|can't ~2 stand")},
	{kind: "trauma", urgency: UrgencyEmergency, patterns: []string{
		"goose ~1 egg|eggs ~~40 " + thinnerWords, thinnerWords + " ~~40 goose ~1 egg|eggs",
		"lips|labios ~3 dusky|bluish|blue|azul|azules|morad*",
	}},
	// A sight lost suddenly, or a curtain told after the eye.
	{kind: "stroke", urgency: UrgencyEmergency, patterns: []string{
		"ojo|eye|vista|vision ~~10 cortina|curtain",
		"repente|suddenly|sudden ~~6 dejo|dejó|dejado|deje|dejé ~2 de ~1 ver", "repente|suddenly|sudden ~~6 lost ~2 vision|sight",
	}},
	// A limb gone cold and white: its artery is blocked.
	{kind: "cold_limb", urgency: UrgencyEmergency, patterns: []string{
		"foot|leg|arm|hand|pie|pierna|brazo|mano|manita|manito|piecito|piernita|bracito ~~6 cold|fria|frio|fría|frío|helad* ~~4 white|pale|blanc*|palid*|pálid*",
		"foot|leg|arm|hand|pie|pierna|brazo|mano ~~6 cold|fria|frio|helad* ~~12 bad|funny|dark|purple|gray|grey|blue|morad*|oscur* ~1 color|colour",
		"foot|leg|pie|pierna ~~6 cold|fria|frio|helad* ~~10 cant|can't|no ~2 feel|siento|siente ~3 toes|foot|feet|dedos|pie",
	}},
}

// noAnswer are the ways a person not answering is told.
var noAnswer = []string{"not|isnt|isn't|wont|won't|hasnt|hasn't ~2 answer*|picking|responding", "no ~2 contesta|responde"}
