package triage

// mindSettled reports distress of the mind told in the ordinary course of
// care, for a clinician in days, not today: a panic or anxiety attack told
// as over ("had a panic attack at Target yesterday … passed in 10 min, I'd
// like to talk to someone about anxiety"), or low mood with self-harm
// denied and a counselor asked for ("I'm not going to hurt myself, I just
// need to talk to someone. Can I get a referral for counseling?").
// Independent writers label both routine in most sets. Help asked for
// today or soon, attacks every day, words of not coping (can't get out of
// bed, ya no aguanto, worse), or a new baby keep the sign urgent.
func mindSettled(toks []token, s, e int) bool {
	panic, talk := false, false
	for k := s; k <= e; k++ {
		switch toks[k].norm {
		case "panic", "panico", "ansiedad", "anxiety":
			panic = true
		case "talk", "hablar":
			talk = true
		}
	}
	switch {
	case !panic && !talk:
		return false
	case anyWordOf(toks, soonWords) || anyWordOf(toks, notCopingWords) || anyWordOf(toks, perinatalWords) || dailyAttacks(toks) || deathWished(toks):
		return false
	case panic && !talk:
		return toldAsPast(toks, s, e) && settledAround(toks, s, e)
	}
	return deniesPlan(toks) && anyWordOf(toks, counselWords) && !anyWordOf(toks, nowWords)
}

// deathWished reports words of dying or not being, even past or denied:
// "a few weeks ago I had thoughts of not wanting to be here".
func deathWished(toks []token) bool {
	for k, t := range toks {
		if dyingWords[t.norm] || k > 0 && (t.norm == "here" && toks[k-1].norm == "be" || t.norm == "aqui" && toks[k-1].norm == "estar") {
			return true
		}
	}
	return false
}

// dailyAttacks reports attacks told as coming every day or several a week:
// "every single day this week", "todos los días".
func dailyAttacks(toks []token) bool {
	for k := 1; k < len(toks); k++ {
		w, prev := toks[k].norm, toks[k-1].norm
		if (w == "day" || w == "dia") && (prev == "every" || prev == "single") || w == "dias" && prev == "los" && k > 1 && toks[k-2].norm == "todos" || w == "daily" {
			return true
		}
	}
	return false
}

var (
	dyingWords     = wordSet("suicide suicidal suicidio suicida die dying morir morirme kill matarme wake despertar exist existir")
	soonWords      = wordSet("today hoy tonight asap soon pronto urgent urgente ahorita ahora emergency")
	notCopingWords = wordSet("worse peor function funcionar aguanto worst hopeless desesperanza desesperada desesperado overwhelmed")
	perinatalWords = wordSet("baby babys bebe bebes postpartum posparto parto pregnant embarazada nacio")
	counselWords   = wordSet("counselor counselors counseling counsellor therapist therapists therapy psychologist psychiatrist psicologo psicologa psiquiatra terapia terapeuta consejero consejera referral refer referir refieran remitir group grupo appointment appt cita turno")
)
