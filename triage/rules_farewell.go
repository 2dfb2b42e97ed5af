package triage

import "slices"

// farewellRules are the crises of the mind told indirectly, above all in
// messages that look like paperwork: appointments cancelled "I won't be
// needing them", records left to a sister, a book returned "porque
// después ya no voy a estar", a dog given away "after tonight it won't
// matter", three months of pills wanted at once "not planning to be
// around"; a gun bought "not for hunting", a rope tied, a bridge "really
// peaceful up here", an urge to drive into traffic almost obeyed; threats
// of a gun at work "they'll get what's coming"; an ex at the window
// "me va a matar"; texting from a closet; voices or the television
// ordering a killing; a mother who says her baby was replaced; days
// without food or water, staring, rigid; serotonin toxicity. probe58 (50
// such emergencies, 50 look-alikes) found them missing at first run.
var farewellRules = []rule{
	// Crises of the mind in Spanish as written from Mexico to Spain and
	// the Caribbean (probe182, found missing at 0.58): a rope ready, a
	// last day, a poison bought or to be drunk, a river entered, a roof
	// reached, "no quiero que me salven", "mañana me van a encontrar",
	// "se pega un tiro", "hoy se acaba todo", a farewell letter, "puede
	// volar" from a balcony, stones in a backpack by the sea, a knife to
	// the neck.
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, patterns: []string{
		"soga|mecate|cuerda|lazo ~3 lista|listo|amarrada|amarrado|preparada|preparado",
		"noose ~3 ready|tied|prepared",
		"tiene|tengo ~2 la|el ~1 soga|mecate|cuerda ~~6 colgar*|ahorcar*",
		"va|voy|vas ~2 a ~1 colgar|ahorcar", "se ~1 va ~2 a ~1 colgar|ahorcar",
		"hoy ~2 es ~2 su|mi ~1 ultimo ~1 dia", "ultimo ~1 dia ~~8 soga|mecate|pastillas|puente|despedi*",
		"compre|compré|tengo|tiene ~3 el ~1 veneno", "iba|va|voy ~2 a ~1 tomar|tomarse|tomarme|beber ~3 el|un ~1 veneno",
		"se ~1 metio|metió|tiro|tiró|lanzo|lanzó|aventó|avento ~2 al|a ~1 rio|río|mar|agua|canal",
		"no ~1 quiero ~2 que ~1 me ~1 salven", "me ~2 van ~2 a ~1 encontrar", "tengo|tiene ~2 todo ~1 listo",
		"hoy ~2 se ~1 acaba ~1 todo",
		"se|me ~1 pega|pego|pegara|pegaria|va ~2 un ~1 tiro", "pegarse|pegarme ~1 un ~1 tiro",
		// A second writer's (probe189).
		"no ~1 quiero ~2 estar ~1 aqui|aquí", "me ~1 las ~1 tomo ~1 todas", "se ~1 va ~2 a ~1 lanzar|tirar|aventar",
		"manguera ~~6 escape|mofle", "brazos|munecas|muñecas ~1 cortados|cortadas", "se ~1 esta ~1 cortando",
		"techo|azotea ~~10 volar", "inmortal",
		"carta|mensaje|nota ~2 de ~1 despedida", // (not a grief task: see griefTask)
		"desde ~2 la|el ~1 azotea|puente|techo ~~15 gracias|perdon|perdón|despedi*|salven",
		"piedras ~~6 mochila|bolsillos", "mochila|bolsillos ~~6 piedras",
		"cuchillo|navaja ~~6 cuello|garganta", "puede|puedo ~1 volar", "cree|piensa ~~10 puede ~1 volar",
		"saltar ~~4 balcon|balcón|techo|azotea|edificio|puente",
		"se ~2 dio|corto|cortó|clavo|clavó ~3 cuchillo|navaja|cuchilla ~~6 brazo|propio|muñeca",
	}, idiom: "duelo|ejercicio|grief|exercise"}, // "una carta de despedida a mi papá que murió, como ejercicio de duelo"
	// Not wanting to go on, but not with a medicine or a plan of care:
	// "yo no quiero seguir. mañana me van a encontrar" (not "ya no quiero
	// seguir con el Zoloft").
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, patterns: []string{"no ~1 quiero ~1 seguir"},
		notAfter: "con|tomando|el|la|los|las|en|yendo|viniendo|pagando|esperando|with|taking"},
	// Despair with the means at hand, a thanks for trying, or a weapon
	// taken out: "estoy harta de todo, ya compré el veneno", "mejor me voy
	// … se fue con la escopeta pal monte".
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, patterns: eitherOrder(
		[]string{"harta|harto ~2 de ~1 todo", "mejor ~1 me ~1 voy", "ya ~1 no ~1 aguanto|aguanta", "no ~2 encuentra|encuentro ~2 sentido", "gracias ~2 por ~1 todo ~~6 perdon|perdón|perdoname|perdónenme|perdonemos",
			"carta|nota|letter|note ~~12 perdon*|forgive|sorry"},
		"veneno|soga|mecate|escopeta|revolver|revólver|pistola|arma|cuchillo|navaja|puente", "no ~2 contesta|abre", "gracias ~2 por ~1 intentar*|intentarlo")},
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, patterns: eitherOrder(
		[]string{"tome|tomé ~2 la ~1 decision|decisión"}, "gracias", "todo ~1 listo|pronto")},
	// A threat told with a weapon held and a person named to be
	// eliminated, or fire and petrol: "agarró un cuchillo y dice que mi
	// mamá … la tiene que eliminar", "purificar a mi hermana con fuego …
	// un bidón de nafta".
	{kind: "violence", urgency: UrgencyEmergency, patterns: []string{
		"tiene ~1 que ~1 eliminar|eliminarla|eliminarlo", "agarro|agarró|tiene ~2 un|el ~1 cuchillo|machete ~~15 dice|amenaza",
		"afilando ~2 el|un|su ~1 machete|cuchillo", "manda ~2 a ~1 matar", "demonio|diablo ~~20 bebe|bebé|baby ~~20 tina|agua|sacar*",
		"fuego ~~12 nafta|gasolina|bencina|bidon|bidón", "nafta|gasolina|bencina|bidon|bidón ~~12 fuego|quemar",
		"despedido|despidio|despidió ~~20 pestillo|cerrada|cerrado|gas",
		"huele ~2 a ~1 gas ~~15 despedi*|cerrad*|pestillo|no ~2 contesta|abre",
	}},
	// Belongings given away because they will not be needed or nothing
	// matters: "estoy regalando todas mis cosas, ya no las voy a
	// necesitar" (the English "gave away all my stuff" is harmRules'); not
	// a baby's things or a move.
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, patterns: eitherOrder(
		[]string{"regale|regalando|regalado|regalar|regalo ~4 cosas|pertenencias|todo"},
		"no ~2 voy|va ~1 a ~1 necesitar*", "ya ~1 no ~1 importa", "ya ~1 nada ~1 importa", "nada ~1 importa"),
		idiom: "bebe|baby|bebes|ropita|mudanza|mudamos|mudando|mudarnos|moving"},
	// How many pills would be too many, with a full bottle or a secret
	// kept: "cuántas pastillas serían demasiadas? Tengo un frasco lleno.
	// No le digan a mi hija".
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, patterns: eitherOrder(
		[]string{"cuantas ~~6 demasiad*|lethal|letal|fatal|kill|matar|mortal", "how ~1 many|much ~~6 demasiad*|lethal|letal|fatal|kill|matar|mortal"},
		"frasco|bottle ~2 lleno|llena|full", "full ~1 bottle", "no ~2 le|les ~1 digan|digas", "dont ~1 tell")},
	// A means got "and a plan" (fresh396: "got grandmas bottle of heart
	// pills and a plan. just tired"); a car with the hose on (fresh396:
	// "ya estoy en el carro con la manguera puesta").
	{kind: "suicidal", urgency: UrgencyEmergency, patterns: []string{
		"pills|pastillas|bottle|frasco|gun|pistola|rope|soga|cuerda ~~6 and|y ~1 a|un ~1 plan",
		// A bath filled with something electric beside it (fresh406: "I've
		// filled the bath and the radio is plugged in right next to it").
		"filled|fill|full|llene|llené|llena ~~4 bath|bathtub|tub|tina|banera|bañera ~~10 radio|toaster|hairdryer|secadora|tostador|plugged|enchufad*",
		// (not "lavando el carro con la manguera": in it)
		"en ~2 el|la|mi ~1 carro|coche|camioneta|troca ~~4 manguera", "in ~2 the|my ~1 car|truck ~~4 hose ~~3 hooked|attached|connected|running|on",
	}},
	// Whether a means would be quick, asked for oneself or with it at hand
	// (fresh392: "if someone used like the whole pen at once would it be
	// quick? asking for me i guess. its in my hand").
	{kind: "suicidal", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"would|will ~2 it|that ~1 be ~1 quick|painless|fast", "seria|sería ~1 rapido|rápido|sin ~1 dolor"},
		"asking ~2 for ~1 me|myself", "pregunto ~2 por ~1 mi|mí", "in ~1 my ~1 hand|hands|lap", "en ~1 la ~1 mano", "whole|entire|full ~1 pen|bottle|vial|pack")},
	// A farewell posted, then no answer or a locked door: "posted 'see
	// yall never' and isn't answering".
	{kind: "suicidal", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"see ~2 yall|you|ya|ustedes ~1 never", "nunca ~2 mas ~2 me ~1 van ~1 a ~1 ver", "goodbye ~2 forever", "adios ~2 para ~1 siempre",
			"thanks|thank ~2 for ~1 everything ~~6 love ~2 you", "gracias ~2 por ~1 todo ~~6 te ~1 quiero"},
		"not|isnt|wont ~1 answering|responding|picking", "no ~2 contesta|responde", "locked|cerrad*",
		"access ~2 to ~3 gun|guns|pistol|rifle|firearm", "acceso ~2 a ~3 arma|armas|pistola|rifle")},
	// A farewell with thanks for everything, or an end set.
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, patterns: slices.Concat(
		eitherOrder(goneSoonMore, thanksForAll...),
		eitherOrder(goneSoonMore, "all ~2 at ~1 once", "months|meses ~1 worth", "todas ~2 juntas", "todas ~2 de ~1 una ~1 vez"),
		eitherOrder([]string{"si ~2 fallezco|muero", "if ~2 i ~1 die", "when ~2 i'm|im ~1 gone"},
			"todo ~1 arreglado|listo", "affairs ~2 in ~1 order", "antes ~2 del|de|el ~1 viernes|sabado|sábado|domingo|lunes|martes|miercoles|miércoles|jueves|fin",
			"before ~1 friday|saturday|sunday|monday|tuesday|wednesday|thursday|tonight|the ~1 weekend"),
		[]string{
			"after|despues|después ~1 tonight|today|hoy ~~6 wont|won't|no ~2 matter|importa|importara|importará",
			"after ~1 tonight ~~6 it ~2 wont|won't ~1 matter",
			"after|despues|después ~1 tonight|today|hoy ~~8 none|nothing|nada ~~4 matter|importa|importara|importará",
		},
	)},
	// A means made ready: a gun bought not for hunting, a rope tied, the
	// edge of a bridge reached, a car nearly driven into traffic.
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, patterns: slices.Concat(
		eitherOrder([]string{"bought|got|compre|compré ~3 gun|pistol|pistola|arma|revolver"},
			"not ~2 for ~1 hunting|protection|sport", "no ~2 es ~2 para ~1 cazar", "dont|don't ~3 think ~2 ill|i'll ~1 make ~1 it", "wont|won't ~2 make ~1 it"),
		eitherOrder([]string{"rope|cuerda|soga|noose"}, "tied|tie|tying|amarre|amarré|nudo|knot"),
		eitherOrder([]string{"at ~2 the ~1 bridge|edge|roof|tracks|cliff", "en ~2 el ~1 puente|techo|borde|azotea", "en ~2 la ~1 azotea|orilla|via|vias"},
			"peaceful|tranquilo|tranquila", "thank|thanks|gracias|goodbye|adios|adiós", "for ~1 trying",
			// "le dije a mi novio que me iba a matar y ahorita estoy en el
			// puente": the words of an end, at a place to fall from.
			"me ~3 matar|morir", "matarme|morirme|suicid*", "kill ~1 myself", "end ~1 it"),
		eitherOrder([]string{"drive|driving|manejar|steer ~3 into ~3 traffic|oncoming|wall|tree", "estrellar|aventar ~3 carro|coche|auto"},
			"almost ~2 did", "casi ~2 lo ~1 hago|hice", "urge|urges|ganas"),
		// "I keep planning how to go into the median at speed".
		[]string{"planning|planned|plan|plans|planeando|planeo ~~6 go|drive|driving|steer|crash|veer|meterme|estrellarme ~3 into|contra|en ~3 the|el|la ~1 median|traffic|oncoming|wall|tree|overpass|pared|arbol|camellon|muro"},
	)},
	// A farewell sent, then gone with a weapon or silent (probe140):
	// "texted his brother 'take care of the kids for me' and went out to
	// the truck with his rifle", "'perdóname, ya no regreso'" and a rifle
	// taken; a last message, a sorry left for a daughter, a rope put up.
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, patterns: slices.Concat(
		eitherOrder([]string{"take ~1 care ~1 of ~2 the|my|our|mom|mama ~1 kids|children|boys|girls|family|dog|mom ~2 for ~1 me",
			"cuida|cuiden|cuidas|cuidar ~2 a ~2 los|mis|la|mi ~1 ninos|hijos|nenes|familia|mama ~2 por ~1 mi"},
			"rifle|gun|pistol|shotgun|escopeta|pistola|arma", "not|isnt|wont|won't ~2 answer*|responding|picking", "no ~2 contesta|responde"),
		eitherOrder([]string{"ya ~1 no ~1 regreso|vuelvo", "perdoname|perdóname|forgive ~1 me"},
			"rifle|gun|pistol|shotgun|escopeta|pistola|arma"),
		[]string{
			"this ~1 is ~1 my ~1 last ~1 message|text|note", "este ~1 es ~1 mi ~1 ultimo ~1 mensaje",
			"tell ~1 my|the ~1 kids|daughter|son|wife|husband|mom|mother|dad|family|children|boys|girls ~2 im|i'm|i ~2 sorry",
			"put|hung|tied|set ~1 up ~2 the|a ~1 rope|noose", "put|hung|tied ~2 the|a ~1 rope|noose ~1 up",
			"rope|noose|soga|cuerda ~1 up|puesta|colgada",
			"mejor ~1 me|se ~1 mato|mata|muero|muere", "mejor ~1 matarme|matarse|morirme|morirse",
		},
	)},
	// Appointments cancelled because one "will not be here", with a plan
	// made or a peace found (probe149); a gun got and "I'm done", or a
	// mother told it was not her fault (probe150).
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, patterns: slices.Concat(
		eitherOrder([]string{"will ~1 not ~1 be ~1 here|around|alive", "wont|won't ~1 be ~1 here|around|alive", "no ~1 voy ~1 a ~1 estar ~1 aqui|aquí"},
			"made ~2 my|a ~1 plan|decision", "have ~1 a|my ~1 plan", "at ~1 peace", "en ~1 paz", "tengo ~1 un ~1 plan", "he ~1 decidido"),
		eitherOrder([]string{"got|have|bought|compre|compré|tengo ~2 a|the|un|una|la|el ~1 gun|pistol|rifle|pistola|arma"},
			"im|i'm|i ~2 done", "wasnt|wasn't|isnt|isn't|not ~2 her|his|your|their|my ~1 fault", "no ~2 fue ~2 su|tu ~1 culpa", "ya ~1 no ~1 puedo|aguanto"),
	)},
	// Farewells written plainly (probe193): "perdón por todo … hoy me voy
	// para siempre", a note saying "hoy es el día", "esta es mi
	// despedida" with the pills bought, "esta noche se acaba todo".
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, patterns: slices.Concat(
		eitherOrder([]string{"perdon|perdón|perdonen|perdoname|perdóname ~2 por ~1 todo", "sorry ~2 for ~1 everything"},
			"me ~1 voy ~1 para|pa ~1 siempre", "im|i'm ~1 leaving ~1 for ~1 good|ever", "hoy|today|tonight ~1 es|is|s ~1 el|the ~1 dia|day|night|noche"),
		eitherOrder([]string{"esta ~1 es ~1 mi ~1 despedida", "this ~1 is ~1 my ~1 goodbye",
			"publique|publiqué|escribi|escribí|deje|dejé|posted|wrote|left ~2 mi|my ~1 despedida|goodbye"},
			"pastillas|pills|cuerda|soga|rope|pistola|gun|puente|bridge|hotel", "se ~1 acaba|termina ~1 todo", "ends ~1 tonight|today"),
		[]string{
			"carta|nota|note|letter ~~8 hoy|today ~1 es|is ~1 el|the ~1 dia|day",
			"hoy|today|tonight|noche ~~3 se ~1 acaba|termina|acabará|acabara ~1 todo", "it ~1 all ~1 ends ~1 tonight|today",
		},
	)},
	// Afraid of oneself, alone with a baby or about to act: "tengo miedo de
	// mí misma y estoy sola con él", "I'm scared of what I might do".
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, patterns: slices.Concat(
		eitherOrder([]string{"miedo ~2 de ~1 mi ~1 misma|mismo", "scared|afraid ~2 of ~1 myself"},
			"bebe|baby|nino|nina|ninos|hijo|hija|kids", "sola|solo|alone", "tina|banera|bathtub|tub|agua|water"),
	)},
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, patterns: []string{
		"scared|afraid|terrified ~2 of ~1 what ~1 i ~1 might|could|will|would ~1 do", "miedo ~2 de ~1 lo ~1 que ~1 pueda|puedo ~1 hacer|hacerme",
		// fresh324: "im scared of what im going to do".
		"scared|afraid|terrified ~2 of ~1 what ~1 im|i'm ~1 going|gonna ~1 to ~1 do", "scared|afraid|terrified ~2 of ~1 what ~1 im|i'm ~1 gonna ~1 do",
	}, notAfter: "to|a|al|le|les|con"}, // "scared of what I might do to her" is a danger to her (violence)
	// Pills taken, then goodbye: "puso 'ya me las tomé, adiós'".
	{kind: "overdose", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"ya ~1 me ~1 las|los ~1 tome|tomé|trague|tragué", "me ~1 las|los ~1 tome|tomé|trague|tragué ~1 todas|todos", "took ~1 them ~1 all", "took ~1 all ~1 of ~1 them"},
		"adios|adiós|goodbye|bye|despedida")},
	// Pills taken by the strip or the box: "me tomé 2 tiras de
	// clonazepam", "swallowed three boxes".
	{kind: "overdose", urgency: UrgencyEmergency, patterns: []string{
		"tome|tomé|tomo|tomó|trague|tragué|took|swallowed ~2 #2-99 ~1 tiras|blisters|cajas|frascos|strips|boxes|bottles|sheets",
	}},
	// Someone else's threat to die, or a crash meant: "está amenazando con
	// matarse", "va a estrellarse a propósito".
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, patterns: []string{
		"amenaza|amenazando|amenazo|amenazó|amenazaba ~2 con ~1 matarse|suicidarse|ahorcarse|colgarse|tirarse|cortarse|quitarse|dispararse",
		"estrellar|estrellarse|estrellarme|chocar|chocarse ~~4 a ~1 proposito|propósito", "crash|crashing|wreck ~~4 on ~1 purpose",
	}},
	// A threat to kill told in Spanish word order: "me dijo que cuando
	// regrese me mata".
	{kind: "violence", urgency: UrgencyEmergency, patterns: []string{
		"dijo|dice|amenazo|amenazó|grito|gritó|escribio|escribió ~~8 me ~1 mata|matara|matará",
	}, notAfter: "de|risa|hambre|verguenza|vergüenza|cabeza|dolor", idiom: jokeWords}, // (not "mi suegra dice que si falto a la cita me mata jaja")
	// An account closed (probe197): thanks for all that was done, "no fue
	// culpa suya", letters left for the family, a pet given to a
	// neighbour, "no me busquen", an appointment no longer needed, with
	// each other or with a means or an hour: "ya compré una soga y esta
	// noche lo termino".
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, patterns: slices.Concat(
		eitherOrder(accountClosed, accountClosedMore...),
		eitherOrder(accountClosed, meansGot...),
		eitherOrder(meansGot, "esta ~1 noche|tarde", "tonight", "pronto|soon", "nadie|anyone|nobody", "debajo|under|escondid*|hidden",
			"lo|la ~1 termino|acabo|terminare|acabare", "end ~1 it"),
		[]string{
			"no ~1 llego|llegaré ~2 a ~1 manana", "wont|won't ~1 make ~1 it ~2 to ~1 tomorrow|morning",
		},
	)},
	// A jump, a hanging or a drive off a height said to be coming or
	// weighed: "se tira del puente mañana", "no sé si bajarme o tirarme",
	// "me tiro por el barranco", "sentado en la barandilla … se tira",
	// "se iba a colgar en el galpón".
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, patterns: slices.Concat(
		eitherOrder([]string{"tirarme|tirarse|aventarme|aventarse|lanzarme|lanzarse|saltar|jump|jumping"},
			"puente|bridge|barranco|acantilado|precipicio|cliff|azotea|roof|balcon|balcony|barandilla|barandal|baranda|railing|edificio|building|vias|tracks"),
		[]string{
			"me|se ~1 tiro|tira|tirare|tirara|aviento|avienta|lanzo|lanza ~3 barranco|puente|acantilado|precipicio|azotea|balcon|techo|edificio|ventana|tren|metro|vias",
			"sentado|sentada|subido|subida|parado|parada|sitting|standing ~~4 barandilla|barandal|baranda|railing|cornisa|ledge",
			"se ~2 va|iba|quiere ~2 colgar|ahorcar",
		},
	)},
	// A threat to kill with a weapon in hand, or a school named with a gun
	// gone from its place: "los va a matar … está en el patio con el
	// machete", "lleva el arma de su tío a la escuela para acabar con
	// todos", "le prendo fuego a su casa … ya tengo los galones".
	{kind: "violence", urgency: UrgencyEmergency, patterns: slices.Concat(
		eitherOrder([]string{"va|van|voy ~1 a ~1 matar", "los|las|lo|la ~1 va|voy ~1 a ~1 matar", "going|gonna ~2 kill ~1 them|him|her|everyone"},
			"machete|cuchillo|pistola|arma|revolver|rifle|escopeta|knife|gun"),
		eitherOrder([]string{"arma|pistola|revolver|rifle|gun ~~8 escuela|colegio|school|prepa|liceo|instituto"},
			"acabar ~1 con ~1 todos", "matar|kill|shoot|disparar", "no ~2 esta|está ~~4 ropero|closet|cajon|drawer|caja|lugar", "is ~1 gone|missing"),
		eitherOrder([]string{"prendo|prender|prenderle|prendere ~1 fuego", "quemar|quemarle|incendiar ~2 su|la ~1 casa"},
			"gasolina|galones|gasoline|gas|cerillos|encendedor", "hoy|today|esta ~1 noche|tonight"),
	)},
	// Gone with a weapon after goodbyes: "se despidió de todos por
	// WhatsApp … se llevó el revólver".
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, patterns: eitherOrder(
		[]string{"se ~1 despidio ~2 de ~1 todos", "said ~1 goodbye ~2 to ~1 everyone", "se ~1 ha ~1 despedido ~2 de"},
		"revolver|rifle|gun|pistol|shotgun|escopeta|pistola|arma", "no ~2 lo|la ~1 encuentro|encontramos|encuentran", "cant ~1 find",
		"como ~1 si ~2 no ~2 la|lo|los|las ~1 fuera|fuese ~1 a ~1 ver")},
	// Called by the dead, with a means ready: "mi abuela que murió
	// diciéndome que me vaya con ella … tengo las pastillas listas", pills
	// gathered "para irse con ella".
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, patterns: eitherOrder(
		[]string{"irme|irse|vaya|vayas ~1 con ~1 ella|el|él", "join|be ~1 with ~1 her|him ~2 soon|now|tonight"},
		"pastillas|pills|soga|cuerda|rope|frasco|bottle|pistola|gun|arma")},
	// A poison held to be drunk, after words of ending it: "va a acabar
	// con esto … con el pote de cloro en la mano queriéndoselo beber".
	{kind: "poisoning", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"cloro|lejia|bleach|veneno|raticida|poison|gasolina|anticongelante|antifreeze|insecticida|pesticida|matayerbas|herbicida"},
		"queriendoselo|queriendo ~2 beber|tomar|tomarselo|tomarlo", "beberselo|tomarselo|tomarmelo|bebermelo", "trying ~2 to ~1 drink",
		"acabar ~1 con ~1 esto|todo")},
	// Self-harm by burning that will not stop: "me estoy quemando los
	// brazos con el encendedor otra vez y no puedo parar".
	{kind: "self_harm", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"me ~1 estoy ~1 quemando|cortando|rasguñando", "burning|cutting ~1 myself"},
		"no ~1 puedo ~1 parar|dejar|detenerme", "cant|can't ~1 stop", "otra ~1 vez", "again")},
	// Pills taken by the handful or to the last: "se tomó un montón de
	// clonazepam", "todos los orfidales que me quedaban".
	{kind: "overdose", urgency: UrgencyEmergency, patterns: []string{
		"tomo|tome|tomado|took|taken|swallowed|trague|trago ~2 un|a ~1 monton|puno|punado|chingo|bonche|bunch|handful|lot ~1 de|of ~1 pastillas|pills|" + overdoseDrugs,
		"tomo|tome|tomado|took|taken|swallowed|trague|trago ~~6 todos|todas|all ~~6 que ~1 me|le ~1 quedaban|quedaba",
		"tomo|tome|tomado|took|taken|swallowed|trague|trago ~~6 the ~1 rest ~1 of ~2 my|his|her|the ~1 pills|" + overdoseDrugs,
	}},
	// The fifth set of crises in Spanish (probe200): a jump, a hanging or a
	// train said plainly ("me voy a aventar de la azotea", "me colgué y se
	// rompió la soga", "sentado en las vías esperando que pase el tren"),
	// "ya lo hice, los quiero", "nos vemos en otra vida" with pills, all
	// planned and a goodbye, charcoal and tape for a room, a poison kept
	// under a pillow with "déjenme ir".
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, patterns: slices.Concat(
		[]string{"me ~3 aventar|tirar|lanzar ~~4 azotea|puente|edificio|balcon|techo|barranco|ventana|tren|metro"},
		eitherOrder([]string{"me|se ~1 colgue|colgué|colgo|colgó|ahorque|ahorqué|ahorco|ahorcó", "hanged ~1 myself|himself|herself", "tried ~2 to ~1 hang"},
			"soga|cuerda|lazo|rope|cuello|neck|noose"),
		// (Not "el tren lleva veinte minutos parado en las vías": a train
		// told before the one standing is the one stopped.)
		eitherOrder([]string{"sentado|sentada|acostado|acostada|sitting|lying ~~3 vias|vías|tracks|rieles"},
			"tren|train|esperando|waiting"),
		eitherOrder([]string{"parado|parada|standing ~~3 vias|vías|tracks|rieles"}, "esperando|waiting"),
		[]string{"parado|parada|standing ~~3 vias|vías|tracks|rieles ~~25 tren|train"},
		eitherOrder([]string{"ya ~1 lo ~1 hice", "i ~1 did ~1 it", "its|it's ~1 done"},
			"los|las|te ~1 quiero|amo", "love ~1 you ~1 all", "no ~2 contesta|responde", "not ~1 answering|responding"),
		eitherOrder([]string{"nos ~1 vemos ~2 en ~1 otra ~1 vida", "see ~1 you ~2 in ~1 another|the|next ~1 life"},
			"pastillas|pills|frasco|bottle|soga|rope|pistola|gun", "no ~2 contesta|responde", "not ~1 answering"),
		eitherOrder([]string{"tengo ~1 todo ~1 planeado|planificado", "have ~1 it ~1 all ~1 planned", "everything ~1 is ~1 planned"},
			"despedirme|despedir|despido", "goodbye", "no ~2 le|les ~1 diga|digas|digan ~2 a ~1 nadie", "dont|don't ~1 tell ~1 anyone"),
		eitherOrder([]string{"carbon|carbón|charcoal|anafre|brasero"}, "sellar|cinta|tape|seal|sealed", "tapar ~2 puerta|ventana|door|window"),
		eitherOrder([]string{"veneno|raticida|poison"}, "almohada|pillow|escondid*|hidden", "dejenme|déjenme ~1 ir|morir", "ya ~1 vivi|viví ~1 bastante|suficiente"),
	)},
	// Someone who wants to go with the dead, counting the pills: "dice
	// que ya se quiere ir con mi madre … contando las pastillas".
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, patterns: eitherOrder(
		[]string{"ir|irme|irse|vaya ~1 con ~1 mi|su ~1 madre|padre|mama|papa|esposa|esposo|mujer|marido|hijo|hija"},
		"pastillas|pills|soga|cuerda|pistola|arma|veneno", "contando ~2 las ~1 pastillas")},
	// A family to be taken to heaven: a mother on a balcony with the baby,
	// a car to be driven into a post "para que todos se vayan al cielo".
	{kind: "violence", urgency: UrgencyEmergency, patterns: slices.Concat(
		eitherOrder([]string{"ir|irse|vayan|vayamos|van|vamos ~4 con ~1 dios|diosito", "ir|irse|vayan|vayamos|van|vamos ~2 al ~1 cielo"},
			"bebe|bebé|baby|ninos|niños|nenes|hijos|balcon|balcón|ventana|azotea|chocar|carro|coche"),
		[]string{"va|voy|vas|going|gonna ~3 chocar|estrellar|estrellarse|crash ~~3 contra|into ~2 un|una|el|la|a|the ~1 poste|pared|muro|arbol|árbol|pole|wall|tree"},
	)},
	// A weapon carried to a named victim, a knife chasing a wife, bullets
	// and a list at a teen's: "le parto la cabeza con el fierro, ya lo
	// tengo en la mochila", "correteando a su esposa con un cuchillo".
	{kind: "violence", urgency: UrgencyEmergency, patterns: slices.Concat(
		eitherOrder([]string{"le ~1 parto|rompo|abro ~2 la ~1 cabeza", "partirle|romperle|abrirle ~2 la ~1 cabeza"},
			"fierro|tubo|bate|bat|machete|cuchillo|pistola|arma|mochila|martillo"),
		eitherOrder([]string{"cuchillo|knife|machete|navaja"}, "correteando|persiguiendo|corretea|persigue|chasing|chased"),
		eitherOrder([]string{"balas|bullets|municiones|ammo|cartuchos"}, "van ~1 a ~1 pagar", "lista ~2 de ~1 companeros|compañeros|nombres", "list ~2 of ~1 names|classmates|kids"),
	)},
	// A cut with a blade deep enough to show what is under the skin.
	{kind: "self_harm", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"gillette|navaja|cuter|cutter|rastrillo|razor|blade|cuchilla"},
		"amarillo|grasa|hueso|fat|bone|yellow|profundo|profunda|deep")},
	// The sixth set of crises in Spanish (probe206): a weapon or a rope at
	// hand with affairs in order, belongings given away, a rope taken to a
	// shed behind a locked door, a goodbye from a bridge or a terrace, "esta
	// vez no voy a fallar", a statement of not wanting to live and then a
	// locked bathroom, a goodbye posted and no answer.
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, patterns: slices.Concat(
		eitherOrder(meansAtHand, accountClosedMore...),
		eitherOrder(meansAtHand, "hoy|today|tonight ~~6 terminar|acabar|end ~2 con ~1 esto|todo|it", "terminar|acabar ~2 con ~1 esto|todo ~~4 hoy|noche",
			"not ~1 sure ~2 i ~1 can ~1 stop ~1 myself", "cant|can't|cannot ~1 stop ~1 myself"),
		eitherOrder([]string{"regalo|regaló|regalando ~2 sus|mis|todas ~2 cosas|ropa|juegos", "gave|giving|given ~1 away ~2 his|her|my|all ~2 things|stuff|belongings"},
			"carta|mensaje|nota|letter|note", "despidiendo|despidiéndose|despidiendose|despedirse|goodbye", "no ~2 contesta|responde|aparece", "not ~1 answering"),
		eitherOrder([]string{"con ~2 una|la|el ~1 soga|cuerda|lazo|mecate", "with ~2 a|the ~1 rope"},
			"no ~2 abre|quiere ~1 abrir|contesta", "encerr*|locked", "bodega|galera|garage|cochera|granero|shed|barn|cuarto"),
		eitherOrder([]string{"arriba ~2 del|de ~2 puente|edificio|terraza", "estoy|esta|está ~2 en ~2 el|la ~1 puente|terraza|azotea|techo|cornisa"},
			"diganle|díganle|digan|tell ~~6 que ~2 la|lo|los|las ~1 quise|quiero|amo", "no ~2 se|sé ~1 si ~1 bajar|saltar|tirarme", "no ~1 quiero ~1 hablar"),
		eitherOrder([]string{"no ~1 queria|quería|quiere ~1 vivir", "queria|quería|quiere ~1 morir|morirse", "didnt|doesnt|didn't|doesn't ~2 want ~2 to ~1 live"},
			"encerr*|locked", "no ~2 contesta|responde|abre", "not ~1 answering|opening"),
		eitherOrder([]string{"despidiendose|despidiéndose ~2 de ~1 todos|nosotros"}, "no ~2 contesta|responde", "not ~1 answering"),
		[]string{"esta ~1 vez ~~3 no ~2 voy ~2 a ~1 fallar", "this ~1 time ~~3 wont|won't ~1 fail"},
	)},
	// A threat carried out today: a gun brought to work to get even, "se
	// lleva a varios por delante", a killing set for tonight with a knife,
	// a partner's "me mata" with a gun at home, a beating heard now.
	{kind: "violence", urgency: UrgencyEmergency, patterns: slices.Concat(
		eitherOrder([]string{"traer|llevar|trae|lleva|bring|bringing ~2 la|el|su|his|her|a ~1 pistola|arma|gun|rifle|escopeta"},
			"desquitar|desquitarse|vengar|vengarse|venganza|revenge", "jefe|boss|supervisor|rrhh|hr", "van ~1 a ~1 pagar"),
		eitherOrder([]string{"llevar|lleva|llevo ~2 a ~1 varios|todos|muchos ~2 por ~1 delante"}, "pistola|arma|gun|rifle|escopeta|cuchillo"),
		eitherOrder([]string{"mata|matará|matara|mato ~2 a ~1 su|mi|el|la ~1 viejo|vieja|papa|papá|padre|madre|mama|mamá|esposa|esposo|hermano|hermana|jefe|novia|novio|ex"},
			"cuchillo|pistola|arma|machete|navaja|knife|gun", "esta ~1 noche|hoy|manana|mañana"),
		[]string{"le|la ~1 esta|está|estan|están ~1 pegando|golpeando|ahorcando|pateando|apuñalando", "grita|gritando|gritos ~~6 que ~2 la|lo|me ~1 suelte|suelten|deje|dejen",
			"dicho|dijo|dice ~~8 me ~1 mata|matara|matará"},
	)},
	// Fire or a poisoned drink: petrol poured in a house, moonshine then
	// blindness.
	{kind: "violence", urgency: UrgencyEmergency, patterns: []string{
		"rego|regó|echo|echó|poured|pouring|rocio|roció|esparcio|esparció ~~4 gasolina|gasoline|thinner|petrol|diesel",
		"gasolina|gasoline|thinner|petrol ~~4 rego|regó|por ~1 toda ~1 la ~1 casa|everywhere",
	}},
	{kind: "poisoning", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"adulterado|adulterada|adulterated|metanol|methanol|moonshine|bootleg|clandestino"},
		"no ~2 ve|veo|see|sees", "borroso|blurry|ciego|ciega|blind", "vomit*", "respira ~3 rapido|rápido")},
	// Bleeding that soaks a towel, from a cut that will not stop.
	{kind: "severe_bleeding", urgency: UrgencyEmergency, patterns: []string{
		"empapa|empapá|empapada|empapado|soaked|soaking|chorreando ~~4 sangre|blood", "toalla|towel|trapo ~~4 llena|full ~2 de|of ~1 sangre|blood",
	}},
	// A manic or drunk driver with a child aboard at full speed.
	{kind: "psychosis", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"a ~1 #150-300 ~~3 ruta|carretera|autopista|highway", "#150-300 ~1 km|kilometros|kilómetros|mph"},
		"nino|niño|nina|niña|hermanito|hermanita|hijo|hija|nene|nena|kids|bebe|bebé", "mania|manía|maniaco|maníaco|maniaca|maníaca|borracho|drunk")},
	// A threat of a gun, or a killing said, with a menace in it.
	{kind: "violence", urgency: UrgencyEmergency, patterns: slices.Concat(
		eitherOrder([]string{"gun|guns|pistol|pistola|arma|rifle"},
			"va ~1 a ~1 pagar|pagarla|pagarlas", "get|gets ~2 what's|whats ~1 coming", "will ~1 pay", "going ~1 to ~1 shoot|pay"),
		eitherOrder([]string{"me ~1 va ~1 a ~1 matar", "going|gonna ~2 kill ~1 me", "gonna|going ~2 finish ~1 it"},
			"afuera|outside|ventana|window|puerta|door|rompio|rompió|broke|breaking|gritando|screaming|closet|hiding|escondida|escondido", "cant|can't ~1 call", "no ~1 puedo ~1 llamar"),
		eitherOrder([]string{"threw|pushed|slammed|shoved ~1 me ~3 against|into ~2 the|a ~1 wall|floor|door"},
			"closet|hiding|escondida|escondido", "cant|can't ~1 call", "no ~1 puedo ~1 llamar", "gonna|going ~2 finish|kill"),
	)},
	// The fourteenth session's crises (probe242): belongings given away and
	// an appointment "I won't be needing"; a child cutting behind a locked
	// door with blood; pills taken in number, then regretted, with a
	// faintness or a racing heart.
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, patterns: slices.Concat(
		eitherOrder(givenAway, "appointment*|appt*|visits|cita|citas ~~10 wont|won't ~2 be ~1 needing|need",
			"wont|won't ~2 be ~1 needing|need ~2 monday|tuesday|wednesday|thursday|friday|saturday|sunday|mondays|tuesdays|wednesdays|thursdays|fridays|tomorrow",
			"cita|citas ~~8 no ~2 la|las ~2 voy ~2 a ~1 necesitar", "gracias ~2 por ~1 intentarlo|intentar|tratar", "thank ~2 you ~2 for ~1 trying"),
		eitherOrder([]string{"cortandose|cortandote", "cutting ~1 herself|himself|themself|themselves"},
			"sangre|blood|bleeding|sangrando", "encerrad*|locked", "no ~2 abre|open*"),
		// Pills kept, to be taken when the house is asleep.
		eitherOrder([]string{"cuando ~2 se ~1 duerman ~1 todos", "when ~2 everyone|everybody ~2 is ~1 asleep|sleeping"},
			"tomarmelas|tomarmelos|tomarlas|pastillas|pastilla|pills", "take ~1 them"),
	)},
	{kind: "overdose", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"tome|tomé|took|trague|tragué|swallowed ~3 #8-200 ~1 de|pills|pastillas|tablets|tabletas|of"},
		"no ~1 se ~2 por ~1 que ~2 lo ~1 hice", "dont|don't ~1 know ~1 why ~2 i ~1 did", "mareado|mareada|dizzy",
		"corazon ~2 a ~1 mil", "heart ~2 racing|pounding")},
	// Days without sleep and the television's messages with someone to
	// punish.
	{kind: "psychosis", urgency: UrgencyEmergency, patterns: []string{
		"tele|tv|television|voces|voices ~~12 castigar|castigarlo|castigarla|punish",
	}},
	// Crises written online by teenagers and young adults (probe258): a
	// goodbye posted or sent to a group, then no answer, the location
	// turned off, tracks, a gun or pills at hand; a rope or a knot tested;
	// pills saved up until there are enough; a voice that orders a jump;
	// cutting deeper or unable to stop; a threat that is coming tonight.
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, patterns: slices.Concat(
		eitherOrder([]string{"catch*|catching ~2 the ~1 bus", "goodnight ~1 forever", "good ~1 night ~1 forever", "sorry ~2 for ~1 everything",
			"take ~1 care ~1 of ~1 my", "ya ~1 me ~1 voy", "los ~1 quiero ~1 mucho", "despidi*|despidiendose|despidiéndose", "goodbye ~1 note|message|post",
			"thank ~2 u|you ~2 for ~1 being ~1 my ~1 friend", "wasnt|wasn't|not ~2 ur|your ~1 fault", "its|it's ~1 been ~1 real"},
			"not|isnt|isn't|hasnt|hasn't ~2 answering|picking|responding|answered", "nobody ~2 can ~1 reach", "no ~1 one ~2 can ~1 reach", "no ~2 contesta|responde",
			"turned|apago|apagó ~2 off|su ~1 location|ubicacion|ubicación", "location ~1 off", "train ~1 tracks", "gun|pistola|arma",
			"lithium|litio|pills|pastillas", "cant|can't ~1 reach", "left ~2 the ~1 chat"),
		[]string{
			"if ~2 im|i'm ~2 not ~1 here ~2 by ~1 morning", "tied ~2 the ~1 thing ~~4 closet|garage|ceiling|beam|closet",
			"saving|saved|hoarding|stockpiling|guardando ~~4 pills|meds|quetiapine|seroquel|pastillas ~~15 enough|tonight|weekend",
			"telling|tells ~1 me ~2 to ~1 jump ~2 off", "rope|soga ~~8 courage|nerve|valor",
			"not ~1 gonna|going ~2 be ~1 here ~~8 anything ~1 after", "made ~2 my ~1 decision ~~8 peace|blame",
			"im|i'm ~1 going ~1 deeper", "this ~1 time ~2 deeper", "urge ~2 to ~1 cut ~~6 started|winning", "cut|cutting ~~10 cant|can't ~1 stop",
		},
	)},
	// A second writer's young people (probe260): a goodbye posted with
	// pills lined up, things left to a sister, passwords dropped in the
	// family chat, "see y'all on the other side", then no answer or not
	// at home; plain words of the end ("im so done", "thank u for
	// everything") only with someone unreachable; a bridge and "tell me
	// not to"; a car running in the garage; tracks named for tonight; a
	// search for how many pills kill; things given away and the medicine
	// cabinet to be taken.
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, patterns: slices.Concat(
		eitherOrder(slices.Concat(goodbyePosted, accountClosed), slices.Concat(unreachable,
			[]string{"pills|pastillas ~2 lined ~1 up", "bunch ~2 of ~1 pills", "empty ~2 bottle|frasco", "lithium|litio", "train ~1 tracks", "gun|pistola|arma"})...),
		eitherOrder([]string{"im|i'm ~1 so ~1 done", "thank|thanks ~2 u|you ~2 for ~1 everything", "gracias ~2 por ~1 todo", "love ~1 you|u ~1 mom|mum|dad|all|guys",
			"ya ~1 me ~1 canse|cansé ~2 de ~1 todo", "ya ~1 no ~1 puedo ~1 mas|más"}, unreachable...),
		eitherOrder([]string{"on|at ~2 the|a ~1 bridge|ledge|roof|tracks|edge"}, "tell ~2 me ~2 not ~1 to", "talk ~2 me ~2 out ~1 of"),
		eitherOrder([]string{"car|engine|truck|carro|coche|motor ~~3 running|prendido|encendido ~~4 garage|cochera", "garage|cochera ~~4 car|engine|carro|coche|motor ~~2 running|prendido|encendido"},
			"dont|don't ~1 come ~1 in", "no ~1 entres|entren", "love ~1 you|u", "te|los ~1 quiero", "sorry|perdon|perdón"),
		eitherOrder([]string{"going|gonna|headed|heading ~2 to ~2 the ~1 train ~1 tracks", "going|gonna|headed|heading ~2 to ~2 the ~1 tracks|bridge", "se ~1 iba|va ~2 a ~2 las ~1 vias|vías", "me ~1 voy ~2 a ~2 las ~1 vias|vías"},
			slices.Concat(unreachable, []string{"dont|don't ~1 look ~1 for ~1 me", "no ~2 me ~1 busquen", "there ~1 right ~1 now", "tonight|esta ~1 noche"})...),
		eitherOrder([]string{"how ~1 many ~~4 to ~1 die|overdose", "painless ~1 way|ways", "ways ~2 to ~1 die", "como|cómo ~2 morir ~1 sin ~1 dolor", "cuantas|cuántas ~~4 para ~1 morir"},
			slices.Concat(unreachable, []string{"pills|pastillas", "sleepover|pijamada"})...),
		eitherOrder([]string{"gave|giving|given ~1 away ~2 my|his|her ~1 cat|dog|guitar|switch|xbox|playstation|ps5|hoodies|clothes|stuff|things"},
			"texted ~1 everyone", "medicine ~1 cabinet", "after ~2 my ~1 shift", "pills|pastillas"),
		[]string{
			"taking|take|gonna|going ~3 everything|all ~~4 medicine ~1 cabinet", "tomar|tomarme ~2 todo ~~4 botiquin|botiquín",
			"cinturon|cinturón|belt ~2 listo|lista|ready", "tiene|tengo ~2 el ~1 cinturon|cinturón ~1 listo",
		},
	)},
	// A child alone on the way to meet a stranger met online.
	{kind: "abuse", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"im|i'm|soy ~1 #10-17 ~~20 met ~2 online", "tengo ~1 #10-17 ~1 anos|años ~~20 conoci|conocí ~3 internet|linea|línea"},
		"leaving ~1 tonight", "running ~1 away", "bus|ticket|boleto|pasaje", "dont|don't ~1 tell", "no ~2 le ~1 digan|digas", "another|other ~1 state", "otro ~1 estado|pais|país")},
	{kind: "violence", urgency: UrgencyEmergency, notBefore: "no|not|longer|doesnt|doesn't|nunca|never", patterns: eitherOrder(
		[]string{"knows|sabe ~2 where|donde|dónde ~2 i ~1 live", "sabe ~2 donde|dónde ~1 vivo"},
		"coming|viene ~~4 tonight|esta ~1 noche", "cuchillo|knife|gun|pistola", "alone|sola|solo")},
	// Voices or the television ordering a killing; people in the walls met
	// with a knife.
	{kind: "psychosis", urgency: UrgencyEmergency, patterns: slices.Concat(
		eitherOrder([]string{"voices|voces ~~8 telling|tell|tells|dicen|ordenan|mandan", "tele|tv|television|televisión|radio ~~4 messages|mensajes|manda|talks|habla"},
			"devil|diablo|demonio", "be ~1 stopped", "matar|kill|hurt|lastimar", "spy|espía|espia"),
		[]string{"tiene ~1 que ~1 matar", "has ~1 to ~1 kill", "people ~2 in ~2 the ~1 walls ~~20 knife|cuchillo|ready|tonight"},
	)},
	// A new mother who says her baby is not hers, or must go back to God.
	{kind: "postpartum_psychosis", urgency: UrgencyEmergency, patterns: []string{
		"baby|bebe|bebé ~~6 not ~2 her|my|his ~1 real", "no ~2 es ~2 su|mi ~1 bebe|bebé ~1 de ~1 verdad",
		"replaced|reemplazaron|cambiaron ~~6 baby|bebe|bebé", "give|giving ~2 him|her|it ~2 back ~2 to ~1 god",
		"devolver|devolverlo|devolverla ~3 a ~1 dios",
	}},
	// Days without food or water, with a body gone still, rigid or barely
	// passing urine: depression or catatonia become dangerous.
	{kind: "dehydration", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"stopped ~1 eating ~2 and ~1 drinking", "not ~1 eating ~1 or ~1 drinking", "no ~2 ha ~1 comido ~1 ni ~1 tomado|bebido",
			"sin ~1 comer ~1 ni ~1 tomar|beber"},
		"#2-30 ~1 days|dias|días", "since ~1 sunday|monday|tuesday|wednesday|thursday|friday|saturday", "staring", "tiesa|tieso|rigid",
		"barely ~2 moves|peed|pee", "casi ~2 no ~2 orina")},
}

