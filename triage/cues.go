package triage

import "sync"

// intentCues are words and phrases that say an intent outright, in English
// and Spanish. Where a patient writes them, rules beat statistics learned
// from a few hundred examples, so each matched cue adds a fixed bonus to its
// intent's score (see cueBonus). Patterns use the language of pattern.go.
var intentCues = map[Intent][]string{
	IntentAppointmentBook: {
		"schedule|book|make|set|get ~3 appointment|visit|checkup|physical|consult*",
		"new patient|patients", "paciente nuevo",
		"agendar|agendo|agenda|sacar|hacer|programar|reservar|pedir|dar|darme ~3 cita|turno|consulta|chequeo",
		"need|want|like|necesito|quiero|quisiera ~3 appointment|cita|turno|consulta|visit",
		"opening*|availability|available|disponible*|espacio|slot*",
		"fit ~1 me|us ~1 in", "come|get ~1 in", "be|been|get|getting ~1 seen", "ver ~2 medico|doctor",
		"me ~1 pueden|puede ~1 ver|atender|revisar",
		"walk ~1 ins|in",
	},
	IntentAppointmentChange: {
		"reschedul*|reprogram*|reagend*|postpone*|posponer|rearrange",
		"move|moving|mover|adelantar|pasar|push|bump|swap|switch|change|cambiar|cambien|cambio ~4 appointment|cita|fecha|hora|turno|consulta|visit|time|date|day|it|la|mi",
		"instead|vez", "rebook|moved|movido|movida",
		"algo ~2 mas ~1 tarde|temprano", "anything|something ~1 later|earlier",
		"different|another|otro|otra|later|earlier|new|nueva ~2 time|day|date|fecha|dia|hora|horario|slot",
		"running|llegar ~1 late|tarde",
	},
	IntentAppointmentCancel: {
		"cancel*|anular|anulen|cancelo|cancela*",
		"take ~2 off ~2 schedule", "scratch", "dar ~1 de ~1 baja", "call ~1 off", "no ~1 longer ~1 need",
		"wont|cant|not ~3 make ~1 it",
		"no ~3 ir|asistir|asistire|podre",
		"dont|no ~2 need|necesito ~3 appointment|cita|anymore",
	},
	IntentAppointmentConfirm: {
		"confirm*",
		"yes|si|yep|ok|okay|claro ~4 there|ahi|coming|come|ire|voy|asistire|works|sirve",
		"see ~1 you", "nos vemos", "still ~1 on|good|happening|scheduled", "sigue ~1 en ~1 pie", "sigue ~1 confirmada|programada",
		"will|ill|estare|estaremos ~2 there|ahi",
		"still ~1 have ~2 appointment", "todavia ~1 tengo ~1 cita",
	},
	IntentPrescriptionRefill: {
		"refill*|renew*|resurt*|recarga*|renovar|renovacion",
		"receta*|prescription*|script",
		"pharmacy|farmacia|walgreens|cvs|rite",
		"running|run|ran|casi ~3 out|low|acab*|termin*",
		"supply|inhaler|inhalador",
	},
	IntentResults: {
		"result*|resultado*",
		"came|come|back ~1 back|yet",
		"blood ~1 work|test*", "x ~1 ray", "lab|analisis|estudios|biopsy|biopsia|mri|resonancia|radiografia|tomografia|ultrasound|ultrasonido|mammogram|mamografia|pathology|ecg|electrocardiograma|scan|levels|numbers",
		"what|que ~2 show|showed|salio|dicen|dijo|say|said|mean|significa",
	},
	IntentBilling: {
		"bill|bills|billing|factura*|cobr*|charge*|charged|cargo*|cobro",
		"pay|paid|payment*|pago*|pagar|pague|owe|debo|balance|saldo|statement|refund|reembolso|invoice|receipt|recibo",
		"cost*|costo|cuesta|price|precio|collections|cobranza|copay|copago|fee|discount|descuento|estimate|estimado|afford",
		"cuanto ~2 cuesta|sale|cobran|debo|cuestan",
		"how much ~2 owe|cost|is",
	},
	IntentInsurance: {
		"insurance*|aseguranza|insurer",
		"seguro ~3 cubre|nuevo|aceptan|rechazo|dice|necesita|plan",
		"mi|su|del|el ~1 seguro",
		"network|medicaid|medicare|tricare|aetna|cigna|humana|united|claim*|reclam*|authorization|autorizacion|preautoriz*|deductible|deducible|eob|coverage|covered|cubre|cover|covers", "blue ~1 cross", "prior ~1 auth*", "member ~1 id",
		"aceptan|accept|take ~2 seguro|insurance|plan|medicaid|medicare",
	},
	IntentRecords: {
		"record*|expediente|historial|chart|cartilla",
		"copy|copia|fax|transfer*|release",
		"proof ~2 vaccin*|covid",
		"vaccine|shot|immunization|vacuna* ~1 record*|history|historial|cartilla",
	},
	IntentReferral: {
		"referral*|referal|refer|referred|referencia*|referido|refier*|refieran|remitir",
		"pase ~3 especialista|al|para",
		"specialist|especialista", "second|segunda ~1 opinion",
		"order ~2 therapy|terapia", "orden ~2 terapia",
		"see|ver|mandar|send ~3 dermatolog*|cardiolog*|neurolog*|psychiatr*|psiquiatra|therapist|terapeuta|allergist|alergolog*|ent|otorrino|podiatrist|nutri*|ortho*|ginecolog*|obgyn|endocrin*",
	},
	IntentClinical: {
		symptomAny,
		"is ~1 it|this ~1 normal|safe|bad", "es ~1 normal", "should ~1 i ~1 worry|take|stop|be", "can|could ~1 i ~2 take|drink|give|exercise",
		"puedo ~2 tomar|dar", "side ~1 effect*", "efecto* ~1 secundario*",
		"contagious|contagioso", "how ~1 long ~2 last|lasts|does|will", "cuanto ~1 dura|duran|tiempo ~2 dura|contagi*", "symptom*|sintoma*", "hurts|duele|itch*|pica|swollen|hinchad*|tired|cansad*|sleep*|dormir",
		"vaccine|vacuna ~3 should|debe|get|ponga",
	},
	IntentAdmin: {
		"your|office|opening|clinic|business|weekend|saturday|sunday|what ~2 hours",
		"hours ~3 today|saturday|sunday|weekend|tomorrow|holiday|open|close|please",
		"elevator|elevador|entrance|entrada|building|edificio|ramp|rampa",
		"speaks|speak|habla|hablen ~2 spanish|vietnamese|chinese|espanol|ingles|english|language|idioma|chino|vietnamita",
		"horario*|open|abiert*|close|closed|cierran|cerrad*|address|direccion|park*|estacion*|located|location|sucursal|directions|interpreter*|interprete*|wheelchair|accessible|holiday*|festivo|navidad|bus|mask*|cubrebocas",
		"what|which|que|cual ~2 floor|piso",
		"fax|phone|telefono ~1 number|numero",
		"forms|formulario* ~3 new|nuevos|intake|patient*|paciente*",
		// Forms, letters and notes for work or school are admin in the
		// shared vocabulary, as independent writers label them (363 to 54
		// for records over the labelled sets).
		"paperwork|papeles|papeleo|fmla|disability|incapacidad|comprobante|constancia|justificante",
		"note|nota|letter|carta|form|forms|formulario* ~3 work|school|trabajo|escuela|sign*|firme|fill|llenan|complete*",
		"update|actualizar|change|cambiar ~3 address|phone|name|contact|direccion|telefono|apellido|contacto",
		"bring|llevar|arrive|llegar ~3 appointment|visit|cita|kids|hijos|early|antes",
		"front ~1 desk", "recepcion", "office ~1 manager",
	},
	IntentPortal: {
		"portal|mychart|app|aplicacion|password*|contrasena|login|log|sign|username|usuario|website|pagina|link|enlace|code|codigo|verification|verificacion|activation|activacion|crash*|session|sesion|notification*|notificaciones|locked|bloquead*|upload|subir",
		"error|invalid|credentials",
		"cant|no ~2 log|sign|entrar|acceder|access",
		"wont|doesnt|not|no ~2 load|carga|open|abre|working|funciona",
	},
	IntentFeedback: {
		"complaint|queja|rude|grosero*|amable|kind|excellent|excelente|best|awesome|great|wonderful|terrible|review|resena|recommend|recomiendo|stars|estrellas|manager|gerente|disappointed|decepcionad*|suggestion|sugerencia|experience|experiencia|servicio|service|staff|personal|frustrat*",
		"waited|wait|espere|espera ~4 hour*|hora*|minute*|minuto*",
		"ridiculous|ridiculo|unacceptable|inaceptable|rude|grosera",
		"nobody|nadie ~3 answers|contesta|calls|llama",
		"worst|peor ~2 service|servicio|experience|experiencia",
		"maximo|amazing|increible|lovely|superb",
	},
	IntentOther: {
		"wrong number", "numero equivocado", "weather|clima|restaurant|restaurante|music|musica|hiring|contratando|wifi|airport|aeropuerto|sales|vendo|gift",
		"who ~1 is ~1 this", "quien ~1 es", "who ~2 talking", "con ~1 quien ~1 hablo", "testing|probando",
		"favorite|favorito|favorita", "joke|chiste",
	},
}

