package triage

// An emergency sign already seen to ("the ER said it was reflux", "the
// seizure in March") is urgent when the message is about the sign, but
// routine when the message is an errand that only names it: a bill for the
// ambulance, a form for the DMV, the follow-up the emergency room asked
// for, an appointment cancelled because the patient is in hospital, thanks
// to the nurse who sent them to 911. Independent writers label those
// routine in every set (several hundred of them over the labelled corpus),
// and a nurse's queue is no place for them. Signs of the mind (a crisis,
// thoughts of dying, violence) and a pregnancy lost are never set aside
// this way (neverErrands): after them a clinician still reaches out.

// errandAsked reports whether the message asks for an errand: paperwork
// (paperworkAsked), or a visit, follow-up or referral, or thanks.
func errandAsked(toks []token) bool {
	return paperworkAsked(toks) || anyWordOf(toks, visitErrandWords) || thanksGiven(toks)
}

// errandOf reads, once per message and only when asked, whether the
// message is an errand (errandAsked).
type errandOf struct {
	toks     []token
	read, is bool
}

func (e *errandOf) asked() bool {
	if !e.read {
		e.is, e.read = errandAsked(e.toks), true
	}
	return e.is
}

// paperworkAsked reports whether the message is about a bill, insurance,
// records, a form or a cancelled appointment.
func paperworkAsked(toks []token) bool {
	return anyWordOf(toks, paperworkWords)
}

// thanksGiven reports whether the message thanks someone by name of the
// act ("I want to thank the nurse", "quiero agradecer"), not a closing
// "thanks" or "gracias a Dios".
func thanksGiven(toks []token) bool {
	for i, t := range toks {
		switch {
		case gratitudeWords[t.norm]:
			return true
		case (t.norm == "thank" || t.norm == "thanks") && i > 0 && (toks[i-1].norm == "to" || toks[i-1].norm == "say" || toks[i-1].norm == "special"):
			return true // "wanted to thank", "say thank you", "a special thanks"
		case t.norm == "gracias" && i > 0 && (toks[i-1].norm == "las" || toks[i-1].norm == "dar"):
			return true // "darle las gracias"
		}
	}
	return false
}

// anyWordOf reports whether any token of the message is in set.
func anyWordOf(toks []token, set map[string]bool) bool {
	return anyWord(toks, 0, len(toks)-1, set)
}

// neverErrands are the signs no errand sets aside: those of the mind, and
// a pregnancy lost, after which a clinician still reaches out.
var neverErrands = wordSet("suicidal self_harm tired_of_living mental_health psychosis postpartum_psychosis violence abuse sexual_assault strangulation welfare withdrawal overdose pregnancy_bleeding")

var (
	paperworkWords = wordSet(`bill bills billed billing invoice invoices copay copays collections refund reimbursement
		insurance insurer coverage covered claim records paperwork form forms clearance dmv jury
		cancel cancelling canceling cancelled canceled accessible wheelchair pamphlet
		factura facturas facturaron cobro cobros cobran cobrando cobraron cobrado aseguranza medicaid tricare
		reembolso expediente expedientes copia constancia reporte informe report summary resumen portal formulario formularios cancelar cancelo cancele cancela cancelamos`)
	visitErrandWords = wordSet(`appointment appointments appt appts book booking schedule checkup physical followup follow
		referral refer referred cita citas turno turnos chequeo seguimiento referido referencia volante`)
	gratitudeWords = wordSet("grateful thankful agradecer agradecerle agradecerles agradecida agradecido agradecidos")
)

// pastOrSeen is the verdict on a sign at s told as over: seen when it was
// also seen to ("tuve dolor de pecho, fui a urgencias y todo salió
// normal"), past otherwise ("had chest pain this morning, fine now").
func pastOrSeen(toks []token, s int) verdict {
	if visitedFor(toks, s) || seenAtCare(toks, s) {
		return seen
	}
	return past
}

// seenAtCare reports a sign taken to a place of care and found well there,
// and not back since s: "fui a urgencias y todo salió normal", "urgent
// care did an ECG, all normal".
func seenAtCare(toks []token, s int) bool {
	care, well := false, false
	for k, t := range toks {
		care = care || careSites[t.norm]
		well = well || foundWell[t.norm] ||
			k > 0 && (t.norm == "bien" || t.norm == "good" || t.norm == "fine") && (toks[k-1].norm == "todo" || toks[k-1].norm == "salio" || toks[k-1].norm == "all")
		if k > s && (stillWords[t.norm] || cameBack(toks, k)) {
			return false // "it's back", "sigue"
		}
	}
	return care && well
}

// afterIt reports a sign named as what something came after, just before
// it: "the follow-up after my heart attack", "el inhalador que me
// recetaron en urgencias después de la crisis de asma", "después de mi
// hospitalización por el ataque al corazón".
func afterIt(toks []token, s int) bool {
	k := s - 1
	if k >= 0 && determiners[toks[k].norm] {
		k--
	}
	if k >= 1 && (toks[k].norm == "por" || toks[k].norm == "for") && stayWords[toks[k-1].norm] {
		// "hospitalización por", "hospital stay for": the stay is what
		// came after.
		k -= 2
		if k >= 0 && determiners[toks[k].norm] {
			k--
		}
	}
	if k >= 0 && toks[k].norm == "de" {
		k--
	}
	return k >= 0 && k < s-1 && (toks[k].norm == "after" || toks[k].norm == "despues" || toks[k].norm == "tras")
}

// stayWords name a stay in hospital.
var stayWords = wordSet("hospitalizacion hospitalization internacion ingreso stay admission")

// soonAsked reports an errand wanted within hours or right now: "they said
// I need to see cardiology within 48 hours", "dentro de 24 horas", "asap",
// "he's at Children's ER right now … can you fax his med list".
func soonAsked(toks []token) bool {
	for k, t := range toks {
		if t.norm == "asap" || hourWords[t.norm] && nearestBefore(toks, k, 3, withinWords) >= 0 ||
			k > 0 && (t.norm == "now" && toks[k-1].norm == "right" || t.norm == "mismo" && toks[k-1].norm == "ahora") {
			return true
		}
	}
	return false
}

var (
	hourWords   = wordSet("hours hrs horas")
	withinWords = wordSet("within dentro next proximas")
)

// careAdvised reports a place of care that saw the sign at s..e and said
// what to do next, and the sign not back since: "Sophie had her first
// seizure (with a fever) and the ER said to get a neurology referral".
func careAdvised(toks []token, s, e int) bool {
	advised := false
	for k := e + 1; k < len(toks); k++ {
		if stillWords[toks[k].norm] || cameBack(toks, k) {
			return false
		}
		if careSites[toks[k].norm] && k+3 < len(toks) {
			for j := k + 1; j <= k+3; j++ {
				advised = advised || adviceVerbs[toks[j].norm]
			}
		}
	}
	return advised
}

var adviceVerbs = wordSet("said told wanted recommended dijeron dijo recomendo recomendaron mandaron")
