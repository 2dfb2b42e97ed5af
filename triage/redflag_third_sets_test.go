package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// TestFindRedFlagsThirdSets holds crises of the mind the twelfth
// session's independent Spanish sets (probe193, probe197) found missing,
// in words other than those sets': a farewell that closes an account
// (thanks for trying, "no fue su culpa", letters for the family, "no me
// busquen"), a rope bought, "me voy para siempre" after "perdón por
// todo", a jump weighed on a bridge, a hanging in a shed, a gun at school,
// a fire promised with the petrol bought, goodbyes and a revolver gone,
// the dead calling with pills ready, bleach held to drink, burning that
// will not stop, pills by the strip or the handful, a threat said in
// Spanish order, a mother afraid of herself. And the look-alikes: a song's
// words quoted, a school topic or a video challenge, a joke sent to the
// wrong chat, a notebook from when she was twelve, the bill of a past ER
// visit, pregnancy weeks beside a dose in milligrams, a phone taken away
// that is no recovery.
func TestFindRedFlagsThirdSets(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"thanks for trying", "gracias por tratar, de verdad. no fue culpa suya lo que voy a hacer", "suicidal", triage.UrgencyEmergency},
		{"letters and no search", "les dejé cartas a mis hijos en la mesa. no me busquen", "suicidal", triage.UrgencyEmergency},
		{"rope bought, soon", "ya tengo la soga comprada y la escondí, será pronto", "suicidal", triage.UrgencyEmergency},
		{"leaving for good", "perdón por todo lo que les hice pasar. hoy me voy para siempre", "suicidal", triage.UrgencyEmergency},
		{"not till tomorrow", "no llego a mañana, gracias por intentarlo doctor", "suicidal", triage.UrgencyEmergency},
		{"jump weighed", "estoy en el puente del río y no sé si tirarme", "suicidal", triage.UrgencyEmergency},
		{"throws himself", "dice que esta noche se tira por el balcón del edificio", "suicidal", triage.UrgencyEmergency},
		{"railing", "mi abuelo está sentado en la barandilla de la terraza y no quiere bajar", "suicidal", triage.UrgencyEmergency},
		{"hanging in the shed", "mi tío dijo que se iba a colgar en el granero y no aparece", "suicidal", triage.UrgencyEmergency},
		{"gun to school", "mi sobrino dice que va a llevar la pistola de su papá al colegio y ya no está en el cajón", "violence", triage.UrgencyEmergency},
		{"kill them with machete", "dice que los va a matar a todos, anda con el machete afuera", "violence", triage.UrgencyEmergency},
		{"fire promised", "le dije que hoy le prendo fuego a su casa, ya tengo la gasolina", "violence", triage.UrgencyEmergency},
		{"goodbyes and revolver", "se despidió de todos en el grupo de la familia y se llevó el revólver", "suicidal", triage.UrgencyEmergency},
		{"dead calling, pills", "mi esposo que murió me llama para irme con él, ya tengo las pastillas", "suicidal", triage.UrgencyEmergency},
		{"bleach to drink", "mi tía tenía el cloro en la mano queriendo tomárselo", "poisoning", triage.UrgencyEmergency},
		{"burning won't stop", "me estoy quemando con un cigarro y no puedo parar", "self_harm", triage.UrgencyEmergency},
		{"cutting now", "me estoy cortando en el baño", "self_harm", triage.UrgencyEmergency},
		{"strips of pills", "me tomé 3 tiras de alprazolam hace un rato", "overdose", triage.UrgencyEmergency},
		{"handful", "mi amigo se tomó un puñado de rivotril y no contesta", "overdose", triage.UrgencyEmergency},
		{"all that were left", "me tomé todas las que me quedaban del frasco", "overdose", triage.UrgencyEmergency},
		{"taken, goodbye", "me escribió 'ya me los tomé, adiós' y apagó el teléfono", "overdose", triage.UrgencyEmergency},
		{"threatening to die", "mi primo está amenazando con ahorcarse en el patio", "suicidal", triage.UrgencyEmergency},
		{"crash on purpose", "dice que va a chocar el carro a propósito contra el muro", "suicidal", triage.UrgencyEmergency},
		{"threat, Spanish order", "mi exesposo me escribió que si voy a la policía me mata", "violence", triage.UrgencyEmergency},
		{"phone taken, locked in", "mi novio me tiene encerrada y me quitó las llaves", "violence", triage.UrgencyEmergency},
		{"afraid of herself", "tengo miedo de mí misma, estoy sola con la bebé", "suicidal", triage.UrgencyEmergency},
		{"what I might do", "I'm scared of what I might do tonight", "suicidal", triage.UrgencyEmergency},
		{"tonight it all ends", "ya publiqué mi despedida. esta noche se acaba todo", "suicidal", triage.UrgencyEmergency},

		{"song quoted", "mi hija canta todo el día una canción que dice 'me quiero morir sin ti', está feliz", "", triage.UrgencyRoutine},
		{"from a song", "mi estado dice 'quiero desaparecer', es de una canción, estoy bien", "", triage.UrgencyRoutine},
		{"school topic", "en la escuela vieron el tema del suicidio, ¿cómo le hablo de eso?", "", triage.UrgencyRoutine},
		{"video challenge", "dicen que hay un reto de ahogarse en internet, ¿cómo le explico el peligro?", "", triage.UrgencyRoutine},
		{"wrong chat", "jaja me quiero morir con esta tarea 😂 perdón, me equivoqué de chat", "", triage.UrgencyRoutine},
		{"wrong group", "jajaja me quiero morir, lo mandé al grupo equivocado 😂 ¿abren el lunes?", "", triage.UrgencyRoutine},
		{"when she was twelve", "cuando tenía 11 escribió en un diario que quería morirse; hoy tiene 17 y está muy bien", "", triage.UrgencyRoutine},
		{"bill of a past visit", "me cobraron la visita a urgencias de abril, cuando mi hija se tomó las pastillas", "", triage.UrgencyRoutine},
		{"pregnancy weeks and mg", "tengo 8 semanas de embarazada y tomo fluoxetina 100 mg, ¿la dejo?", "", triage.UrgencyRoutine},
		{"pain went away", "tuvo dolor de pecho el domingo pero ya se le quitó el dolor", "", triage.UrgencyUrgent},
		{"threat to her, not self", "mi papá me dijo 'te voy a matar' por las notas, pero así habla", "", triage.UrgencyRoutine},
		{"not leaving forever", "me voy para siempre a Colombia, gracias por todo doctora", "", triage.UrgencyRoutine},
		{"thanks and pet", "gracias por todo, me voy de viaje y el perro se queda con mi hermana", "", triage.UrgencyRoutine},
		{"haircut", "me estoy cortando el pelo yo misma, ¿puedo ir así a la cita?", "", triage.UrgencyRoutine},
	})
}