// cueBonus is added, per matched cue (at most two per intent), to an
// intent's score before the softmax. Chosen by cross-validation on the
// training corpus.
const cueBonus = 24

type cueSet struct {
	pats    []pattern
	intent  []int
	ix      *patternIndex
	intents []Intent
}

var defaultCues = sync.OnceValue(func() *cueSet {
	cs := &cueSet{intents: Intents()}
	for i, in := range cs.intents {
		for _, src := range intentCues[in] {
			p, err := compilePattern(src)
			if err != nil {
				panic(err) // constant patterns; TestRulesCompile keeps them valid
			}
			// Long cue words also match with one typo ("reschdule",
			// "insurence"); short ones would collide ("cancel", "cancer").
			for j, t := range p.terms {
				for i, a := range t.alts {
					if a.kind == altExact && len(a.word) >= 8 {
						t.alts[i].kind = altFuzzy
					}
				}
				p.terms[j] = t.indexed()
			}
			cs.pats = append(cs.pats, p)
			cs.intent = append(cs.intent, i)
		}
	}
	cs.ix = newPatternIndex(cs.pats, false)
	return cs
})

// score adds the cue bonuses of toks to scores (indexed like Intents()) and
// counts the matched cues of each intent into n. hit is scratch space of
// len(cs.pats).
func (cs *cueSet) score(toks []token, scores []float64, n *[15]int, hit []bool, cands []int, buf []byte) ([]int, []byte) {
	clear(hit)
	sig := signature(toks)
	for i := range toks {
		cands, buf = cs.ix.candidates(cands[:0], toks[i].norm, buf)
		for _, c := range cands {
			pid, sure := cand(c)
			if hit[pid] || !cs.ix.pass(pid, &sig) || !cs.pats[pid].mayMatchIn(&sig) {
				continue
			}
			if _, ok := cs.pats[pid].matchAt(toks, i, sure); ok {
				hit[pid] = true
			}
		}
	}
	clear(n[:])
	for pid, h := range hit {
		if h && n[cs.intent[pid]] < maxCues(cs.intents[cs.intent[pid]]) {
			n[cs.intent[pid]]++
			scores[cs.intent[pid]] += cueBonus
		}
	}
	return cands, buf
}

// maxCues is how many cues of an intent count. Symptoms are everywhere in
// patients' messages, so clinical cues count once: a symptom next to a
// request to book or cancel leaves the statistics to weigh the two.
func maxCues(in Intent) int {
	if in == IntentClinical {
		return 1
	}
	return 2
}
