package triage

import "slices"

// dangerRules read danger from a person, and a crisis of the mind told
// as a leave-taking, by kinds of cue that meet in one message rather than
// by whole phrases: the fifteenth session's second writers on violence at
// home (probe265: 28 of 50 at first run) and on crises told indirectly
// (probe267: 33 of 50) missed what rules written for the first writers'
// phrases held, each writer telling the same danger in words of their
// own. A nurse hears the danger in two cues together: the feared person
// near now and a threat, a weapon, a voice that cannot speak or a call
// for help; a leave-taking and a means at hand, an hour set or someone
// who no longer answers. Any one cue alone is ordinary ("he's here",
// "tonight", "a gun"); the readings of each match (a date long past, a
// denial, a question) still apply.
var dangerRules = []rule{
	{kind: "violence", urgency: UrgencyEmergency, idiom: jokeWords, pairs: []cuePair{
		// (Near, only a call to 911: "he's outside in the car, could you
		// send someone with a wheelchair?" is no danger.)
		pairOf(slices.Concat(dangerNear, dangerHunting), slices.Concat(dangerThreat, dangerArmed, dangerSilenced, call911)...),
		pairOf(dangerHunting, slices.Concat(dangerHurt, protectionOrder)...),
		// (fresh358: "my ex is at my window … theres a restraining order")
		pairOf(dangerNear, protectionOrder...),
		pairOf(dangerThreat, slices.Concat(dangerArmed, dangerSilenced, dangerHelp, dangerHurt)...),
		// Held for work: papers kept, never let out, hit, to be moved.
		pairOf([]string{"has|keep|keeps|kept|tiene|took|quito|quitó ~2 her|my|his|their|su|sus|mi|mis ~1 passport|passports|pasaporte|pasaportes|papeles|papers|documents|id|ids",
			"other ~1 guys|men|hombres ~~3 showing|coming|keep|siguen", "modeling ~1 job"},
			"never|not ~1 allowed ~2 out", "no ~2 la|lo|me|nos ~1 deja|dejan ~1 salir", "hit ~1 her|me|him", "le|me ~1 pego|pegó",
			"sending ~2 her|me|him ~2 somewhere", "tonight|esta ~1 noche",
			// fresh325: "she burn my arm with the iron … skin coming off",
			// "she can't leave … a bruise on her cheek … she's there right now".
			"burn|burned|burnt|quemo|quemó ~~3 arm|hand|face|leg|back|brazo|mano|cara|pierna|espalda", "skin ~2 coming|peeling ~1 off",
			"cant|can't|cannot ~1 leave", "bruise|bruises|bruised|moreton|moretón|moretones ~~3 cheek|face|eye|neck|arm|cara|ojo|cuello", "right ~1 now", "ahorita",
			"motel|hotel ~~3 room", "room ~1 #1-9999", "im|i'm ~1 #12-17", "other ~1 guys|men|hombres ~~3 showing|coming|keep|siguen", "has|took ~2 my ~1 id|phone|charger"),
		pairOf(dangerSilenced, dangerHelp...),
		// A weapon with a silenced voice, a call for help or children
		// there; a beating now with a weapon or a threat; a blow, then
		// someone down.
		pairOf(dangerArmed, slices.Concat(dangerSilenced, dangerHelp, kidsHere)...),
		pairOf(dangerBeating, slices.Concat(dangerArmed, dangerThreat, dangerHelp, kidsHere)...),
		// A weapon, a beating or a blow with an address given to send help
		// to (fresh351: "He has a knife. Bedroom. 2290
		// Cole St.").
		// (Not "home alone … 412 Oak St", a home visit's address.)
		pairOf(slices.Concat(dangerArmed, dangerBeating, dangerBlow), dangerAddress...),
		// Cornered and struck (fresh351: "hes blocking the front door and
		// already hit me twice tonight").
		pairOf(dangerCornered, slices.Concat(dangerBlow, dangerArmed)...),
		pairOf(dangerBlow, dangerHurt...),
		// A blow to a pregnant belly, then cramps (probe348: "kicked me in
		// the stomach twice about 10 min ago … some cramping now"); not
		// "following my colonoscopy … cramping".
		pairOf(dangerBlow, "cramping|cramps|contracciones|colicos|cólicos"),
		// A blow and one who will not leave, or a plea now (probe346: "he
		// shoved me into the wall and wont leave … please help me", "me
		// empujó … no se quiere ir").
		// (Not "ayer mi cuñado me empujó … ya se fue de la casa … la muñeca
		// está muy hinchada", a blow over.)
		pairOf(slices.Concat(dangerBlow, []string{"me ~1 empujo|empujó|golpeo|golpeó"}), slices.Concat(dangerHelp, []string{"wont|won't ~1 leave", "no ~2 se ~1 quiere ~1 ir|salir"})...),
		// A beating now with someone hurt; a blow with a weapon at hand
		// (probe303: "still kicking her … she's on the gravel barely
		// moving", "shoved her out of her wheelchair … standing over her
		// with his belt folded").
		pairOf(dangerBeating, dangerHurt...),
		pairOf(dangerBlow, dangerArmed...),
		// A beating seen from a hiding place, a follower due in minutes
		// (probe317: "le está dando contra la pared … estoy escondío en el
		// closet", "a tracker on my car … says 5 min").
		pairOf(dangerBeating, dangerSilenced...),
		pairOf(trackedNow, slices.Concat(trackedNow, trackedDue, dangerDue, dangerNear, dangerCornered, dangerThreat)...),
		pairOf(atTheClinic, dangerThreat...),
		// Hiding from one in the waiting room (fresh356: "I'm in your waiting
		// room right now. Man in the blue jacket is my husband. I need someone
		// to take me out the back. Please don't call my name out loud.").
		// (Not "sitting in your parking lot and the door is locked, I can't
		// call, my phone is dying".)
		pairOf(atTheClinic, escapeAsked...), pairOf(escapeAsked, dangerSilenced...),
		// Grabbed, with the one who did it waiting or the writer alone
		// (fresh356: "he grabbed my arm and said he'd wait. everyone went
		// home"; not "grabbed my arm during an argument Tuesday … I'm safe").
		pairOf(grabbedNow, slices.Concat(dangerNear, dangerHereNow, dangerSilenced, dangerHunting, stillNear)...),
		// Chased and struck: "road rage guy rammed my car twice … hes
		// parked behind me"; a threat to a writer afraid to go home.
		pairOf(dangerHunting, dangerBlow...),
		pairOf(dangerThreat, dangerCornered...),
		// Two threats, or two means of control, together (probe276): "he'll
		// throw him … I'm next", locked in and the phone taken; cornered by
		// a follower; a threat with the children there; help asked while
		// hunted.
		pairOf(dangerThreat, slices.Concat(dangerThreat, kidsHere)...),
		pairOf(dangerSilenced, dangerSilenced...),
		pairOf(dangerHunting, slices.Concat(dangerCornered, dangerHelp, dangerArmed)...),
		// One who hunts the writer at the door or in the building now
		// (fresh340: "the guy … who's been following me for weeks is in
		// the lobby now asking for me by name", "mi ex ya sabe dónde vivo
		// … ahorita está tocando la puerta sin parar").
		pairOf(dangerHunting, dangerHereNow...),
		// A stranger trying the door with children or a writer hiding
		// inside (review22: "a man I don't know … just tried my door
		// handle twice. my kids are here").
		pairOf([]string{"tried|trying|jiggling|rattling ~2 my|the|our ~~2 door|handle|doorknob|knob|lock"}, slices.Concat(kidsHere, dangerSilenced, []string{"dont|don't ~1 know ~2 him|her|them|who"})...),
		// A young person alone and followed (fresh336: "followed me thru 3
		// cars and got off at my stop. im 15 and its dark").
		pairOf(dangerHunting, "im|i'm ~1 #10-17", "tengo ~1 #10-17", "its|it's ~1 dark", "nobody|noone ~1 else ~1 home", "parents ~2 at ~1 work",
			// fresh338: "me viene siguiendo desde la parada … cada vez se
			// acerca más. voy sola y no hay nadie en la calle".
			"voy|estoy|ando|walking|im|i'm|vivo|live|living ~1 sola|solo|alone", "no ~1 hay ~1 nadie", "cada ~1 vez ~2 se ~1 acerca|acercan", "getting ~1 closer", "nobody|noone ~2 on|around ~2 the ~1 street|road"),
		// The feared one due back soon, after a blow, a threat or a
		// choking's marks (probe306): "mi padrastro me pegó … me va a ir
		// peor, llega en media hora", "bruises on her neck … he is due
		// in 20 min".
		// fresh333: "once he's gone she's gonna 'finish what she started'
		// … she gets home at 5" (not "she'll kill me if the forms aren't
		// done", a manner of speaking).
		pairOf(dangerDue, slices.Concat(reportedThreats, dangerBlow, chokeMarks, finishThreats, dangerHunting)...),
		// A blow and the one who struck still near; a beating heard with
		// screams (probe310): "the night aide just slapped him … she's
		// still in there with him", "his dad keeps shoving him against
		// the rail and screaming".
		pairOf(stillNear, slices.Concat(dangerBlow, blowTold)...),
		pairOf(beatingSeen, slices.Concat(dangerNoise, pleaHeard)...),
		// Screams heard and the one who made them still in there (review24:
		// "the screaming next door just stopped after a loud thud and he's
		// still in there with her").
		pairOf(stillNear, dangerNoise...),
		// A beating now with screams or things crashing (probe348: "her son is
		// beating her again next door, she's screaming and I hear furniture
		// crashing").
		pairOf(dangerBeating, dangerNoise...),
		// Shut out in the cold: "her son locked the door and won't open
		// it … on her porch in her nightgown and it's 18 degrees".
		pairOf([]string{"locked ~2 the|her|him ~1 door|out", "wont|won't ~2 open ~2 it|the ~1 door", "cerro|cerró ~2 la ~1 puerta",
			// fresh333: "mom kicked me out like an hour ago, its 19
			// degrees", "mi mamá me corrió de la casa y está nevando".
			"kicked ~1 me|her|him ~1 out", "me|la|lo ~1 corrio|corrió|echo|echó|saco|sacó ~~3 casa"},
			"outside|porch|afuera|porche ~~8 degrees|grados|freezing|helando", "nightgown|camison|camisón|shivering|temblando",
			"#0-32 ~1 degrees|grados", "tengo ~1 #10-17", "no ~1 tengo ~1 a ~1 donde|dónde ~1 ir", "mirandome|mirándome", "nevando|snowing|freezing|helando", "fingers|toes|feet|dedos|pies|manos ~~3 numb|white|blancos|blancas", "no ~1 siento ~2 los|las ~1 pies|dedos|manos"),
		// Shut in and neglected: "encerrada con llave en su cuarto, sin
		// comida … muy débil … moretones".
		pairOf([]string{"encerrada|encerrado ~2 con ~1 llave", "locked ~2 in ~2 her|his ~1 room",
			// fresh331: "la encontré amarrada a la silla con una sábana".
			"amarrada|amarrado|atada|atado ~~4 silla|cama|baranda|barandal|rail|railing",
			// fresh353: "con las manos amarradas a la baranda".
			"manos|hands|wrists|muñecas ~1 amarradas|atadas|amarrada|atada|tied", "tied|tie|ties|tying ~~3 to ~2 a|the|her|his ~1 chair|bed", "tied ~2 into|in ~2 a|the|her|his ~1 chair|bed|wheelchair", "amarro|amarró|ato|ató ~~6 silla|cama",
			// probe346: "locks me in my room at night and takes the water jug".
			"locks|locked ~1 me|her|him ~1 in ~2 my|her|his|the ~1 room|bedroom", "lo|la|los ~1 encerro|encerró ~~3 cuarto|habitacion|habitación|recamara|recámara"},
			"no ~2 le ~1 da ~2 sus|la|su ~1 medicinas|pastillas|medicamentos|comida", "hasnt|hasn't|not ~1 fed ~1 him|her", "blocking ~2 the ~1 door",
			"sin ~1 comida", "no ~1 food", "no ~1 water", "sin ~1 agua", "moretones|bruises|moreton|moretón|bruise|bruised", "debil|débil|weak", "casi ~1 no ~1 contesta",
			"no ~1 me|nos ~1 contesta ~1 bien", "como ~1 dormida|dormido", "labios ~1 secos", "lips ~~2 dry|cracked",
			// fresh340: an aide seen on a camera: "she slapped him and tied
			// his wrists to the chair … He's still tied".
			"still ~1 tied", "sigue ~1 amarrado|amarrada|atado|atada", "slapped|slapping|punched|punching|hitting ~1 him|her", "camera|cam|camara|cámara ~~4 watched|watching|saw|see|vi|veo",
			"cachetada|bofetada|cachetadas", "ver|vi|veo ~~3 camara|cámara", "takes|took ~2 the|my ~1 water", "dizzy|mareada|mareado"),
		pairOf(dangerNoise, "on ~2 the ~1 floor ~~4 not ~2 getting ~1 up", "stop ~~2 killing ~1 me|her|him", "gone|went ~2 quiet|silent", "now ~1 nothing", "ayudenme|ayúdenme", "machete|cuchillo|knife|pistola", "pueden ~1 llamar ~1 ustedes", "glass ~1 breaking", "vidrios ~1 rotos", "please ~1 stop", "thrown|throwing|slammed ~~3 into|against ~2 walls|wall", "just ~1 stopped", "stopped ~~3 after ~2 a ~1 thud|bang|crash", "badly|really|seriously ~1 hurt", "stop|para|basta ~~3 screaming|yelling|gritando|gritos",
			"smashing|breaking|rompiendo|quebrando", "right ~1 now", "ahorita",
			"silent|silence|silencio", "no ~2 se ~1 escucha|oye ~1 nada", "not ~1 answering", "no ~2 contesta|abre", "ya ~1 no ~1 se ~1 oye|escucha",
			"carita|cara|face ~~2 hinchada|hinchadita|morada|swollen|bruised", "muy ~1 callado|callada", "todo ~~2 callado"),
	}, patterns: []string{
		"kill ~1 him|her|them ~~10 tonight|home", // "his stepdad told him he'll kill him if he comes home tonight"
		// Help and an address: "help 88 lake rd".
		"help|ayuda|auxilio ~1 #1-99999 ~~3 st|rd|ave|street|road|calle|apt|lane|ln|dr|blvd|ct|avenida|col",
		// fresh345: "help. 22 Orchard. hes back".
		"help|ayuda|auxilio ~~2 #1-99999 ~~4 hes|he's|shes|she's ~1 back|here|outside|inside",
		"please ~1 help ~1 hes|he's|shes|she's|he|she", // "please help hes back hes kicking the"
		// A gun brought to work for named people: "says he's bringing his AR
		// in tomorrow for the supervisors".
		"bringing|bring ~2 his|my|a ~1 ar|ar15|gun|rifle|pistol|9mm ~~6 for ~2 the|my|his ~1 supervisors|supervisor|boss|bosses|manager|managers|coworkers|school|people|ones|guys|everyone|everybody|whoever",
		// fresh340: a car to be driven into the water with a child, a
		// pillow held over a face, a neck squeezed now ("says hes going to
		// put the car in the lake", "holding a pillow over his face", "mi
		// papá le está apretando el cuello a mi mamá").
		"going|gonna|threatening|threatened|threatens|will ~~3 put|drive|crash|steer ~2 the|his|her|our|my ~1 car|truck|van ~~2 in|into ~2 the|a ~1 lake|river|water|ocean|canal",
		"holding|pressing|pushing ~2 a|the ~1 pillow ~~2 over|on ~2 his|her|my|the ~1 face|head|mouth", "holding|pressing|pushing ~2 a|the ~1 pillow ~~2 over|on ~~3 face", // "over a resident's face" (review25)
		"le|la|lo|me|te ~1 esta|está ~1 apretando ~2 el ~1 cuello", "le|la|lo|me|te ~1 esta|está ~1 ahorcando|asfixiando|estrangulando",
		"no ~1 le ~1 pegue|pegues", "stop ~1 hitting|hurting ~1 me|her|him", // a beating heard
		// Back at the door, and a plea (probe306): "hes back. hes at the
		// door. pls".
		"back ~~4 hes|he's|shes|she's ~1 at ~2 the|my ~1 door ~~3 pls|please|plz|help",
		// A call for help and a place sent: "my sister just texted me HELP
		// and a pin from a gas station".
		"texted|sent ~1 me ~1 help|sos ~~3 and ~2 a|her|his ~1 pin|location|ubicacion|ubicación",
		// A sign held up from a car (probe310): "woman in the car next to
		// me … held up a note that says CALL 911"; a door kicked in and
		// an address: "hes kicking the door in. 39 cole ave".
		"car|van|truck ~~12 held ~1 up ~2 a ~1 sign|note|paper ~~6 help|911|police",
		"kicking|kicked|breaking ~2 the|my|our ~1 door ~0 in ~~6 #1-99999 ~~2 st|rd|ave|street|road|lane|ln|blvd|ct|court",
		// A child threatened with drowning (probe317: "he says he'll drown
		// her if I go to the police"; not "screams like I'm trying to drown
		// her").
		"hell|he'll|shell|she'll|will|gonna ~1 drown ~1 her|him|them|me|us", "hell|he'll|shell|she'll|will|gonna ~1 drown ~1 the ~1 baby|kids",
		// A weapon pointed now (fresh356: "driver pointed a gun at me. back
		// seat"), one pulled at a party ("mi cuñado sacó una pistola").
		"pointed|pointing|aimed|aiming ~2 a|the|his|her ~1 gun|pistol|rifle|shotgun|knife ~2 at ~1 me|us|her|him|my",
		"apuntando|apunto|apuntó ~2 con ~2 una|la|su|el ~1 pistola|arma|escopeta|cuchillo",
		// fresh361: "pulled a rifle on him", "trying to get her into his van",
		// "pinned … by the neck".
		"pulled ~2 a|his|the ~1 rifle|gun|knife|pistol|shotgun ~2 on", "trying|tried ~2 to ~1 get|pull|drag|force ~~3 into ~2 his|a|the|their ~1 van|car|truck",
		"pinned ~~6 by ~2 the|her|his ~1 neck|throat", "saco|sacó ~2 una|la|su|un|el ~1 pistola|arma|escopeta|cuchillo|navaja|machete",
	}},
	// A shooting promised at the clinic (probe317): "says he's heading
	// over to your clinic to shoot the nurse who reported him" (not "to
	// shoot the nurse an email").
	{kind: "violence", urgency: UrgencyEmergency, patterns: []string{
		"to ~1 shoot|stab|kill ~2 the|a|your|every|that ~1 nurse|nurses|doctor|doctors|staff|receptionist|receptionists",
	}, notAfter: "email|emails|message|text|note|line|mail|fax|quick|correo|mensaje"},
	// Someone feared is back, with a door or an address and a hurry
	// (fresh397: "he's back. back door. 9 Fulton. hurry").
	{kind: "violence", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"hes|he's|shes|she's ~1 back", "volvio|volvió|regreso|regresó ~~2 el|ella|otra ~1 vez"},
		"hurry|apurense|apúrense|apurate|apúrate|rapido|rápido", "send|manden ~2 someone|police|policia|policía|alguien")},
	// Hit, then locked in a room, with a threat if told (fresh441: "he
	// took my pills away and he hit me this morning and he said if i tell
	// anyone he he will um im locked in my room now").
	{kind: "violence", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"hit|hits|hitting|punched|slapped|pego|pegó|golpeo|golpeó ~1 me"},
		"locked ~3 in ~2 my|the|a ~1 room|bedroom|closet|bathroom", "encerrad* ~~3 cuarto|baño|bano|closet", "if ~1 i ~1 tell ~1 anyone", "si ~2 le ~1 digo ~1 a ~1 alguien")},
	// A debt to be worked off before leaving, kept under key (fresh427: "my
	// manager made me move into his basement, he has the key and says i owe
	// him $3k before i can leave. he comes down at night").
	{kind: "violence", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"owe ~~6 before ~3 can ~1 leave|go", "debo|debemos ~~8 antes ~2 de ~1 irme|salir|irnos"},
		"key|keys|llave|llaves", "locked|encerr*", "comes ~1 down|in ~~3 night|noche", "passport|pasaporte|papers|papeles ~~3 took|takes|keeps|quito|quitó|tiene")},
	// A call for help dressed as a pizza order, to be read by whoever
	// watches the writer (fresh340: "Can I order a pizza? Large pepperoni
	// to 17 Crescent Rd. Please hurry. Don't text back.").
	{kind: "violence", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"order|ordering|pedir ~2 a|some|one|una ~~2 pizza|pizzas|pepperoni", "send ~2 the|a ~1 pizza ~~4 address|house|home|me"},
		"hurry|apurense|apúrense|rapido|rápido", "hes|he's|shes|she's ~1 here", "not ~1 joking|kidding", "dont|don't ~1 text|call ~1 back|me", "no ~1 me ~1 escriban|llamen|contesten", "come|coming ~1 in ~~3 even ~1 if")},
	// Shut in a freezer or a cooler and going numb (fresh358: "texting from
	// inside the walk in freezer at work, manager locked it as a 'joke' and
	// left 40 min ago, cant feel my fingers and nobody's answering").
	{kind: "burn_or_exposure", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"freezer|cooler|congelador ~~8 locked|encerr*|cerr*|trapped|atrapad*", "locked|encerr*|trapped|atrapad* ~~6 freezer|cooler|congelador"},
		"cant|can't|cannot ~1 feel|get", "no ~1 siento", "nobody|nobody's|nobodys|noone ~~2 answering|coming", "#20-600 ~1 min|mins|minutes|minutos")},
	// A body held down until it goes quiet (review22: "kneeling on his
	// back and he's gone quiet. She won't get off him").
	{kind: "violence", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"kneeling|knee|knees|sitting ~~3 on ~2 his|her|the ~1 back|neck|chest", "face ~1 down ~~3 floor|ground ~~6 holding|kneeling|pinned|pinning"},
		"gone|went ~1 quiet|limp|still|silent", "not ~1 moving|breathing", "wont|won't ~1 get ~1 off", "turning ~1 blue|purple")},
	// Where the means are known, beside a leave-taking: "He keeps saying the
	// jaw pain isn't worth it anymore and he knows where his pills are"
	// (fresh443). (In that message an attempt told first as past, "Last
	// night he put his gun in his mouth, my brother got it away from him",
	// is the kind's reading that stands: a later match of a kind already
	// read is judged only beside a word of now. Left, in
	// TestHardProbeKnownMisses.)
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, pairs: []cuePair{
		pairOf([]string{"knows|sabe ~~2 where ~2 his|her|the ~1 pills|gun|pistola|pastillas|rope ~1 are|is|esta|está|estan|están"}, slices.Concat(leaveTaking, leaveTakingQuiet)...),
	}},
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, pairs: []cuePair{
		pairOf(leaveTaking, slices.Concat(meansNear, endSoon, unreachable)...),
		pairOf(meansNear, slices.Concat(endSoon, unreachable, affairsClosed)...),
		// Two farewells of different kinds: "it's been a pleasure
		// everyone, passwords are in the shared drive, don't come
		// looking".
		pairOf(leaveTaking, goodbyePosted...),
		// A goodbye posted with a means shown (probe309: "see you on the
		// other side" with a photo of a pile of pills).
		pairOf(meansNear, goodbyeSaid...),
		// Means told in passing and words that take leave only beside
		// one (probe309, probe312, probe313).
		pairOf(slices.Concat(meansNear, meansQuiet), leaveTakingQuiet...),
		pairOf(meansQuiet, leaveTaking...),
		pairOf(affairsClosed, affairsClosed...),
		// Affairs closed, then gone and not answering (fresh407: "Pagó
		// todas sus deudas, me dio las llaves … Salió y no contesta").
		pairOf(affairsClosed, unreachable...),
		// Who will find the body, with affairs closed or a means: "ya dejé
		// todo preparado en el garaje y no quiero que sea mi hija la que
		// me encuentre" (fresh392).
		pairOf(findsMe, slices.Concat(affairsClosed, meansNear, meansQuiet, endSoon)...),
		// A pet left in someone's care by text, then no answer (fresh339:
		// "She texted me 'take care of the cats' and now she won't pick
		// up"); not a cruise's "take care of the cats".
		pairOf([]string{"texted|said|wrote|told|posted ~~8 take ~1 care ~2 of ~2 the|my|her|his ~1 cats|cat|dog|dogs|kids|plants"}, unreachable...),
		// Letters left for everyone and thanks for all: "ya les dejé
		// cartas a todos. Gracias por todo, doctor".
		pairOf([]string{"deje|dejé ~2 cartas", "wrote|written ~2 the|my ~1 letters", "left ~2 letters"}, "gracias ~2 por ~1 todo", "thank|thanks ~2 you|u ~2 for ~1 everything"),
	}, patterns: []string{
		// On a roof's edge, told with its height: "sitting on the roof
		// of my apartment building. 11 floors".
		"roof|azotea|techo ~~4 building|edificio|dorm|apartment|hotel ~~6 floors|pisos|stories",
		"orilla|edge|ledge ~~5 roof|azotea|techo|edificio|building", "legs ~~3 over ~2 the ~1 side|edge|railing|rail",
		// A platform and the next train: "estoy en el andén … cuando
		// pase el próximo tren ya está".
		"anden|andén|platform ~~10 tren|train ~~6 ya ~1 esta|está",
		"to ~1 walk ~2 into ~2 the ~1 river|lake",
		"se ~1 va ~1 a ~1 tomar|beber ~~4 acido|ácido|veneno|cloro",
		"tomado|tomo|tomó ~2 dos|tres|cuatro|#2-9 ~1 cajas|frascos", "took ~2 two|three|#2-9 ~1 boxes|bottles",
		// Enough of a drug set aside for two: a carer at the end of her
		// strength.
		"enough ~~4 morphine|pills|insulin|pastillas|morfina ~~4 both ~1 of ~1 us",
		// A hoard of sleeping pills hidden: "about 40 zolpidem tabs hidden
		// in a sock … saving them since the cancer".
		"#20-200 ~~3 " + sedativeNames + " ~~8 hidden|saving|saved|hoarding|guardando|escondid*",
		// A belt or a cord around the neck.
		"cinturon|cinturón|belt|cable|cord|cuerda ~~4 cuello|neck",
		// A noose searched for (fresh332: "ha estado buscando cómo hacer un
		// nudo corredizo y cuánto tiempo aguanta una persona sin aire").
		"buscando|busco|busca|buscado|searched|searching|googled|googling|looked|looking ~~4 noose|nooses",
		"buscando|busco|busca|buscado|searched|searching|googled|googling|looked|looking ~~4 nudo ~1 corredizo",
	}},
	// An old person left alone: lips cracked dry with a confusion or
	// unable to stand.
	{kind: "dehydration", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"lips|labios ~~3 cracked|dry|secos|partidos|resecos"},
		"confused|confundid*", "barely ~2 stand|walk", "no ~2 se ~1 puede ~1 parar", "no ~1 food|comida")},
	// A grown man making plans with a child met online: "a man who says
	// he's 29 … bought her a bus ticket … told her not to tell anyone".
	{kind: "abuse", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"man|guy|hombre|señor|senor|tipo ~~6 #19-70", "#19-70 ~1 year|years|yo|años|anos ~2 old|de", "met ~2 on ~1 discord|snap|snapchat|instagram|tiktok|roblox|fortnite", "conocio|conoció|conoci|conocí ~2 en ~1 discord|roblox|tiktok|instagram|fortnite|free",
			// fresh333: young people's own voice ("my online friend marcus
			// (hes 26)", "un señor que conocí en insta", "my coach keeps
			// texting me at night").
			"friend|amigo|dude ~~6 #19-70", "hes|he's ~1 #19-70", "online ~1 friend|boyfriend|bf", "conocio|conoció|conoci|conocí ~2 en ~1 insta|ig|snap|face|facebook|whatsapp|twitch|reddit|x",
			"coach|teacher|tutor|pastor|trainer|instructor|entrenador|maestro|profe ~~3 keeps|been|always ~~2 texting|messaging|dming|calling",
			// fresh336: a second writer of young people's danger.
			"guy|man|dude|señor|senor|vato|tipo ~~3 from|on|en ~1 snap|snapchat|discord|insta|instagram|tiktok|roblox|online|free|fortnite",
			// review22: "un señor que le regala cosas por Instagram", "someone's
			// been messaging my 12yo on Roblox", "a guy I met at the bus
			// station … says I owe him now", "her stepdad told her to leave
			// her door unlocked tonight".
			"señor|senor|hombre|tipo ~~6 por ~1 instagram|insta|facebook|tiktok|snap|whatsapp", "messaging|texting|dming|chatting ~~4 on ~1 roblox|discord|snap|snapchat|insta|instagram|tiktok|fortnite|minecraft",
			"says|said ~~2 i|she|he|you ~1 owe|owes ~1 him|them", "met ~~3 bus|train ~1 station|stop", "leave ~2 her|his|my|the ~1 door ~1 unlocked",
			"friend|someone ~~2 from|on ~1 discord|roblox|snap|snapchat|insta|instagram|tiktok|online", "met ~~3 from|on ~2 an|a|the ~1 app",
			"talking ~2 to ~~3 on ~1 discord|snap|snapchat|insta|instagram|tiktok|roblox", "moms|mom's|mothers|mother's ~1 new ~1 husband|boyfriend|bf",
			// fresh340: "the older guy she met online drove her there".
			"met ~~2 online", "older ~1 guy|man|dude",
			// fresh338: "conocí a un chavo en un juego en línea", "my coach
			// told me to come to his hotel room after the tournament".
			"conoci|conocí|conocio|conoció ~~6 juego|linea|línea|internet|online", "coach|teacher|tutor|pastor|trainer|instructor|entrenador|maestro|profe ~~8 his|her|su ~1 hotel|room|house|place|car|cuarto|casa"},
		"not|no ~2 to|le ~2 tell|diga|dijera ~2 anyone|nadie", "picking|pick ~2 her|me ~1 up", "recoger|recoge ~2 hoy|esta", "bus|ticket|boleto|pasaje", "stay ~2 at ~2 his ~1 place",
		"dont|don't|not ~1 tell ~2 my ~1 mom|dad|parents|mama|mamá|papa|papá", "our ~1 secret", "nuestro ~1 secreto", "after ~2 my ~1 parents ~~2 asleep|sleep",
		"coming ~2 to ~1 get|pick ~1 me", "viene ~1 por ~1 mi|mí", "quedar ~2 con ~1 el|él",
		"wont|won't ~1 say ~1 where", "asking ~2 to ~1 go ~1 home", "sharing ~2 my ~1 location", "picked ~1 me ~1 up", "coming ~1 over", "parents ~2 at ~1 work",
		"im|i'm ~1 #10-15", "tengo ~1 #10-15", "no ~1 importa", "esperar ~~3 salida", "just ~1 us ~1 tonight", "grabbed ~1 me", "not ~1 home ~1 til|till|until",
		"motel|hotel", "wont|won't ~1 give ~2 her|my|me|his ~2 phone ~1 back", "borrowed ~1 phone", "drove ~1 her|me|him ~1 there|to",
		// review22.
		"sent ~2 her|him|me ~2 an|a ~1 uber|lyft|ride|ticket", "shes|she's|hes|he's ~1 gone", "friends|buddies|guys ~~3 coming ~1 over|tonight", "no ~1 contesta", "im|i'm ~1 #16-17",
		"not|dont|don't ~1 tell ~2 her|his ~1 mom|dad|mother|father|parents", "what ~1 happens",
		"grown ~1 man|adult", "putting|put|pulling ~2 her|him ~2 in|into ~2 his|a ~1 car|van|truck", "goes ~2 to ~1 voicemail", "he|guy|man ~~2 took ~2 my|her ~1 phone", "not ~1 leaving ~~2 until|till",
		"if ~2 i|you|she|he ~1 tell|tells ~1 anyone|anybody|someone", "outside ~2 his|her ~1 door|room", "si ~1 le ~1 digo ~2 a ~1 alguien")},
	// A young runaway offered a bed for "stuff" (fresh338: "this man says
	// i can stay at his place if i do stuff for him. phone at 4%").
	// (Not "my landlord says I can stay at his place if I do stuff for
	// him — feed his chickens".)
	{kind: "abuse", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"stay|sleep|crash ~~4 his ~1 place|house|room|truck|apartment ~~4 if ~2 i|she|you ~1 do ~1 stuff|things|favors|something",
			"if ~2 i|she|you ~1 do ~1 stuff|things|favors ~2 for ~1 him ~~4 stay|sleep|crash|place|ride|money|cash",
			"quedarme|dormir ~~4 su ~1 casa|cuarto|troca|camion|camión ~~4 si ~2 le ~1 hago ~1 cosas|favores|algo"},
		"ran|run ~1 away|off", "runaway", "kicked ~2 me|her ~1 out", "im|i'm|tengo ~1 #10-17", "truck ~1 stop", "bus ~1 station|stop|terminal", "central ~1 de ~1 autobuses",
		"this|some|a ~1 man|guy|dude|stranger|señor|senor|tipo", "phone|battery|bateria|batería ~~3 #1-15")},
	// A beating to go on when the one who gave it wakes (fresh340: "blood
	// in your pee after getting kicked in the back? he's asleep now but
	// said when he wakes up it's round 2"); not a boxing tournament's
	// second round.
	{kind: "violence", urgency: UrgencyEmergency, idiom: "boxing|tournament|torneo|match|sparring|bout|mma|wrestling|game|partido", patterns: []string{
		"kicked|hit|beat|punched|beaten|choked|slapped|golpeo|golpeó|pego|pegó ~~25 wakes|gets ~1 up|home|back ~~4 round ~1 2|two",
		"wakes|gets ~1 up|home|back ~~4 round ~1 2|two ~~25 kicked|hit|beat|punched|beaten|choked|slapped|bruise|bruises|blood|bleeding",
	}},
	// Self-harm to be done again, worse, tonight (fresh338: "burned myself
	// w a lighter a bunch … also thinking abt doing more tonight, like
	// worse").
	{kind: "self_harm", urgency: UrgencyEmergency, deniable: true, patterns: eitherOrder(
		[]string{"burned|burnt|burning|cut|cutting ~1 myself", "me ~1 corte|corté|queme|quemé|cortaba|quemaba"},
		"more ~~2 tonight|today|later", "worse|deeper ~~2 tonight|today|this ~1 time", "tonight ~~3 worse|deeper", "mas|más ~1 hondo|profundo ~~3 hoy|noche")},
	// Danger away from home (fresh342: 14 of 35 at first run): a ride
	// whose driver locks the doors and leaves the route, a drink spiked
	// and a stranger's offer of a lift, a wrist held on a bus, a friend out
	// cold behind older guys who bar the door, a gun shown at school, an
	// aide who drags a resident by the hair, a weapon slashing at people,
	// a robbery with a coworker taken to the back.
	{kind: "violence", urgency: UrgencyEmergency, patterns: slices.Concat(
		eitherOrder([]string{"driver|chofer|cab|uber|lyft|taxi|taxista|cabbie"},
			// (Not "my Uber driver passed my exit this morning so I'm late",
			// "the cab took some dirt road shortcut last time".)
			"wont|won't ~1 stop ~2 the ~1 car", "on ~2 a|some ~1 dirt|farm|back ~1 road ~~2 now|rn", "locks ~1 click|clicked", "doors ~~2 wont|won't ~1 open", "wont|won't ~1 answer ~1 me",
			"no ~1 me ~1 deja ~1 bajar", "ya ~1 pasamos", "puso ~1 seguro", "ya ~1 salimos ~2 de ~2 la ~1 ciudad",
			"no ~1 me ~1 contesta ~~3 a ~1 donde|dónde", "hand ~~3 on ~2 my ~1 leg|thigh|knee", "knows ~1 where ~1 i ~1 live",
			// fresh356: "skipped my exit twice and the doors are locked … wont
			// pull over", "se paró en un terreno baldío … le puse seguro pero
			// sigue afuera jalando la manija", "pointed a gun at me".
			"skipped|missed|passed ~2 my|the ~1 exit|turn|stop ~~3 twice|again", "wont|won't|doesnt|doesn't ~1 pull ~1 over", "doors ~2 are|r ~1 locked",
			"le ~1 puse ~1 seguro", "jalando ~2 la ~1 manija", "terreno ~1 baldio|baldío", "pointed|pointing ~2 a|the|his ~1 gun|knife ~2 at",
			// review25: "cerró las puertas y se metió por un camino de tierra,
			// no me dice a dónde vamos y ya no veo casas".
			"camino ~2 de ~1 tierra", "cerro|cerró ~2 las ~1 puertas", "no ~1 me ~1 dice ~2 a ~1 donde|dónde", "ya ~1 no ~1 veo ~1 casas", "going ~2 the ~1 wrong ~1 way"),
		// Driven off where the driver pleases (fresh358: "offered me a ride
		// and just drove past my street, says were going to his place. im
		// 16. typing under my hoodie").
		eitherOrder([]string{"drove ~2 past ~2 my ~1 street|house|exit|turn|stop", "says|said ~~3 were|we're|we ~1 going ~2 to ~1 his|her ~1 place|house|apartment"},
			"im|i'm ~1 #10-17", "typing ~~3 hoodie|blanket|under", "wont|won't ~1 let ~1 me ~1 out", "keeps ~1 touching ~1 me"),
		eitherOrder([]string{"put|slipped|spiked ~~3 something ~~3 drink|it", "drugged|roofied|spiked"},
			"drive|take|walk ~1 me ~1 home", "friends ~1 left", "legs ~~3 weird|wobbly|numb|jelly|heavy", "cant|can't ~1 feel|stand|walk", "room ~1 spinning"),
		// review23: "only had one beer but I can't stand up straight … the guy
		// who bought it says he'll take me to his place", "alguien me dio un
		// vaso y ahora no puedo caminar bien, un señor … me quiere llevar".
		eitherOrder([]string{"cant|can't ~1 stand|walk ~1 up|straight", "no ~1 puedo ~1 caminar|pararme", "room ~2 spinning"},
			"take|drive ~1 me ~2 to ~1 his ~1 place|house|car", "me ~1 quiere ~1 llevar", "bought|gave ~2 me ~2 the|a ~1 drink|beer", "me ~1 dio ~2 un|una ~1 vaso|trago|bebida"),
		eitherOrder([]string{"has|grabbed|holding|gripping|got ~2 my ~1 wrist|arm", "no ~1 me ~1 suelta ~2 el ~1 brazo|mano"},
			"get|getting ~1 off|out ~1 with ~1 him", "wont|won't ~1 let ~1 go", "come|coming ~1 with ~1 him|me", "bajar ~2 con ~1 el|él"),
		// review23: "Lockdown at Jefferson High … someone is walking the
		// halls with a knife and a kid is bleeding".
		eitherOrder([]string{"lockdown"}, weaponWords, "bleeding|shot|shots|shooter|closet|hiding|sangrando"),
		// review23: "my boyfriend turned the stove gas on with no flame and
		// says he'll light a match if I leave".
		eitherOrder([]string{"gas ~~4 on|open|abierto|abierta"}, "light ~1 a ~1 match|lighter", "prender ~2 un ~1 cerillo|fosforo|fósforo", "if ~2 i ~1 leave"),
		// review23: "a kid is swinging a golf club and smashing things".
		[]string{"swinging ~2 a|the|his ~1 bat|club|pipe|hammer|crowbar|machete", "golf ~1 club ~~4 smashing|swinging"},
		eitherOrder([]string{"asaltaron|asaltando|robbing|robbed|robbery|holdup", "holding ~1 up ~2 the ~1 store|shop|bank"},
			"siguen|still ~1 aqui|aquí|here", "debajo ~2 del ~1 mostrador", "under ~2 the ~1 counter|desk", "hiding|escondida|escondido", "se ~1 llevaron ~2 a", "took ~2 my ~1 coworker|manager|boss ~~3 back"),
		[]string{
			"aide|nurse|caregiver|carer|staff ~~4 yanking|dragging|pulling|hitting|slapping ~~3 him|her|by",
			"apuntando|apuntandole|apuntándole|pointing|aiming ~~6 escopeta|pistola|arma|rifle|gun|shotgun|pistol",
			"rifle|gun|shotgun|pistol|escopeta|pistola ~~4 aiming|pointing|aimed|pointed ~~3 at ~1 my|me|him|her|us",
		})},
	// Water and heart pills withheld from an old man kept from the phone
	// (fresh345: "hasn't given him his heart pills or any water in 3 days.
	// He's confused … she won't let me use the house phone"; not "the
	// nurse hasn't given him his pills yet, he's a bit confused"); a little
	// one's blood in a diaper and a mother who says not to tell.
	{kind: "abuse", urgency: UrgencyEmergency, patterns: slices.Concat(
		eitherOrder([]string{"hasnt|hasn't|not|wont|won't|didnt|didn't ~1 given|give|giving ~~4 pills|meds|water|food|insulin|medicine"},
			"wont|won't ~1 let ~1 me ~1 use|call|see", "burden|carga", "#2-30 ~1 days|dias|días", "in ~1 days"),
		// review23: "his home aide keeps his phone, he hasn't eaten in days …
		// skin and bones … she won't let me into his room".
		eitherOrder([]string{"hasnt|hasn't ~1 eaten ~~3 days", "skin ~1 and ~1 bones", "too ~1 weak ~~2 sit|stand"},
			"wont|won't ~1 let ~1 me ~1 into|in|see|use|call", "keeps|took|takes ~2 his|her ~1 phone"),
		// review23: "my 4 yo niece came back from her stepdad's and is
		// bleeding down there and says it's a secret game".
		// probe346: "giving me extra of my seizure pills to keep me quiet …
		// I can hardly stand up. She says if I ring anyone I go to a home".
		eitherOrder([]string{"giving|gave|gives ~2 me|him|her ~1 extra ~~4 pills|meds|seizure|sleeping", "to ~1 keep ~1 me|him|her ~1 quiet"},
			"hardly|barely ~1 stand|walk", "cant|can't ~1 stand|walk", "if ~2 i ~1 ring|call|tell ~1 anyone|anybody", "go ~1 to ~1 a ~1 home"),
		eitherOrder([]string{"bleeding|sangrando|blood ~~3 down ~1 there", "bleeding|sangrando|blood ~~3 privates|private|vagina|partes"},
			"secret|secreto", "stepdad|stepdad's|stepdads|padrastro|boyfriend|novio|uncle|tio|tío"),
		eitherOrder([]string{"blood|sangre ~~3 diaper|pañal|panal|underwear|calzones|calzoncitos"},
			"boyfriend|stepdad|stepfather|novio|padrastro", "hurt|touched|lastimo|lastimó|toco|tocó", "not ~1 to ~1 tell", "no ~2 diga|decir|digas"))},
	// A blow by a carer told in Spanish (fresh342: "el enfermero de la
	// noche le pegó y que va a regresar"); not "le pegó la curita", a
	// plaster stuck on.
	{kind: "violence", urgency: UrgencyEmergency, patterns: []string{
		"enfermero|enfermera|cuidador|cuidadora ~~5 le|la|lo|me ~1 pego|pegó|golpeo|golpeó|golpea|pega|jalo|jaló|arrastro|arrastró",
	}, notNext: "la|el|una|un|los|las|curita|cinta|parche|venda|tela"},
	// Pills forced down (fresh345: "he made me swallow a bunch of my
	// klonopin so i'd 'calm down'").
	// The rest of a bottle taken after a fight (review23: "Took the rest of
	// my mom's blood pressure pills after our fight. Dizzy and my heart
	// feels super slow").
	{kind: "overdose", urgency: UrgencyEmergency, patterns: slices.Concat(
		[]string{"made|forced|hizo|obligo|obligó ~1 me|her|him ~1 swallow|take|drink|tomar|tragar|tragarme|tomarme ~~5 pills|bunch|handful|bottle|pastillas|" + sedativeNames},
		eitherOrder([]string{"took|tome|tomé|swallowed ~2 the ~1 rest ~~6 pills|meds|bottle|pastillas"}, "dizzy|mareado|mareada", "heart ~~3 slow|racing|weird", "after ~2 our|the ~1 fight"))},
	// A weapon shown at school or used on people around (fresh342: "a boy
	// has a gun in his backpack and is showing kids", "a man is going car
	// to car slashing at people with a box cutter"); not a gun safe, a
	// game, a toy.
	{kind: "violence", urgency: UrgencyEmergency, idiom: "safe|safes|fortnite|game|games|videogame|minecraft|roblox|nerf|toy|toys|airsoft|paintball|movie|film|show",
		patterns: slices.Concat(
			eitherOrder([]string{"boy|kid|student|guy|man|someone|kids|boys ~~3 has|had|got|brought ~2 a|his ~1 gun|pistol|knife|rifle"},
				"school|class|bathroom|backpack|locker|hallway|cafeteria|showing|waving|pointing"),
			[]string{"slashing|stabbing|shooting ~2 at ~1 people|everyone|us|kids|passengers"})},
	// A friend out cold in a room that older guys will not let anyone
	// into (fresh342).
	{kind: "sexual_assault", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"guys|men|boys|dudes ~~4 wont|won't|not ~2 let ~2 me|us|anyone ~1 in|see|get"},
		"out ~1 cold", "passed ~1 out", "unconscious|inconsciente", "one ~1 drink", "laughing", "bedroom|room")},
	// A game of passing out, then purple or not answering.
	{kind: "strangulation", urgency: UrgencyEmergency, lasting: true, patterns: eitherOrder(
		[]string{"pass ~1 out ~1 challenge", "choking ~1 game", "blackout ~1 challenge", "reto ~~3 desmay*|asfixia|ahorcarse"},
		"belt|cinturon|cinturón|purple|morad*|not ~2 answering|responde|breathing|respira")},
	// A pillow held over the face until a faint.
	{kind: "strangulation", urgency: UrgencyEmergency, lasting: true, patterns: []string{
		"pillow|almohada ~~4 over|sobre ~2 my|her|his|mi|su ~1 face|cara ~~15 blacked|passed|desmay*",
	}},
	// A voice or an image of harming a new baby that will not stop: "oigo
	// una voz que me dice que el bebé estaría mejor muerto", "I keep
	// picturing holding her under the bathwater … tonight".
	{kind: "postpartum_psychosis", urgency: UrgencyEmergency, patterns: []string{
		"voz|voice ~~6 bebe|bebé|baby ~~6 muerto|muerta|dead",
		"holding ~2 her|him ~2 under ~~3 water|bathwater|agua",
		"dios|god ~~6 pide|pidio|pidió|tells|told|wants ~~6 sacrificar|sacrifice",
		// fresh332: "the baby isn't really ours, he was switched, and God
		// wants her to give him back to the water. She keeps going in and
		// running the bath".
		"dios|god|voices|voice|voces ~~6 wants|want|told|tells|says|quiere|dicen|dijo ~~6 give|put|return|devolver|dar ~~6 water|agua|river|rio|río|bath|tina",
	}},
	// Voices that order a fire, a killing or a drowning, with the means
	// laid out or an hour set (fresh332: "the voices told him the house
	// has to be cleansed with fire and he's lined up gas cans in the
	// garage … 'tonight, after everyone's asleep'").
	{kind: "psychosis", urgency: UrgencyEmergency, patterns: joined(
		[]string{"voices|voice|voces|voz|thoughts ~~6 told|tell|tells|telling|say|says|said|saying|dicen|dijeron|ordenan|ordered", "god|dios|devil|diablo ~~2 told|tells|telling|says|said|dijo|dice",
			// fresh362: "the TV gives him instructions. Tonight it told him to
			// hurt my stepmom … in the garage with the axe".
			"tv|television|televisión|tele|radio ~~3 told|tells|telling|gives|dice|dijo|ordena|instructions"}, " ~~20 ",
		[]string{"fire|fuego|burn|burned|quemar|cleansed", "gas ~1 cans|can", "gasoline|gasolina", "kill|matar|hurt|lastimar", "knife|cuchillo|gun|pistola", "drown|ahogar",
			// fresh337: "the voice is back and its saying i have to do it
			// tonight or my family gets hurt", "the thoughts said walk into
			// traffic … they're still saying it".
			"do ~1 it ~1 tonight|now|today", "walk ~2 into ~2 traffic|street|road", "jump|saltar|tirarme",
			// probe349: "says god told him he has to 'cleanse' the kids".
			"cleanse|purify|purificar|sacrifice|sacrificar"})},
	// Pills or insulin taken in quantity on purpose (fresh344: "i had a
	// lot of my grandmas heart pills earlier (on purpose ngl)", "i just
	// shot a bunch of my insulin on purpose"); blood in the bath's water
	// with a blade (fresh344: "in the bathtub w my dad's old razor and the
	// water's getting red").
	{kind: "overdose", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"lot|bunch|handful|most ~~5 pills|meds|insulin|tablets|medicine|medication|pastillas|insulina"},
		"on ~1 purpose", "a ~1 proposito|propósito", "adrede", "queriendo")},
	// (review23: "in the tub … my dad's shaver blade, it's not stopping").
	{kind: "self_harm", urgency: UrgencyEmergency, patterns: slices.Concat(
		eitherOrder([]string{"razor|blade|blades|cuchilla|navaja|rastrillo"},
			"water|agua ~~3 getting|turning|going|poniendo|pone ~1 red|pink|roja|rosa|rosada"),
		eitherOrder([]string{"tub|bath|bathtub|bañera|tina ~~6 blade|razor|navaja|cuchilla"}, "not|isnt|isn't|wont|won't ~1 stopping|stop", "no ~1 para|deja"))},
	// A swim out past return (review22: "at the marina and I'm going to
	// swim out until I can't anymore"); not "until he can't touch the
	// bottom".
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, patterns: []string{
		"going|gonna|voy|va|want|wants|plan|planning ~~2 swim|nadar ~1 out|mar|lejos ~~4 until|till|hasta ~2 i|he|she|que ~1 cant|can't|cannot|pueda",
	}, notNext: "touch|see|reach|feel|stand|hear|tocar|ver|alcanzar"},
	// A fire set inside to drive out demons, and a loved one taken for an
	// impostor with a weapon aimed (fresh343: "burning his couch INSIDE his
	// living room, yelling the demons need to be smoked out", "keeps
	// saying I'm an impostor who replaced her son. She has Dad's old
	// revolver pointed at the front door").
	{kind: "psychosis", urgency: UrgencyEmergency, patterns: slices.Concat(
		eitherOrder([]string{"demons|demonios|devil|diablo", "evil ~1 spirits"}, "burning|burn|burned|burnt|fire|fuego|smoke|smoked|quemar|quemando|gasoline|gasolina"),
		eitherOrder([]string{"impostor|impostora|imposter", "replaced ~2 her|his|my ~1 son|daughter|husband|wife|mother|father"},
			"revolver|revólver|gun|pistol|rifle|shotgun|knife|pistola|escopeta|cuchillo ~~3 pointed|pointing|aimed|aiming|apuntando"),
		[]string{"burning|burned|set ~~3 couch|sofa|mattress|furniture ~~4 inside|living ~1 room"})},
	// A device believed planted in the body, to be cut or pulled out, or
	// its planter dealt with (fresh350: "The dentist put a chip in my tooth
	// and the man next door tracks me with it. Tonight I'm pulling it out
	// with pliers and then I'm dealing with him").
	{kind: "psychosis", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"chip|implant|tracker|transmitter|microchip|device|chip ~~8 in ~2 my|his|her ~1 tooth|teeth|head|arm|neck|skin|brain|ear|diente|muela|cabeza|brazo",
			"tracks|tracking|tracked|spying|rastrea|rastreando|espiando ~2 me|us|him|her ~~3 with ~1 it", "tracks|tracking|tracked|spying|rastrea|rastreando|espiando ~2 me|us|him|her ~~3 with ~2 a|the ~1 chip|implant|device"},
		"pliers|knife|blade|razor|drill|alicate|alicates|pinzas|cuchillo|navaja", "pull|pulling|dig|digging|cut|cutting|sacar|sacarlo|sacarme|arrancar|arrancarlo ~2 it|out|lo|me",
		"dealing|deal ~1 with ~1 him|her|them", "make ~1 him|her|them ~1 stop")},
	// A mania that dares death: days without sleep and a walk into
	// traffic "to prove nothing can touch me" (fresh339). Days without
	// sleep and feeling invincible alone are for a clinician today.
	{kind: "psychosis", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"havent|haven't|not|hasnt|hasn't ~1 slept ~~3 #3-14 ~1 days|nights", "no ~1 he|ha ~1 dormido ~~3 #3-14 ~1 dias|días|noches", "up ~1 for ~1 #3-14 ~1 days|nights",
			// review22: "awake since Sunday", "no ha dormido en una semana".
			"awake ~1 since ~1 sunday|monday|tuesday|wednesday|thursday|friday|saturday", "no ~1 ha|he ~1 dormido ~~3 semana|semanas", "up ~1 for ~1 days"},
		"walk|walking|run|running|dance|dancing ~~3 median|highway|freeway|interstate|traffic|tracks", "prove ~~4 nothing ~2 can ~1 touch|hurt|kill", "cant|can't ~1 die|be ~1 killed",
		"fly|volar ~~4 roof|balcony|window|off|techo|balcon|balcón|ventana", "walk|walking|swim|swimming ~~3 into ~2 the ~1 ocean|sea|water|river|lake", "reborn|renacer",
		"manejando|driving|manejar ~~4 #100-300", "dios|god ~~3 protege|protect|protects|protecting", "can ~1 fly", "puede ~1 volar")},
	// A walk along a highway's median, sure the cars cannot touch him
	// (review24: "walking along the highway median saying the cars can't
	// touch him because he's been chosen"), with or without the nights
	// without sleep told.
	{kind: "psychosis", urgency: UrgencyEmergency, patterns: []string{
		"walking|walk|running|dancing|standing ~~4 median|highway|freeway|interstate|traffic|tracks|carretera|autopista ~~12 cant|can't|cannot ~1 touch|hurt|kill",
	}},
	// A mania or a delusion that takes the children to heaven at speed.
	{kind: "psychosis", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"heaven|cielo ~~6 together|juntos|all|todos", "going ~2 to ~1 heaven", "llevar ~2 a ~1 ver ~1 a ~1 dios", "meet ~2 the ~1 angels", "angeles|ángeles ~~4 juntos|ver", "be ~1 with ~1 the ~1 angels"},
		"driving|manejando|freeway|highway|carretera|autopista|car|carro|coche|#80-200", "kids|niños|ninos|hijos|children|baby|bebe|bebé", "#1-52 ~1 week|weeks|month|months ~1 old")},
}