// TestFindRedFlagsStrokeFromItsParts holds strokes the twelfth session's
// third and fourth stroke sets (probe192, probe196) found missing, told
// in words other than theirs: a one-sided deficit with speech gone wrong,
// with a second one-sided deficit or with its onset; speech trouble with
// its onset; half the sight gone; a body leaning over, sleepy and
// mumbling; a spinning room with a fall to one side or hiccups; a
// headache out of nowhere. And the look-alikes: an arm lain on and back
// to normal, an old stroke's weakness unchanged for years, an MRI's old
// infarct asked about, a thinner taken "since his stroke", a low sugar
// treated and over, a pinched nerve's tingling for weeks (urgent), the
// worst hangover.
func TestFindRedFlagsStrokeFromItsParts(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"hand and words", "my left hand feels thick and useless and I can't find my words", "stroke", triage.UrgencyEmergency},
		{"two parts one side", "my right foot is dragging and the right side of my face feels droopy", "stroke", triage.UrgencyEmergency},
		{"one side with onset", "out of nowhere his left arm went weak, he's sitting on the couch", "stroke", triage.UrgencyEmergency},
		{"woke with it", "woke up with my right leg heavy and clumsy, it isn't going away", "stroke", triage.UrgencyEmergency},
		{"words with onset", "she keeps mixing up words, started about 15 minutes ago", "stroke", triage.UrgencyEmergency},
		{"names not said", "this afternoon he couldn't say our names, out of nowhere", "stroke", triage.UrgencyEmergency},
		{"half the page", "suddenly I only see half of every line when I read", "stroke", triage.UrgencyEmergency},
		{"half and hand", "no veo del lado derecho y tengo la mano derecha torpe", "stroke", triage.UrgencyEmergency},
		{"leaning and mumbling", "grandpa is leaning over to one side in his chair and mumbling", "stroke", triage.UrgencyEmergency},
		{"ladeando", "mi abuela se está ladeando en la silla y balbucea", "stroke", triage.UrgencyEmergency},
		{"spinning with hiccups", "the room is spinning, I fall to the right when I stand and I have hiccups that won't quit", "stroke", triage.UrgencyEmergency},
		{"numb arm and face, Spanish", "de repente se le durmió la cara y el brazo izquierdo", "stroke", triage.UrgencyEmergency},
		{"can't walk without", "the room started spinning an hour ago and I can't walk without falling to the left, I see double", "stroke", triage.UrgencyEmergency},
		{"asking because", "Asking now because about an hour ago my right side went numb and weak", "stroke", triage.UrgencyEmergency},
		{"headache out of nowhere", "a headache came on out of nowhere while lifting, he says it's the worst he's ever had", "worst_pain", triage.UrgencyEmergency},
		{"since lunch", "since lunch his right leg drags and he's slurring", "stroke", triage.UrgencyEmergency},
		{"a slept-on guess", "my left arm and leg went numb 20 minutes ago, probably slept on it wrong", "stroke", triage.UrgencyEmergency},

		{"lain on, Spanish", "me desperté con la mano derecha dormida, me quedé dormido encima, y a los 5 minutos ya estaba normal", "", triage.UrgencyRoutine},
		{"lain on, back to normal", "woke with my left arm numb, I'd been lying on it; shook it out and it was back to normal", "", triage.UrgencyRoutine},
		{"unchanged for years", "mom's right arm is weak from her stroke in 2019, same as always, no change. need the form signed", "", triage.UrgencyRoutine},
		{"old infarct asked", "my CT says an old small infarct. Did I have a stroke?? I feel fine", "", triage.UrgencyRoutine},
		{"means I had", "el informe dice isquemia crónica, ¿eso quiere decir que tuve un derrame?", "", triage.UrgencyRoutine},
		{"since his stroke", "mi papá toma warfarina desde su derrame y necesita la receta", "", triage.UrgencyUrgent}, // (a "derrame" may be a bleed: urgent, never 911)
		{"since my heart attack", "first 5k since my heart attack, feeling great!", "", triage.UrgencyRoutine},
		{"low sugar over", "her sugar was 45 and she was talking strange, juice brought it to 120 and she's completely herself", "", triage.UrgencyUrgent},
		{"pinched nerve weeks", "neck pain for 2 weeks with tingling in my fingers, chiropractor says pinched nerve", "", triage.UrgencyUrgent},
		{"hangover", "worst hangover of my life, head pounding, what can I take?", "", triage.UrgencyRoutine},
	})
}