var (
	// goneSoonMore are goneSoon and the absences told in paperwork.
	goneSoonMore = slices.Concat(goneSoon, []string{
		"wont|won't ~2 be ~1 needing|need ~2 them|it|anything ~1 anymore",
		"wont|won't ~1 need ~2 them|it|anything ~1 anymore", // "I won't need them anymore"
		"will ~1 not ~1 need ~2 it|them|anything ~1 anymore",
		"made ~1 my|mi ~1 peace|paz", "be ~1 with ~2 my ~1 wife|husband|mother|father|son|daughter ~2 again|soon",
		"not ~2 planning|going ~2 to ~1 be ~1 around", "wont|won't|not ~2 be ~1 around ~2 much ~1 longer",
		"wont|won't ~2 be ~1 here ~2 next", "ya ~1 no ~1 voy ~1 a ~1 estar",
	})
	// goodbyePosted are a young person's goodbye as posted or texted:
	// "logging off for good", "see y'all on the other side", "u can have
	// my switch", "tell mom im sorry", passwords left to the family.
	goodbyePosted = slices.Concat(goodbyeSaid, []string{
		"u|you ~1 can ~1 have ~1 my", "tell ~2 mom|mum|dad|mama|mamá|papa|papá ~2 im|i'm|i'm ~1 sorry",
		"passwords|contraseñas|contrasenas", "me ~1 voy ~1 alv", "se ~1 despide|despidio|despidió", "ya ~1 me ~1 despido",
		// probe282: the sixteenth session's writer.
		"been ~1 a ~1 pleasure ~1 everyone|all|yall|y'all",
		// probe305: a fourth writer's crises in their own voice.
		"wrote ~2 a|the|my ~1 note ~~6 desk|table|counter|bed|pillow|dresser",
		"farewell ~1 messages|emails|posts|notes",
	})
	// goodbyeSaid are a goodbye to the world said or posted, which a
	// means shown beside makes a danger (probe309: "see you on the other
	// side" with a photo of a pile of pills); "gg everyone it was fun" is
	// a young writer's (probe313), not "gg guys, I had enough of this
	// game".
	goodbyeSaid = []string{
		"logging|log ~1 off ~2 for ~1 good", "see ~2 yall|y'all|you|u|everyone|ya ~2 on ~1 the ~1 other ~1 side", "publico|publicó|subio|subió|posted ~~4 despedida|goodbye",
		"gg ~1 everyone|all|yall|y'all ~~3 it ~1 was|been", "see ~1 you|u|ya ~1 never", "caption|captioned ~~2 bye|goodbye|adios|adiós",
	}
	// unreachable are someone not answering or not where they should be.
	unreachable = []string{
		"not|isnt|isn't|hasnt|hasn't ~2 answering|picking|responding|answered", "wont|won't ~1 pick ~1 up", "no ~2 contesta|responde",
		"cant|can't ~1 reach", "cant|can't ~1 find ~1 her|him|them", "not ~1 at ~2 her|his|their ~1 apartment|place|house|dorm|room",
		"no ~2 saben|sabemos|sé|se ~2 donde|dónde ~1 esta|está", "no ~1 llego|llegó ~2 al|a", "no ~2 la|lo ~1 encontramos|encuentro|encuentran",
		"turned|apago|apagó ~2 off|su ~1 location|ubicacion|ubicación", "location ~1 off",
		"straight ~2 to ~1 voicemail", "nobody|one ~1 answers", "stopped ~1 picking ~1 up", "no ~1 abre", "sin ~1 contestar",
		"no ~2 localizamos|localizo", "no ~1 esta|está ~2 en ~2 su ~1 departamento|casa|cuarto", "encerro|encerró ~2 con ~1 llave",
		"none ~2 of ~1 us ~2 can ~1 reach", "turned ~2 her|his|my ~1 phone ~1 off", "her|his ~1 phone ~1 is ~1 off|dead", "phone ~1 is ~1 off",
		// fresh343: "says hes tired. wont come in", "didn't come in", "the line
		// went dead", "not in her room, her bike is gone and her phone is on
		// the bed", "tiene el cel apagado".
		"wont|won't ~1 come ~1 in|inside|down", "didnt|didn't ~1 come ~1 in", "line ~1 went ~1 dead", "not ~1 in ~1 her|his ~1 room", "bike ~1 is ~1 gone",
		"phone ~~3 on ~2 the|her|his ~1 bed", "cel|celular|telefono|teléfono|movil|móvil ~1 apagado", "now ~1 nothing", "isnt|isn't ~1 at ~2 the|his|her ~1 station|house|home|work", "wont|won't ~1 answer",
		"no ~2 me ~1 abre", "se ~1 encerro|encerró", "no ~1 coge ~2 el ~1 telefono|teléfono|movil|móvil", "apago|apagó ~2 el ~1 cel", "no ~1 sale", "apago|apagó ~2 el|su ~1 celular|telefono|teléfono", "went ~1 offline",
		"going ~2 to ~1 the ~1 lake|river|bridge", // (not with an hour alone: "going to the lake tonight" is a trip)
		// probe282: the sixteenth session's writer.
		"stopped ~1 answering|responding",
		// probe286: the sixteenth session's writer.
		"phone ~2 left ~1 behind", "left ~2 her|his ~1 phone", "been ~1 gone ~2 #1-9 ~1 hours", "signed ~1 out ~~4 not ~1 returned",
		// probe295.
		"shes|hes|she's|he's ~1 not ~1 home", "not ~1 in ~1 the ~1 house", "walker|car|cane ~1 is ~1 gone",
		// probe298-probe299.
		"cant|can't ~1 see ~1 him|her ~1 anymore", "not ~1 reading ~2 my ~1 texts|messages",
		// probe305-probe307: the seventeenth session's writers.
		"nobody|noone ~1 knows ~1 where", "hasnt|hasn't ~1 been ~1 back", "hasnt|hasn't ~1 come|shown ~1 up|to ~2 school|work|class",
		"hasnt|hasn't ~1 come ~1 back ~0 in|home|inside", "cant|can't ~1 get ~1 him|her ~2 on ~2 the ~1 phone",
		// fresh332: crises seen by the family.
		"nobody|noone ~2 can ~1 reach", "think|thinks ~1 im|i'm ~1 at ~2 a|my|the ~1 sleepover|friends|friend's", "no ~1 ha ~1 regresado|vuelto|llegado", "cant|can't ~1 tell ~~3 if ~2 just|only ~1 sleeping", "isnt|isn't|not ~1 at ~1 school|home",
		"door ~1 shut|locked|closed ~~4 all ~1 day", "in ~2 his|her ~1 room ~~3 all ~1 day",
	}
	// accountClosed are the words that close an account with the
	// practice and the family past doubt: "no fue culpa suya", letters
	// left for the family, "no me busquen", thanks for trying.
	accountClosed = []string{
		"gracias ~2 por ~1 intentarlo|intentar|tratar", "thank ~2 you ~2 for ~1 trying",
		"no ~1 fue ~2 culpa ~1 suya|tuya|de", "no ~1 fue ~2 su|tu ~1 culpa", "not|wasnt|wasn't|isnt|isn't ~2 your ~1 fault",
		"cartas|notas|letters|notes ~2 a|para|for|to ~2 mi|mis|my ~1 familia|family|hijos|hijas|kids|esposa|esposo|wife|husband|mama|papa|mom|dad|padres|parents",
		"no ~1 me ~1 busquen|busques", "dont ~1 look ~1 for ~1 me", "dont|don't ~1 blame ~1 yourself|urself",
		"no ~1 quiero ~2 que ~1 nadie ~1 me ~1 encuentre", "dont|don't ~1 want ~2 anyone ~2 to ~1 find ~1 me", "testamento|will ~1 firmado|signed",
		"hecho|hice ~2 el|mi ~1 testamento", "papeles|asuntos ~~4 en ~1 orden", "no ~2 se ~1 sienta ~1 culpable", "dont|don't ~1 feel ~1 guilty",
		"cuidar|cuide|cuiden|cuida ~3 mi ~1 gato|gata|perro|perra|perrita|gatita|mascota", "take ~1 care ~1 of ~1 my ~1 cat|dog",
		// probe282: the sixteenth session's writer.
		"wasnt|wasn't|not|isnt|isn't ~2 her|his ~1 fault",
		// probe286: the sixteenth session's writer.
		"letter|note ~~3 to ~2 her|his|my ~1 parents|family|mom|dad",
	}
	// accountClosedMore are the closing words that alone are ordinary
	// (thanks for everything, a pet left with a neighbour), and with
	// accountClosed are a farewell.
	accountClosedMore = slices.Concat(accountClosed, []string{
		"gracias ~2 por ~1 todo", "thanks|thank ~2 for ~1 everything", "agradecerle|agradecer|agradecerte ~2 todo",
		"gato|perro|perrita|gatita|cat|dog ~2 se ~1 queda|quedan ~1 con", "esta ~1 noche ~2 lo|la ~1 termino|acabo",
		"decided|decidi|decidí ~~4 tonight|today ~2 is ~1 it", "tonight ~1 is ~1 it", "tonight ~1 is ~1 the ~1 night",
	})
	// meansAtHand are means kept ready: "el revólver lo tengo a mano", "la
	// escopeta está preparada", "las pastillas contadas", "el lazo puesto".
	meansAtHand = []string{
		"revolver|revólver|pistola|arma|escopeta|rifle|gun|shotgun ~~4 a ~1 mano",
		"revolver|revólver|pistola|arma|escopeta|rifle|gun|shotgun ~~3 preparada|preparado|lista|listo|cargada|cargado|ready|loaded",
		"soga|cuerda|lazo|mecate|rope|noose ~2 puesto|puesta|colgado|colgada|amarrado|amarrada|up",
		"pastillas|pills ~2 contadas|counted|juntas|guardadas",
		"pastillas|pills ~~10 las|them ~1 conte|conté|counted", // "tengo aquí las pastillas … y ya las conté"
		"oxycodone|oxy|pills|pastillas|bottle|frasco|gun|pistola|rope|soga ~~4 in ~1 front ~1 of ~1 me",
		"rope ~3 ready|tied|prepared", // "I have the rope ready" (not alone: "the rope is ready for the camping trip")
		"oxycodone|oxy|pills|pastillas|bottle|frasco|gun|pistola|rope|soga ~~4 enfrente|frente ~2 de|a ~1 mi",
	}
	// meansGot are means of dying got or kept: a rope bought, a noose
	// knotted, pills ready.
	meansGot = []string{
		"compre|compré|comprada|comprado|tengo|bought|got ~3 soga|cuerda|rope|noose", "nudo ~1 corredizo",
		"pastillas|pills ~1 listas|ready",
	}
	// givenAway are belongings given away or affairs closed: "I gave
	// Biscuit to my sister and cleaned out the apartment", "le regalé mi
	// guitarra a mi pana y dejé todo pagado".
	givenAway = []string{
		"regale|regalé|regalado|regalada ~~8 a ~2 mi|su ~1 pana|amigo|amiga|hermana|hermano|vecino|vecina|prima|primo|sobrino|sobrina",
		"gave|given ~~4 to ~2 my ~1 sister|brother|friend|neighbor|neighbour|cousin|niece|nephew",
		"deje|dejé ~2 todo ~1 pagado|arreglado", "cleaned ~1 out ~2 the|my ~1 apartment|room|place|house",
		// A pet with someone else for good (fresh383: "my sister has the
		// dog now"), not minded for a trip.
		"sister|brother|friend|neighbor|neighbour|cousin|niece|nephew|mom|mother|dad|father ~1 has|have|took ~2 the|my ~1 dog|cat|dogs|cats ~1 now",
		"mi ~1 hermana|hermano|amigo|amiga|vecino|vecina|prima|primo|mama|mamá ~2 ya ~1 tiene ~2 al|el|a ~1 mi ~1 perro|perrito|gato|gatito",
	}
	// thanksForAll are thanks that close an account.
	thanksForAll = []string{
		"gracias ~2 por ~1 todo", "thanks|thank ~2 for ~1 everything", "was|fue ~2 the|la|el ~1 best|mejor",
		"thank ~2 you ~2 for ~1 trying", "let ~2 my ~2 sister|brother|mom|mother|daughter|son ~2 have ~2 my ~1 records",
	}
)