var (
	// dangerNear are the feared person near now: here, outside, waiting,
	// following, coming back, looking for the writer.
	dangerNear = slices.Concat([]string{
		"hes|he's|shes|she's ~1 here|outside|back|coming|listening",
		"el|él|ella ~1 esta|está ~1 aqui|aquí|afuera|adentro", "waiting ~2 for ~1 her|me|him|us ~~4 parking|outside|lot|door|car|truck",
		"coming ~1 back ~2 with|for|tonight", "ya ~1 viene", "viene ~2 para ~1 aca|acá", "upstairs|downstairs|hallway|pasillo",
		"me ~1 esta|está ~1 tocando",
		// probe283: the sixteenth session's writer.
		"outside ~2 my ~1 window|door|unit|room|house|apartment|building|dorm|place ~~2 rn|now|right", "outside ~2 my ~1 window|door|unit|room", "trying ~2 the ~1 handle|door|doorknob", "afuera ~2 de ~1 mi ~1 ventana|puerta",
		// probe287: the sixteenth session's writer.
		"right ~1 behind ~1 me|us", "parked ~1 behind ~1 me|us",
		// probe290: a seventh writer's danger now.
		"out ~1 there ~1 now", "hes|he's|shes|she's ~1 out ~1 there", "his|her ~1 car|truck ~1 is ~1 there|here|outside", "still ~1 sitting|parked|outside|waiting", "in ~1 the ~1 hall",
		// probe306: a ninth writer's danger now.
		"he|she|boyfriend|husband|stepdad|dad ~~2 trying ~2 to ~1 get ~1 in|into ~2 my ~1 room|bedroom",
		// probe310: a tenth writer's danger now, typed in hiding.
		"hes|he's|shes|she's ~0 in ~0 the ~0 next ~0 room", "standing ~1 right ~1 behind ~1 me",
		// probe317: an eleventh writer's danger now.
		"ex|exesposo|novio|esposo|marido|padrastro ~1 esta|está ~1 afuera|aqui|aquí", "afuera ~2 de ~2 la ~1 casa ~~3 no ~1 se ~1 va",
		"his|her ~1 car|truck ~~2 pulling ~2 onto|into ~2 my ~1 street|driveway|road",
		// fresh325: a twelfth writer's danger now ("He is listening to
		// everything", "he's inside the building", "standing in the
		// doorway with the big knife").
		"he|she ~1 is ~1 here|outside|listening|watching", "hes|he's|shes|she's|he|she ~~2 inside ~2 the|my ~1 building|house|apartment|home",
		"standing|sitting|waiting ~2 in ~2 the|my ~1 doorway|hall|hallway", "hes|he's|shes|she's ~1 home ~1 now",
		// fresh331: "esta parado frente al balcon", "ahorita esta ahi con ellos".
		"parado|parada ~2 frente|enfrente|afuera", "ahorita ~1 esta|está ~1 ahi|ahí|aqui|aquí",
		"still ~~4 watching ~1 me|us", "siguen ~1 aqui|aquí", "standing ~2 by|at|in ~2 the ~1 front|back ~1 door", "hes|he's|shes|she's ~1 there ~~2 right ~1 now",
		// fresh333: young people's own voice ("hes jiggling the handle rn",
		// "waiting by my locker", "headlights outside rn").
		"jiggling|rattling|turning|shaking ~2 the|my ~1 handle|door|doorknob|knob", "waiting|wait ~~3 by|at ~2 my|the ~1 locker|bus|car", "headlights ~1 outside",
		"waiting ~2 in ~2 the|his|a ~1 truck|car|van", "standing|waiting ~2 outside ~2 my|the ~1 door|room",
		// fresh351: "he's standing right here", "he's home again".
		"hes|he's|shes|she's|he|she ~2 standing ~2 right ~1 here|there|next", "hes|he's|shes|she's ~1 home ~1 again", "he|she ~1 is ~1 home ~1 again",
		// fresh354: "outside the car window with the tire iron".
		"outside ~2 the|my ~1 car|truck ~1 window|door", "outside ~2 the|my|our ~~3 door", "sigue ~1 afuera|aqui|aquí|ahi|ahí",
		// fresh356: "said he'd wait", "4 guys waiting at the gate for me",
		// "un señor … está en la puerta del salón".
		"hed|he'd|hell|he'll|theyd|they'd ~1 wait ~~3 for|outside|out", "said ~2 hed|he'd|hell|he'll ~1 wait", "waiting ~~3 at|by ~2 the ~1 gate|exit|entrance ~~4 for ~1 me|us|her|him",
		"esta|está ~2 en ~2 la ~1 puerta ~2 del|de ~2 salon|salón|aula|cuarto|la|el", "at ~2 the|her|his|my ~1 classroom ~1 door",
		// fresh358, review25: "my ex is at my window", "standing in the only
		// doorway", "says he'll be waiting when I come out".
		"is|hes|he's|shes|she's ~2 at ~2 my ~1 window|door|bedroom", "standing|sitting|waiting ~2 in ~2 the|my ~~2 doorway", "hell|he'll|shell|she'll ~1 be ~1 waiting",
		// fresh361: "pacing outside the store 20 min, says he'll wait till
		// my shift ends", "he's at the front desk asking for me".
		"pacing ~2 outside|out|in ~2 front", "hed|he'd|hell|he'll|shell|she'll ~1 wait ~~3 till|until|til", "hes|he's|shes|she's ~1 at ~2 the ~1 front ~1 desk|door|counter", "standing|waiting ~2 outside ~2 the|my ~1 window|store|building|laundromat", "ya ~1 voy|viene|va ~2 para ~1 alla|allá|aca|acá",
	}, stillNear)
	// stillNear are the feared one told as still there, after what they
	// did (probe287, probe306, probe310): "he's still in the house",
	// "she's still in there with him".
	stillNear = []string{"still ~1 inside|here", "still ~1 in ~1 the ~1 house", "still ~1 in ~1 there ~1 with ~1 him",
		// fresh345: "her grandson has a hammer and is still in her house",
		// "él sigue dando vueltas por aquí".
		"still ~1 in ~1 her|his|my|our|their ~1 house|home|apartment|room", "sigue ~~2 dando ~1 vueltas", "still ~~2 circling|driving ~1 around",
		// probe348: "now he's in there with the door shut", "he's in the next
		// room".
		"in ~1 there ~1 with ~1 her|him ~~3 door ~1 shut|closed", "sigue ~2 en ~2 el|su ~1 cuarto ~2 con ~1 ella|él|el", "ahora ~1 esta|está ~2 en ~1 su ~1 cuarto", "still ~1 on ~1 shift|duty", "still ~1 swinging|waving|holding", "still ~1 on ~2 his|her|the ~1 shift|hall|floor|unit|wing", "in ~1 there ~2 with ~2 the ~1 door ~1 shut|closed", "hes|he's|shes|she's ~1 in ~1 the ~1 next ~1 room"}
	// kidsHere are children with the writer in a house in danger.
	kidsHere = []string{"kids|children|ninos|niños|hijos ~2 are|estan|están ~1 here|aqui|aquí|conmigo", "home ~1 with ~1 them|the ~1 kids", "kids ~2 asleep",
		// probe287: the sixteenth session's writer.
		"traigo ~3 niños|ninos|hijos|bebe|bebé", "niños|ninos|hijos ~1 atras|atrás", "#1-12 ~1 yr|year|yo ~2 old ~~3 in ~1 the ~1 back|car", "#1-12 ~1 yr|yo ~2 is ~2 in ~1 the ~1 back|car",
		// probe294: danger among migrant and Spanish-speaking families.
		"sola|solo ~2 con ~2 mi|mis|la|el|los ~1 bebe|bebé|hijos|niños|hijo|hija|nena|nene", "en ~2 el ~1 baño ~2 con ~2 los|mis ~~2 niños|hijos",
		"alone ~1 w|with ~2 her|him|my ~1 sister|brother|sis|bro", "w|with ~2 my ~1 little ~1 sister|brother|sis|bro",
		"me ~1 and ~1 my ~1 sister|brother|sis|bro|mom|mum|kids|baby ~~2 inside|here|hiding",
		"cant|can't ~1 leave ~2 the|my ~1 baby|kids|children",
		// fresh351: "Kids are in the other room", "estoy en el baño con la bebé".
		"kids|children|baby|ninos|niños|hijos ~2 are|is|r|estan|están ~~2 in|en ~2 the|el|la ~1 other|next|otro|otra ~1 room|cuarto|pieza", "baño|bano ~2 con ~2 la|el|mi|mis ~1 bebe|bebé|nena|nene|niña|niño|niños|hijos|hija|hijo",
	}
	// dangerCornered are a writer held in place by a follower: "he's
	// parked 2 spaces over just staring at me … scared to get out".
	dangerCornered = []string{
		"scared|afraid ~2 to ~1 get ~1 out", "no ~1 me ~1 atrevo", "tried ~2 my ~1 door", "staring ~2 at ~1 me",
		"parado|parada ~2 al ~1 lado ~2 de ~1 mi", "parked ~~4 spaces|next|behind",
		// probe287: the sixteenth session's writer.
		"scared|afraid ~2 to ~1 go ~1 home", "miedo ~2 de ~1 ir|llegar ~2 a ~1 casa", "alone ~1 with ~1 him|her",
		// probe303: an eighth writer's danger now.
		"cant|can't ~1 back ~1 out", "pulled ~1 in ~1 behind ~1 me|us", "wedged ~~4 corner",
		// probe306: a ninth writer's danger now.
		"he|she|man|guy ~~2 tried ~2 the|my|her ~~2 door|handle|doorknob", "desk|dresser|chair ~~3 against ~2 the|my ~1 door", "begging|begged|rogando ~2 not|no ~2 to|ir ~1 go|irse|con",
		"let ~1 me ~1 in", "me ~1 dejan|pueden ~1 entrar|pasar",
		// probe310: a tenth writer's danger now, typed in hiding.
		"between ~1 me ~1 and ~2 the ~1 door", "without|w/o|w ~~2 going ~1 past ~1 him|her", "cant|can't ~~2 get ~1 to ~2 the ~1 door",
		"blocking ~2 the ~1 front|back ~1 door", "dresser|desk|chair ~~3 in ~1 front", "locked ~2 in ~2 here|the ~1 bathroom|room|closet ~~3 w|with", "looking ~1 for ~1 me ~~6 hiding",
		// review22: "now I'm on a dead end road and he stopped behind me
		// with his lights off".
		"dead ~1 end ~~2 road|street", "stopped|parked ~1 behind ~1 me|us", "lights ~1 off",
		// fresh342: "keeps walking around my car pulling on the handles. I'm
		// inside with the doors locked".
		"pulling|yanking|tugging ~2 on ~2 the|my ~1 handles|handle|door|doors", "inside ~~3 doors ~1 locked",
		// fresh354: "I can't drive off, he's got me blocked in".
		"got|has ~1 me|us ~1 blocked|boxed ~1 in", "cant|can't ~1 drive ~1 off|away",
		// fresh356: "not getting out", "he hit the stop button and is standing
		// in front of the panel".
		"not ~1 getting ~1 out", "hit|pressed|pushed ~2 the ~1 stop ~1 button", "holding ~2 the ~~2 door|close|closed ~~2 button", "backed|cornered ~2 me|her|him ~~3 into|in|against", "has|got ~2 me|her|him ~1 backed|cornered|pinned",
		"sola|solo ~2 con ~1 el|él ~~4 bodega|cuarto|oficina|carro|tienda", "apago|apagó ~2 las ~1 luces", "standing ~2 in ~1 front ~2 of ~2 the ~1 panel|door|exit|buttons",
	}
	// dangerBeating are a beating under way.
	dangerBeating = slices.Concat([]string{
		"is|are|keeps ~1 hitting|beating|punching|kicking|choking ~1 her|him|my|me|us|mom|mum",
		"is|are|keeps ~1 hitting|beating|punching|kicking|choking ~1 his|her ~1 wife|husband|kid|kids|son|daughter|mother|mom|girlfriend|boyfriend",
		"le|la|me ~1 esta|está ~1 pegando|golpeando",
		// probe283: the sixteenth session's writer.
		"now ~1 beating|hitting|punching|kicking|choking|strangling", "beating|hitting|choking|strangling ~1 her|him ~~3 right ~1 now",
		// probe287: the sixteenth session's writer.
		"started ~1 hitting|beating|punching|choking|kicking", "empezo|empezó ~2 a ~1 pegarle|golpearla|golpearlo",
		// probe303: an eighth writer's danger now.
		"been ~1 beating|hitting|kicking|choking",
		// probe317: an eleventh writer's danger now.
		"le|la|lo ~1 esta|está ~1 dando ~~3 contra ~2 la ~1 pared|puerta|piso|suelo",
		// fresh342: "one guy is stomping another guy's head".
		"stomping|kicking|stomped ~~3 head|face",
		// fresh351: "has her on the floor with his hands on her neck",
		// "tiene a mi hermana agarrada del pelo", "standing over my dad with
		// a bat for an hour yelling".
		"his|her ~1 hands ~2 around ~2 her|his|my ~1 neck|throat", "has|got ~~6 his|her ~1 hands ~2 on ~2 her|his|my ~1 neck|throat", "tiene ~3 agarrada|agarrado ~3 pelo|cuello|cabello",
		"standing ~2 over ~2 my|his|her|our ~1 dad|mom|father|mother|grandma|grandpa|wife|husband|sister|brother|son|daughter|grandmother|grandfather",
		// fresh356: "squeezing his wrists hard and shouting at him", "has my
		// sister by the hair", "me tiene agarrada del brazo y no me suelta".
		"squeezing|twisting|grabbing|yanking ~2 his|her|my ~1 wrist|wrists|arm|arms ~~3 hard", "has|got ~3 by ~1 the ~1 hair|throat|neck",
		"me|la|le|lo ~1 tiene ~1 agarrada|agarrado|agarrados ~3 brazo|mano|pelo|cuello",
		// review25: "le tapó la boca a mi mamá y la está sacudiendo", a
		// neighbour whipping a boy.
		"la|lo|le ~1 esta|está ~1 sacudiendo|zarandeando",
		// fresh361: "her date has her pinned in our back hallway by the neck",
		// "a man drag a woman by her hair into a grey Camry".
		"has|got ~2 her|him|me ~1 pinned", "drag|dragged|dragging ~2 a|the|his|her ~1 woman|girl|kid|child|man|boy ~~3 by ~2 her|his|the ~1 hair|arm", "neighbor|neighbour|vecino ~~4 whipping|beating|hitting ~2 a|the|his|her ~1 little|small ~1 kid|boy|girl|child",
	}, beatingSeen)
	// beatingSeen are a beating a witness sees or hears (probe306,
	// probe310): "a man whipping a little kid with a belt", "his dad keeps
	// shoving him against the rail", "i can hear smacks".
	beatingSeen = []string{
		// fresh333: "i can hear my dad hitting him with something over and over".
		"hear ~~3 hitting|beating|smacking|kicking ~1 him|her|my", "hitting|beating ~2 him|her ~~3 over ~1 and ~1 over", "hitting|beating ~2 him|her ~2 with ~1 something|a|the",
		"keeps|kept ~0 shoving|slamming ~0 him|her|me", "slamming|slammed ~0 him|her|me ~0 against|into", "hear ~2 smacks|slaps|punches",
		"man|guy|woman|lady|dad|father|mom|mother|stepdad|stepmom|boyfriend ~~4 whipping|beating|hitting|kicking ~2 a|the|his|her ~1 little|small ~1 kid|boy|girl|child",
	}
	// dangerBlow are a blow given to someone.
	dangerBlow = []string{
		"le ~1 pego|pegó|golpeo|golpeó ~1 anoche|ayer|hoy|otra", "slapped|slap|hit ~2 my ~1 mother|mom|father|dad|grandma|grandpa",
		"shoved|pushed|slapped|slap|punched|kicked|empujo|empujó|cacheteo|cacheteó|pateo|pateó|golpeo|golpeó ~~4 him|her|me|stairs|escaleras|floor|piso|suelo",
		"punched|hit|slapped ~2 my ~1 mom|mother|dad|sister|brother", "slammed|smashed ~2 my|her|his ~1 face|head", "me ~1 golpeo|golpeó",
		// probe287: the sixteenth session's writer.
		"rammed ~~3 my|our|the ~1 car|truck", "nos|me ~1 avento|aventó|echo|echó ~2 el|la ~1 carro|coche|camion|camión|camioneta|troca", "started ~1 hitting|beating|punching",
		// probe290: a seventh writer's danger now.
		"was ~1 hitting|beating|punching ~1 her|him|me|my", "le ~1 pego|pegó|golpeo|golpeó ~2 a ~2 mi ~1 mama|mamá|papa|papá|hermana|hermano", "shoving ~1 him|her|me", "drag|dragging ~2 me|her|him ~2 out",
		// probe294: danger among migrant and Spanish-speaking families.
		"le ~1 disparo|disparó", "shot ~1 him|her|me", "le ~1 dio ~1 un|una ~1 puño|golpe|cachetada|patada",
		// probe303: an eighth writer's danger now.
		"tried ~2 to ~1 drag", "hit ~2 her|him|me ~~3 with ~2 her|his|a|the ~1 cane|belt|bat|pipe|chair",
		// probe306: a ninth writer's danger now.
		"keeps|kept|is|hes|he's|shes|she's ~~2 ramming ~~2 my|our|the ~1 bumper|car|truck", "hands ~2 around ~2 my|her|his ~1 neck|throat",
		"hands ~2 on ~2 my|her|his ~1 neck|throat ~~3 again|until|til|till|squeez*|chok*", "squeezed|squeezing ~~3 neck|throat",
		// fresh325: "anoche me pegó con la hebilla del cinturón".
		"anoche|ayer|hoy ~1 me ~1 pego|pegó|golpeo|golpeó",
		// fresh351, fresh353: "already hit me twice tonight", "grabbed my
		// arm", "esta mañana le pegó".
		"hit|punched|slapped|kicked ~1 me|her|him ~1 twice|again", "hit|punched|slapped|kicked ~1 me|her|him ~1 #2-9 ~1 times",
		"mañana|manana|tarde|noche ~1 le|me ~1 pego|pegó|golpeo|golpeó", "kicked|punched|hit|shoved ~1 u|you ~~2 in ~2 the ~1 stomach|face|head|chest", "le|les ~1 dispararon",
		// fresh340: "burned him with a lighter this morning".
		"burned|burnt ~2 him|her|me ~~2 with ~2 a|the|his|her ~1 lighter|cigarette|iron",
		// probe346: "he twisted my arm, think its broke" (not "she twisted
		// her wrist at gymnastics").
		"he|she|they|aide|caregiver|carer|son|husband|wife|nephew ~~2 twisted ~1 my ~1 arm|wrist",
		// review24: "he's got my arm twisted behind me", "me estaba golpeando".
		"got|has ~2 my|her|his ~1 arm|arms|wrist ~1 twisted|pinned",
		// fresh356: "pinned me against the walk-in door again", "swung a
		// shovel at my brother".
		"pinned|shoved|slammed ~1 me|her|him ~2 against|into|to",
		// fresh361: "threw a pot of boiling water on the dishwasher", "hit him
		// with a piece of rebar".
		"threw ~~3 boiling|hot ~1 water|oil|coffee|grease ~2 on|at", "hit|punched|slapped|kicked|beat ~2 my|our|his|her ~1 son|daughter|kid|child|baby|wife|husband|grandma|grandpa|grandson|granddaughter", "hit ~2 him|her|me ~~3 with ~~3 rebar|pipe|bat|hammer|shovel|crowbar|bar|board|brick", "me|la|le ~2 cogido|cogió|cogio|agarrado|agarró|agarro ~2 del ~1 cuello", "le ~1 tapo|tapó ~2 la ~1 boca", "swung ~2 a|the|his|her ~1 shovel|bat|pipe|hammer|knife|machete|bottle|crowbar ~2 at", "me|la|le ~1 estaba|estuvo ~1 golpeando|pegando|ahorcando",
		// probe348: "just punched the wall by my head".
		"punched ~2 the ~1 wall ~~3 by|near|next ~~2 my ~1 head|face",
		"le ~1 pego|pegó|golpeo|golpeó ~3 niño|niña|nino|nina|nene|nena|bebe|bebé|cipote|cipota|chamaco|chamaca|hijo|hija|hijito|hijita",
		"le ~1 dio ~1 un|una ~1 piñazo|pinazo|trompada|madrazo|chingadazo|guamazo|putazo|bofetada|cachetadon|cachetadón|puñetazo|punetazo", "me ~1 pego|pegó ~~2 con ~2 la|el|su|un|una ~2 hebilla|cinturon|cinturón|palo|puño|mano|chancla|cable",
	}
	// dangerHunting are the feared person after the writer: waiting,
	// following, looking for them, turned up where they are.
	dangerHunting = []string{
		"esperando|esperandola|esperándola|esperandome|esperándome ~~4 estacionamiento|afuera|puerta|carro", "showed ~1 up ~2 at ~2 my|the|her",
		"presento|presentó|aparecio|apareció ~2 en ~2 mi|el|la", "looking ~1 for ~1 me|us|her",
		// (not "following up from my visit")
		"followed|follows|stalking ~2 me|my|us|her", "following ~1 me|my|us|her", "me ~1 sigue|siguio|siguió", "esta|está ~1 siguiendome|siguiéndome|siguiendo",
		"across ~2 the ~1 lot|street|parking", "know|knows ~1 where ~1 she|he ~1 lives", "viene ~1 siguiendo|detras|detrás|siguiendome|siguiéndome", "coming|came ~2 after ~1 us|me|her",
		"kicking|kicked|breaking|broke ~2 the|my|her ~1 door", "broke|breaking ~1 into|in", "blocked ~2 my|the|her ~1 car|door|driveway",
		"cerro|cerró ~2 el ~1 paso", "rompio|rompió ~2 la ~1 puerta", "entro|entró ~2 con ~2 una|un|la|el ~1 pistola|arma|cuchillo|machete",
		"showed ~1 up ~2 at ~2 our|work|his|school", "banging ~2 on ~2 my|the|her|his ~1 door|bedroom", "pateando ~2 la ~1 puerta", "smashed ~2 the ~1 window|door",
		"entro|entró ~2 a ~1 la ~1 fuerza", "followed ~2 me ~2 from", "waiting ~2 in ~2 the ~1 garage|lot|parking",
		// probe287: the sixteenth session's writer.
		"tailing|tailgating ~2 me|my|us", "been ~1 tailing|chasing", "chasing ~2 me|us|my ~1 car", "hitting|banging ~2 my|the|our ~1 window",
		// probe290: a seventh writer's danger now.
		"parked ~1 outside ~2 your|my|her|the|our", "prying ~2 at|open ~~3 window|door|lock", "tapping|knocking ~2 on ~2 my|the ~1 window|door", "knows ~2 im|i'm ~1 at", "knows|sabe ~2 donde|where ~2 i|im|i'm|estoy",
		"watching ~2 the|my ~1 door|store|house", "smashed|broke ~2 the ~1 glass",
		// probe294: danger among migrant and Spanish-speaking families.
		"rompio|rompió ~2 la ~1 ventana", "changed ~1 the ~1 locks",
		// probe303: an eighth writer's danger now.
		"golpeando ~2 la ~1 puerta", "threw ~2 a ~1 rock|brick ~~3 window",
		// probe306: a ninth writer's danger now.
		"behind ~1 me|us ~1 for ~1 miles|blocks", "behind ~1 me|us ~1 for ~1 #1-99 ~1 miles|blocks|mi", "following ~1 me|us|her|him ~~3 since|from",
		// fresh325: a twelfth writer's danger now.
		"parked ~1 across ~2 from ~2 my|the|her|our", "picture|photo|pic ~2 of ~2 my|our|her ~2 front ~1 door|house|window|car", "rompio|rompió ~2 el|los ~1 vidrio|vidrios|cristal",
		// fresh331: danger in the Spanish of many countries ("la siguió
		// desde el trabajo", "ya vino a tocar dos veces", "está golpeando
		// la ventana").
		"la|lo|nos ~0 siguio|siguió|sigue|seguia|seguía", "vino|vinieron ~2 a ~1 tocar|buscar|buscarla|buscarlo", "knocking|knocked|banged ~~3 twice|again",
		"golpeando|pateando ~2 la ~1 ventana|puerta",
		"been ~1 behind ~1 me|us", "behind ~1 me|us ~1 since", "same ~1 one|truck|car|van|guy|man ~~3 outside|at|by ~2 my|the ~1 school|house|work|practice",
		"sent ~2 a|me ~~2 pic|photo|picture ~2 of ~2 my ~1 house|school|car", "ya ~1 saben ~1 donde|dónde",
		"followed ~2 me|us|her ~~3 thru|through|off|onto|into", "it|he|she ~1 turned ~1 too", "pulled ~1 onto|into|off ~2 a|the ~1 dirt|back|side ~1 road",
		"sabe ~~2 donde|dónde ~1 trabajo|vivo|estudio", "fist ~~4 thru|through ~2 the|my|a ~1 door|wall|window",
		// fresh340: "trying to kick the door in", "smashed our front window
		// and is climbing in", "parked right outside ur building", "anoche
		// lo vi en la esquina".
		"kick|kicks|break|bust|busting ~1 the|my|our|her ~1 door ~1 in|down", "smashed|broke|busted ~2 our|my|her|the|a ~~2 window|windows|glass",
		"climbing ~1 in|inside|through", "not ~1 to ~1 let ~1 him|her ~1 in", "he|she ~1 found ~1 us|me",
		// probe346: "one has his foot in the door and is shouting at me", "ya
		// se metió a la casa".
		"foot ~~2 in ~2 the|my ~1 door", "se ~1 metio|metió ~~3 casa",
		// probe348: "punching the glass partition", "demanding to take him",
		// "el hombre que me acosa", "me vienen siguiendo".
		"punching|pounding|banging ~2 the|our ~~2 glass|partition|window",
		// fresh351's paraphrase: "keeps circling my block".
		"circling ~2 my|her|our|the ~1 block|house|street|building|work|lot|parking|clinic|office|school",
		// fresh356: "keeps banging on my car window", "yelling he's coming
		// down", "showed up even with the protective order", "the guy from
		// 4B who leaves notes on my door".
		"banging|hitting|pounding ~2 on ~2 my|the|our ~~2 window|windows", "yelling|saying|says|screaming ~~3 hes|he's|shes|she's ~1 coming ~1 down|back|after|for",
		"showed ~1 up ~~3 even|despite|anyway", "leaves|left|leaving ~2 notes ~~3 my|her ~1 door|car",
		// fresh358, fresh360, review25: "pounding on the door", "se mete en
		// las noches a mi cuarto", "pushed his way in", "the man who hurt me
		// last year just got in the elevator", "se metió por la ventana",
		// "keeps sending me my own address".
		"pounding|banging|knocking ~2 on ~2 the|my|our|her ~1 door", "se ~1 mete|metio|metió ~~5 mi ~1 cuarto|cama|recamara|recámara", "pushed|forced|shoved ~2 his|their|her ~1 way ~1 in",
		"man|guy|one ~2 who ~1 hurt|raped|attacked|assaulted|beat ~1 me", "se ~1 metio|metió ~~3 ventana", "sending ~2 me ~2 my ~1 own ~1 address",
		// fresh361: "got into our dorm", "hit my window with something",
		// "blocking mine in", "stalking her since March".
		"got ~1 into|in ~2 our|my|her|the ~1 dorm|building|house|apartment|room|wing", "hit|smashed|struck ~2 my|the ~1 window|windshield ~~3 with",
		"blocking ~2 mine|me ~1 in", "blocking ~2 my ~1 car ~1 in",
		// review24: "a photo of my new apartment door with 'see you soon'",
		// "anda buscándonos con las llaves".
		"photo|pic|picture|foto ~2 of|de ~2 my|our|her|mi ~~2 door|house|apartment|window|puerta|casa", "anda|esta|está ~1 buscandonos|buscándonos|buscandome|buscándome|buscandola|buscándola", "circling|driving|cruising ~1 around|past|by ~2 my|her|our ~1 block|house|street|building|work", "demanding ~2 to ~1 take ~1 him|her", "demanding ~2 to ~1 take ~2 the|my|his|her ~1 kid|child|son|daughter|baby",
		"me ~1 acosa|acosaba", "vienen ~1 siguiendo",
		// review22: "heard glass break downstairs and someone's walking
		// around", "just pulled into the driveway … walking around to the
		// back door".
		"heard|hear ~~2 glass ~1 break|breaking|shatter|shattering", "someone's|someones|somebody's|somebodys ~1 walking|moving ~1 around",
		"pulled|pulling ~1 into|up ~2 the|my|our ~1 driveway", "walking|going ~1 around ~2 to ~2 the ~1 back|side ~1 door", "pounding|banging ~2 on ~2 the|my|our|her ~~2 door|doors|window|windows", "punching|pounding|kicking ~2 our|the|my|her ~~2 door|doors", "lo|la ~1 vi ~~3 esquina|afuera|cuadra", "parked ~2 outside ~2 your|ur|my|her|the|our",
	}
	// dangerHereNow are one who hunts the writer at the door or inside
	// now, a danger beside the hunting itself (fresh340).
	dangerHereNow = []string{
		"in ~2 the ~1 lobby|hallway|hall|lot ~~2 now|rn|right", "at ~2 the|my|our|her ~1 door ~~2 now|rn", "ahorita ~1 esta|está ~~3 tocando|golpeando|pateando|afuera",
		"tocando ~2 la ~1 puerta ~~2 sin ~1 parar", "wont|won't ~1 stop ~1 knocking|banging|ringing",
		// "mom said not to let him in but hes yelling and kicking it".
		"yelling|screaming|gritando ~~3 kicking|banging|pounding|pateando|golpeando",
		"hes|he's|shes|she's ~1 outside ~2 the|our|my ~1 door|window",
		// fresh358: "a pic of my bedroom window from outside, timestamp is 10
		// min ago", "texted 'open up' 3x".
		"from ~1 outside ~~6 min|mins|minutes ~1 ago", "texted|texting|yelling|saying ~~2 open ~1 up",
		// fresh361: "screaming and punching the wall outside her door", "says
		// he got a key from the front desk", "yelling at me to open the door".
		"punching|kicking|hitting ~2 the ~1 wall|door ~~3 outside", "says|said ~~3 got|has ~2 a|the ~1 key", "yelling|screaming ~~4 open ~2 the|my ~1 door|window",
		// fresh351: "he's waiting right outside the door", "he's outside
		// trying the windows right now", "está tocando todos los timbres
		// preguntando por mí … ya intentó forzar la puerta".
		"waiting|standing ~1 right ~1 outside", "trying ~2 the|my|our ~1 window|windows|doors", "tocando ~2 todos ~2 los ~1 timbres", "preguntando ~2 por ~1 mi|mí ~~3 nombre",
		"intento|intentó|trato|trató|intentando|tratando ~2 forzar|abrir|romper ~2 la ~1 puerta|ventana|cerradura", "asking ~2 for ~1 me ~2 by ~1 name",
	}
	// trackedNow are the writer followed by a device or a photo sent
	// (probe317): "he put a tracker on my car … sent a photo of exactly
	// where im parked". (Not "the bus tracker on my phone says 8 min", nor
	// "I sent a photo of where I'm parked so the escort can find me".)
	trackedNow = []string{
		"tracker|airtag|gps ~~2 on|in|under ~2 my|her ~1 car|bag|purse|truck", "tracking ~1 device ~~4 car|bag|purse|truck", "airtag ~~4 hid|hidden|bag|purse",
		"he|she|just ~~1 sent ~~4 photo|pic|picture|screenshot ~~4 where ~1 im|i'm ~1 parked", "he|she|just ~~1 sent ~~4 photo|pic|picture|screenshot ~~4 where ~1 i ~1 am ~1 parked", "knows ~1 which ~1 store|building|room",
	}
	// trackedDue are minutes told by the one tracking: "says 5 min".
	trackedDue = []string{"says|texted ~1 #1-30 ~1 min|mins|minutes"}
	// atTheClinic are someone at the clinic's door: a danger only with a
	// threat (probe317: "she's going to pay for what she did … I'm
	// sitting in your parking lot"; not "I'm sitting in your parking lot
	// for my 1:15 … I can't call").
	atTheClinic = []string{
		"im|i'm ~1 sitting|parked|waiting ~2 in ~2 your ~1 parking|lot", "im|i'm ~2 in ~2 your ~1 waiting ~1 room|lobby", "patient|im|i'm ~2 in ~2 your|the ~1 lobby", "im|i'm ~2 in ~2 ur|your ~1 parking ~1 garage|lot", "estoy ~1 afuera ~2 de ~2 la ~1 clinica|clínica|oficina|consulta|consultorio",
	}
	// dangerThreat are a killing or a harm promised, or a hour set for it.
	dangerThreat = slices.Concat(reportedThreats, finishThreats, []string{
		"kill ~1 me|her|us|you|them", "kill ~1 the ~1 kids", "will|gonna|going ~2 kill", "finish ~1 it|me|her|us", "se ~1 acaba ~1 todo",
		"see ~1 you ~1 tonight", "te ~1 veo ~1 esta ~1 noche", "va ~1 a ~1 matar|matarme|matarla|matarnos|matarte", "matara|matará|matarme|matarla|matarnos|matarte",
		"nobody ~2 gets ~2 to ~1 have", "nadie ~2 te ~1 va ~1 a ~1 tener", "make ~1 me|you|her ~1 pay", "va|vas ~1 a ~1 pagar",
		"has ~1 to ~1 pay", "deliver ~1 justice", "gonna|going|will|hes|he's|hell|he'll ~2 cut ~1 me|you|her", "im|i'm ~1 next", "throw ~2 him|her|the ~1 dog|cat|baby",
		"never ~1 see ~1 him|her|them ~1 again", "despidete|despídete ~2 de ~1 ellos|ella|el|él", "using ~1 it ~~3 after|today|tomorrow|lunch",
		"la|lo ~1 mata ~2 a ~1 ella|el|él", "luego ~2 a ~1 nosotras|nosotros|mi|mí|ti", "vuelve|regresa ~2 en ~1 la ~1 noche", "regresa|vuelve ~2 con ~1 otros",
		"burn ~2 the ~1 place|apartment|building", "gasoline|gasolina", "cant|can't ~1 have ~1 you", "nobody ~2 is ~1 calling", "va ~1 a ~1 entrar ~2 a ~1 mi ~1 cuarto", "kill ~1 him|them", "burn ~2 the ~1 house", "quemar ~2 la ~1 casa",
		"break ~2 my|your|her|his ~1 legs|neck|arms", "be ~1 dead ~1 by", "get ~2 the ~1 gun", "limpiar ~2 la ~1 casa",
		"saca|sacan ~~3 a ~1 la ~1 fuerza", "he'd|hed|he'll|hell ~1 finish ~1 it", "ending ~1 it ~2 for ~1 both|all",
		"nothing ~2 left ~2 to ~1 lose", "lo|la|me ~1 mata ~2 si", "hoy ~1 lo|la|me ~1 mata", "threatening ~2 to ~1 stab|kill|shoot|hurt",
		// probe287: the sixteenth session's writer.
		"threatening ~2 to ~1 hit|beat|punch|hurt", "gonna|going|will ~2 hurt ~1 him|her", "gonna|going|will ~2 hurt ~1 the ~1 baby|kid|kids", "come ~1 in|into ~1 my ~1 room",
		"scared|afraid ~2 he|she ~1 will ~1 hurt|kill ~1 me", "scared|afraid ~2 hell|he'll|shell|she'll ~1 hurt|kill ~1 me", "nobody ~2 is ~1 getting|taking ~2 the|my ~1 kid|baby|kids", "no ~1 one ~2 is ~1 getting|taking ~2 the|my ~1 kid|baby|kids",
		// probe290: a seventh writer's danger now.
		"enjoy ~2 your ~1 last ~1 night|day", "wait ~2 till|until ~2 the ~1 lights ~1 go ~1 off|out", "put ~2 him|her|you|me ~2 in ~1 the ~1 ground", "make ~1 her|me|him ~1 drink|swallow|take ~1 it",
		"get ~1 in ~2 his|the ~~2 seat|car|truck|van", "smother|suffocate|asfixiar ~2 her|him|me|you|la|lo", "bullet ~~3 my|your|her ~1 name", "kill ~1 whoever|anyone|anybody",
		// probe294: danger among migrant and Spanish-speaking families.
		"denuncia|denunciar|deporta|deportan|deportar ~~3 ice|migra|inmigracion|inmigración", "me ~1 quita ~2 a ~1 los ~1 niños|ninos|hijos", "van ~1 a ~1 desaparecer", "finish ~2 all ~2 of ~1 them|you|us",
		"mata ~2 a ~1 mi ~1 mama|mamá|papa|papá|hermana|hermano", "choca|chocar ~~3 el ~1 carro", "crash ~~3 the ~1 car", "si ~1 grito",
		// probe298-probe300: the sixteenth session's last writers.
		"taking ~1 me ~2 and ~2 the ~1 kids|grandkids|children ~2 with ~1 him",
		// probe303: an eighth writer's danger now.
		"throw ~2 anyone|anybody|you|us ~1 overboard",
		// probe317: an eleventh writer's danger now.
		"dice ~2 que ~1 ahorita ~2 se ~1 mete", "burn ~2 the ~1 house|place ~~3 with ~2 us|me|them|the ~1 kids ~1 in",
		"hoy ~1 me ~1 las ~1 paga|pagas", "me ~1 las ~1 va|van ~1 a ~1 pagar",
		"ya ~1 se|sé ~1 donde|dónde ~1 trabaja|vive",
		// fresh325: "coming tonight to finish what he started", "knows
		// which school the kids go to", "if I walk out neither of us makes
		// it to tomorrow", "va a entrar por mí", "comes in my room at night".
		"knows ~1 which|what ~1 school", "neither ~1 of ~1 us ~~3 makes|make|lives|live|survives",
		"va ~1 a ~1 entrar ~2 por ~1 mi|mí|ella|nosotros|los ~1 niños", "comes|came|coming ~1 in|into ~2 my|her|his ~1 room ~~3 night|does|stuff",
		"sal ~1 o ~1 entro", "come ~1 out ~1 or ~2 im|i'm|ill|i'll ~1 coming|come|break|kick",
		// fresh333: young people's own voice.
		"gonna|going|will ~2 jump ~1 me|him|her|us", "posting|posted ~2 my ~1 address", "cant|can't ~1 have ~1 me|her|you ~~2 nobody|noone",
		"send|post|share|leak|sends ~~2 them|my|the ~1 pics|photos|nudes|videos|pictures ~~3 everyone|school|family|parents", "send|post|sends ~1 them ~~2 to ~1 everyone|everybody",
		"hes|he's|shes|she's ~1 coming ~1 over", "showing|show ~2 my ~1 parents|mom|dad|family|school ~1 everything", "not ~1 sleeping ~1 tonight ~1 until",
		"me ~1 van ~1 a ~1 quebrar|matar|madrear|partir|levantar|picar", "once ~2 hes|he's|shes|she's ~1 gone",
		"gonna|going|will ~2 break ~2 my|your|her|his ~1 arm|leg|jaw|nose", "sube ~2 mis ~1 fotos", "punching ~1 walls|holes",
		// "he put his fist through the bathroom door … he's screaming he'll
		// get in".
		"screaming|yelling|saying|says ~~2 hell|he'll|shell|she'll ~1 get ~1 in|inside",
		// review22: "said I'm coming with him", "ya me gritó que me suba",
		// "pounding on the glass doors saying he'll break through".
		"youre|you're|im|i'm ~1 coming ~1 with ~1 him|me|us", "que ~1 me ~1 suba|subiera|subo", "hell|he'll|shell|she'll ~1 break ~1 through|in",
		// fresh342: "he keeps saying I'm not leaving until tomorrow", "he'll
		// break it down", "whoever calls anyone is next", "to handle the
		// managers".
		"im|i'm|youre|you're|shes|she's ~1 not ~1 leaving ~~2 until|till|til", "break ~2 it|door ~1 down", "whoever|anyone|anybody ~~3 calls|tells|talks ~~3 is|are ~1 next",
		"handle ~2 the ~1 managers|manager|boss|bosses|supervisors|supervisor",
		// fresh345: "he texted if im not home by 6 he'll burn the house".
		"if ~2 im|i'm|i ~1 not|dont|don't|am ~1 home|back|there ~~2 by|in",
		"surprise ~2 for ~1 hr|hour|everyone|everybody|managers",
		// probe348: "says im not leaving tonight", "he'll break my arm for
		// real", "he'll do it again and worse", "si me meto me deja tirada",
		// "hoy no me le escapo", "me iban a subir a la camioneta".
		"im|i'm|youre|you're|shes|she's ~1 not ~1 leaving ~1 tonight|today", "hell|he'll|shell|she'll ~1 break ~2 my|your|her|his ~1 arm|leg|jaw|neck|nose",
		"hell|he'll|shell|she'll ~1 do ~1 it ~1 again", "me ~1 deja|dejaria|dejaría ~1 tirada|tirado", "si ~1 me ~1 meto", "se ~1 la|lo ~1 lleva",
		"no ~1 me ~1 le|te ~1 escapo|escapas", "subir ~2 a ~1 la ~1 camioneta|van|troca", "surprise ~2 for ~1 the ~1 boss|managers|office",
	})
	// finishThreats promise to finish a beating begun: "coming tonight to
	// finish what he started", "dijo que vuelve a terminar lo que empezó".
	finishThreats = []string{"finish ~1 what ~2 he|she|they|i|you ~1 started", "terminar ~1 lo ~1 que ~1 empezo|empezó",
		// fresh351, fresh353: "he'd 'finish it tonight'", "yelling he's not
		// done with me", "I believe him this time".
		"hed|he'd|hell|he'll|shed|she'd|shell|she'll ~2 finish ~1 it|her|him|them|you|us ~1 off|tonight|today", "hes|he's|shes|she's ~1 finishing ~1 it|her|me|you ~1 tonight|today", "hes|he's|shes|she's ~1 not ~1 done ~1 with ~1 me|her|him|us|you", "believe ~1 him|her ~~2 this ~1 time"}
	// reportedThreats are a threat told as said (probe306): "he said if i
	// tell anyone hell hurt my little brother", "me dijo que … me va a ir
	// peor". (Not "she'll kill me if I forget the forms", a manner of
	// speaking.)
	reportedThreats = []string{
		"said|says|told|threatened|saying ~~4 hell|he'll|shell|she'll|hed|he'd|shed|she'd ~1 hurt|kill|beat ~1 my|me|her|him|us|you", "dijo|dice|amenazo|amenazó ~~6 me|le ~1 va ~1 a ~1 ir ~1 peor",
		// probe310: "he said if i tell anyone he'll do the dog and then
		// me", "said nobody leaves till im dead", "yelling he'll shut her
		// up for good".
		"hell|he'll ~1 do ~2 the ~1 dog|cat|kids|baby ~~3 then ~1 me", "nobody|noone ~1 leaves ~1 till|until ~1 im|i'm|youre|you're|were|we're ~1 dead", "shut ~2 her|him|you|me ~1 up ~2 for ~1 good",
		// probe317: "just messaged 'you're dead when I get home'".
		"youre|you're|ur ~1 dead ~~2 when|if ~2 i|he ~1 get|gets ~1 home", "when ~2 i|he ~1 get|gets ~1 home ~~2 you|youre|you're|ur ~1 are|r ~1 dead",
		"going ~1 to ~1 pay ~2 for ~1 what ~1 you|she|he|i ~1 did",
		// fresh366: "her uncle will 'do it again'" (with a pickup due).
		"will|gonna ~1 do ~1 it ~1 again",
		// review24: "his uncle is going to get rid of him tonight", "le dijo
		// que la mata si habla".
		"get ~1 rid ~1 of ~1 him|her|me|you|us ~~3 tonight|today|when|if",
		// fresh356: "nobody's leaving", "he's gonna get me", "whispering what
		// he'll do when i get off", "he's done with the manager", "they
		// said im dead when i walk out", "he'll bury us both", "me lleva a
		// su casa quiera o no", "no salgo hasta que", "viene por ella".
		"nobodys|nobody's|noone ~1 leaving", "nobody|noone ~1 is ~1 leaving", "hes|he's|he|shes|she's ~2 gonna|going ~2 get ~1 me|her|us|you",
		"what ~2 hell|he'll|hes|he's|he|she'll|shell ~~2 do ~~3 when|to ~1 me|i|her", "done ~1 with ~2 the|my|his ~1 manager|boss|supervisor|foreman",
		"said|say|says ~~2 im|i'm|youre|you're|ur ~1 dead", "hell|he'll|shell|she'll|gonna ~1 bury ~1 us|me|you|him|her", "quiera ~1 o ~1 no", "whether ~1 i ~1 want|like ~~2 or ~1 not",
		"no ~1 salgo|sales|sale ~1 hasta ~2 que",
		// fresh358-fresh360, review25: "coming to 'handle' me", "choca con
		// los dos adentro", "me iba a pasar lo mismo que a la otra chica",
		// "he'll do worse", "he's not taking me home", "pays for what they
		// did", "one way or another", "light this place up", "I'll never
		// see her again", "threatening me since the parking lot", "se metió
		// a mi cuarto otra vez".
		"coming ~2 to ~1 handle|get ~1 me", "coming ~2 to ~1 deal ~1 with ~1 me", "choca|chocar|chocamos|estrella|estrellar ~~4 los ~1 dos|ambos", "crash ~~4 both ~1 of ~1 us", "if ~1 i ~1 leave ~1 him|her", "si ~1 lo|la ~1 dejo",
		// fresh361: "he'll finish it when we get home", "not getting out of
		// his car till i 'make it up to him'", "he'll shoot the front desk
		// lady", "he's going to push her", "me dice que me baje con él".
		"hell|he'll|shell|she'll ~2 finish ~1 it|her|me|you ~~3 when|once|after", "not ~1 getting ~1 out ~~5 till|until|til",
		"hell|he'll|gonna|going ~2 shoot|stab|kill ~2 the|a|that|this ~~3 lady|man|guy|nurse|doctor|desk|receptionist|staff", "going|gonna ~2 push ~1 her|me|him",
		"baje|bajes ~2 con ~1 el|él", "make ~1 it ~1 up ~1 to ~1 him|her",
		"pasar ~2 lo ~1 mismo ~~3 otra", "hell|he'll|shell|she'll ~1 do ~1 worse", "not ~1 taking|letting ~1 me ~1 home|go", "pay|pays ~2 for ~1 what ~1 they|she|he|you|we ~1 did",
		"one ~1 way ~1 or ~1 another", "light ~2 this|the ~1 place|building|clinic|office ~1 up", "never ~1 see ~2 her|him|them|the ~1 kids|baby ~1 again", "never ~1 see ~2 her|him|them ~1 again", "threatening ~1 me|her|us",
		"se ~1 metio|metió ~~4 cuarto ~~3 otra ~1 vez", "drunk ~~3 driving ~~3 with ~1 her|him|them", "drunk ~~3 driving ~~3 with ~2 the|our|my ~1 baby|kids|daughter|son", "not ~1 leaving ~1 until|till|til", "not ~1 getting ~1 out ~1 until|till|til", "viene|vino ~1 por ~1 ella|él|el|ti", "viene|vino ~1 por ~1 la|el ~1 niña|niño|nena|nene", "here ~1 for ~1 her|him ~~3 teacher|school|class", "dijo|dice|amenazo|amenazó ~~3 que ~2 la|lo|me|te|nos|los ~1 mata|matara|matará|mataria|mataría",
		// fresh351: "he just texted me a pic of my daughter outside her
		// school", sent by the one parked outside.
		"texted|sent ~2 me ~2 a ~1 pic|picture|photo|foto ~2 of ~2 my|our ~1 daughter|son|kid|kids|children|baby|hija|hijo|hijos|niños ~~3 outside|at|near|leaving ~2 her|his|their|the ~1 school|daycare|bus|practice",
		// fresh353: a list of people he wants to 'make pay'.
		"list ~~8 people|names ~~8 make ~1 pay|suffer", "make ~2 them|everyone|people ~1 pay ~~6 today|tomorrow|day",
		// review22: "posted 'today they all learn' with a picture of his gun
		// safe open", "he's 'ending this company at the 3pm meeting'".
		"they|yall|you ~1 all ~1 learn|pay|regret", "theyll|they'll|youll|you'll ~1 all ~1 learn|pay|regret",
		"ending|end ~2 this|the ~1 company|office|department|school ~~3 at|during|today|tomorrow|tonight",
	}
	// protectionOrder are a court's order to keep away, which a follower
	// breaks.
	protectionOrder = []string{"restraining|protective ~1 order", "orden ~2 de ~1 alejamiento|restriccion|restricción|proteccion|protección",
		"have|got ~2 an|a ~1 order ~1 against", "orden ~2 del ~1 juez",
		// fresh340: "not supposed to be within 500 ft of me".
		"not ~1 supposed ~1 to ~1 be ~1 within|near|around", "within ~1 #1-2000 ~1 ft|feet|yards|metros", "no ~1 se ~1 puede ~1 acercar",
		"no ~1 contact ~1 order", "custody ~1 order"}
	// dangerArmed are the weapons, and one bought or at hand.
	dangerArmed = []string{
		"something ~2 in ~2 his|her ~1 hand", "hammer|martillo", "enseño|enseñó ~2 una|un|la|el ~1 navaja|cuchillo|pistola|arma",
		weaponWords + "|handgun|shotgun|escopeta|revolver|revólver|guns|9mm|glock|ar15",
		// probe298-probe300: the sixteenth session's last writers.
		"kbar|ka-bar",
		// probe303: an eighth writer's danger now.
		"hand ~2 inside|in ~2 his ~1 jacket|coat|pocket", "belt ~1 folded", "drunk ~~6 with ~1 his|her ~1 belt", // probe315
		// probe310: a tenth writer's danger now, typed in hiding.
		"sharpening ~0 something", "sharpening ~2 knife|knives|machete|machetes|cuchillo|cuchillos", "got ~2 the|a|his ~1 kitchen ~1 thing|knife ~~2 out",
		// probe317: an eleventh writer's danger now.
		"standing ~2 over ~2 her|him|me|us ~~3 belt|bat|knife|hammer|stick|pipe", "brought ~1 something ~1 for ~1 her|him|you",
		"pouring ~2 something|gas|gasoline|lighter ~~4 hall|hallway|floor|stairs|house|porch",
		// fresh331: "ya sacó lo que guarda arriba del closet", "con algo en la mano".
		"saco|sacó ~~4 lo ~1 que ~1 guarda|tiene|esconde", "algo ~2 en ~2 la ~1 mano", "bats|knives|guns|bates|cuchillos",
		"has|got|took ~2 the|his|her ~1 belt ~1 out", "belt ~1 out",
		// fresh342: a tire iron, a box cutter, a cleaver, "his piece".
		"tire ~1 iron", "crowbar|cleaver|tireiron", "gas ~1 can|cans",
		// fresh353: "he's got something heavy in his backpack".
		"something ~1 heavy ~~2 in ~2 his|her ~1 backpack|bag|locker|pocket|jacket|car|truck", "brass ~1 knuckles|knuckle", "glovebox|glove ~~6 loaded", "its|it's ~1 loaded", "something ~~2 under ~2 his|her ~1 jacket|coat|shirt|hoodie", "brought ~2 a|his|her ~1 duffel|duffle",
		"showed ~2 me|us ~~4 glovebox|waistband|trunk|backpack", "something ~~2 in ~2 his|her ~1 backpack|locker",
		"showing ~2 me|us ~2 the|a|his|her ~1 blade|razor", "something ~~2 in ~2 his|her ~1 jacket|truck|car|bag|coat", "box ~1 cutter|cutters", "his|a ~1 piece|strap ~~3 handle|managers|boss|back|coming",
	}
	// dangerSilenced are a writer who cannot speak or call, is watched or
	// kept out: "can't call. he's listening", "mi esposo revisa mis
	// llamadas", "won't let me in".
	dangerSilenced = []string{
		"cant|can't|cannot ~1 talk|call|speak", "no ~1 puedo ~1 hablar|llamar", "revisa ~2 mis ~1 llamadas|mensajes|telefono|teléfono|celular",
		"checks|reads|watches ~2 my ~1 phone|texts|calls|messages", "same ~1 address", "misma ~1 direccion|dirección",
		"wont|won't ~2 let ~2 me ~1 in", "no ~2 deja|dejan ~1 entrar", "not ~1 safe", "no ~1 estoy ~1 segura|seguro",
		"hiding|escondida|escondido", "me ~1 encerre|encerré", "took ~2 my|her|his ~1 keys|phone", "quito|quitó ~2 las ~1 llaves",
		"has ~2 her|him|me ~1 locked", "locked ~2 in ~2 the|her|his ~1 back|bedroom|room",
		// probe283: the sixteenth session's writer.
		"revisa ~2 mi ~1 telefono|teléfono|celular", "no ~1 me ~1 llamen|llames", "dont|don't ~1 call ~1 me", "home ~1 alone", "im|i'm ~1 alone",
		// probe287: the sixteenth session's writer.
		"wont|won't ~2 let ~1 anyone|anybody|nobody ~2 in|through|see", "locked ~2 the ~1 doors|door", "locked ~2 himself|herself ~2 in ~~4 with ~2 the ~1 baby|kid|kids",
		// probe290: a seventh writer's danger now.
		"hasnt|hasn't|wont|won't|doesnt|doesn't ~1 let ~1 her|him|me ~1 leave", "locked ~2 in ~2 my|the ~1 car",
		// probe294: danger among migrant and Spanish-speaking families.
		"me ~1 encerro|encerró|encerraron", "me ~1 quito|quitó ~2 el ~1 telefono|teléfono|celular|cel", "no ~1 me ~1 deja ~1 comer|salir|bajar", "no ~1 quieren ~2 que ~1 llamemos|llame",
		// probe298-probe300: the sixteenth session's last writers.
		"texting ~2 from ~2 the ~1 closet|bathroom",
		// probe303: an eighth writer's danger now.
		"encerrar ~2 en ~2 el ~1 baño|bano|cuarto", "wont|won't ~1 let ~1 her|him|me ~1 use ~2 the|her|his|my ~1 phone", "line ~1 went ~1 dead", "locked ~2 in ~2 the ~1 cabin",
		"locked ~2 my|her|his ~1 sister|brother|mom|mother ~2 in", "kept|keeping ~2 her|me|him ~2 in ~2 an|a|the ~1 apartment|room|house|motel", "doesnt|doesn't|dont|don't ~1 know ~1 the ~1 address",
		// probe306: a ninth writer's danger now.
		"reading|looking|watching ~2 over ~1 my ~1 shoulder", "keep ~1 this ~1 normal", "so ~2 he|she ~1 cant|can't|cannot|wont|won't ~1 hear ~1 me",
		"locked|locks|locking ~2 the ~1 deadbolt",
		// probe310: a tenth writer's danger now, typed in hiding.
		"typing ~2 under|from ~2 the|my ~1 blanket|blankets|covers|closet", "cant|can't|cannot ~1 see ~1 me ~1 texting|typing", "havent|haven't|not ~1 been ~1 allowed ~1 out",
		"dont|don't ~1 call ~1 back ~~2 hell|he'll|shell|she'll ~1 hear", "hes|he's ~0 got ~~2 doors ~0 locked",
		"he|she|husband|wife|boyfriend|girlfriend ~~2 hid|hides ~2 my ~1 insulin|meds|medicine|inhaler|oxygen",
		// probe317: an eleventh writer's danger now.
		"deadbolted|padlocked|locked ~~2 from ~2 outside", "keeps|takes ~1 my ~1 phone", "wont|won't ~1 let ~1 me ~1 near ~1 her|him",
		"escondida|escondido|escondío|escondía|escondia|escondi ~~3 closet|clóset|armario|ropero|baño|cuarto",
		// fresh325: a twelfth writer, locked in or overheard ("cerró la
		// puerta con llave por fuera y se llevó mi celular … no llamen a
		// este número", "pretend it's about my lab results and only ask
		// yes or no questions").
		"con ~1 llave|candado ~2 por ~1 fuera|afuera", "no ~1 llamen ~~2 solo|nomas|nomás|manden", "la ~1 palabra ~1 es", "palabra ~1 clave", "code ~1 word", "se ~1 llevo|llevó ~2 mi ~1 celular|telefono|teléfono|cel", "no ~1 llamen ~2 a ~1 este",
		"only ~1 ask ~2 yes ~1 or ~1 no",
		// fresh333: young people's own voice.
		"broke|smashed|broken ~2 my ~1 phone", "mom|dad|mum|parents|mama|mamá|papa|papá ~~2 isnt|isn't|arent|aren't|not ~1 home", "battery ~2 is ~1 at ~1 #1-15", "battery ~~2 dying|almost ~1 dead",
		"not ~1 letting ~1 me|her|him ~1 leave|go|out",
		// fresh351, fresh353: "had her locked in their garage since last
		// night, she just messaged me from an old phone", "don't text
		// back", "el marido le quitó el teléfono y la encerró".
		"had|has|kept|keeps ~2 her|him|me ~1 locked ~2 in|up", "from ~2 an|a|her|his|my ~1 old|spare|hidden|secret|second ~1 phone", "dont|don't ~1 text ~1 back|me", "dont|don't ~1 call ~1 back",
		"le|les ~1 quito|quitó ~2 el|su ~1 telefono|teléfono|celular|cel", "la|lo|las|los ~1 encerro|encerró|encerraron",
		// fresh356: "in the church kitchen with the door locked", "typing
		// low", "in the bathroom stall rn", "no me suelta", "tiene a mi
		// hermana en la cocina", "don't call my name out loud".
		"with ~2 the ~1 door|doors ~1 locked", "everyone|everybody ~1 went|gone|left ~1 home", "im|i'm ~2 in ~2 the ~1 locker ~1 room",
		// fresh358, review25: "moms not home, phone at 9%", "everyone else
		// clocked out", "won't let her call me", "typing from my bedroom
		// closet".
		"moms|dads|mums|parents ~1 not ~1 home", "phone ~2 at ~1 #1-15",
		// fresh361: "i cant use my phone openly", "please tell someone up here
		// quietly", "won't give me my keys back", "texting under my jacket",
		// "won't let them leave the barn", "'red balloon', she knows that
		// means he's here", "le puso la cadena … estoy en el baño escribiendo".
		"cant|can't|cannot ~1 use ~2 my ~1 phone", "tell|get ~2 someone|somebody ~~4 quietly|discreetly", "wont|won't ~1 give ~2 me ~2 my ~1 keys|phone ~1 back",
		"texting|typing ~~3 under ~2 my ~1 jacket|hoodie|blanket|coat|desk", "wont|won't ~1 let ~1 them|us|him|her ~1 leave", "means ~~2 hes|he's|shes|she's ~1 here",
		"puso|pone ~2 la ~1 cadena", "baño|bano ~~3 escribiendo|escribiendote|escribiéndote", "lo|la|me|nos ~1 tienen ~1 acorralado|acorralada|acorralados|acorraladas", "tienen|tiene ~1 acorralado|acorralada|acorralados|acorraladas", "everyone|everybody ~2 clocked ~1 out", "wont|won't|doesnt|doesn't ~1 let ~1 her|him|me ~1 call", "typing|texting ~2 from ~2 my|the ~~2 closet", "typing ~1 low|quietly|quiet", "in ~2 the|a ~1 bathroom ~1 stall", "no ~1 me ~1 suelta", "wont|won't ~1 let ~1 go ~2 of ~1 me",
		"tiene|tienen ~2 a ~1 mi ~1 hermana|mama|mamá|hija|hijo|esposa|tia|tía|abuela ~~3 en ~2 la|el ~1 cocina|cuarto|baño|bano|carro|sotano|sótano",
		"has|have ~2 my ~1 sister|mom|mother|daughter|son|wife|aunt|grandma ~~3 in ~2 the ~1 kitchen|bedroom|bathroom|basement|car", "dont|don't ~1 call ~2 my ~1 name", "dont|don't ~1 call ~2 this ~1 number", "checks|tracks ~2 my ~1 location", "lock ~2 is ~1 cheap|broken|flimsy",
		"were|we're|im|i'm ~1 in ~2 the|a ~1 closet|attic|crawlspace", "am ~~3 alone", "took ~~3 keys ~~3 phone", "took ~2 my ~~2 keys|charger", "whispering|susurrando ~~3 from ~2 the|a ~1 pantry|closet|bathroom|attic", "so ~~3 im|i'm ~2 in ~2 a|the ~~2 bathroom", "nobody|noone ~1 else ~1 home", "estoy ~1 sola|solo ~~3 cerrando", "yes ~1 or ~1 no ~1 questions", "pretend ~~2 its|it's|it ~~2 about", "keeps|kept ~2 me|her|him ~2 in ~2 the|a ~1 basement",
	}
	// dangerDue are the feared one due back soon, or coming for a child
	// (probe306).
	dangerDue = []string{
		"due ~1 in ~1 #1-90 ~1 min|mins|minutes", "listed ~2 as ~1 pickup", "picking ~2 her|him|me ~1 up ~~3 today|tonight|soon", "llega|regresa|viene ~2 en ~~2 media ~1 hora",
		"llega|regresa|viene ~2 en ~1 #1-60 ~1 min|mins|minutos", "he|she|hes|he's|shes|she's|gets ~~2 home ~2 in ~1 #1-60 ~1 min|mins|minutes",
		// probe317: an eleventh writer's danger now.
		"hes|he's|shes|she's ~1 off ~1 in ~1 #1-60", "he|she ~~3 says ~1 #1-30 ~1 min|mins|minutes", "gets|get ~1 off ~~3 in|at ~1 #1-60",
		"hes|he's|shes|she's ~1 #1-60 ~1 min|mins|minutes ~1 out|away",
		// fresh340: "that same man is picking him up in 20 min".
		"picking|picks|pick ~2 her|him|me|them ~1 up ~1 in ~1 #1-90 ~1 min|mins|minutes",
		// review24: "she's due back any minute", "él la recoge en la escuela
		// en media hora".
		"due ~1 back ~~2 any ~1 minute|moment|second", "recoge|recogerá|recogera|pasa|viene ~~4 en ~1 media ~1 hora",
		"meeting|shift|class ~1 is|starts ~1 in ~1 #1-90 ~1 min|mins|minutes", "ends|over ~1 in ~~2 #1-90 ~1 min|mins|minutes",
		// fresh351, fresh353: "when he gets home at 6", "pickup is in 20
		// min", "regresa en la noche".
		"pickup ~~2 in ~1 #1-90 ~1 min|mins|minutes", "pick ~1 up ~~2 in ~1 #1-90 ~1 min|mins|minutes",
		// fresh366: "her uncle will 'do it again'. He picks her up at 3.
		// It's 2:40."
		"picks|picking ~2 her|him|them ~1 up ~1 at ~1 #1-12", "la|lo|los ~1 recoge ~1 a ~1 las ~1 #1-12",
		"regresa|vuelve|llega|viene ~2 en|por|esta ~1 la ~1 noche|tarde", "comes|coming|gets ~1 back|home ~1 tonight",
	}
	// blowTold are a blow told plainly, a danger only with the one who
	// struck still near (probe310: "Roommate hit me. Blood on my face. He
	// is still here"; not "my husband hit me last night … he's at work
	// now, I'm safe here").
	blowTold = []string{"he|she|roommate|husband|wife|boyfriend|girlfriend|dad|stepdad|aide ~0 hit|hurt ~0 me", "hurt ~0 me ~0 again"}
	// pleaHeard are a victim's plea heard during a beating (probe310: "a
	// younger guy keeps … slamming him against a car, the old man keeps
	// saying please don't hurt me").
	pleaHeard = []string{"please ~0 dont|don't ~0 hurt ~0 me|her|him"}
	// chokeMarks are the marks a choking leaves: fingers on a neck, stars
	// seen.
	chokeMarks = []string{"bruises ~2 on ~2 his|her|my ~1 neck", "marks ~2 around|on ~2 his|her|my ~1 neck|throat", "marcas ~~3 cuello", "until ~2 she|he|i ~1 saw ~1 stars", "hasta ~2 que ~~2 vio|vi ~1 estrellas"}
	// dangerHelp are a call for help now.
	dangerHelp = slices.Concat(call911, []string{
		"send ~1 someone|help|police", "get ~1 someone ~2 to ~1 her|him|me|them", "please ~1 help ~1 her|him|us", "please ~2 someone ~2 do ~1 something",
		"ayuda ~1 por ~1 favor", "please ~1 help",
		"mande|manden|mandar ~2 a ~1 alguien", "auxilio", "need ~1 help ~1 now", "calling ~2 for ~1 help", "pidiendo ~1 ayuda",
		// (not "help me please" nor "ayúdenme": "can you help me please?
		// he's here with me for his appointment")
		// probe283: the sixteenth session's writer.
		"crying|screaming|yelling|begging ~2 for ~1 help", "pidiendo|gritando ~2 ayuda|auxilio", "manden|mandar|mande|mandan ~2 a ~1 la ~1 policia|policía", "send ~2 the ~1 police|cops",
		// probe287: the sixteenth session's writer.
		"calling|yelling|screaming|crying ~1 help|auxilio|ayuda",
		// probe290: a seventh writer's danger now.
		"call ~1 security|police|cops", "security ~1 or ~1 911", "someone ~1 come",
		// probe303.
		"stop ~1 stop",
		// probe310: a tenth writer's danger now, typed in hiding.
		"please ~0 just ~0 come ~0 now|quick|hurry|please|#1-99999", "can ~0 you|someone ~0 come ~0 get ~0 me|us",
		"stay ~2 on ~2 w|with|the ~1 phone|me",
		// fresh356: "can somebody from the front desk come down", "can
		// someone meet me at the door", "take me out the back".
		"can|could ~1 somebody|someone ~~4 come ~1 down|out|over|get", "texted|texting|text ~2 me ~1 help|sos", "texted|texting ~1 help|sos", "can ~1 someone|somebody ~1 call ~1 for ~1 me", "escribir|escribio|escribió|mando|mandó|escribe ~~3 ayuda|auxilio", "can|could ~1 somebody|someone ~1 meet ~1 me", "take|get ~1 me ~1 out ~2 the|a ~1 back|side",
	})
	// call911 are the clinic asked to call 911 now (not "call 911 if", a
	// plan's advice).
	call911 = []string{"call ~1 911 ~1 for|now|please|pls|plz", "please|pls|plz ~1 call ~1 911", "llamen|llame ~2 al ~1 911 ~1 por|ya|ahora"}
	// dangerHurt are an injury told with the feared one after the
	// writer: blood, a faintness, a breath that will not come.
	dangerHurt = []string{
		"blood|sangre|bleeding|sangrando", "dizzy|mareada|mareado", "cant|can't ~1 breathe", "no ~1 puedo ~1 respirar",
		"holding ~2 her|him ~1 down", "goose ~1 egg", "confused|confundida|confundido", "threw ~1 up", "quemaduras|burns", "nose ~2 is ~1 broken", "nose ~~3 broke|broken", "labio ~1 partido|roto", "ojo ~1 morado", "black ~1 eye", "split ~1 lip",
		"isnt|isn't|wont|won't|not ~2 getting ~1 up", "wont|won't ~1 answer", "not ~1 moving ~1 anymore", "no ~1 puedo|puede ~1 apoyar", "stopped ~1 answering|responding", "no ~2 se ~1 levanta|mueve", "eye ~2 is ~1 shut|swollen",
		"swollen|hinchada|hinchado", "nariz ~2 rota", "blacked ~1 out", "finger ~1 marks", "marcas ~2 de ~1 dedos", "marcas ~~3 cuello",
		// probe283: the sixteenth session's writer.
		"on ~2 the ~1 floor ~1 now", "hes|he's|shes|she's ~2 on ~2 the ~1 floor",
		// probe287: the sixteenth session's writer.
		"cant|can't|cannot ~1 get ~1 up", "cant|can't|cannot ~1 stand ~1 up", "my ~1 neck ~1 hurts",
		// probe290: a seventh writer's danger now.
		"not ~1 talking ~1 or ~1 moving", "not|isnt|isn't ~1 moving", "en ~1 el ~1 piso|suelo", "no ~1 me ~1 contesta", "hit ~2 his|her ~1 head", "bruises ~2 on ~2 his|her|my ~1 neck",
		// probe294: danger among migrant and Spanish-speaking families.
		"vomito|vomitó|threw ~~2 dos|twice", "se ~1 dio ~2 contra ~2 el ~1 piso|suelo|pared", "sangrando ~2 un ~1 monton|montón",
		// probe303.
		"barely ~1 moving",
		// probe306: a ninth writer's danger now.
		"i ~0 think ~2 it|its|it's ~2 is|s ~1 broken",
		// probe310: a tenth writer's danger now, typed in hiding.
		"went ~0 black", "marks ~1 everywhere", "blood ~2 on ~2 my|her|his ~1 face",
		// fresh325: "now she can't stand on her left leg and says her hip
		// hurts bad", "del ojo izquierdo veo todo borroso y oscuro".
		"cant|can't|cannot ~1 stand|walk ~2 on ~2 her|his|my ~2 leg|hip|foot", "hip ~~3 hurts|hurt|broken|broke", "veo ~2 borroso|oscuro|negro",
		// fresh331: "no lo mueve y grita cuando lo tocan", "marcas de faja …
		// una quemadita redonda como de cigarro".
		"no ~1 lo|la ~1 mueve", "grita|llora ~~3 lo|la ~1 tocan", "marcas ~2 de ~1 faja|cinturon|cinturón|cable|chancla|belt", "quemadita|quemadura|quemaduras|burn|burns ~~4 cigarro|cigarrillo|cigarette",
		"no ~1 puede ~1 abrir ~2 el ~1 ojo", "cant|can't ~1 open ~2 her|his|my ~1 eye",
		"huge ~2 and ~1 purple",
		// fresh351: "shes not making noise".
		"not|isnt|isn't|stopped ~1 making ~2 noise|noises|sound|sounds", "stopped ~1 getting ~1 up", "down ~2 and ~1 not ~1 talking|moving|responding", "no ~1 hace ~1 ruido", "has|got ~1 her|him|me ~2 on ~2 the ~1 floor|ground", "#12-42 ~1 wks|weeks|semanas ~1 pregnant|embarazada", "cant|can't ~1 move ~2 my|her|his ~1 fingers|arm|hand|wrist|leg", "blood ~~4 pee|peeing|urine|orina|orinar", "stitches ~2 in ~2 my|her|his ~1 head",
	}
	// escapeAsked are a way out asked for, unseen.
	escapeAsked = []string{"take|get|sneak ~1 me ~1 out ~2 the|a ~1 back|side", "out ~1 the ~1 back ~1 door|way", "sacarme ~2 por ~2 atras|atrás|detras|detrás", "salida ~2 de ~1 atras|atrás"}
	// grabbedNow are the writer seized by the arm or the hair.
	grabbedNow = []string{"grabbed|grabbing|yanked ~2 my|her ~1 arm|wrist|hair|neck", "me ~1 agarro|agarró|jalo|jaló ~2 del|de ~2 brazo|pelo|la|el"}
	// dangerAddress are a street address given, for help to be sent
	// there.
	dangerAddress = []string{"#1-99999 ~2 st|rd|ave|street|road|lane|ln|blvd|ct|court|dr|drive|calle|avenida|apt|apartment|departamento|depto", "calle|avenida|av ~2 #1-99999",
		"apt|apartment|departamento|depto|unit ~1 #1-9999", "departamento|depto|apt|apartment ~1 #1-999 ~1 a|b|c|d|e|f"}
	// dangerNoise are the sounds of a beating heard from next door.
	dangerNoise = []string{"screaming|yelling|shouting|gritos|gritando|golpes|thud|thuds|banging|crashing", "roto|rompio|rompió|rompiendo ~1 todo"}

	// leaveTaking are the words of one taking leave of life: a goodbye
	// told as such, the blame lifted, affairs and letters done for
	// after, a mind made up, a date to end it.
	leaveTaking = []string{
		// fresh392: "She'll be the one you call after tonight", "a burden on
		// my daughter long enough".
		"the ~1 one ~2 you|u ~1 call ~~3 after", "burden ~~4 long ~1 enough", "im|i'm ~1 just ~1 done",
		// fresh441, fresh443: "I just wanted one person to read this
		// before"; "the jaw pain isn't worth it anymore".
		"wanted ~2 one ~1 person|someone|somebody ~~3 to ~1 read|know|see", "isnt|isn't|not ~1 worth ~1 it ~1 anymore",
		// fresh426: "the full bottle of lorazepam is by the bed for when I
		// decide".
		"for ~1 when ~1 i ~1 decide", "para ~1 cuando ~1 me ~1 decida|decida",
		// fresh431: "yo esta noche manejo hasta el puente y ya no regreso".
		"ya ~1 no ~1 regreso|vuelvo",
		// fresh396: "She'll be the one you need to call tomorrow, not me",
		// "Ya lo tengo todo planeado".
		"be ~1 the ~1 one ~2 you|u ~1 need|have ~2 to ~1 call", "tengo ~2 todo ~1 planeado|planeada", "todo ~1 planeado ~1 ya",
		// fresh406: "I'll be with Maureen again by the weekend", "Goodbye and
		// thank you all".
		"ill|i'll|i ~2 be ~1 with ~2 again", "goodbye ~~3 thank|thanks ~2 you ~1 all",
		// fresh418: "After that Jenny gets the life insurance, policy's past
		// 2 yrs so it pays either way".
		"pays ~2 either ~1 way", "life ~1 insurance ~~10 either ~1 way", "life ~1 insurance ~~10 past ~1 #2-3 ~1 yrs|years",
		"this ~1 is ~2 goodbye", "how ~1 easy ~2 it ~1 would ~1 be", "im|i'm ~1 sorry ~~3 i ~1 love ~1 you|u",
		"left ~3 a|each ~3 letter|note|letters|notes|carta|cartas|nota", "instructions ~2 for ~1 feeding|caring|taking",
		"esta ~1 vez ~~2 si|sí ~2 lo ~1 va|voy ~1 a ~1 hacer", "this ~1 time ~~3 gonna|going ~2 do ~1 it", "said ~1 goodbye ~2 to ~1 everyone", "despedi|despedí ~2 de ~1 todos",
		"dont|don't ~1 blame ~1 yourself|urself|yourselves", "none ~2 of ~1 this ~1 is ~1 your ~1 fault", "not ~1 your ~1 fault",
		"no ~2 culpa", "for ~0 after", "cuando ~2 ya ~1 no ~1 este|esté", "no ~1 voy ~1 a ~1 estar ~1 aqui|aquí|mas|más|vivo|viva",
		"made ~1 up ~1 my ~1 mind", "ya ~1 lo ~1 decidi|decidí", "own ~1 terms",
		"tonight ~1 it ~1 ends|stops", "decided ~1 it ~1 ends", "finally ~2 rest|descansar", "wrote|written|escribi|escribí ~2 the|my|their|his|her|las|mis|sus ~1 letters|cartas",
		"letters|cartas ~~3 written|escritas|ready|listas", "dont|don't ~1 come ~1 looking", "busquen|busques",
		"everything ~3 in ~1 order", "todo ~1 arreglado", "so ~2 my ~1 kids ~2 dont|don't ~1 get ~1 stuck", "hijos ~2 no ~1 tengan|tenga",
		"off ~2 the ~1 schedule ~~3 permanently", "dont|don't ~1 bother ~1 calling", "of ~1 sound ~1 mind",
		"wont|won't ~1 be ~1 a ~1 problem|burden", "no ~2 voy ~2 a ~1 ser ~2 un ~1 problema|carga", "by ~1 the ~1 time ~2 you|u ~1 see|read ~1 this",
		"last ~1 sunset", "thank ~2 you ~~4 for ~1 trying", "went ~1 offline", "keep|keeps ~1 picking ~2 it|them ~1 up",
		"enough ~~4 to ~1 finish|end", "suficientes ~~4 cuando ~2 me ~1 decida", "putting ~1 up ~1 with ~1 me", "no ~1 need ~1 to ~1 call ~1 back",
		"be ~1 with ~1 her|him ~1 soon", "wouldnt|wouldn't ~1 need ~1 them", "where ~1 she's|he's|shes|hes|im|i'm ~1 going",
		"better ~1 off ~~4 without|raising", "not ~1 to ~1 blame ~1 herself|himself|yourself", "one ~1 last ~1 time", "una ~1 ultima|última ~1 vez",
		"perdoname|perdóname", "forgive ~1 me", "plan|plans|planning|planea ~~4 jump|saltar|tirarse|aventarse", "plan ~2 to ~1 use ~1 it",
		"picked ~2 a|the ~1 date", "ya ~1 da ~1 igual", "no ~2 le|lo ~2 he ~1 dicho", "havent|haven't ~1 told ~1 anyone", "cant|can't ~1 do ~1 this ~1 anymore",
		"nobody ~2 would ~2 notice", "taking|take ~1 them ~1 all", "gonna|going ~2 use ~1 it", "la|lo ~1 va ~1 a ~1 usar",
		"before ~2 it ~1 kills", "written ~2 her|him|them ~2 the|a ~1 letter", "note ~2 to ~1 my ~1 wife|husband|kids|children|family",
		"deudas ~2 a ~1 nadie", "no ~2 voy ~2 a ~1 necesitar", "deje|dejé ~1 todo ~1 listo", "se ~1 mata|mataria|mataría",
		// probe273-probe274: men who say it flatly, and Spanish from
		// Madrid to Bayamón.
		"im|i'm|ill|i'll|hes|he's|shes|she's|hell|he'll|shell|she'll ~~4 handling|handle ~1 it", "posted ~2 a ~1 goodbye", "sorry ~2 for ~1 everything", "not ~1 driving ~1 anymore", "if ~1 im|i'm ~1 gone",
		"life ~1 insurance ~~4 pays|payout|cover|gone", "call ~2 my ~1 wife|husband|mom|mother ~1 after", "dont|don't ~1 send ~1 anybody|anyone",
		"made ~1 my ~1 decision", "check ~2 on ~2 the|my ~1 dog|cat|horses", "join ~1 them|him|her ~1 tonight|soon", "not ~1 stopping ~1 this ~1 time",
		"before ~1 i ~1 go ~1 tonight", "diganle|díganle ~~4 que ~2 los|las|la|lo ~1 quiero", "dejo|dejó ~2 una ~1 nota|carta", "me ~1 aviento|tiro",
		"ya ~1 no ~1 aguanto", "no ~1 aguanto ~1 mas|más|ma", "no ~1 se|sé ~1 si ~1 llego", "no ~1 manden ~2 a ~1 nadie", "se ~1 va ~1 a ~1 cortar|matar|tirar|aventar",
		"se ~1 iba ~1 a ~1 matar|cortar|tirar", "despidiendose|despidiéndose", "cuidemos|cuiden|cuida ~2 del|al|a ~1 perro|gato", "tome|tomé ~2 la ~1 decision|decisión",
		"acabar ~2 con ~1 esto|todo", "he ~1 buscado ~1 como|cómo", "hacer ~2 una ~1 locura", "regale|regalé ~2 mis ~1 cosas", "ya ~1 no ~1 voy ~1 a ~1 estar",
		"agradezco ~2 todo", "me ~1 voy ~1 a ~1 tira|tirar|aventar|lanzar", "no ~1 quiero ~1 ser ~1 carga", "despedi|despedí ~2 de ~1 mis",
		// probe272: older people, and those who care for them.
		"just ~1 be ~1 done", "be ~1 a ~1 burden", "i ~1 have ~1 decided", "not ~1 anyone's|anyones|anybody's ~1 fault",
		// probe277: a third writer's crises told between the lines.
		"thats|that's ~1 the ~1 day|plan", "nobody ~2 has ~1 to ~1 bother", "no ~2 les ~1 voy ~1 a ~1 dar ~2 molestias", "after ~1 im|i'm ~1 gone",
		"sooner ~1 than ~2 think", "before ~1 tonight", "se ~1 acaba ~1 todo", "se ~1 despidio|despidió ~2 de ~1 todos", "its|it's ~1 for ~1 me",
		"fatal|lethal|mortal ~~4 for|someone|para", "texting|texted ~1 goodbye", "made ~2 his|her|my ~1 peace", "hizo ~2 las ~1 paces", "nada ~1 tiene ~1 sentido",
		"make ~1 it ~1 that ~1 far", "after ~1 tonight", "done ~1 fighting", "im|i'm ~1 giving ~1 up", "be ~1 with ~2 tonight", "lo ~1 va ~1 a ~1 hacer",
		"wont|won't ~1 be ~1 able ~~3 after", "at ~1 peace ~~3 with ~1 it",
		// probe279: a fifth writer's mix.
		"dont|don't ~1 think ~1 i ~1 can ~1 do ~1 tomorrow", "cant|can't ~1 do ~1 tomorrow", "sorry ~2 about ~1 the ~1 mess", "put ~2 it ~2 in ~1 my ~1 mouth",
		"wont|won't ~2 be ~1 needing",
		"not ~1 sure ~1 why ~2 im|i'm ~1 writing|messaging|typing|texting", "idk ~1 why ~2 im|i'm ~1 messaging|writing", "no ~1 le ~1 veo ~1 caso",
		// probe282-probe285: the sixteenth session's writers.
		"figured ~1 out ~2 how ~1 to ~1 make ~1 it ~1 quiet|stop|end", "who ~1 gets ~1 what", "please ~1 dont|don't ~1 be ~1 sad", "thinking ~2 about ~1 using ~1 it", "tired ~1 of ~1 everything",
		"sleep ~1 for ~1 a ~1 long ~1 time", "dont|don't ~1 know ~1 why ~1 i ~1 am", "dont|don't ~1 know ~1 why ~1 im|i'm", "this ~1 is ~1 on ~1 you", "perdonenme|perdónenme|perdoneme|perdóneme", "deje|dejé ~3 una ~1 carta|nota",
		// probe286: the sixteenth session's writer.
		"last ~1 time ~2 youll|you'll|you ~2 hear ~1 from ~1 me", "not ~1 to ~1 follow ~1 him|her|me", "dont|don't ~1 follow ~1 me", "por ~1 fin ~~2 descanso|descansar|descansare|descansaré",
		"funeral ~1 beers|money|fund", "farewell ~1 email|message|post|note|text", "doing ~1 it ~1 tonight", "tell ~2 mom|mum|dad|mama|papa ~2 i ~1 love ~1 her|him|them", "quiere|quiero ~1 desaparecer",
		"apologizing|apologized|apologising ~2 to ~1 everyone|everybody|all", "who ~1 should ~1 raise ~2 her|his|my|the ~1 kids|children|boys|girls",
		// probe291: a person at risk in their own everyday voice.
		"not ~1 stepping ~1 back", "pienso ~1 meterme|aventarme|tirarme", "obituary|obituario|esquela", "like ~1 it ~1 to ~1 be ~1 quick", "were|was|been ~1 kind ~2 to ~1 me",
		"le ~1 dije ~2 que ~1 ya ~1 voy", "go ~1 without ~1 telling", "not ~1 asking ~1 for ~1 anything|help", "ones ~1 who ~1 find ~1 me", "find ~1 my ~1 body",
		"no ~1 le ~1 digan ~2 a ~1 nadie", "put ~2 my ~1 kids|family ~1 through ~1 it", "for ~1 looking ~1 after ~1 me", "hoy ~1 es ~1 el ~1 dia|día",
		"let ~~3 go ~1 by", "typing ~~3 deleting", "perdon|perdón ~2 por ~1 escribir", "want ~1 to ~1 be ~1 stopped", "no ~1 se|sé ~1 por ~1 que|qué ~2 le ~1 escribo", "other ~1 way ~1 out",
		// probe295: chronic illness, disability and a new diagnosis.
		"se ~1 va ~1 a ~1 ir ~1 tranquilo|tranquila", "dont|don't ~1 want ~1 to ~1 go ~1 home", "being ~1 a ~1 burden", "que ~1 la|lo|los ~1 quiero ~1 mucho", "before ~1 i ~1 take ~1 them",
		"calling ~1 everyone ~~4 goodbye", "dont|don't ~1 be ~1 sad", "someone ~1 finds ~1 me", "cant|can't ~1 do ~2 the ~1 pain ~1 anymore", "dont|don't ~1 call ~1 my ~1 mom|wife|family|husband",
		"let ~1 it ~1 happen", "thats|that's ~1 it ~1 then", "night ~1 is ~1 it", "sorry ~2 to ~1 whoever", "so ~1 nobody ~1 can ~1 cancel|stop", "done ~1 being",
		// probe298-probe300: the sixteenth session's last writers.
		"said ~2 he|she ~1 loves ~1 me|us|you", "finding ~1 me", "22 ~2 a ~1 day", "one ~1 of ~1 todays|today's", "cant|can't ~1 swim", "i ~1 know ~1 the ~1 numbers", "thanks ~~5 for ~1 trying",
		"call ~1 the ~1 sheriff|police ~~3 not ~1 my", "thanks ~2 for ~1 the ~1 years", "se ~1 despidio|despidió ~2 de ~1 los|sus ~1 niños|hijos", "el ~1 mar ~2 se ~1 lo|la|me ~1 lleve", "had ~1 enough", "only ~1 way ~1 out",
		// probe302: a third writer's crises in their own voice.
		"wanted|want ~1 somebody|someone ~1 to ~1 know", "when ~1 this ~1 sends", "doing ~1 it ~1 when", "before ~1 the ~1 morning", "somebody|someone ~1 should ~1 know", "not ~1 coming ~1 back ~2 for",
		"para ~1 despedirme", "perdon|perdón ~2 a ~1 todos", "ni ~1 a ~1 ningun|ningún ~1 lado", "wont|won't ~1 be ~1 at ~1 this ~1 address", "where ~1 to ~1 find ~1 the|me", "talked ~1 down",
		"no ~1 voy ~1 a ~1 regresar|volver", "no ~1 me ~1 llamen", "going ~1 tonight", "not ~1 hypothetically", "its|it's ~1 planned ~2 for", "using ~1 it ~1 tonight", "dont|don't ~1 call ~2 the ~1 kids",
		"saying ~1 bye|goodbye", "night ~1 for ~1 it", "dont|don't ~1 think ~1 im|i'm ~1 coming ~1 back", "for ~1 the ~1 last ~1 time", "asking ~1 for ~1 me", "not ~1 sure ~1 why ~2 im|i'm ~1 telling",
		// probe305: a fourth writer's crises in their own voice.
		"saying|says|said ~~3 done ~1 with ~1 all ~2 of ~1 it", "hell|he'll|she'll|shell|ill|i'll ~1 do ~1 it ~1 faster|sooner",
		"way ~1 out ~2 in ~2 the|my ~1 medicine|cabinet|drawer", "someone|somebody ~1 finds ~1 it ~1 before", "dont|don't ~1 want ~2 her|him|them|you ~1 blaming",
		// probe307: someone else's crisis told by a worried third party.
		"ready ~1 to ~1 go ~~3 be ~1 with ~2 her|him|mom|dad|god|jesus", "final ~1 arrangements", "sick|tired ~1 of ~1 living",
		"plan ~2 for ~1 how ~1 he|she|i|hed|he'd|id|i'd|shed|she'd ~~2 do ~1 it", "say ~1 goodbye ~1 properly",
		// probe316: crises of older people, told by them and those around them.
		"keep|keeps|kept ~1 thinking ~2 about ~1 stepping|jumping ~1 off",
		// fresh324: a twentieth-session writer's crises in their own
		// voice ("want her to know its not her fault", "i dont really know
		// why im telling you", "already decided so pls dont lecture me",
		// "just wanted to say bye to dr k", "not looking to be talked out
		// of anything … make sure someone feeds my cat").
		"not ~1 her|his|their|my ~1 fault", "already ~1 decided", "wont|won't ~1 be ~1 around ~2 to ~1 pay|see|deal|worry|care|sign", "wont|won't ~1 be ~1 around ~~3 after", "dont|don't ~1 lecture ~1 me", "not ~1 looking ~1 to ~1 be ~1 talked ~1 out",
		"dont|don't ~2 know ~1 why ~1 im|i'm ~1 telling|writing|texting", "say ~1 bye|goodbye ~1 to", "dont|don't ~1 need ~1 you|anyone|anybody ~1 calling|checking",
		"someone|somebody ~~2 feeds|feed ~2 my ~1 cat|dog|cats|dogs", "key|keys ~~3 under ~2 the ~1 mat", "pay|pays ~1 out ~~6 not ~1 an ~1 accident",
		"why ~1 i ~1 shouldnt|shouldn't", "easier ~~3 not ~1 be ~1 here|around|alive",
		// fresh332: crises seen by the family ("he knows other ways", "he's
		// ready to be done … enough 'to do it right this time'", "a long
		// goodbye message an hour ago", printouts on "peaceful methods").
		"knows|know|has ~1 other ~1 ways", "ready ~1 to ~1 be ~1 done", "do ~1 it ~1 right ~2 this ~1 time", "goodbye ~1 message|text|note|letter|video|post",
		"mensaje ~2 de ~1 despedida", "peaceful ~1 methods|ways|way", "metodos|métodos ~1 pacificos|pacíficos", "a ~1 quien|quién ~1 le ~1 deja",
		// fresh337: young people's crises in their own voice.
		"text|texting|say|saying ~~3 doctor|dr|nurse ~1 goodbye|bye", "make ~1 everything|it|this ~1 stop ~2 for ~1 good", "todays|today's ~1 the ~1 day", "done ~1 after ~1 tonight", "wont|won't ~1 need ~1 coverage|insurance|it|them ~~2 after", "wont|won't ~1 be ~1 reachable", "picked ~1 saturday|sunday|friday|monday|tuesday|wednesday|thursday",
		"tell ~~4 im|i'm|i ~1 am ~1 sorry", "tell ~~4 hes|he's|shes|she's ~1 sorry", "wrote ~1 notes|letters ~2 for|to", "already ~1 wrote|written ~2 notes|letters|the ~1 note",
		// fresh339: adults' crises inside errands ("this is the last msg
		// im sending anyone", "she'll be the one who finds me", "texted me
		// 'take care of the cats' and now she won't pick up").
		"last ~1 msg|message|text ~~3 sending|send|sent|to ~2 anyone|anybody|everyone|ever", "one ~1 who ~1 finds|find ~1 me",
		// fresh343: crises told by others ("describes where he'll do it
		// Saturday", "told me to remember he loved me", "you get the kids
		// forever now", "saying she doesn't want to be here").
		"where|how|when ~2 hell|he'll|shell|she'll|ill|i'll|hed|he'd ~1 do ~1 it", "remember ~2 he|she|i ~1 loved|love ~1 me|you|her|him|us",
		"kids ~1 forever", "doesnt|doesn't|dont|don't ~2 want ~1 to ~1 be ~1 here",
		"wanted|want ~2 to ~1 tell ~1 someone|somebody|anyone ~~2 before", "didnt|didn't|dont|don't ~1 want ~1 to ~1 be ~1 alone ~1 for ~1 it",
		// probe346: older people's own crises ("I see no point", "no sé ni
		// para qué le escribo", "me quiero ir con mi viejo").
		"see ~1 no ~1 point", "para ~1 que|qué ~2 le|les ~1 escribo", "me ~1 quiero ~1 ir ~2 con ~1 mi",
		"end ~1 it ~1 in ~1 style",
		// fresh350-fresh352: "I intend to take it tonight", "the baby would
		// be better off w my sister", "wrote her a letter already", "I
		// can't keep doing any of this".
		"intend|intending|mean ~2 to ~1 take ~1 it|them|all ~~3 tonight|today|tomorrow",
		// fresh355: "will take it this evening once my roommate leaves", "just
		// wanted to tell somebody", "is it ok if i go now", "i just need
		// someone to say its ok", "wasn't anyone else's fault", "no le
		// encuentro sentido a nada".
		"take ~1 it|them ~~3 this ~1 evening|morning", "take ~1 it|them ~~3 once|when ~2 my ~1 roommate|husband|wife|partner|family|kids ~~2 leaves|leave|gone|asleep",
		"just ~1 wanted ~1 to ~1 tell ~1 somebody|someone|anyone", "is ~1 it ~1 ok|okay|alright ~1 if ~1 i ~1 go ~1 now", "need ~1 someone|somebody ~1 to ~1 say ~2 its|it's|it ~1 ok|okay|alright",
		"wasnt|wasn't ~1 anyone|anybody ~1 elses|else's ~1 fault", "no ~2 encuentro ~1 sentido",
		// fresh355, fresh358, fresh360: "me tomaré las pastillas", "i wont
		// be there. or anywhere tbh", "que lo dejemos en paz pa siempre", "ya
		// decidí que hoy es el día".
		"me ~1 tomare|tomaré|voy ~~3 las|todas ~~2 pastillas", "or ~1 anywhere", "en ~1 paz ~2 pa|para ~1 siempre", "ya ~1 decidi|decidí",
		// fresh362: "esta vez va a ir más hondo", "said … not to call anyone",
		// "goodbye texts all night".
		"esta ~1 vez ~~3 mas|más ~1 hondo|profundo", "not ~1 to ~1 call ~1 anyone|anybody", "goodbye ~1 texts|messages|calls", "better ~1 off ~~2 w|with ~2 my|her|his ~1 sister|brother|mom|mother|dad|father|husband|wife|grandma|grandmother|parents|family", "better ~1 off ~1 gone|dead|muerto|muerta",
		"wrote ~2 her|him|them|my ~2 a|the ~1 letter|note", "cant|can't ~1 keep ~1 doing ~2 this|it|any",
		// fresh354, review24: "Tonight feels different. Don't send cops",
		// "can't make myself walk home", "look like an accident", "sorry to
		// Dr. Nguyen for wasting her time", "para que se acabe todo",
		// "pienso inyectármelas todas".
		"tonight ~1 feels|is ~1 different", "dont|don't ~1 send ~1 cops|police", "dont|don't ~1 send ~1 the ~1 police|cops", "cant|can't ~1 make ~1 myself ~1 walk|go|leave|move|get ~~2 home|back|down|away",
		"look|looks ~1 like ~1 an ~1 accident", "sorry ~~4 for ~1 wasting ~2 your|her|his ~1 time", "se ~1 acabe ~1 todo", "inyectarmelas|inyectármelas|tomarmelas|tomármelas ~1 todas",
	}
	// leaveTakingQuiet are words that take leave only beside a means
	// (probe309, probe312, probe313): "I'd rather go while my hands still
	// work" with "what I need to do it", "i said yes. i lied" on a roof.
	// With an hour alone they are ordinary: "I'd rather go while the kids
	// are at school tomorrow", "I finally picked one of the insurance
	// plans, does it start tomorrow?".
	leaveTakingQuiet = []string{
		"better ~1 off ~~4 insurance|money", "rather ~1 go ~1 while", "it ~1 was ~1 my ~1 choice", "hugged ~~4 goodbye", "finally ~1 picked|chose ~1 one",
		"dont|don't ~1 know ~1 why ~1 i ~1 write|text|message", "said ~0 yes|no ~~3 i ~0 lied", "alguien ~1 me ~1 detenga", "no ~1 se|sé ~1 por ~1 que|qué ~1 les ~1 escribo",
		"ya ~1 no ~1 sirve ~2 pa|para ~1 na|nada", "not ~1 for ~1 anything ~~2 just ~1 asking", "cant|can't ~1 stop ~1 thinking ~1 about ~1 it",
		// probe314: crises in the Spanish of many countries.
		"escribi|escribí ~2 la|una|mi ~1 nota|carta", "no ~1 quiero ~1 dejarle|dejarles|dejar ~1 deudas ~~3 hijos|familia",
		// probe315: emergencies inside errands.
		"hes|he's|shes|she's|im|i'm ~1 done ~1 with ~1 all ~2 of ~1 it",
		// probe316: crises of older people, told by them and those around
		// them: "I won't last that long. I've got the car keys and I've
		// picked the overpass", "the whole bottle in fact. It wasn't an
		// accident".
		"wont|won't ~1 last ~2 that|so ~1 long", "no ~1 voy ~1 a ~1 durar|aguantar ~2 tanto", "dont|don't ~1 think ~1 im|i'm ~1 coming ~1 home",
		"last ~1 item|thing ~2 on ~1 my ~1 list", "wasnt|wasn't ~1 an ~1 accident", "no ~1 fue ~1 un ~1 accidente", "do ~1 it ~1 properly ~2 once|when|after|tonight",
		"was|were ~1 always ~1 patient|kind|good ~2 with|to ~1 me", "doctor|dr|nurse ~~4 appreciated", "no ~1 les ~1 quede ~2 ninguna ~1 deuda",
		"sorry ~1 everyone|everybody", "gracias ~2 por ~1 aguantarme",
		// probe319: crises of the mind in the Spanish of many countries.
		"que ~1 hoy ~1 se ~1 las|los ~1 toma", "lo ~1 siente|siento ~1 mucho", "chau|chao|adios|adiós ~1 chicos|todos|amigos|gente", "chau|chao|adios|adiós ~1 a ~1 todos",
		// "I won't be around" alone is a trip ("I won't be around
		// tomorrow, can we move my appointment?"); "won't need any more
		// refills after this one" a course ended (fresh324).
		"wont|won't ~1 be ~1 around", "wont|won't ~2 need ~2 any ~1 more ~1 refills|appointments|meds|pills|visits|prescriptions",
		"doesnt|doesn't|nothing|dont|don't ~2 matter|matters ~1 anymore", "nada ~1 importa ~1 ya", "ya ~1 nada ~1 importa",
		// fresh350: "Might not matter though", "I'm done asking for help".
		"might|may ~1 not ~1 matter", "done ~1 asking ~2 for ~1 help",
		// fresh352: "i just need everything to be quiet".
		"need|want ~2 everything|it|things ~1 to ~1 be|go ~1 quiet|still|silent",
		// fresh355: "i dont need the refill anymore".
		"dont|don't ~1 need ~2 the|my|any ~1 refill|refills|meds|prescription ~1 anymore", "ya ~1 esta|está|estoy ~1 cansada|cansado",
		// fresh362: "she says shes 'done'", "he was crying and hung up", "just
		// looking at the view", "all getting warm and fuzzy".
		"says|said ~~3 shes|she's|hes|he's|im|i'm ~1 done", "crying ~~4 hung ~1 up", "just ~1 looking ~2 at ~2 the ~1 view", "warm ~1 and ~1 fuzzy",
		// fresh354, review24: "Tell Karen sorry", "looking down", "I don't
		// think I'll be at my appointment".
		"tell ~3 sorry", "looking ~1 down", "dont|don't ~1 think ~1 ill|i'll ~1 be ~~3 appointment|there|around|work",
		// fresh339: "I don't think I'm coming down", "wont matter tho",
		// "doesnt matter much", "going to step off when the next one
		// comes through", "Thank you all for everything".
		"dont|don't ~1 think ~1 im|i'm ~1 coming ~1 down", "wont|won't|doesnt|doesn't ~1 matter ~1 tho|though|much", "going|gonna ~2 step|jump ~1 off|in|down",
		"thank|thanks ~2 you|u ~1 all ~2 for ~1 everything",
		// fresh392: "Im on the bridge by the rail yard. cant really do the
		// appt tmrw sorry".
		"cant|can't|cannot ~2 do|make ~3 appt|appointment|it ~2 tomorrow|tmrw",
		// probe375: "me tomé las pastillas de mi mamá y estoy escribiendo la
		// carta" (read by the alarm alone until the model's retraining on
		// the twenty-fifth session's sets moved it under its threshold).
		"escribiendo|writing ~2 la|una|mi|the|my|a ~1 carta|nota|letter|note",
		// fresh396: "I'm on the roof of my building and can't really see a
		// reason to come back down".
		"reason ~~3 come|go ~1 back ~1 down|home",
		// fresh413: "estoy en la terraza del piso 14 mirando para abajo".
		"mirando ~2 para|hacia ~1 abajo", "esta ~1 noche ~~3 me ~1 despido", "tonight ~~3 i ~1 say ~1 goodbye",
		"lean|leaning ~~3 further|closer|farther|over", "me ~1 acerco ~~3 mas|más ~1 a ~1 la ~1 orilla",
		// fresh407: "says she wants to 'see him soon'" (a dead husband);
		// fresh406: "the 6:40 comes through soon".
		"see ~1 him|her|them ~1 soon", "comes|coming ~1 through ~1 soon",
	}
	// findsMe are who is to find the writer: "no quiero que sea mi hija la
	// que me encuentre".
	findsMe = []string{"que ~~3 me ~1 encuentre|encuentren", "be ~1 the ~1 one ~2 who|that|to ~1 finds|find ~1 me", "want ~~3 to ~1 find ~1 me",
		"when ~1 they|you|someone ~1 find|finds ~1 me"} // fresh406: "I'd prefer no resuscitation when they find me"
	// meansNear are a means of dying at hand or gone from its place.
	meansNear = []string{
		"gun|handgun|shotgun|rifle|pistola|escopeta|revolver|revólver ~~4 loaded|cargada|cargado|table|mesa|hand|mano|trunk|cajuela",
		"shotguns|guns ~2 already ~1 loaded",
		"pills|pastillas ~~3 in ~1 my ~1 hand", "pills|pastillas ~~3 en ~1 la ~1 mano", "pills|pastillas ~2 lined ~1 up", "pastillas ~2 listas",
		"soga|rope|cuerda ~~4 granero|barn|garage|ready|lista", "bridge|puente|roof|azotea ~~2 now|ahorita|rn",
		"klonopin|pills|pastillas|meds|medicines|pills ~~6 gone|missing|faltan", "bought ~2 a ~1 gun|handgun|rope|pistol",
		"compro|compró|compre|compré ~2 una ~1 pistola|soga", "top ~2 of ~2 the ~1 parking ~1 garage",
		"navaja|cuchilla|razor|blade ~~4 en ~1 la ~1 mano", "navaja|cuchilla|razor|blade ~~4 in ~1 hand", "top ~2 of ~~4 parking ~1 garage|structure|deck",
		"pic|photo|picture|foto ~~4 pill|pills|bottle|pastillas|frasco", "taken|took|taking ~2 everything ~~4 medicine ~1 cabinet",
		"walked|walking|went|headed|heading ~2 out ~~4 toward|towards ~2 the ~1 river|bridge|lake|tracks",
		"cleaned ~~3 pistol|gun|rifle|shotgun", "limpie|limpié ~~3 pistola|escopeta|arma", "rope|ropes|cuerda|soga ~2 already|ya",
		"compre|compré ~2 una ~1 cuerda", "helium", "saved|guardado|guardadas|guardando ~~4 tablets|pills|pastillas",
		"tablets|pills|pastillas ~2 guardadas|saved", "#2-9|three|tres ~1 bottles|frascos", "abro|abrir ~2 el ~1 gas",
		"cloruro ~2 de ~1 potasio", "potassium ~1 chloride", "access ~2 to ~1 what ~1 i ~1 need", "bag ~2 of ~1 pills",
		"pastillas ~2 de ~1 su|mi ~1 abuela|abuelo|mama|mamá|madre|papa|papá|padre", "have ~1 the ~1 knife", "tengo ~1 el ~1 cuchillo", "orilla ~2 de ~2 la ~1 azotea",
		"sitting|sentada|sentado|standing|parada|parado ~~3 roof|azotea|orilla|ledge|overpass|bridge|puente", "overpass",
		"picture|pic|photo|foto ~~4 pistol|gun|handgun|rifle|shotgun|pistola|arma", "got ~2 the ~1 pills ~1 out", "weapon|arma|guns|revolver|revólver|pistol ~~4 table|mesa|loaded|hand|mano",
		"have|got|tengo ~3 revolver|pistol|gun|rifle|shotgun|pistola", "shed|barn|garage|granero ~~4 pistol|gun|rifle|rope", "pistol|gun|rifle|rope ~~4 shed|barn|garage",
		"drove|drive|driving|went|walked ~~6 bridge|puente|overpass", "insulina|insulin ~~6 preparada|ready|lista", "tiene ~2 una ~1 cuchilla|navaja",
		"escopeta|pistola|rifle ~~6 coche|carro|camioneta|troca", "techo|azotea ~~3 edificio", "caja ~2 de ~1 pastillas", "veneno",
		"skipped|stopped ~~6 dialysis|sessions|insulin", "full ~1 bottle ~2 in ~1 hand", "caja ~1 completa", "pills|pastillas ~2 hidden|escondidas",
		"tiene ~2 la ~1 pistola", "#2-9|three|tres ~1 different|diferentes ~1 stores|tiendas|farmacias", "pill ~1 bottles",
		"deje|dejé|dejo ~2 la ~1 insulina|dialisis|diálisis", "counting ~2 them|pills", "wrists ~~4 bathtub|tub|bath|bañera|tina", "cleaning ~~3 pistol|gun|rifle", "45|38|357|9mm ~~4 table|front|hand|mesa",
		// probe282-probe285: the sixteenth session's writers.
		"pills|pastillas|tablets|meds ~~6 saved|stockpiled|hoarded|stashed|guardadas|juntando", "stockpiled|stockpiling|hoarding|stashed", "came|come|got ~1 home ~2 with ~~3 rope|gun|pills|pistol",
		"gun ~1 safe ~1 code|combination|combo", "insulin|insulina ~~6 injected|inyecto|inyectó", "paraquat|herbicide|pesticide|antifreeze|roundup", "standing ~2 with ~2 the ~1 lid|cap ~1 off",
		"se ~1 llevo|llevó ~2 la|el|una ~1 pistola|arma|escopeta|rifle", "took ~2 his|her|the|dads|dad's ~~2 gun|pistol|rifle|shotgun", "razor|blade|navaja|cuchilla ~~8 wrists|wrist|muñecas|muñeca",
		"injected|inyecto|inyectó ~~4 insulin|insulina", "revolver|revólver|pistol|gun|rifle|shotgun ~~4 cleaned|limpia|limpio|limpió",
		// probe286: the sixteenth session's writer.
		"golden ~1 gate ~1 bridge", "garden ~1 hose", "hose ~~6 tape|exhaust|tailpipe", "pistol|gun|handgun|rifle|shotgun ~~4 missing|gone", "took ~2 his|her ~~2 handgun",
		"how ~1 many ~1 units|pills|tablets ~~6 it ~1 takes", "how ~1 many ~1 units|pills|tablets ~~6 to ~1 die|kill", "how ~1 many ~~6 does ~1 it ~1 take", "#2-9|three|tres ~1 cajas|boxes", "cuchillo|navaja|pistola|soga ~1 listo|lista", "quarry|cliff|cliffs", "parked|sitting|standing ~~4 dam|reservoir|cliff|quarry",
		// probe292: young people's own voice.
		"pills|pastillas ~2 counted|contadas", "how ~1 many ~2 of ~1 my ~1 pills|meds", "googling|googled|searched|looked ~~4 how ~1 many|much",
		// probe291: a person at risk in their own everyday voice.
		"rifle|gun|shotgun|pistol|escopeta ~~3 lap|regazo", "rope|soga|cuerda ~~3 up|hung|tied|colgada|amarrada", "hose ~~6 tailpipe|exhaust|cab|window",
		"potassium|potasio ~~6 vials|ampules|ampollas", "vials|ampules|ampollas|ampolletas ~~6 home|work|hospital|bolsa|bag|casa", "using|use|inject|injecting ~1 all ~2 of ~1 them", "using|use|inject|injecting ~1 all ~2 of ~1 the ~1 pens|vials",
		"stones|rocks|piedras ~~4 pockets|bolsillos", "abri|abrí ~~3 llaves ~~3 estufa|gas", "all ~2 my ~~4 together ~~4 cup|bowl|vaso|jar", "measured|counted ~1 out",
		"outside ~~3 railing|rail", "del ~1 lado ~1 de ~1 afuera", "roof|azotea ~1 door|puerta ~~6 open|abierta|propped", "sitting|standing|sentado|sentada|parado|parada ~~3 platform|andén|anden|tracks|vías|vias",
		"stepping|step ~2 off ~~6 front ~2 of", "not ~1 clipping ~1 in", "meterme|aventarme|tirarme ~2 debajo ~~4 trailer|tráiler|camion|camión|tren", "anchor ~1 chain", "garage ~~4 door ~1 down|closed|shut ~~6 sitting|running|engine",
		"stop ~1 a|my ~1 heart", "finish|finishing ~1 off ~2 the|my ~~2 bottle|pills|seroquel", "picked|chosen|chose ~1 which|the ~1 bridge|building|overpass|spot",
		"wont|won't ~1 get ~1 reversed", "me ~1 las|los ~1 voy ~1 a ~1 poner|tomar|inyectar ~1 todas|todos",
		// probe295: chronic illness, disability and a new diagnosis.
		"im|i'm ~1 taking ~1 all ~2 of ~1 it|them", "taking|take ~2 the ~1 whole ~1 bottle", "help ~2 him|her|me ~1 take ~1 all",
		"morphine|morfina|dilaudid|oxycodone|oxy|fentanyl|methadone ~~8 left|sobro|sobró|leftover|nightstand|discharge", "liquid ~1 morphine", "more ~1 than ~1 enough",
		"how ~1 much ~1 air", "bolus ~~3 #60-500 ~1 units", "brakes ~1 off", "deep ~1 end", "chair|wheelchair ~~8 pier|traffic|highway|lake",
		"pier|traffic|highway ~~8 chair|wheelchair", "on ~1 ramp ~~8 chair|wheelchair", "all ~1 #10-200 ~1 of ~~4 vodka|whiskey|wine|beer|tequila|bottle", "level ~1 #3-20 ~2 of ~2 parking|garage", "lined ~1 up ~~4 counter|table|desk|bathroom", "counted ~1 it|them ~1 out",
		"caja ~~4 llena ~2 de ~1 pastillas", "todo ~1 lo ~1 que ~1 tiene|tengo ~1 guardado", "unplug ~~4 lvad|batteries|pump|oxygen|ventilator|vent", "took ~2 my ~1 oxygen ~1 off",
		"balcony ~~4 floor", "not ~1 taking ~2 my ~1 insulin", "putting ~1 all ~2 of ~1 it ~1 in", "vial ~2 of ~2 the ~1 concentrate", "walking ~1 into ~2 the ~1 water|ocean|sea|river|lake",
		"train ~1 tracks", "bottle ~2 in ~1 front ~2 of ~1 him|her|me", "rope ~~4 truck",
		// probe298-probe300: the sixteenth session's last writers.
		"morphine|fentanyl|fentanilo ~1 patches|parches", "the ~1 whole ~1 box", "walked|went ~1 into ~2 the ~1 ocean|sea|water|river|lake", "opened|turned ~~3 gas ~~4 stove|oven|on", "battery ~~4 smoke ~1 detector|alarm",
		"taking ~2 the ~~2 rifle|shotgun|gun|pistol ~~3 out ~2 to", "cut ~2 the ~1 brake ~1 lines", "limpie|limpié ~~3 rifle", "le ~1 puse ~2 las ~1 balas", "blasting ~1 caps", "dynamite|dinamita", "crane",
		"not ~1 coming ~1 down", "running ~2 the ~1 truck|car|engine ~~6 garage|shop", "bridge ~1 pillar|pier|abutment", "put ~1 it ~1 into ~2 the ~1 bridge|wall|tree|pillar", "arriba ~2 del ~1 edificio|techo|puente",
		// probe302: a third writer's crises in their own voice.
		"knife ~1 roll ~~4 seat", "counted ~1 them", "engine ~1 running ~~6 door|garage|bay", "car|truck ~~4 garage ~~4 running", "door ~1 down ~~6 engine ~1 running", "juntas|juntos ~~3 vaso|taza",
		"pills ~~4 in ~1 front ~2 of ~1 me", "pills|bottle ~~3 on ~2 the ~1 desk|table|counter|nightstand", "which ~1 tree", "bath|tub|bathtub ~~6 razor|blade|blades", "razor|blade|blades ~~6 bath|tub|bathtub",
		"me ~1 traje ~~4 plumas|ampollas|viales|jeringas", "sealed ~2 the ~1 door|doors|garage", "full ~2 of ~1 pills|pastillas", "sidearm ~~4 seat|lap|table", "service ~1 weapon|pistol ~~4 seat|lap|table",
		"compre|compré ~2 en ~2 la ~1 ferreteria|ferretería", "end ~2 of ~2 the ~1 pier|dock|jetty", "campanario|steeple", "bell ~1 tower", "suelo ~~4 muy ~1 lejos", "puente ~2 de ~2 la ~1 carretera|autopista",
		"on ~2 the ~1 roof ~2 of", "cord|belt|cable|cinturon|cinturón ~~3 up|hung|tied|colgado|colgada|amarrado", "have ~2 her|his|my ~1 morphine|oxycodone|fentanyl",
		// probe305: a fourth writer's crises in their own voice.
		"saved|saving|stockpiled ~1 up ~~4 enough ~2 of ~2 the|my|his|her", "slowing ~1 down ~2 on ~2 the ~1 bridge|overpass", "with ~2 his|her|my|a ~1 rifle|shotgun|handgun|pistol|gun ~~6 saying|says|said",
		"standing ~2 in ~1 front ~2 of ~2 it|the ~1 cabinet|medicine",
		// probe307: someone else's crisis told by a worried third party.
		"plans|planning|plan|wants ~2 to ~1 take ~2 her|his|my ~1 moms|mom's|dads|dad's|mothers|mother's|fathers|father's|grandma ~1 pills|meds|medication|medicine",
		"drive ~~2 into ~2 a|the ~1 tree|wall|pole|pillar|semi|bridge",
		// probe316: crises of older people, told by them and those around them.
		"been ~1 putting|setting|keeping|saving ~~3 tablets|pills|pastillas|meds ~1 aside", "plastic ~1 bag ~~6 belt|tape|cord|helium",
		"tina|bañera|banera ~~6 hojas|hoja|navaja|cuchilla|rastrillo", "hojas|hoja|navaja|cuchilla|rastrillo ~~6 tina|bañera|banera",
		// probe319: crises of the mind in the Spanish of many countries.
		"pastillas|pastilla ~~8 frijol|frijoles|gorgojo|fumigar|fosfuro|fosfamina|celphos",
		// fresh324: "already tied it and tested the beam", "stood at the
		// edge of the platform … going back at 5 when the express comes
		// through", "take the whole thing in one go".
		"tested ~2 the|a ~1 beam|rafter|branch|knot", "tied ~2 it|the|a ~~4 beam|rafter|branch|tested", "edge ~~3 platform|tracks|anden|andén",
		"when ~2 the ~1 express|train|freight ~1 comes|passes|goes", "take|taking ~2 the|it ~1 whole ~1 thing|supply|lot|bottle ~~2 in ~1 one|1 ~1 go|sitting|shot",
		// fresh328: a second writer's crises ("like 40 of my sertraline at
		// once", "I know exactly how much insulin it takes and I have it in
		// my bag", "saving my oxycodone", "practicing the knot on the closet
		// rod", "the razor blades are in the bathroom", "a hose from Home
		// Depot in the garage with the car", "which freight train doesn't
		// slow down at the crossing").
		"#20-300 ~2 of ~2 my|the|his|her ~1 " + overdoseDrugs, "how ~1 much|many ~~2 insulin|morphine|potassium|pills ~~3 it ~1 takes",
		"insulin|morphine|pills|oxy|oxycodone ~~4 in ~1 my ~1 bag|purse|car|pocket|locker", "saving|saved|stockpiling ~2 my|his|her|the ~1 " + overdoseDrugs,
		"practicing|practiced|practising ~2 the|a ~1 knot", "have|got ~~3 husbands|husband's|wifes|wife's|moms|mom's|dads|dad's|mothers|fathers ~1 morphine|oxycodone|fentanyl|pills|meds|gun|pistol", "closet ~1 rod", "razor ~1 blades|blade ~~4 bathroom|ready|out|bath|tub",
		"hose ~~8 garage|car|exhaust|tailpipe|muffler", "parked|sitting ~~4 quarry|cliff|cantera",
		"noose|nooses", "nudo ~1 corredizo", "nudo ~2 de ~1 horca", "how ~1 long ~~3 without ~1 air|breathing|oxygen", "cuanto|cuánto ~1 tiempo ~~3 sin ~1 aire",
		"foto|photo|picture|pic ~~4 vias|vías|tracks|bridge|puente|roof|azotea|cliff|overpass", "belt|cord|cable|rope|cinturon|cinturón ~~3 knotted|anudado|amarrado ~~4 rod|closet|beam|tubo",
		"#20-300 ~~3 pills|pastillas|tablets ~~4 from|de ~~3 bottles|frascos|different", "#20-300 ~1 days|dias|días ~2 of|de ~2 his|her|my|su|mi ~1 morphine|morfina|oxycodone|oxy|fentanyl",
		"cuatro|cinco|seis|siete|ocho|four|five|six|seven|eight ~1 bottles|frascos ~~3 full|llenos|guardados|saved|hidden|escondidos",
		"enough ~~2 saved|stockpiled|stashed|guardado|guardadas", "which ~1 freight|train", "train|freight ~~4 doesnt|doesn't|wont|won't ~1 slow", "train|freight|tracks ~~6 crossing", "how ~1 high ~2 it ~1 is",
		// fresh339: "saved up the last 3 months of it", "on the bridge on
		// route 9 rn", "the next one comes through" at a train platform,
		// "she has all her heart meds with her".
		"saved|saving|stockpiled ~1 up ~~3 #1-12|few|couple|last ~1 months|weeks ~2 of ~1 it|them|my|pills|meds", "on ~2 the ~1 bridge|roof|ledge|overpass ~~4 rn|now|ahorita",
		"train ~1 platform|station", "platform ~~8 next ~1 one|train", "next ~1 one|train|express ~1 comes|passes|goes",
		// fresh355: "standing by the tracks … the 11 40 comes through in
		// like ten minutes", "pills are in my hand", "I have saved up enough
		// quetiapine", "las pastillas que guardé de su tratamiento".
		"standing|sitting|waiting ~2 by|on|near|at ~2 the ~1 tracks|rails|vias|vías", "comes|passes|coming ~1 through|by ~~4 #1-60 ~1 min|mins|minutes|minutos",
		"pills|pastillas|meds ~2 are|r|estan|están ~2 in ~2 my|mi ~1 hand|hands|mano|manos", "pastillas|pills ~2 que ~1 junte|junté|escondi|escondí",
		// fresh358, fresh360, review25: "got the rope thing figured out in the
		// garage", "se encerró en el cuarto con un mecate", "tengo el bottle
		// de oxy de mi grandpa aquí conmigo", "sentá en la baranda con las
		// piernas pa fuera", "Everything's set up in the garage".
		"rope|noose|cord|mecate|soga ~1 thing ~~2 figured|sorted|ready|set", "encerro|encerró|locked ~~4 con|with ~2 un|una|a ~1 mecate|soga|cuerda|lazo|rope|cord",
		"bottle|frasco|bote ~~2 de|of ~~3 oxy|oxycodone|morphine|morfina|pastillas|pills ~~6 conmigo|aqui|aquí|here", "bottle|frasco|bote ~~2 de|of ~~3 oxy|oxycodone|morphine|morfina|pastillas|pills ~~6 with ~1 me",
		"sentada|sentá|sentado|sitting ~~4 baranda|barandal|railing|ledge|cornisa", "piernas|legs ~~2 pa|para|hacia ~1 fuera|afuera", "legs ~~2 over ~2 the ~1 edge|side|railing",
		"everythings|everything's|everything ~2 set ~1 up ~~3 garage|basement|barn|shed|closet",
		// fresh362: "she bought a gun last week", "called me from the train
		// tracks", "in the bath with 'the stuff'".
		"bought ~2 a ~1 gun|rifle|pistol|shotgun|handgun ~~3 week|recently|yesterday|days", "train ~1 tracks|rails", "in ~2 the ~1 bath|tub|bathtub ~~3 with ~2 the ~1 stuff",
		// review22: "posted a pic of her wrist on her story".
		"pic|photo|picture|foto|fotos|pics|photos ~~4 wrist|wrists|cuts|muñeca|muñecas|brazos|cortes", "me ~1 acabe|acabé|termine|terminé ~2 el|la ~1 frasco|caja|bote|botella",
		"not ~1 be ~1 taking ~2 the|my ~1 insulin|dialysis|meds", "stopped ~1 all ~2 the|my ~1 meds|medications|pills|medicines", "balcon|balcón|balcony ~~6 silla|chair", "piso ~1 #5-60",
		"deje|dejé ~1 de ~1 comer ~~3 tomar|beber ~1 agua",
		"parked|sitting|standing ~~4 river|bridge|lake|tracks|rio|río|puente", "holding ~2 a|the ~1 bottle|knife|gun|razor ~~3 saying|says|pills",
		// fresh350: "The rope is sorted", "I've got the blades in the tub
		// with me", "there's one chambered", "the cord is tied to the
		// closet rod, I just haven't stepped off yet", "I kept back the
		// morphine from Ellen's hospice supply".
		"rope|noose|cord|belt|cuerda|soga|cinturon|cinturón ~2 is|s|all|its|it's ~1 sorted|set|ready|up|tied", "blade|blades|razor|razors|cuchilla|navaja ~~4 tub|bath|bathtub|tina|bañera ~~2 with ~1 me|conmigo",
		"one|round|bullet|bala ~2 chambered", "ropes ~1 up|ready|tied|sorted|hung", // "Rope's up in the garage" (fresh354)
		// review24: "that'll be enough for what I'm planning", "put the car
		// into a wall", "varias plumas guardadas".
		"enough ~~3 for ~1 what ~2 im|i'm|i ~1 planning|plan|planned", "put|drive|crash|steer ~2 the|my ~1 car|truck ~1 into ~2 a|the ~1 wall|tree|pillar|bridge|pole",
		"plumas|pens ~2 guardadas|saved|stashed|hidden|escondidas", "meds|medication|medications|medicines|pills ~2 lined|laid ~1 up|out", "one|round|bullet|bala ~~2 in ~1 the ~1 chamber", "bala ~~2 en ~1 la ~1 recamara|recámara",
		"cord|cable|belt|rope|sheet|cinturon|cinturón|cuerda ~~3 tied|atada|atado|amarrada|amarrado ~~4 rod|closet|beam|rafter|tubo|viga|barra",
		"havent|haven't|not ~1 stepped|jumped|kicked ~1 off ~1 yet", "kept|held|set ~1 back ~2 the|his|her|my|some ~~2 morphine|oxycodone|oxy|fentanyl|pills|meds|dilaudid|hydromorphone",
		// fresh353: "I saved up enough insulin", "his shotgun is gone from the cabinet".
		"saved|stockpiled|stashed|saving ~1 up ~1 enough", "saved|stockpiled|stashed ~1 enough ~~2 insulin|pills|meds|morphine|pastillas|insulina",
		"shotgun|rifle|gun|pistol|revolver|escopeta|pistola ~2 is|s|was ~1 gone|missing", "shotgun|rifle|gun|pistol|escopeta|pistola ~~3 gone ~1 from ~2 the|his|her ~1 cabinet|safe|closet|case",
		"no ~2 esta|está ~~3 escopeta|pistola|rifle ~~2 armario|gabinete|closet",
		// fresh392: "got what I need from the hardware store", "my late
		// husband's heart tablets, all of them".
		"got|bought|have ~2 what ~1 i ~1 need|needed ~~4 hardware|ferreteria|ferretería", "tablets|pills|pastillas ~~3 all ~1 of ~1 them",
		"manejo|manejar|maneje|manejé|manejando ~~4 puente", // fresh431
		// fresh437: "I've been collecting my quetiapine for months. Counted
		// 60 tonight".
		"collecting|collected ~~3 my|his|her ~1 pills|tablets|meds|" + sedativeNames,
		// fresh406, fresh407: "the tablets and the note", "The tablets I
		// ordered online come today", "the full bottle of hospice morphine by
		// her bed", "it's not in the safe anymore".
		"tablets|pills|pastillas ~~3 and ~2 the ~1 note|letter", "tablets|pills|pastillas ~~4 ordered|bought ~~3 online|internet",
		"full ~1 bottle ~~4 morphine|morfina|oxycodone|oxy|pills|pastillas|lorazepam|ativan|xanax|klonopin|clonazepam|valium|diazepam|ambien|zolpidem", "not ~2 in ~2 the ~1 safe|cabinet|closet|drawer ~1 anymore",
		// fresh441, fresh443: "I have my brother's hunting rifle across my
		// lap"; "he knows where his pills are".
		"rifle|gun|shotgun|pistol|escopeta|pistola ~~3 across|on|in ~2 my|his|her ~1 lap",
	}
	// meansQuiet are means told in passing, a danger only beside words of
	// leave-taking (probe309, probe312, probe313): "the rifle's loaded in
	// the truck. tell doc thanks for trying w me", "how many of my lithium
	// would be too many. not for anything just asking". (Not "how many
	// Tylenol would be too many in a day? My appointment is tomorrow".)
	meansQuiet = []string{
		"rifles|guns|shotguns ~2 loaded|cargada|cargado", "1911|1911s|glock|glocks|pistol|pistols|revolver|handgun|gun ~2 loaded|cargada|cargado ~~4 nightstand|bed|table|drawer|lap|hand",
		// review24: "at the end of the pier and the water is really cold".
		"end ~2 of ~2 the ~1 pier|dock|jetty",
		"went ~~10 with ~2 a|the ~1 rope", "have ~~3 what ~1 i ~1 need ~1 to ~1 do ~1 it", "me ~1 traje ~~4 ampolletas|ampollas",
		"pidio|pidió ~~4 trajera ~2 la|el|su ~1 escopeta|pistola|arma|rifle", "googling|googled|searching|searched|researching ~1 ways",
		"key ~2 to ~2 the|his|her ~~2 safe|cabinet", "how ~1 many ~~4 would ~1 be ~1 too ~1 many", "roof ~~4 rn|now|ahorita",
		"gun ~1 safe ~1 key", "key ~~3 gun ~1 safe", // fresh426: "I know where Ray keeps the gun safe key"
		// probe314: crises in the Spanish of many countries.
		"llave ~~4 gun ~1 safe", "llave ~2 del|de ~2 la|el ~1 caja ~1 fuerte", "llave ~2 del ~1 armero", "ya ~1 compre|compré ~2 lo ~1 que ~1 necesitaba",
		// probe315: emergencies inside errands.
		"gun|rifle|shotgun|pistol ~~4 in ~2 the|his|her|my ~1 truck|car|glovebox|glove",
		// probe316: crises of older people, told by them and those around them.
		"im|i'm|hes|he's|shes|she's ~2 at ~2 the ~~2 bridge|overpass|viaduct", "im|i'm ~2 on ~2 the ~1 bridge|overpass|ledge|roof", "im|i'm ~2 on ~2 the ~3 bridge|overpass|viaduct", // ("I'm on the Route 9 bridge")
		"top ~1 level|floor|deck ~~4 parking|garage|structure", "up ~2 on ~2 the ~1 top ~1 level|floor|deck",
		"no ~1 pienso ~1 frenar", "no ~1 voy ~1 a ~1 frenar", "not ~1 going|gonna ~2 brake", "wont|won't ~1 brake|hit ~1 the ~1 brakes",
		"woods|bosque|monte ~~4 rifle|shotgun|gun|escopeta", "left|drove|went ~~3 with ~2 his|her ~~2 rifle|shotgun|gun|pistol", "se ~1 fue ~~3 con ~2 su ~~2 escopeta|pistola|rifle", "soga|cuerda|rope ~~4 atada|amarrada|tied ~~4 viga|techo|beam|rafter|ceiling",
		"esta|está|estoy ~2 en ~2 las ~1 vias|vías",
		// fresh324: "I need the full bottle by tonight".
		"need|want ~2 the ~1 full|whole|entire ~1 bottle",
		// fresh392: "Got grandpa's old thing down from the attic, it still
		// works".
		"attic|atico|ático|desvan|desván ~~8 still ~1 works|work|fires|funciona",
		// fresh406: "I've walked down to the tracks behind the estate".
		"walked|went|down|at|on ~~3 the ~1 tracks|vias|vías|railway",
		"terraza|balcon|balcón|azotea|techo ~~3 piso ~1 #5-99",
		// fresh437: "Counted 60 tonight … I'm just done" (only beside a
		// leave-taking: "I counted 20+ pauses tonight" is a baby's breath).
		"counted ~1 #20-500",
		// fresh421: "im on the train platform and every time one comes in i
		// lean a little further".
		"train|subway|metro ~1 platform", "en ~2 el ~1 anden|andén",
		// fresh413: "tengo las pastas de mi abuela contadas" (only beside a
		// leave-taking: pills counted for the week are a chore).
		"pastillas|pastas|pills|tablets ~~6 contadas|counted",
	}
	// affairsClosed are the leave-takings that, two together, close an
	// account: records "for after", everything in order, the letters
	// written, the blame lifted, the mind made up.
	affairsClosed = []string{
		"for ~0 after", "everything ~3 in ~1 order", "todo ~1 arreglado", "letters|cartas ~~3 written|escritas|ready|listas|drawer|cajon|cajón",
		"wrote|written|escribi|escribí ~2 the|my|their|his|her|las|mis|sus ~1 letters|cartas", "dont|don't ~1 blame ~1 yourself|urself", "not ~1 your ~1 fault",
		"no ~2 culpa", "wont|won't ~1 be ~1 around", "no ~1 voy ~1 a ~1 estar ~1 aqui|aquí|mas|más|vivo|viva", "made ~1 up ~1 my ~1 mind",
		"ya ~1 lo ~1 decidi|decidí", "this ~1 is ~2 goodbye", "enough ~~4 to ~1 finish|end", "putting ~1 up ~1 with ~1 me",
		"be ~1 with ~1 her|him ~1 soon", "gave ~2 the|my ~1 dog|cat|perro|gato ~2 to", "wouldnt|wouldn't ~1 need ~1 them", "where ~1 she's|he's|shes|hes ~1 going",
		"wont|won't ~2 be ~1 needing", "not ~1 to ~1 blame ~1 herself|himself|yourself", "no ~1 need ~1 to ~1 call ~1 back", "left ~2 the ~1 papers",
		"no ~2 voy ~2 a ~1 necesitar", "deudas ~2 a ~1 nadie", "gave ~2 me ~2 her|his ~1 ring|watch|wedding",
		"life ~1 insurance ~~4 pays|payout|gone", "papers ~~4 table|mesa", "ya ~1 no ~1 voy ~1 a ~1 estar", "agradezco ~2 todo", "busquen|busques",
		"perro|gato ~2 queda|se ~1 queda ~2 con", "deje|dejé ~1 todo ~1 listo",
		"my ~1 cat|dog|cats|dogs ~1 goes|go ~1 to", "wont|won't ~1 need ~~4 after ~1 all", "regale|regalé ~2 mis ~1 cosas", "hacer ~2 una ~1 locura",
		"gave ~2 his|my|her ~1 tools|guns|things ~1 away", "gave ~1 away ~2 his|my|her ~1 tools|guns|things",
		"taken ~1 care ~1 of ~1 everything", "at ~1 peace", "thank ~2 you ~~4 for ~1 trying", "kitchen ~1 table", "rent ~2 in ~1 advance", "renta ~2 por ~1 adelantado",
		"gave ~2 me ~2 her|his ~1 cat|dog|parrot|bird", "envelope|sobre ~~4 open|abrir", "dejo|dejó ~2 su ~1 perico|perro|gato", "escrituras", "papeles ~2 del ~1 seguro",
		"hizo ~2 las ~1 paces", "life ~1 insurance ~1 papers", "im|i'm ~1 giving ~1 up", "instructions ~2 for", "guardian", "for ~1 good", "made ~2 his|her|my ~1 peace",
		"pago|pagó ~2 lo ~2 que ~2 debia|debía", "se ~1 despidio|despidió ~2 de ~1 todos", "after ~1 im|i'm ~1 gone", "sooner ~1 than ~2 think",
		"make ~1 it ~1 that ~1 far", "thats|that's ~1 the ~1 plan|day", "before ~1 tonight", "just ~1 in ~1 case ~~3 love ~1 you|u",
		"youll|you'll ~1 need ~1 these|this|them ~~3 more ~1 than ~1 me", "left ~2 his|her|my ~1 keys|password|passwords", "deje|dejé ~2 cartas",
		"who ~1 gets ~2 my ~1 dog|cat", "if ~1 something ~1 happens ~2 to ~1 me", "how ~1 many ~~4 too ~1 many",
		// probe282-probe285: the sixteenth session's writers.
		"updated|signed|changed ~2 my ~1 will", "signed ~2 the ~1 house|car|truck|farm ~1 over", "regale|regalé ~2 mi|mis ~1 ropa|cosas|libros|muebles", "not ~1 sad ~1 anymore", "feel ~2 really|so|very ~1 calm|peaceful",
		"wont|won't ~1 need ~1 it|them", "wrote|written ~2 the|my ~1 notes", "door ~1 unlocked ~~4 whoever|so", "who ~1 gets ~1 what",
		// probe286: the sixteenth session's writer.
		"giving ~1 away ~2 her|his|my", "regalando ~2 sus|mis",
		// probe291: a person at risk in their own everyday voice.
		"regale|regalé ~2 mis ~1 herramientas", "pague|pagué ~2 lo ~2 que ~1 debia|debía", "por ~1 fin ~1 estoy ~1 tranquilo|tranquila", "paid ~1 off", "everything's|everythings ~1 sorted", "everything ~1 is ~1 sorted",
		"gave ~~3 to ~1 my|the ~1 neighbor|neighbour|vecina|vecino", "letter|statement|note ~2 for ~1 my ~1 wife|husband|kids|boys|girls|family|lawyer", "letter ~2 for ~1 each ~2 of ~1 the ~1 boys|kids|girls",
		"unlocked ~2 for ~1 her|him|them", "for ~1 looking ~1 after ~1 me", "life ~1 insurance ~~4 clause", "hoy ~1 es ~1 el ~1 dia|día",
		// probe295: chronic illness, disability and a new diagnosis.
		"repartio|repartió|reparti|repartí ~2 su|sus|mis|mi ~1 ropa|cosas|reloj|herramientas", "hizo ~2 el|su ~1 testamento", "my ~1 will ~~6 passwords|table", "wrote ~2 out ~2 a ~1 will", "gave ~2 his|her|my ~1 dog|cat ~1 away",
		// probe298-probe300: the sixteenth session's last writers.
		"will ~~3 gun ~1 safe", "left ~2 the ~1 shop|farm|house|business|ranch ~2 to ~1 my", "papers ~~3 desk|drawer", "perro|gato ~~4 con ~2 el ~1 vecino", "perro|gato ~~4 con ~2 la ~1 vecina", "insurance ~1 papers",
		"handed ~2 me ~2 his|her ~1 ring|wedding|watch", "cattle|herd ~2 are|is ~1 sold", "dogs|dog ~2 are|is ~2 at|with ~2 the ~1 neighbors|neighbor|neighbours", "dejo|dejó ~2 la ~1 cartera ~~4 celular",
		// probe302: a third writer's crises in their own voice.
		"wrote ~1 letters|notes ~2 to|for", "records|papers ~2 go ~1 to ~1 my ~1 wife|husband", "deje|dejé ~1 pagadas|pagado|pagada", "entierro", "will ~2 is ~1 notarized|signed", "has ~1 my ~1 passwords",
		"laid ~1 out ~2 the|my ~1 dress|uniform|suit", "wrote ~1 my ~1 kids", "where ~1 the ~1 insurance ~1 papers", "actas ~2 de ~1 nacimiento", "left ~2 my ~1 plants|cat|dog|fish ~~3 neighbor|neighbour|vecina|vecino",
		"escribi|escribí ~2 mi ~1 carta", "gave ~1 away ~2 my|her|his", "dog|cat ~2 is ~1 boarded", "two ~1 year ~1 clause", "past ~2 the ~~2 clause",
		// probe307: someone else's crisis told by a worried third party.
		"updated|signed|changed|rewrote ~2 her|his ~1 will", "last ~1 time ~2 youll|you'll|you ~2 see ~1 me", "thanks ~1 for ~1 trying", "im|i'm ~1 done ~1 for ~1 real",
		// probe312: the session's last writers.
		"deje|dejé ~1 todo ~1 organizado|arreglado|preparado ~~2 para ~2 mis|mi ~1 hijos|hijas|familia|hija|hijo|esposa|esposo", "carta ~~4 cajon|cajón|mesita",
		// probe316: crises of older people, told by them and those around them.
		"brought|gave|handed ~1 over|me|us ~2 his|her ~1 dog|cat ~~4 keys",
		// fresh324: "pay it all off today so nobody gets stuck with it.
		// closing out the bank stuff too", "donating my body to science …
		// I won't be here after that", "díganle … que me perdone".
		"pay|paying ~2 it|everything ~1 all ~1 off", "so ~1 nobody|noone ~2 gets ~1 stuck", "closing ~1 out|down ~~3 bank|account|accounts|cuenta|cuentas",
		"body ~2 to ~1 science", "wont|won't ~1 be ~1 here ~1 after ~1 that|then", "wrote|written ~2 the|a|my ~1 note", "que ~1 me ~1 perdone|perdonen",
		// fresh328: "I don't want my kids stuck with my bills", "rehomed my
		// cat, paid rent through next month so my landlord isn't stuck",
		// "take me off as emergency contact".
		"kids|family|wife|husband|landlord ~~2 stuck ~1 with", "isnt|isn't|not|wont|won't ~1 stuck", "rehomed ~2 my|the|her|his ~1 cat|dog|cats|dogs",
		// fresh337: "sold my guitar, deleted insta, gave all my hoodies to
		// my best friend", "she'll need them after … everything's ready".
		"gave ~~4 to ~2 my ~2 friend|bestie|sister|brother|bro|neighbor|neighbour", "deleted ~2 my ~1 insta|instagram|accounts|account|socials|tiktok|snap|snapchat",
		"sold ~2 my ~1 guitar|stuff|things|xbox|ps5|switch|bike|car", "feel|feeling|feels ~2 lighter", "shell|she'll|hell|he'll|theyll|they'll ~1 need ~1 them|it ~1 after",
		"everything's|everythings|everything ~1 is ~1 ready", "everything's|everythings ~1 ready",
		// fresh355: "so nobody sits waiting on me", "files are on the shared
		// drive for my advisor".
		"so ~1 nobody|noone ~2 sits|waits|is ~~2 waiting",
		// fresh358: "feeling weirdly calm for the first time in months",
		// "ur the only adult who ever listened".
		"feeling|feel|felt|seems|seemed ~2 weirdly|strangely|really|so|very ~1 calm|peaceful", "only ~1 adult|person|one ~2 who ~~2 listened|cared", "files|passwords ~2 are ~2 on|in ~2 the ~1 shared ~1 drive|folder", "deje|dejé ~3 una|la ~1 carta|nota",
		"paid ~1 rent ~~2 through|thru|ahead", "off ~2 as ~1 emergency ~1 contact", "written ~2 to ~1 the|my ~1 kids|children|family",
		// review22: "I mailed my sister the key to my apartment today", "he'll
		// need to take care of things after tonight. Everything is written
		// down on the kitchen table".
		"mailed|gave|sent|left ~~3 key|keys ~2 to ~2 my|the ~1 apartment|house|place|car", "take ~1 care ~1 of ~1 things ~1 after", "written ~1 down ~~4 table|desk|drawer",
		// fresh343: "giving her jewelry to the girls".
		"giving|gave|given ~2 her|his|my ~1 jewelry|jewellery|rings|watch|guitar|tools|things ~~3 to", "dont|don't ~1 send ~1 anyone|anybody",
		// probe349: "left my cat's info with my neighbor", "I'll be gone by the
		// weekend, I've taken care of the rest", "the life insurance after
		// tonight. The letter for her is in the drawer".
		"left ~~3 cat|cats|dog|dogs ~~4 neighbor|neighbour", "ill|i'll ~1 be ~1 gone ~~2 by|before", "taken ~1 care ~1 of ~1 the ~1 rest", "life ~1 insurance ~~3 after",
		"letter|note ~2 for ~1 her|him|them ~~4 drawer|table|desk",
		// fresh344: "so its finally the right time. notes are written".
		"notes|note|letters|letter|cartas|carta ~2 are|is|estan|están ~1 written|done|ready|escritas|listas", "finally ~2 the ~1 right ~1 time", "right ~1 time ~~2 finally",
		// fresh350, fresh353: "Kindly close my records properly", "send
		// everything to my brother Dan after this weekend", "wrote out
		// checks for all his bills for the next year", "ya estoy en paz. la
		// comida del gato está en el closet y el testamento en el escritorio".
		"close|closing ~2 my ~1 records|file|chart|account ~1 properly|permanently", "close|closing ~2 my ~1 records|file|chart|account ~1 for ~1 good", "send ~1 everything ~2 to ~2 my ~1 brother|sister|son|daughter|wife|husband|mom|dad ~~3 after",
		"wrote|written|writing ~1 out ~~3 checks|cheques ~~4 bills|year|months|rent", "ya ~1 estoy ~1 en ~1 paz", "estoy ~1 en ~1 paz ~1 ya",
		"testamento ~~4 escritorio|cajon|cajón|mesa|mesita",
		// fresh354: "Dog's going to my brother's and I left the truck keys on
		// the bench for him", "want things tidy for her after tonight".
		"dog|dogs|cat|cats|perro|gato ~2 going|goes|va ~1 to|con ~2 my|mi", "left ~2 the|my ~1 truck|car ~1 keys ~~4 for ~1 him|her|them",
		"things|everything ~1 tidy|sorted|neat ~~3 for ~1 her|him|them|after", "comida ~3 gato|perro|gata|perra ~~4 closet|clóset|armario|cocina|alacena",
		// fresh392: "i left a letter for my sister in the drawer", "cancel
		// all my future appts", "sorted the house papers", "ya dejé todo
		// preparado en el garaje".
		"left ~2 a|the ~1 letter|note|carta|nota ~~4 for|in|on|drawer|cajon|cajón", "cancel ~2 all ~2 my ~2 future|upcoming|remaining ~1 appts|appointments|visits",
		"sorted|organized ~~3 papers|paperwork", "deje|dejé ~1 todo ~1 preparado|preparada",
		// fresh406, fresh407: "I've got it all arranged", "put her wedding
		// ring in my hand", "Pagó todas sus deudas, me dio las llaves".
		"got|have ~2 it|everything ~1 all ~1 arranged|sorted|planned", "ring ~~4 in ~1 my ~1 hand", "pago|pagó ~2 todas ~2 sus|mis ~1 deudas", "dio ~2 las ~1 llaves ~~4 casa|carro|coche",
		// fresh396: "¿el seguro de vida paga si fue un accidente?", "Ya dejé
		// todo en orden", "The note for her is on the kitchen table".
		"seguro ~1 de ~1 vida ~~4 paga|pagaria|pagaría|cubre", "todo ~1 en ~1 orden",
		// fresh418: "fax my VA paperwork … for the honor guard … Letters are
		// already wrote".
		"honor ~1 guard", "letters|cartas|notes ~~3 wrote|written|escritas|done",
		"note|letter ~~4 for ~1 her|him|them ~~4 kitchen|table|drawer",
	}
	// endSoon are an hour set: tonight, this week, Friday.
	endSoon = []string{
		"tonight|tomorrow", "esta ~1 noche", "this ~1 weekend|week", "este ~1 fin", "esta ~1 semana", "fin ~1 de ~1 mes", "antes ~2 del|de|el ~1 finde|fin",
		"before ~1 friday|monday|sunday|saturday|tuesday|wednesday|thursday", "after ~1 friday|monday|sunday|saturday|tuesday|wednesday|thursday", "shift ~1 ends", "mañana|manana", "this|este ~1 friday|thursday|saturday|sunday|monday|viernes|jueves|sabado|sábado|domingo|lunes", "by ~1 friday|thursday|saturday|sunday|monday|tonight", "after ~1 school|practice|class", "after ~1 my ~1 shift",
		"despues|después ~2 de ~1 clase|escuela", "this ~1 afternoon", "havent|haven't|not ~2 picked|decided ~2 which ~1 night|day", "deciding|decide|pick|picking ~2 which ~1 night|day", // (the negation a term, not a denial)
		"hoy ~2 en ~1 la ~1 noche", "by ~1 midnight", "midnight|medianoche",
		// probe295: chronic illness, disability and a new diagnosis.
		"esa ~1 misma ~1 noche", "when ~1 i ~1 get ~1 home", "saturday|sunday|friday|monday ~1 morning|night",
		// fresh339: "once the kids are asleep", "he's going out there now".
		"once|after|when ~~3 kids|children|family|everyone|everybody|wife|husband ~~2 asleep|sleeping|bed", "this ~1 evening", "going|headed|heading|went ~2 out ~1 there ~1 now|rn",
	}
)