// TestFindRedFlagsHeartFromItsParts holds what the twelfth session's sets
// of the heart and the breath in Spanish (probe194, probe198) found
// missing, in other words: a pain in the chest or the pit of the stomach
// with a sweat, a grey colour or a numb arm or jaw; nitro that does not
// take the pain away; a racing pulse after a faint or with a grey face; a
// faint with fast breathing; an oximeter's number read out. And the
// look-alikes: a visit already made for the sign on a day told (urgent,
// not 911), "nada de dolor en el pecho", "se ahoga en un vaso de agua".
func TestFindRedFlagsHeartFromItsParts(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"pit of the stomach and sweat", "a mi papá le duele la boca del estómago desde la cena y está sudando frío", "heart_attack", triage.UrgencyEmergency},
		{"weight and jaw", "siente un peso en el pecho y le duele la quijada", "heart_attack", triage.UrgencyEmergency},
		{"grey and arm", "se puso gris y dice que se le adormece el brazo izquierdo", "heart_attack", triage.UrgencyEmergency},
		{"pain going up", "the pain starts in his stomach and goes up to his chest, he's clammy", "heart_attack", triage.UrgencyEmergency},
		{"nitro no help", "took my nitro 10 minutes ago and it didn't help, the pressure is the same", "", triage.UrgencyEmergency},
		{"nitro second", "ya voy en la segunda nitroglicerina y el dolor sigue", "heart_attack", triage.UrgencyEmergency},
		{"faint then pulse", "se desmayó en la cocina y ahora tiene el pulso rapidísimo", "heart_rate", triage.UrgencyEmergency},
		{"racing and grey", "el corazón le late muy rápido y está gris", "heart_rate", triage.UrgencyEmergency},
		{"faint and fast breathing", "after the long flight she fainted and now she's breathing really fast", "breathing", triage.UrgencyEmergency},
		{"oximeter far", "el oxímetro de mi mamá de 70 años marca 86", "low_oxygen", triage.UrgencyEmergency},

		{"visit made", "I went to urgent care Monday for chest pain, need a note for work", "", triage.UrgencyUrgent},
		{"visit made, Spanish", "estuve en urgencias el domingo por la crisis de asma, ¿me dan una constancia?", "", triage.UrgencyRoutine},
		{"nada de dolor", "se me hinchó el tobillo al caminar, nada de dolor en el pecho ni falta de aire", "", triage.UrgencyRoutine},
		{"glass of water", "mi hija se ahoga en un vaso de agua con los exámenes, ¿psicólogo?", "", triage.UrgencyRoutine},
	})
}

