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
		"no ~2 se|sé|sabemos ~2 para|a|por ~1 donde|dónde")},
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
	// A high fever with a racing heart or little urine: sepsis told in
	// its signs ("fiebre de 39,5, tiritona, el corazón a mil … casi no
	// orino desde ayer").
	{kind: "sepsis", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"#39-42", "#102-106", "fiebre|fever ~2 alta|high|muy"},
		"corazon ~2 a ~1 mil", "heart ~2 racing|pounding", "casi ~1 no ~2 orino|orina", "casi ~1 no ~2 hago ~1 pipi", "barely|hardly|not ~2 peeing|urinating|peed",
		"corazon ~4 acelerado|rapidisimo|rapido", "cant|can't ~2 stop ~1 shaking|shivering", "tiemblo|temblando ~2 mucho", "threw|throw|vomite|vomito ~2 up ~3 the ~1 pills|meds|antibiotic*|pastillas")},
	// A toe or a foot gone black with a fever or a foul smell: gangrene.
	{kind: "necrotizing", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"toe|dedo|foot|pie ~~8 black|negro|negra"},
		"fever|fiebre|shakes|escalofrios", "red ~3 going ~2 up|streak*")},
	// A high fever with chills in pregnancy: "30 semanas … fiebre de 39,
	// escalofríos, dolor en la espalda".
	{kind: "sepsis", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"#20-42 ~1 weeks|semanas|wks", "pregnant|embarazada"},
		"#39-42 ~~10 escalofrios|chills|shaking|tiemblo", "#102-106 ~~10 chills|shaking|escalofrios")},
	// A blow to the head, then the memory gone, the same questions, or
	// clear fluid from the nose or an ear.
	{kind: "head_injury", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"cabeza|head"},
		"liquido ~2 claro|clarito|transparente", "clear ~1 fluid|liquid", "pregunta|repite|preguntando|repitiendo ~2 lo ~1 mismo", "asks|repeats|asking|repeating ~2 the ~1 same ~1 thing|things|question|questions", "no ~1 recuerda|remember ~~3 nada|anything|what", "doesnt|dont|cant|didnt ~1 remember ~~3 anything|what|nothing")},
	// A stoma's bag or a dialysis fistula filling with blood, with a
	// faint, a pallor, clots or pressure that does not stop it.
	{kind: "severe_bleeding", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"bag|bolsa|fistula|stoma|ostomy|ileostomy|colostomy|colostomia|ileostomia|estoma ~~10 blood|sangre|bleeding|sangrando|sangra"},
		"dizzy|lightheaded|faint*|pale|mareado|mareada|palido|palida|desmay*", "clots|coagulos", "soaked|empapad*", "pounding|racing", "a ~1 mil", "still ~2 coming|bleeding", "no ~2 para|deja ~2 de ~1 sangrar")},
	// Blood that spurts with the heartbeat, or that pressure does not
	// stop: "it's squirting blood every time my heart beats and pressing
	// on it isn't stopping it".
	{kind: "severe_bleeding", urgency: UrgencyEmergency, patterns: []string{
		"squirting|spurting|pulsing|shooting ~3 blood", "blood ~3 squirting|spurting|pulsing", "sangre ~3 a ~1 chorros|borbotones", "chorros|borbotones ~2 de ~1 sangre",
		"blood|bleeding|sangre|sangrando ~~12 pressing|pressure|presion|apretando|presionando ~~6 isnt|not|wont|no ~2 stopping|stop|para|detiene|deja",
	}},
	// Crushed or pinned under a machine, a vehicle or a load, or hurt so
	// with a hard belly or a faint: "se volteó el tractor y le cayó encima
	// … tiene la panza dura, está bien pálido".
	{kind: "abdominal_trauma", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"cayo|cayó ~2 encima", "fell|landed|rolled ~2 on ~1 top", "pinned|crushed|aplastad*|atrapad*|prensad*"},
		"panza|barriga|belly|stomach|abdomen ~3 dura|hard|rigid|duro", "palido|pálido|palida|pálida|pale", "desmay*|faint*", "passing ~1 out")},
	// A pad soaked in minutes: "bleedin thru a pad evry 15 min big clots".
	{kind: "severe_bleeding", urgency: UrgencyEmergency, patterns: []string{
		"through|thru|soaking|soaked|soak|lleno|llenando|empapo|empapa ~2 a|una|1|the ~1 pad|pads|toalla|toallas ~~6 every|evry|cada|per|por ~2 #5-90 ~1 min|mins|minutes|minutos",
	}},
	// Face or tongue swelling with trouble swallowing or breathing, after a
	// new medicine or a food ("my face an tung swellin up and its hard to
	// swollow").
	{kind: "anaphylaxis", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"face|cara|lips|labios|tongue|tung|lengua ~~4 swell*|swollen|hinch*"},
		"hard|cant|can't|trouble ~3 swallow*|swollow|breath*", "no ~2 puede|puedo ~2 tragar|respirar", "cuesta ~2 tragar|respirar")},
	// A very low sugar read off any machine, with a confusion, a sweat or
	// a mouth that will not swallow: "machine is showing 38 … he is not
	// able to swallow properly".
	{kind: "glucose", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"sugar|azucar|glucose|glucosa|machine|meter|glucometro|maquina|aparato|reading|lectura ~5 #10-54"},
		"confus*|confundid*", "sweat*|sudando|sudor", "not ~2 talking|making|answering", "swallow*|tragar", "unconscious|inconsciente", "wont|doesnt|cant ~2 wake", "no ~2 despierta|responde")},
	// A pulse under 45 with a dizziness or legs that will not hold: "the
	// heart machine say 38, she can't stand up".
	{kind: "heart_rate", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"heart|pulse|pulso|corazon|hr ~~5 #20-44", "machine|monitor ~~5 #20-44 ~~4 heart|pulse|pulso"},
		"dizzy|mareado|mareada|faint*|desmay*", "cant|cannot ~2 stand|get ~1 up", "no ~2 puede ~2 pararse|levantarse", "confus*|confundid*")},
	// An engine run in a closed garage, then headaches, vomiting or a
	// confusion: carbon monoxide.
	{kind: "carbon_monoxide", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"engine|motor|car|carro|coche|truck ~~8 closed|cerrad* ~2 garage|cochera|garaje", "garage|cochera|garaje ~~8 engine|motor ~2 on|running|prendido|encendido"},
		"headache*|cabeza", "vomit*|vomitando", "confus*|confundid*|mareado|dizzy|sleepy|dormido")},
	// A new mother whose mind has turned, holding the baby away: "gave
	// birth 10 days ago … God is talking to her through the TV. She's
	// holding him in the bathroom and won't let me in".
	{kind: "postpartum_psychosis", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"gave ~1 birth", "dio ~2 luz", "postpartum|posparto|postparto", "baby ~2 isnt|is ~1 not ~1 ours"},
		"god|dios|devil|diablo ~~4 talking|talks|speaking|habla|hablando", "wont|won't ~2 let ~2 me|us ~1 in", "no ~2 me|nos ~1 deja ~1 entrar")},
	// A baby coming now, far from a hospital: "I have to PUSH … I think I
	// can feel the head".
	{kind: "pregnancy_bleeding", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"feel|see|siento|veo|siente|ve ~3 the|la ~1 head|cabeza|cabecita"},
		"push|pushing|pujar|pujo", "contractions|contracciones", "labor|labour|parto")},
	// A poison swallowed that acts late: antifreeze.
	{kind: "poisoning", urgency: UrgencyEmergency, lasting: true, patterns: []string{
		"antifreeze|anticongelante|coolant|refrigerante",
	}, notAfter: "leak|leaking|tiene|bottle|jug|price|cost"},
	// A plant tea or seed taken to trip, then a delirium: "tomaron té de
	// floripondio … no sabe dónde está, habla con gente que no existe";
	// or huge pupils with a mind gone.
	{kind: "poisoning", urgency: UrgencyEmergency, patterns: slices.Concat(
		[]string{"floripondio|toloache|jimson|brugmansia"},
		eitherOrder([]string{"pupils|pupilas ~3 huge|enormes|grandes|dilated|dilatadas"},
			"confus*|confundid*", "no ~2 sabe ~2 donde", "hallucinat*|alucin*", "gente ~3 no ~1 existe", "not ~2 there"))},
	// Using alone and going under: "relapsed tonight … im getting really
	// heavy and its hard to keep my eyes open, no narcan on me".
	{kind: "overdose", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"relapsed|relapse|used|using|recai|recaida|use"},
		"hard ~3 keep ~2 eyes ~1 open", "cant ~3 keep ~2 eyes ~1 open", "nodding ~1 off|out", "no|without ~1 narcan|naloxone|naloxona")},
	// A hernia or a lump in the groin that will not go back, hard, red or
	// with vomiting: strangulated ("my hernia popped out … it wont go back
	// in … hard and red … thrown up twice"; "una bolita en la ingle que hoy
	// no se le quita … dura … vomitó").
	{kind: "bowel_obstruction", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"hernia ~~15 wont|won't|doesnt|cant|no ~3 go ~1 back", "hernia ~~15 no ~3 regresa|entra|mete|quita", "lump|bolita|bulto|bump ~~4 groin|ingle ~~15 no ~3 quita|regresa|baja|va", "lump|bump ~~4 groin ~~15 been ~2 there ~2 all ~1 day"},
		"hard|dura|duro", "red|roja|rojo|rojita|bluish|blue|morad*", "vomit*|vomito|vomitó|threw|thrown", "screaming|llorar|llora|llanto")},
	// A belly swollen and hard with no stool or wind for days, or with
	// vomiting everything: an obstruction.
	{kind: "bowel_obstruction", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"no ~4 gases|gas|pedos", "no ~3 ha|he|has ~2 ido ~2 al ~1 bano", "no ~3 bowel ~1 movement|poop|pooped|gas"},
		"panza|barriga|belly|abdomen|stomach|estomago ~~6 inflada|hinchada|swollen|distended|hard|dura|bloated", "vomita|vomito|vomiting|throwing ~3 todo|everything")},
	// Green or yellow-green vomit in a baby.
	{kind: "bowel_obstruction", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"spit|vomit*|threw|throwing|vomito|vomita|devuelve ~~6 green|verde", "green|verde ~~3 spit|vomit*|vomito"},
		"baby|bebe|newborn|recien|infant|#1-30 ~1 days|dias ~1 old|de", "weeks|semanas ~1 old|de")},
	// Days after surgery, the heart racing or shaking chills: "got
	// discharged yesterday after my colon resection … heart rate 125 and I
	// can't stop shivering".
	{kind: "surgical_complication", urgency: UrgencyEmergency, lasting: true, patterns: eitherOrder(
		[]string{"surgery|resection|operation|operacion|cirugia|operaron|discharged"},
		"heart ~1 rate ~3 #110-200", "pulse|pulso ~3 #110-200", "cant|can't ~2 stop ~1 shivering|shaking", "escalofrios ~3 fuertes|no ~2 paran")},
	// Words coming out wrong with a hand, an arm or a leg on one side that
	// will not work: "las palabras me salen mal … la mano derecha no me
	// funciona".
	{kind: "stroke", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"palabras ~3 salen ~1 mal|raras|revueltas|enredadas", "no ~2 puedo|puede ~1 hablar"},
		"mano|brazo|pierna|cara ~3 derech*|izquierd* ~~4 no ~2 me|le ~1 funciona|responde|sirve|mueve")},
	// A back pain, then the saddle numb or the bladder stopped: "can't
	// feel the toilet paper when I wipe and I haven't peed since last
	// night".
	{kind: "cauda_equina", urgency: UrgencyEmergency, patterns: []string{
		"cant|can't|cannot ~3 feel ~3 toilet ~1 paper", "no ~2 siento ~3 el ~1 papel",
		"legs ~3 weak|numb|débiles|debiles|dormidas ~~20 havent|haven't|cant|can't|not ~2 peed|pee|peeing|urinate",
		"havent|haven't|cant|can't ~2 peed|pee|peeing|urinate ~~20 legs ~3 weak|numb",
	}},
	// A tingling climbing from the feet, with falls or a breath that is
	// getting short: Guillain-Barré.
	{kind: "neuro", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"tingl*|numb*|hormigue* ~~15 up ~2 past|to ~1 my ~1 knees|waist|hips", "tingl*|hormigue* ~~10 sube|subiendo|climbing|spreading"},
		"hard ~3 breath|breathe", "deep ~1 breath", "almost|nearly|casi ~2 fell|caigo|cai", "cant|can't ~2 walk|caminar")},
	// A pain low on the right with a fever, a bent walk, a jolt that hurts
	// or a belly that will not be touched: appendicitis as parents tell it
	// ("walking hunched over holding his right side … 102.1"; "le duele
	// abajo a la derecha, cada bache la hacía gritar … 38.7").
	{kind: "appendicitis", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"bottom|lower ~0 right ~0 side|belly|tummy|stomach|abdomen", "right ~0 lower|bottom ~0 side|belly|tummy|stomach|abdomen|quadrant", "abajo ~2 a ~1 la ~1 derecha", "holding ~2 his|her|my ~1 right ~1 side", "tummy|belly|stomach|panza|barriga ~~6 wont|won't|no ~2 let|deja ~3 touch|toque|tocar"},
		"#38-42", "#100-106", "hunched|bent|encorvad*", "cant|can't ~2 stand ~2 straight|up", "no ~2 puede ~2 brincar|saltar", "cant|can't|wont ~2 jump|hop", "bump|bumps|bache|baches", "burning ~1 up", "hot ~2 to ~1 touch")},
	// Coffee grounds vomited, said in Spanish: bleeding from the stomach.
	{kind: "gi_bleeding", urgency: UrgencyEmergency, patterns: []string{
		"asientos|borra ~2 de ~1 cafe", "coffee ~1 grounds",
	}},
	// Pale, cold and sweating together: shock, whatever the cause.
	{kind: "shock", urgency: UrgencyEmergency, patterns: []string{
		"palid*|pale ~~4 fria|frio|cold|clammy ~~4 sud*|sweat*",
	}},
	// A baby's stool like red jelly: intussusception.
	{kind: "intussusception", urgency: UrgencyEmergency, patterns: []string{
		"popo|poop|stool|heces|caca ~~6 jelly|mermelada|jalea", "jelly|mermelada|jalea ~~3 fresa|strawberry|currant|grosella",
	}},
	// A toothpick or a bone swallowed, then a pain or chills.
	{kind: "foreign_body", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"toothpick|palillo|fishbone", "espina ~1 de ~1 pescado", "chicken ~1 bone", "hueso ~2 de ~1 pollo"},
		"pain|dolor|hurts|duele", "chills|escalofrios|fever|fiebre")},
	// A known aneurysm with a sudden pain, a pallor or a belly that beats.
	{kind: "aortic", urgency: UrgencyEmergency, patterns: slices.Concat(eitherOrder(
		[]string{"aneurysm|aaa"},
		"sudden*|suddenly", "pale", "pulsing|pulsating|throbbing"),
		// A belly that beats, with a sudden pain or a pallor: "dolor de
		// panza y espalda que le llegó de golpe, está muy pálido y dice
		// que siente que la panza le late".
		eitherOrder([]string{"panza|barriga|belly|stomach|abdomen ~3 le ~1 late", "panza|barriga|belly|stomach|abdomen ~3 pulsing|pulsating|throbbing|beating|latiendo"},
			"de ~1 golpe", "sudden*|suddenly|repente", "palido|pálido|palida|pale"))},
	// A child telling of abuse, and bleeding or hurt there.
	{kind: "sexual_assault", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"le ~1 hizo|hace|hicieron|hacia ~1 cosas", "touched|abused ~2 her|him|my"},
		"sangr*|bleeding|bleeds", "le ~1 duele ~2 sus|ahi|allá|alla ~1 partes|abajo", "hurts ~2 down ~1 there")},
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
