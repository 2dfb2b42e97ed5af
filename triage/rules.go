package triage

import "slices"

// rule is one red flag: its kind, the urgency it implies, and the patterns
// (see pattern.go) that find it. notBefore and notAfter list words that,
// right before or right after a match in the same clause, turn it into
// something else ("food poisoning", "can't breathe through my nose",
// "seizure medication").
type rule struct {
	kind      string
	urgency   Urgency
	patterns  []string
	notBefore string
	notAfter  string
	// notNext lists words that, right after the match, make it something
	// else: a count of units or a time ("took 15 minutes", "took 20 mg",
	// "too many days off"), while "drank bleach 10 minutes ago" stays.
	notNext string
	// idiom lists words that, anywhere in the match's clause, make it a
	// figure of speech ("this bill gave me a heart attack").
	idiom string
	// mild lists words that, anywhere in the match's clause, make an
	// emergency urgent ("unas manchitas de sangre": spotting).
	mild string
	// deniable: a message that denies a plan or thoughts of self-harm
	// makes the sign urgent, not an emergency (see deniesPlan).
	deniable bool
	// lasting: the danger outlives the moment, so a patient who seems
	// well now does not make a past sign urgent ("swallowed a battery,
	// he is fine now": the battery is still burning).
	lasting bool
	// pairs are kinds of cue that make the sign together (see cuePair),
	// besides the patterns.
	pairs []cuePair
}

// sources returns the patterns of r and the cues of its pairs: every word
// the rule reads, which the speller knows.
func (r rule) sources() []string {
	out := slices.Clone(r.patterns)
	for _, p := range r.pairs {
		out = append(append(out, p.a...), p.b...)
	}
	return out
}

// lightBleeding are the words of a slight bleed (rule.mild).
const lightBleeding = "spotting|manchitas|manchita|poquito|poquita|poquitas|poquitos|light|slight|leve|leves|tiny|speck|specks|fleck|flecks|" +
	"streak|streaks|streaky|tinged|hilitos|hilito|manchando|manchado|" +
	"manche|mancho|manchas|chiquitos|chiquitas" // fresh400: "manché un poco de sangre, no mucho"; fresh395: "unos coágulos chiquitos, no es mucho" (not "poco": "sangré un poco" with a fierce pain on one side, probe20)

// Shared word lists of the rules.
const (
	painWords  = "pian|pians|killing|kills|matando|burn*|arde|ardor|pain*|pressure|tight*|hurt*|ache*|aching|heav*|squeez*|crush*|dolor*|duele*|presion|opresion|apret*|apriet*|punzad*|molest*"
	medWords   = "medication|pill*|prescription|refill|pastilla*|medicamento*|receta*|dose*|dosis|tablet*|capsul*|pharmacy|farmacia|doctor|neurolog*|clinic|clinica|specialist|especialista|appointment|cita*|test*|prueba*|form*"
	labWords   = "test*|sample*|lab|culture|result*|resultado*|analisis|examen*|prueba*|muestra*|work|screening"
	symptomAny = "sinus*|sinusitis|bronchitis|bronquitis|pneumonia|neumonia|strep|infection*|mocos|runny|stuffy|fell|fall|caida|cai|broke*|fractur*|deform*|sprain*|esguince|torci*|bruis*|moreton|golpe*|injur*|lesion*|calambre*|mareo*|diarrea|constipat*|estren*|migrain*|migrana*|itchy|allerg*|alergi*|asthma|asma|wheez*|sneez*|congest*|flu|gripe|gripa|cold|resfri*|covid|infection|infeccion|uti|period|regla|menstru*|diabet*|tired|cansad*|fatigue|anxi*|ansiedad|depress*|deprimid*|insomnia|insomnio|lump|bulto|mole|lunar|wart|verruga|acne|earache|toothache|pain*|dolor*|fever*|fiebre|cough*|tos|rash*|swell*|swollen|hinch*|infect*|symptom*|sintoma*|wound*|herida*|breath*|respir*|vomit*|headache*|cabeza|nausea*|dizz*|mare*|bleed*|sangr*|sore*|hurt*|duele*|ache*|itch*|comezon|picazon|diarr*|cramp*|colic*|burn*|ardor|arde"
)

// redFlagRules are the red flags the layer knows, emergencies first, in
// the order the detector tries them: the threats to breath, heart, brain
// and blood (vitalRules), poisoning and self-harm (harmRules), the other
// emergencies (conditionRules), then those each independent probe set
// found missing, by domain (rules_rare.go to rules_farewell.go: the less
// common kinds, atypical presentations, homes and outdoors, birth,
// infections, organs, the head and skin, devices and lines, injuries,
// women's health, older adults, children, substances, the days after
// surgery, travel, long illnesses in crisis, farewells told in
// paperwork, the belly, hormones and medicines, pregnancy and the
// weeks after a birth, clinicians' shorthand, eating disorders and
// dehydration, people and animals, what home devices say, work and the
// farm, what young children swallow, dialysis, blood disorders and
// thinners, neurological disabilities, fertility treatment, weather and
// outages, students away from home, carers of the dying and the
// bereaved, drug reactions, skin and wounds), psychiatric crises, violence and medicines gone wrong
// (psychRules), those of a long illness that look like a usual bad day
// (chronicRules), then what a clinician should see today (urgentRules).
// The word lists several rules share are in rulewords.go. A phrase of
// several words must be a pattern of its own, never the last alternative
// of a list ("vomit*|threw ~1 up" reads as a sequence): see joined. Nor
// may a list mix in a word whose meaning needs the next term ("nobody|no ~1
// one" asks "nobody one").
var redFlagRules = slices.Concat(vitalRules, harmRules, conditionRules, rareRules, atypicalRules, householdRules, birthRules, infectionRules, organRules, headRules, deviceRules, injuryRules, womenRules, elderRules, acuteRules, immuneRules, childRules, substanceRules, postopRules, outdoorRules, crisisRules, farewellRules, infantRules, mensRules, oncologyRules, neuroRules, strokeRules, heartRules, poisonRules, behaviourRules, simpleRules, pictureRules, sportRules, nutritionRules, animalRules, wearableRules, workRules, ingestionRules, kidneyRules, bloodRules, neuroDisabilityRules, fertilityRules, disasterRules, campusRules, carerRules, surgeryRules, folkRules, reactionRules, exerciseRules, allergyRules, modernRules, streetRules, sitterRules, faceRules, youngParentRules, respiratoryRules, bellyRules, metabolicRules, pregnancyRules, clinicianRules, psychRules, chronicRules, safetyRules, shakenRules, fetalStillRules, dangerRules, hintedRules, urgentRules)