// TestFindRedFlagsFifthSets holds what the fifth independent sets of
// strokes (probe199), crises in Spanish (probe200) and the heart in
// English and Spanish (probe201) found missing after the rules above,
// told in other words: a part that cannot be felt, moved or used; speech
// hard to understand; an onset by the clock or "since this morning";
// double sight with vomiting; a jump, a hanging or a train said plainly;
// "ya lo hice" with a goodbye; a farewell post beside pills; all planned
// and a goodbye; charcoal and tape; a poison under a pillow; a parent
// called by the dead, counting pills; a family to be taken to heaven; a
// weapon carried to a named victim, a knife chasing someone, bullets and
// a list; a blade cut to the fat; a loaded revolver; an upper-belly pain
// with a sweat and a shoulder ache; a known aneurysm with a tearing pain.
// And the look-alikes: a suicide in the news, a farewell letter as a grief
// task, "es broma" (not "no es broma"), a chest wall that hurts to press
// "now", a monitor for 30 days, an event with its month.
func TestFindRedFlagsFifthSets(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"can't feel a hand", "I can't feel my right hand since about 15 min ago and my speech is slurred", "stroke", triage.UrgencyEmergency},
		{"no mueve el brazo", "mi tío no mueve el brazo izquierdo desde esta mañana y no se le entiende lo que dice", "stroke", triage.UrgencyEmergency},
		{"by the clock", "noticed at 3:15 that her left leg won't work and she's talking funny", "stroke", triage.UrgencyEmergency},
		{"double and vomiting", "after the neck crack at the chiropractor I'm seeing double and throwing up", "stroke", triage.UrgencyEmergency},
		{"aventar", "me voy a aventar del puente ahorita", "suicidal", triage.UrgencyEmergency},
		{"hanging tried", "anoche me colgué con una cuerda y se rompió, me duele el cuello", "suicidal", triage.UrgencyEmergency},
		{"train", "está sentado en las vías y dice que va a esperar el tren", "suicidal", triage.UrgencyEmergency},
		{"ya lo hice", "me escribió 'ya lo hice, los quiero mucho' y ya no contesta", "suicidal", triage.UrgencyEmergency},
		{"another life", "puso en su estado 'nos vemos en otra vida' con una foto de pastillas", "suicidal", triage.UrgencyEmergency},
		{"all planned", "ya tengo todo planeado para el domingo, solo quería despedirme", "suicidal", triage.UrgencyEmergency},
		{"charcoal", "compré carbón y cinta para sellar la puerta del baño", "suicidal", triage.UrgencyEmergency},
		{"poison hidden", "encontramos raticida escondido en su cuarto y dice déjenme morir", "suicidal", triage.UrgencyEmergency},
		{"counting pills", "mi abuela quiere irse con su esposo que murió y la vi contando las pastillas", "suicidal", triage.UrgencyEmergency},
		{"to heaven", "está en la ventana con los niños diciendo que se van con Dios", "violence", triage.UrgencyEmergency},
		{"crash into a post", "dice que va a chocar contra un árbol con todos en el carro", "violence", triage.UrgencyEmergency},
		{"weapon to a victim", "mañana le parto la cabeza a mi cuñado, ya tengo el tubo", "violence", triage.UrgencyEmergency},
		{"knife chasing", "mi vecino anda persiguiendo a su hermano con un cuchillo", "", triage.UrgencyEmergency},
		{"bullets and a list", "found bullets in his backpack and a list of names, his dad's gun is gone", "violence", triage.UrgencyEmergency},
		{"blade to the fat", "me corté con una navaja y se ve la grasa", "self_harm", triage.UrgencyEmergency},
		{"loaded revolver", "he's drinking with the revolver loaded on the table", "suicidal", triage.UrgencyEmergency},
		{"upper belly and sweat", "upper stomach pain for an hour, I'm sweating a lot and my left shoulder aches", "heart_attack", triage.UrgencyEmergency},
		{"aneurysm", "he has an aneurysm they were watching and now a terrible pain in his back and he's pale", "", triage.UrgencyEmergency},
		{"no es broma", "me quiero morir y no es broma, estoy en la azotea", "suicidal", triage.UrgencyEmergency},

		{"in the news", "vi en las noticias lo del muchacho que se quitó la vida y me dejó mal, ¿puedo adelantar mi cita?", "", triage.UrgencyRoutine},
		{"story seen", "¿vieron lo de la señora que se tiró del puente? mi hija pregunta mucho", "", triage.UrgencyRoutine},
		{"grief task", "la terapeuta me pidió una carta de despedida para mi mamá que murió, como ejercicio de duelo", "", triage.UrgencyRoutine},
		{"es broma", "si pierde mi equipo me corto las venas 🤣 es broma, ¿me dan cita?", "", triage.UrgencyRoutine},
		{"chest wall now", "lifted boxes Sunday, now my chest hurts when I press on the rib, breathing fine", "", triage.UrgencyUrgent},
		{"monitor days", "¿el seguro paga el monitor de 30 días?", "", triage.UrgencyRoutine},
		{"event with its month", "necesito el formulario por el infarto cerebral de mi esposo en septiembre", "", triage.UrgencyRoutine},
	})
}

