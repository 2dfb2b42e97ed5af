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

// laughedAtAThing reports a wish to die said with a laugh right after it
// and a nuisance named in the message ("no puedo entrar al portal, ya me
// quiero morir jaja", "kms lol this homework"): a manner of speaking.
// A laugh alone is not enough: young people in danger write "lol" too.
func laughedAtAThing(toks []token, e int) bool {
	laugh := false
	for k := e + 1; k < len(toks) && k <= e+2; k++ {
		laugh = laugh || laughWords(toks[k].norm)
	}
	return laugh && anyWordOf(toks, figurativeSubjects)
}

func laughWords(w string) bool {
	return w == "lol" || w == "lmao" || w == "jk" || len(w) >= 4 && (w[:4] == "jaja" || w[:4] == "haha" || w[:4] == "jeje")
}

// assaultDaysBack reports an assault told as three days back or more
// ("hace 4 días mi pareja me forzó", "a week ago"): past the first hours,
// for a clinician today (tests, counselling), not the emergency room now.
func assaultDaysBack(toks []token) bool {
	for k, t := range toks {
		var n, unit string
		switch {
		case t.norm == "hace" && k+2 < len(toks):
			n, unit = toks[k+1].norm, toks[k+2].norm
		case t.norm == "ago" && k >= 2:
			n, unit = toks[k-2].norm, toks[k-1].norm
		default:
			continue
		}
		switch {
		case unit == "week" || unit == "weeks" || unit == "semana" || unit == "semanas":
			return true // (months and years back are long ago: see longAgo)
		case unit == "days" || unit == "dias":
			if isDigits(n) && len(n) <= 3 && atoiSmall(n) >= 3 || manyDays[n] {
				return true
			}
		}
	}
	return false
}

var manyDays = wordSet("three four five six seven several tres cuatro cinco seis siete varios")

// learnedVerbs after "just" say the news is new, not the sign: "just
// found out my best friend took a bunch of pills last year".
var learnedVerbs = wordSet("found learned learnt heard realized realised discovered read")
