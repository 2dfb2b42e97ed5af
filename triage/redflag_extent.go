package triage

import "strings"

// handBlistersOnly reports a burn's blisters told on one hand of an adult
// and nowhere else: "me quemé la mano con aceite hirviendo … ampollas
// grandes en la palma" (fresh384, and three sets before it, every writer
// labelling it for a clinician today). A child's burn, both hands, the
// face, a limb or the chest, and skin gone white, leathery, charred or
// painless stay emergencies.
func handBlistersOnly(toks []token, s, e int) bool {
	blistered := false
	for k := s; k <= e; k++ {
		blistered = blistered || strings.HasPrefix(toks[k].norm, "blister") || strings.HasPrefix(toks[k].norm, "ampolla")
	}
	if !blistered {
		return false
	}
	hand := false
	for k, t := range toks {
		switch {
		case burnBeyondAHand[t.norm] || burnChild[t.norm]:
			return false
		case burnPain[t.norm] && (k > 0 && negations[toks[k-1].norm] || k > 1 && negations[toks[k-2].norm]):
			return false // "ya no le duele", "it don't hurt now"
		case oneHand[t.norm]:
			hand = true
		}
	}
	return hand
}

var (
	oneHand         = wordSet("hand mano palm palma finger fingers dedo dedos thumb pulgar")
	burnBeyondAHand = wordSet("hands manos arm arms brazo brazos elbow codo wrist muneca face cara chest pecho leg legs pierna piernas back espalda belly stomach panza barriga neck cuello foot feet pie pies whole entire toda todo white blanca blanco leathery charred negra negro dura duro")
	burnChild       = wordSet(strings.ReplaceAll(childWords, "|", " ") + " infant toddler anos")
	burnPain        = wordSet("hurt hurts duele dolor")
)