// TestFindRedFlagsPoisonings holds what the twelfth session's set of
// poisonings and overdoses (probe204) and its paediatric after-hours set
// (probe203) found missing, in other words: a child into one pill that
// kills, however fine; patches doubled with sleep and slow breath; a
// codeine syrup given to a baby; heart pills doubled with a faint coming;
// a bottle emptied "para no despertar"; a detergent pod chewed. And the
// look-alikes: poison control's advice to watch at home (urgent), "not
// really poisonous", pills counted all there, naloxone training, a
// visit "last weekend" for chest pain (urgent).
func TestFindRedFlagsPoisonings(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"one pill that kills", "my 2 year old swallowed one of grandpa's pills, it was glyburide, she seems totally fine", "overdose", triage.UrgencyEmergency},
		{"patches doubled", "mi papá se puso dos parches de fentanilo y está muy dormido", "overdose", triage.UrgencyEmergency},
		{"codeine to a baby", "le di jarabe con codeína a mi bebé de 5 meses por error", "overdose", triage.UrgencyEmergency},
		{"pausing breath", "está muy dormida y respira con pausas", "", triage.UrgencyEmergency},
		{"heart pills doubled", "tomó dos veces las pastillas del corazón y casi se desmaya al pararse", "", triage.UrgencyEmergency},
		{"not to wake", "dice que se tomó todo el frasco para no despertar", "suicidal", triage.UrgencyEmergency},
		{"pod chewed", "he was chewing a detergent pod and now he's coughing", "", triage.UrgencyEmergency},

		{"poison control home", "mi hijo se tomó por error varias pastillas de loratadina, ya hablé a toxicología y dijeron que lo vigilara en casa", "", triage.UrgencyUrgent},
		{"not really poisonous", "she licked a poinsettia leaf, it's not really poisonous right?", "", triage.UrgencyRoutine},
		{"pills counted", "pensé que se había tomado una, pero conté las del frasco y están completas", "", triage.UrgencyRoutine},
		{"naloxone training", "where can I take a naloxone training class?", "", triage.UrgencyRoutine},
		{"visit last weekend", "I went to the ER last weekend for chest pain, tests were fine, need a follow up", "", triage.UrgencyRoutine},
	})
}

