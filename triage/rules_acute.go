package triage

import "slices"

// acuteRules are emergencies told in everyday words, without their
// textbook names, that the thirteenth session's independent sets found
// missing, body system by body system: sepsis told by its signs, a black
// toe, a blow to the head with the memory gone, blood from a stoma, a
// fistula or a wound that will not stop, a crush, a pad soaked in minutes,
// a swelling face and tongue, a sugar or a pulse read off a machine, an
// engine in a closed garage, a new mother's mind turned, a baby coming
// now, antifreeze and datura, using alone, a belly blocked or a hernia
// stuck, a baby's green vomit, a racing heart after surgery, words and a
// hand gone wrong, the saddle numb, a tingling climbing, appendicitis as
// parents tell it, coffee grounds, shock, a red-jelly stool, a toothpick
// swallowed, a belly that beats, and a child's abuse with bleeding; then,
// from the fourteenth session's sets, blood that pressure does not hold or
// a nosebleed that will not stop, a pad soaked (a "compresa"), a sight gone
// out or a curtain, hives with a faint, an EpiPen minutes ago, the chest
// closing after a shot, a night in the snow, and a wound gone black or
// crackling. Each is held by a test in redflag_errand_test.go.
var acuteRules = []rule{
	// A high fever with a racing heart or little urine: sepsis told in
	// its signs ("fiebre de 39,5, tiritona, el corazón a mil … casi no
	// orino desde ayer").
	{kind: "sepsis", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"#39-42", "#102-106", "fiebre|fever ~2 alta|high|muy"},
		"corazon ~2 a ~1 mil", "heart ~2 racing|pounding", "casi ~1 no ~2 orino|orina", "casi ~1 no ~2 hago ~1 pipi", "barely|hardly|not ~2 peeing|urinating|peed",
		"corazon ~4 acelerado|rapidisimo|rapido", "cant|can't ~2 stop ~1 shaking|shivering", "tiemblo|temblando ~2 mucho", "threw|throw|vomite|vomito ~2 up ~3 the ~1 pills|meds|antibiotic*|pastillas",
		// fresh326: "burning up (they said 103) and so sleepy I could
		// barely get her to say my name".
		"barely|hardly ~1 get ~1 her|him|them ~1 to ~1 say|answer|wake|talk|respond|open", "hard ~1 to ~1 wake|rouse", "casi ~1 no ~1 despierta|reacciona")},
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
		[]string{"bag|bolsa|fistula|stoma|ostomy|ileostomy|colostomy|colostomia|ileostomia|estoma ~~10 blood|sangre|bleeding|sangrando|sangra",
			"blood|bleeding|sangre|sangrando ~2 from|de|del ~2 the|la|el|su|her|his|my|mi ~1 bag|bolsa|fistula|stoma|ostomy|estoma"},
		"dizzy|lightheaded|faint*|pale|mareado|mareada|palido|palida|desmay*", "clots|coagulos", "soaked|empapad*", "pounding|racing", "a ~1 mil", "still ~2 coming|bleeding|pumping|spurting|gushing|pouring", "no ~2 para|deja ~2 de ~1 sangrar",
		"pressure|presion|pressing|apretando|presionando ~~6 still|sigue|todavia")},
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
		"through|thru|soaking|soaked|soak|lleno|llenando|empapo|empapa ~2 a|una|1|the ~1 pad|pads|toalla|toallas|compresa|compresas ~~6 every|evry|cada|per|por ~2 #5-90 ~1 min|mins|minutes|minutos",
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
	// Star anise given to a baby for colic, then trembling, odd eyes or
	// vomiting (fresh423: "le dio té de anís estrella para los cólicos y
	// ahora tiembla, pone los ojitos raros y vomita").
	{kind: "poisoning", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"anis|anís ~1 estrella", "star ~1 anise"},
		"tiembla|temblando|shaking|trembling|jitter*", "ojos|ojitos|eyes ~~3 raros|raro|weird|rolling|moving", "convuls*|seiz*|jerk*|sacud*", "vomit*|vomita|vomiting")},
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
	// The fourteenth session's sets (the belly, allergy and the eyes,
	// bleeding). Blood that pressure does not hold, pumping through a
	// dressing; a nosebleed on a thinner that will not stop, or swallowed.
	{kind: "severe_bleeding", urgency: UrgencyEmergency, patterns: []string{
		"pumping|pulsing|spurting|gushing|pouring ~2 through ~2 the|la|las|el ~1 gauze|bandage*|dressing*|towel*|venda*|gasa*|vendaje*",
		"sangr*|bleed*|blood ~~10 no ~1 se ~1 le|me|les ~1 para|paraba|detiene|corta",
		"sangr*|bleed*|blood ~~10 no ~1 se ~1 para|detiene|corta",
		"tragando|traga|tragandose|swallowing ~2 sangre|blood",
	}},
	// A sudden loss of sight in one eye, or a curtain across it.
	{kind: "stroke", urgency: UrgencyEmergency, patterns: []string{
		"vision|sight|vista ~~7 went|goes|going|gone ~1 out",
		"cortina|curtain|telon ~~12 ojo|eye|vista|vision",
		"veo|see|seeing ~3 una|a ~1 cortina|curtain|telon",
	}},
	// Hives with a faint; a throat still tight or a faintness minutes
	// after an EpiPen; the chest or throat closing, with an itch, after an
	// injection or a new medicine.
	{kind: "anaphylaxis", urgency: UrgencyEmergency, patterns: slices.Concat(
		eitherOrder([]string{"hives|welts|ronchas|habones|urticaria"}, "passed ~1 out", "fainted|desmay*", "blacked ~1 out"),
		eitherOrder([]string{"epipen|epipens|epinephrine|epinefrina|auvi*"},
			"throat|garganta ~~4 still|thick|tight|closing|cerrando|cierra", "lightheaded|dizzy|mareado|mareada",
			"#1-90 ~1 min|mins|minutes|minutos ~1 ago", "hace ~1 #1-90 ~1 min|mins|minutos"),
		eitherOrder([]string{"cierra|cerrando ~2 pecho|garganta"}, "pica ~1 todo", "picazon|comezon|ronchas|hives",
			"inyeccion|injection|shot|dosis|dose|penicilina|ceftriaxona|amoxicilina|antibiotico*"),
	)},
	// A night lost in the snow, then confused, or toes gone black.
	{kind: "burn_or_exposure", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"nieve|snow|freezing|helada|congelad*|hielo"},
		"esta|is|hes|shes|seems|anda|muy|very ~2 confundido|confundida|confused|desorientad*|disoriented",
		"dedos|toes|fingers ~~4 negros|negras|black ~~4 duros|hard")},
	// A wound turning black with a fever, or skin that crackles: a
	// flesh-eating infection.
	{kind: "necrotizing", urgency: UrgencyEmergency, patterns: slices.Concat(
		[]string{"piel|skin|herida|wound ~~6 cruje|crujen|crackl*|crepit*|crunch*|truena|truenan"},
		eitherOrder([]string{"herida|wound|cut|cortada|corte ~~6 negra|negro|black|blackish|oscura"}, "fever|fiebre", "#101-106", "#38-42")),
	},
	// A toddler's blow to the head, then drowsy or not himself; a bottle of
	// children's medicine found open and emptied.
	{kind: "head_injury", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"hit|bumped|banged|golpeo|golpeó|pego|pegó|landed ~~5 head|cabeza"},
		"drowsy|somnolient*|adormilad*|lethargic|letargic*", "not ~1 acting ~2 like ~1 himself|herself|themself", "no ~2 es ~1 el|ella ~1 mismo|misma")},
	{kind: "poisoning", urgency: UrgencyEmergency, patterns: []string{
		"bottle|frasco|bote ~3 tylenol|acetaminophen|paracetamol|motrin|ibuprofen|ibuprofeno|advil|benadryl|iron|hierro|vitamin*|vitaminas|pills|pastillas|medicine|medicina|meds ~~6 open|opened|abierto|abierta ~~4 empty|vacio|vacia|vacío|vacía",
		"bottle|frasco|bote ~3 tylenol|acetaminophen|paracetamol|motrin|ibuprofen|ibuprofeno|advil|benadryl|iron|hierro|vitamin*|vitaminas|pills|pastillas|medicine|medicina|meds ~~6 empty|vacio|vacia|vacío|vacía",
	}},
	// A tooth's infection spreading to the eye or down the neck, with a
	// fever, a swallow or a mouth that will not open, drooling or a
	// changed voice; bleeding after a tonsillectomy; a bead or a nut
	// breathed in, then wheezing or a cough that will not stop.
	{kind: "airway_infection", urgency: UrgencyEmergency, patterns: joined(joined(
		[]string{"tooth|teeth|muela|muelas|diente|dientes|molar|extraction|extraccion|extracción|wisdom|dentist|dentista|postemilla|absceso|abscess|flemon|flemón"},
		" ~~20 ", []string{"neck|cuello|ojo|eye|collarbone|clavicula|clavícula"}),
		" ~~25 ", []string{"fever|fiebre|calentura|#38-42|#101-106", "swallow*|tragar|trago", "drool*|babea*", "voice|voz ~~3 weird|funny|muffled|different|changed|rara|cambiada",
			"cant|can't|no ~2 open|abrir ~~3 mouth|boca|ojo|eye", "no ~1 lo|la ~2 puedo|puede ~1 abrir"})},
	{kind: "severe_bleeding", urgency: UrgencyEmergency, lasting: true, patterns: eitherOrder(
		[]string{"tonsillectomy|amigdalectomia|amigdalectomía|tonsils|amigdalas|amígdalas|anginas"},
		"blood|sangre|bleeding|sangrando|sangra|clots|coagulos|coágulos"), mild: lightBleeding + "|hilitos|hilito|streak|streaks|streaky|tinged"},
	{kind: "choking", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"bead|bolita|cuenta|peanut|mani|maní|cacahuate|lego|coin|moneda|pebble|piedrita|bean|frijol ~~16 sniffed|inhaled|breathed|gone|aspir*|inhalo|inhaló|jalo|jaló"},
		"wheez*|silbido|silba", "breathing|respira ~2 fast|hard|rapido|rápido", "coughing ~2 nonstop|non-stop", "tos ~2 sin ~1 parar")},
	// The kidneys, the bladder and the genitals (probe246): a testicle's
	// pain told shyly ("down there", "his ball") that came suddenly or
	// with vomiting; a baby's side of the scrotum swollen and purple; an
	// erection that has not gone down for hours, or a penis that cracked
	// and swelled; a catheter that drains nothing with pain or blood
	// around it; no urine for hours; blood in the urine with a faint or
	// clots; a stone with a fever and chills.
	{kind: "testicular", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"pain|dolor|hurting|hurts|duele ~~4 down ~1 there", "down ~1 there ~~4 pain|hurting|hurts",
			"ball|balls|huevo|huevos|testicle|testiculo|testículo|private|privates ~~6 hurt*|pain|dolor|duele",
			"pain|dolor|hurting ~~6 testicle|testiculo|testículo|ball", "pain|dolor|hurting ~~6 balls|testicles|nuts|huevos"},
		"throw ~1 up", "threw|throwing ~1 up", "vomit*|vomitando|vomito|vomitó", "one ~1 side ~1 only", "out ~1 of ~1 nowhere", "de ~1 la ~1 nada",
		"cant|can't ~2 stand ~1 up ~1 straight", "wont|won't ~1 let ~1 me ~1 look",
		// probe292: "one side is sitting higher and looks purple-ish".
		"sitting|sits|riding ~1 higher", "higher ~2 than ~2 the ~1 other", "purple|purplish|morado")},
	{kind: "testicular", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"lado ~2 de ~2 las|sus ~1 bolitas|bolas|huevitos", "bolitas|huevitos|testiculo|testículo|scrotum|escroto ~~6 hinchad*|swollen"},
		"morad*|purple|dark", "llora ~2 sin ~1 parar", "crying ~2 nonstop|non-stop", "duro|dura|hard")},
	{kind: "priapism", urgency: UrgencyEmergency, patterns: slices.Concat(
		eitherOrder([]string{"erection|ereccion|erección|trimix|viagra|cialis|sildenafil|tadalafil|pill|pills|pastilla ~~20 hasnt|hasn't|wont|won't|not|no ~3 gone|go|going ~1 down",
			"still ~2 fully|completely ~1 rigid|hard|firm"},
			"#4-48 ~1 hrs|hours|horas", "purple|morad*", "painful|hurt*|duele|dolor"),
	)},
	{kind: "trauma", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"crujido|crack|cracked|pop|popped|snap|snapped|tronido|trono|tronó"},
		"pene|penis ~~8 hinchad*|swollen|morad*|purple|torcido|bent|crooked|chueco")},
	{kind: "catheter", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"foley|catheter|cateter|catéter|sonda ~~12 hasnt|hasn't|nothing|no ~2 put|draining|drained|sale|salido", "nothing ~2 in ~2 the ~1 bag", "bag|bolsa ~~4 empty|vacia|vacía"},
		"moaning|groaning|quejando", "holding ~3 belly|stomach|panza", "belly|panza|vientre ~~4 hard|swollen|dura|hinchad*|inflamad*",
		"leaking ~~4 around|alrededor", "blood|sangre ~~4 around|alrededor")},
	{kind: "urinary_retention", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"havent|haven't|hasnt|hasn't|not ~2 made|passed|peed ~2 any|anything|urine|pee", "havent|haven't|hasnt|hasn't|not ~2 peed|passed|made ~3 drop|gota",
			"cant|can't|cannot ~2 pee", "cant|can't|cannot ~2 pass ~1 anything|urine",
			"no ~2 he|ha ~1 podido ~1 orinar", "no ~2 he|ha ~1 podido ~1 hacer ~1 pipi|pipí", "no ~2 puedo|puede ~1 orinar", "no ~2 puedo|puede ~1 hacer ~1 pipi|pipí"},
		"#4-48 ~1 hours|hrs|horas", "#1-12 ~1 am|pm", "since ~1 this ~1 morning|surgery", "since ~1 the ~1 surgery", "desde ~2 la ~1 cirugia|cirugía|mañana|manana", "desde ~1 anoche",
		"ya ~1 van ~2 #4-48 ~1 horas", "pressure|presion|presión|swollen|hinchad*|inflamad*|bulging|bulge", "since ~1 then",
		"only|solo|sólo ~2 one|un ~1 kidney|riñon|riñón")},
	{kind: "blood_in_urine_stool", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"peeing|pee|urine|urinating|orina|orinando|orino|meando|pipi|pipí ~~8 blood|sangre|bloody"},
		"passed ~1 out", "almost ~1 fainted|passed", "fainted|desmay*", "clots ~~10 cant|can't|nothing|no ~2 pee|pass|orinar|sale",
		"pure ~1 blood", "sangre ~1 pura", "tomato ~1 juice")},
	{kind: "sepsis", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"stone|stones|piedra|piedras|calculo|cálculo|calculos|cálculos|stent"},
		"fever ~2 and ~1 chills", "fiebre ~2 y ~1 escalofrios|escalofríos", "chills|escalofrios|escalofríos ~~6 fever|fiebre|#38-42|#101-106",
		"#38-42|#101-106 ~~6 chills|escalofrios|escalofríos")},
	// After an operation (probe248): a belly gone hard with a fever, a
	// faint or a cold sweat; a groin or a wound swelling huge and dark
	// with a faint; a stiff nape with a fever after an epidural.
	{kind: "surgical_complication", urgency: UrgencyEmergency, patterns: joined(joined(
		[]string{"opero|operó|operaron|surgery|cirugia|cirugía|laparoscop*|procedure|procedimiento|colonoscop*|operation|operacion|operación|repair"},
		" ~~25 ", []string{"panza|barriga|belly|stomach|abdomen|vientre ~~4 dura|duro|hard|rigid|rigida|rígida"}),
		" ~~25 ", []string{"fiebre|fever|#38-42|#101-106", "desvaneci*|desmay*|fainted", "passed ~1 out", "transpira|sudando|sweating ~2 frio|frío|cold"})},
	{kind: "surgical_complication", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"swelling|swollen|hinchad*|hinchazon|hinchazón ~~6 huge|enorme|dark|purple|morad*|black|negra"},
		"fainted|desmay*", "passed ~1 out", "blacked ~1 out")},
	{kind: "meningitis", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"nuca ~2 tiesa|tieso|rigida|rígida|dura|duro"}, "fiebre|fever|#38-42|#101-106", "luz|light ~~3 aguanto|molesta|hurts|bothers")},
	// The outdoors (probe250): heat without cooling, then confused or
	// hardly answering; smoke breathed with soot, a wheeze or a cough that
	// will not stop; wild mushrooms, berries or plants eaten, then
	// drooling, a slow or racing pulse, huge pupils or a deep sleepiness.
	{kind: "heat_stroke", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"sin ~1 clima|aire", "no ~2 tiene|hay ~1 clima|aire|ac", "calorón|calorazo", "heat ~1 wave", "ola ~2 de ~1 calor", "without ~2 ac|air",
			"#90-125 ~1 out|outside|degrees|afuera|grados", "ardiendo", "burning ~1 hot", "hot ~2 to ~1 touch", "ya ~1 no ~1 suda", "stopped ~1 sweating",
			"practice|entrenamiento|tournament|torneo|game|games|partido ~~8 heat|calor|calorón"},
		"confundid*|confused|confusion", "casi ~1 no ~2 contesta|responde", "not ~1 responding|answering", "como ~1 ido|ida", "burning ~1 up",
		"disoriented|desorientad*", "stumbling|tambalea*", "no ~1 sabe ~2 como ~1 se ~1 llama", "doesnt|doesn't ~1 know ~2 what ~1 day|where")},
	// A blow to the head or the neck, then both arms or the hands numb,
	// tingling or not moving: the spine.
	{kind: "spinal_injury", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"dive|dived|dove|clavado|clavó|zambull* ~~8 shallow|bottom|fondo", "hit ~2 the ~1 bottom",
			"pego|pegó|golpeo|golpeó|hit|landed|cayo|cayó ~~4 nuca|cuello|neck", "neck|cuello|nuca ~~6 pain|hurt*|duele|dolor"},
		"numb*|tingl*|hormigue*|dormid* ~~6 both|los ~1 dos|ambos|arms|brazos|hands|manos|legs|piernas",
		"cant|can't|no ~2 move|mover ~2 bien ~1 hands|manos|arms|brazos|legs|piernas", "cant|can't|no ~2 move|mover ~2 hands|manos|arms|brazos|legs|piernas")},
	// Urine like cola with swollen muscles, confusion or hardly any urine
	// after an extreme workout or a day in the heat.
	{kind: "rhabdomyolysis", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"pee|orina|urine ~~4 brown|marron|marrón|coca|cola|tea|dark ~1 brown"},
		"confus*|confundid*", "doesnt|doesn't ~1 know", "hinchad*|swollen", "casi ~1 no ~2 he ~1 orinado", "casi ~1 no ~1 orino", "barely ~2 peeing|peed")},
	// "a bunch" of a painkiller swallowed (dangerous however well one
	// feels: acetaminophen harms the liver silently).
	{kind: "overdose", urgency: UrgencyEmergency, lasting: true, patterns: []string{
		"swallowed|took|ate|eaten|chewed|tome|tomé|tomo|tomó|trague|tragué|trago|tragó|comio|comió ~~3 bunch|handful|montón|monton|puño|punado|puñado ~~3 tylenol|acetaminophen|paracetamol|pills|pastillas|advil|ibuprofen|ibuprofeno|motrin|aspirin*|aspirina",
		// Too much of it given to a child, or the adults' strength
		// (probe262: "I think I gave my 2yo way too much tylenol").
		"gave|given|give|giving|dando|di|dio|dimos ~4 too|way ~2 much ~3 tylenol|acetaminophen|paracetamol|acetaminofen|ibuprofen|ibuprofeno|advil|motrin|benadryl|medicine|meds|medicina",
	}},
	// The adults' painkiller given to a child, then vomiting or listless:
	// "le estuve dando a mi niña de 2 años el Tylenol de adulto … hoy
	// vomita y está muy decaída".
	{kind: "overdose", urgency: UrgencyEmergency, lasting: true, patterns: eitherOrder(
		[]string{"tylenol|paracetamol|acetaminofen|acetaminophen|ibuprofen|ibuprofeno|advil|motrin|medicine|medicina|dose|dosis ~2 de|for ~1 adulto|adultos|adults", "adult|adults ~1 tylenol|dose|strength|medicine|ibuprofen|motrin|advil"},
		"vomit*|throwing|decaid*|sleepy|dormid*|lethargic|letargic*|amarill*|yellow")},
	// A caustic or a toxic alcohol at a child's mouth: "the antifreeze jug
	// open and green stuff around his lips".
	{kind: "poisoning", urgency: UrgencyEmergency, patterns: []string{
		"antifreeze|anticongelante|methanol|metanol|drano|destapacaños|destapacanos|limpiahornos ~~12 drank|drink|swallowed|bebio|bebió|tomo|tomó|trago|tragó|lips|labios|mouth|boca",
	}},
	// A blow to the belly or the liver, then gray, pale, sweating or a
	// faint: bleeding inside.
	{kind: "abdominal_trauma", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"liver ~1 shot|punch|kick", "hit|kicked|punched|golpe|patada|pegaron|pego|pegó ~~6 stomach|belly|abdomen|guata|panza|barriga|estomago|estómago|liver|higado|hígado|ribs|costillas"},
		"gray|grey|pale|palido|pálido|palida|pálida|blanca|blanco", "pass ~1 out", "passed ~1 out", "desmay*|fainted", "sweating ~1 buckets", "sudando ~2 frio|frío")},
	// A stabbing, a leg bent the wrong way.
	{kind: "trauma", urgency: UrgencyEmergency, patterns: []string{
		"apuñal*|acuchill*|stabbed|puñalada|punalada|puñaladas|navajazo|cuchillada",
		"pierna|brazo|leg|arm ~~3 doblada|doblado|bent ~~3 al ~1 reves|revés", "pierna|brazo|leg|arm ~~3 bent ~2 the ~1 wrong ~1 way|backwards|sideways",
	}},
	{kind: "smoke_inhalation", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"humo|smoke"},
		"nariz|nose|boca|mouth ~~4 negra|negro|black|hollin|hollín|soot", "soot|hollin|hollín", "chifla|silba|wheez*",
		"tose ~2 sin ~1 parar", "coughing ~2 nonstop|non-stop", "voz ~2 ronca", "hoarse")},
	{kind: "poisoning", urgency: UrgencyEmergency, patterns: joined(joined(
		[]string{"mushroom*|hongos|setas|berries|bayas|moras|plant|plants|planta|plantas|leaves|hojas|seeds|semillas"},
		" ~~8 ", []string{"yard|backyard|bush|arbusto|wild|bosque|campo|monte|jardin|jardín|patio|woods|trail|garden|silvestres"}),
		" ~~25 ", []string{"drool*|babea*", "sweating ~2 like ~1 crazy", "pulse|heart|pulso ~~4 slow|lento", "pupils|pupilas ~~4 huge|big|dilat*|grandes",
			"super|very|muy ~1 sleepy|somnoliento|dormido", "heart|corazon|corazón ~2 racing|acelerado", "confus*|halluc*|alucin*"})},
	// Alcohol, drugs and eating disorders (probe255): withdrawal with
	// things seen or heard, or the whole body shaking; purging with
	// cramps, weakness or a heart that skips; naloxone given and the
	// breath still slow; a child who drank liquor, then sleepy or
	// unsteady; fentanyl with a gray face or a snoring breath; a drink
	// spiked, then confused.
	{kind: "withdrawal", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"detox*|withdraw*|desintox*", "quit|stop|stopped|dejo|dejó|deje|dejé ~~4 drinking|alcohol|tomar|beber"},
		"bugs|bichos|insects|insectos ~~6 crawling|walls|wall|pared|paredes",
		"shaking ~2 all ~1 over", "tiembla ~2 todo|entero", "heart ~2 pounding|racing")},
	{kind: "metabolic", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"purg*|bulimi*", "vomitando ~2 todo", "vomiting ~2 everything"},
		"heart ~~4 keeps ~2 skipping", "se ~1 salta", "barely ~2 stand", "casi ~2 no ~2 me ~1 puedo ~1 parar", "desmay*|fainted|faint", "pass ~1 out")},
	{kind: "overdose", urgency: UrgencyEmergency, lasting: true, patterns: slices.Concat(
		eitherOrder([]string{"narcan|naloxone|naloxona"}, "keeps ~2 going ~1 out|nodding", "breathing ~2 slow|slowly|shallow", "respira ~2 lento|despacio", "twice", "dos ~1 veces",
			"nodding ~2 back|off", "going ~1 out ~1 again", "se ~2 esta|está ~1 volviendo ~1 a ~1 dormir|desmayar"), // fresh417: "came around a little but now he's nodding back off"
		// fresh417: "test strip said positive for fent but i already did
		// half. floaty af and my chest barely moves".
		eitherOrder([]string{"positive ~2 for ~1 fent|fentanyl|fenty", "positivo ~2 para|a ~1 fentanilo"}, "did|took|used|snorted|smoked ~~3 half|some|it|a ~1 line", "chest ~~2 barely|hardly ~1 moves|moving|rising"),
		eitherOrder([]string{"fentanyl|fentanilo|fenty"}, "gray|grey", "lips|labios|face|cara ~~3 blue|azul|azules|morad*", "snore|snoring|ronca|gasp*", "breathing ~2 slow|shallow|weird", "cant|can't ~2 wake", "no ~2 despierta"),
	)},
	{kind: "poisoning", urgency: UrgencyEmergency, patterns: joined(joined(
		[]string{"son|daughter|hijo|hija|toddler|kid|child|niño|niña|nino|nina|nene|nena|bebe|bebé|baby"},
		" ~~10 ", []string{"drank|drink|sip*|gulp*|tomo|tomó|bebio|bebió|trago|tragó ~~6 vodka|tequila|alcohol|whiskey|rum|ron|liquor|licor|wine|vino|cerveza|beer"}),
		" ~~25 ", []string{"sleepy|dormido|dormida|somnolient*", "wobbly|tambalea*|stumbling", "sweaty|sudando", "shaking|temblando"})},
	{kind: "poisoning", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"echaron|pusieron|put|slipped|spiked ~~4 algo|something|drink|bebida|trago", "spiked ~~3 drink|bebida"},
		"confundid*|confused", "no ~1 se ~2 donde", "dont|don't ~1 know ~2 where",
		"no ~2 puede ~2 parar|pararse|caminar", "casi ~1 no ~1 habla", "cant|can't ~2 stand|walk|talk", "barely ~2 talk|talking|conscious|awake",
		"barely ~2 stand|walk|see", "seeing ~1 double", "everything ~2 doubled|double|blurry",
		"out ~1 of ~1 it")},
	// Older adults (probe254): a leg shorter or a foot turned out after a
	// fall; a body temperature under 95; a sudden aggression or confusion
	// with a fever in someone well at lunch.
	{kind: "fracture", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"leg|pierna ~~4 shorter|corta|volteada|rotated", "foot|pie ~~4 flopped|volteado|turned ~2 out"},
		"fell|fall|slipped|cayo|cayó|resbalo|resbaló", "cant|can't ~2 stand|bear", "no ~2 puede ~2 apoyar|pararse|caminar", "screams|grita|gritos")},
	{kind: "burn_or_exposure", urgency: UrgencyEmergency, patterns: []string{
		"oral|body|core|rectal|axillary ~1 temp|temperature ~~2 #80-95",
		"temp|temperature|temperatura ~~2 #80-94 ~0 #0-9",
	}},
	{kind: "sudden_confusion", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"doesnt|doesn't ~1 know ~2 who", "no ~2 sabe ~2 quien|quién", "no ~1 la|lo|me|nos ~1 reconoce"},
		"burning ~1 up", "fever|fiebre|#100-106|#38-41", "normal ~2 at|this|esta ~1 lunch|morning|mañana|manana")},
	// Breathing (probe257): ribs or the neck sucking in, a grunt with a
	// breath too hard to feed, an inhaler that does nothing while the
	// words come two at a time.
	{kind: "breathing", urgency: UrgencyEmergency, patterns: slices.Concat(
		[]string{"ribs|costillas ~~4 suck*|pull*|hundi*|marcan", "parando ~2 cada ~2 dos|tres|#2-3 ~1 palabras", "single ~1 words", "two|few ~1 words ~1 at ~1 a ~1 time"},
		eitherOrder([]string{"grunting|grunt|quejido|quejidito"},
			"breathing|respira ~2 hard|fast|rapido|rápido", "cant|can't|no ~2 finish|feed|terminar|comer"),
		eitherOrder([]string{"bombita|inhaler|inhalador|albuterol|nebulizer|nebulizador ~~6 no ~2 hace|haciendo ~1 nada", "inhaler|inhalador|albuterol ~~4 not ~1 helping|working", "inhaler|inhalador|albuterol ~~4 isnt|isn't ~1 helping|working"},
			"silba|chifla|wheez*", "palabras|words", "fatiga|breathless|cant|can't ~2 breathe"),
	)},
	// Held down by someone just now (fresh325: "i was just at my uncles
	// and he held me down … i cant stop shaking … do you guys do the
	// test thing").
	{kind: "sexual_assault", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"he|she|they|uncle|tio|tío|cousin|primo|stepdad|padrastro|boyfriend|novio|man|guy|hombre ~~2 held|pinned ~1 me|her|him ~1 down",
			"me|la|lo ~1 sujeto|sujetó|agarro|agarró ~~2 a ~1 la ~1 fuerza"},
		"just", "tonight", "earlier", "an ~1 hour ~1 ago", "cant|can't ~2 stop ~1 shaking", "test ~1 thing", "rape ~1 kit", "hace ~1 rato", "ahorita", "esta ~1 noche")},
	// Woken undressed with no memory, hurting down there (fresh331:
	// "desperte en un cuarto sin mi ropa y me duele alla abajo y no me
	// acuerdo de nada").
	{kind: "sexual_assault", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"desperte|desperté|amaneci|amanecí ~~5 sin ~2 ropa", "woke ~1 up ~~5 without|no ~2 my ~1 clothes|pants|underwear", "woke ~1 up ~~5 naked|undressed",
			// fresh333: "woke up at some guys apartment, dont know where …
			// my jeans are on backwards", "desperté en un carro y no traigo
			// mi ropa interior".
			"woke ~1 up ~~3 some|a|this ~2 guys|guy's|strangers|stranger's|someone's|somebody's", "jeans|pants|clothes|underwear ~~3 backwards|inside-out", "ropa ~~3 al ~1 reves|revés",
			"no ~1 traigo|tengo ~2 mi ~1 ropa|calzon|calzón|calzones", "desperte|desperté ~~3 en ~2 un|una ~1 carro|cuarto|motel|hotel|departamento"},
		"no ~2 me ~1 acuerdo", "no ~1 recuerdo", "dont|don't|cant|can't ~1 remember", "duele ~2 alla|allá|ahi|ahí ~1 abajo", "hurts ~2 down ~1 there", "fiesta|party|bar|antro",
		"last ~1 thing ~1 i ~1 remember", "dont|don't ~1 know ~1 where", "no ~1 se|sé ~1 donde|dónde", "bebida|drink|cup|trago", "mareada|mareado|dizzy")},
	// A drink that tasted wrong, then legs gone and the room spinning, a
	// stranger offering a ride (fresh333).
	{kind: "poisoning", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"drink|cup|bebida|trago|vaso ~~3 tasted|taste|tastes|sabia|sabía|sabe ~~2 weird|salty|funny|bitter|off|strange|raro|rara|salado|salada|amargo",
			"had ~1 one|1 ~1 drink", "one|1 ~1 drink ~~4 ago"},
		"legs ~~3 jelly|rubber|noodles|weak", "piernas ~~3 gelatina|flojas|debiles|débiles", "spinning", "dando ~1 vueltas", "cant|can't ~2 stand|walk", "hiding|escondida|escondido",
		"drive|take|llevar ~2 me ~2 home|casa", "cant|can't ~2 stand ~~3 talk", "trying ~2 to ~1 walk|take|get ~2 her|him ~~3 car")},
	// A child telling of abuse, and bleeding or hurt there.
	{kind: "sexual_assault", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"le ~1 hizo|hace|hicieron|hacia ~1 cosas", "touched|abused ~2 her|him|my", "hurts|hurt|hurting ~1 her|him ~2 down ~1 there", "la|lo ~1 lastima|lastimó|lastimo ~2 ahi|ahí ~1 abajo",
			"bruises|bruising|moretones|marks|marcas ~~6 thigh|thighs|muslo|muslos|genital*|privates"},
		"sangr*|bleeding|bleeds|blood", "le ~1 duele ~2 sus|ahi|allá|alla ~1 partes|abajo", "hurts ~2 down ~1 there")},
}