// TestFindRedFlagsSixthSets holds what the sixth sets of strokes
// (probe205), crises in Spanish (probe206) and atypical heart attacks
// (probe207) found missing, in other words: a skill lost today (the clock
// unread, a name not written, one side ignored), a walk gone drunk without
// a drink, half of everything gone; a weapon or a rope at hand with affairs
// in order, belongings given away, a rope taken behind a locked door, a
// goodbye from a terrace, "no quería vivir" then a locked bathroom, a gun
// to work to get even, a beating heard now, petrol poured, moonshine and
// blindness, a towel soaked with blood, a manic driver with a child; a cold
// sweat with nausea, a jaw or shoulder pain that will not go, a watch's
// fast rhythm with a faint, a pacemaker and a near-faint, a known AAA with
// sudden pain. And the look-alikes: "if your face droops", a game's "I'm
// having a stroke", a stroke once suspected, something read on Facebook.
func TestFindRedFlagsSixthSets(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"clock unread", "since this afternoon dad can't read the clock, he was fine this morning", "stroke", triage.UrgencyEmergency},
		{"name not written", "at the pharmacy she couldn't write her name, about an hour ago", "stroke", triage.UrgencyEmergency},
		{"one side ignored", "she was fine at lunch and now she only ate the right half of her plate", "stroke", triage.UrgencyEmergency},
		{"drunk walk", "he's walking like he's drunk but hasn't had anything, since dinner", "stroke", triage.UrgencyEmergency},
		{"half of everything", "suddenly half of everything is gone on my left side", "stroke", triage.UrgencyEmergency},
		{"mano no sirve", "la mano derecha no le sirve desde que se levantó", "stroke", triage.UrgencyEmergency},
		{"weapon at hand", "ya dejé los papeles en orden y la pistola la tengo a mano", "suicidal", triage.UrgencyEmergency},
		{"things given away", "mi hijo regaló sus cosas y dejó una carta despidiéndose", "suicidal", triage.UrgencyEmergency},
		{"rope behind a door", "se encerró en la cochera con una soga y no abre", "suicidal", triage.UrgencyEmergency},
		{"terrace goodbye", "estoy en la azotea, díganle a mi hermana que la quiero", "suicidal", triage.UrgencyEmergency},
		{"locked bathroom", "me dijo que no quería vivir y ahora está encerrado en el baño", "suicidal", triage.UrgencyEmergency},
		{"gun to work", "dice que mañana va a traer la pistola para desquitarse con el jefe", "violence", triage.UrgencyEmergency},
		{"beating now", "se oyen gritos, el vecino le está pegando a su esposa", "violence", triage.UrgencyEmergency},
		{"petrol poured", "mi tío regó gasolina en la sala y dice que va a quemar todo", "violence", triage.UrgencyEmergency},
		{"moonshine", "tomó alcohol adulterado y ahora no ve nada", "poisoning", triage.UrgencyEmergency},
		{"towel soaked", "me corté y la toalla está empapada de sangre", "severe_bleeding", triage.UrgencyEmergency},
		{"cold sweat, nausea", "mi abuela está sudando frío y con náuseas, dice que es la gastritis", "heart_attack", triage.UrgencyEmergency},
		{"jaw won't go", "tengo dolor en la mandíbula desde hace una hora y no se me quita, con náuseas", "heart_attack", triage.UrgencyEmergency},
		{"watch fast", "el reloj marca ritmo de 160 y me desmayé", "heart_rate", triage.UrgencyEmergency},
		{"pacemaker near faint", "tengo marcapasos y casi me caigo dos veces", "heart_rate", triage.UrgencyEmergency},
		{"known AAA", "my AAA they were watching, now sudden terrible pain in my back", "", triage.UrgencyEmergency},

		{"if your face", "is it true if your face droops you should call 911? asking for a class", "", triage.UrgencyRoutine},
		{"game stroke", "my son screams he's having a stroke every time he loses a game lol", "", triage.UrgencyRoutine},
		{"stroke suspected then", "me cobraron la visita a urgencias de cuando creían que era un derrame", "", triage.UrgencyRoutine},
		{"read on facebook", "mi tía leyó en Facebook que el infarto da náuseas, ¿le dan cita para un chequeo?", "", triage.UrgencyRoutine},
	})
}
