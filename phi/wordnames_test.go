package phi_test

import (
	"strings"
	"testing"

	"github.com/frontdeskhq/frontdesk/phi"
)

// TestDetectWordNames covers given names that are everyday words: a
// subject of a verb no modal or noun takes, a name the message gave
// already, a surname after such a name after a relation, and a name
// before a parenthesised relation with a possessive.
func TestDetectWordNames(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"modal name with a verb", "Will has a sore throat since Monday, can he be seen?",
			[]want{{"Will", phi.KindName}}},
		{"noun name with an object", "Grace broke her wrist at soccer. Can we come in?",
			[]want{{"Grace", phi.KindName}}},
		{"surname after a relation", "my uncle Will Thornbury (74) needs a ride",
			[]want{{"Will Thornbury", phi.KindName}, {"74", phi.KindAge}}},
		{"month given name after a relation", "our daughter April Novak starts kindergarten",
			[]want{{"April Novak", phi.KindName}}},
		{"possessive relation in parentheses", "Please call back. - Patience (her grandma)",
			[]want{{"Patience", phi.KindName}}},
	})
	everyUse(t, d, "My niece Joy is staying with us. Joy can't sleep at night.", "Joy")
	everyUse(t, d, "Our son Will has a cough. Could you see Will and me today?", "Will")
	for _, text := range []string{
		"Will you call me back? I hope so.",
		"Hope is all we have right now, thanks for the care.",
		"I hope the rash goes away, will call if not.",
		"Grace period for the bill is 30 days?",
		"my son June 3 had a fever, my wife May Day plans aside",
	} {
		notKind(t, d, text, phi.KindName)
	}
}

// TestDetectCuedFullNames covers full names after cues that need more
// than one word ("patient", "authorization for"), after "name on the
// account is" and "contact is", in parentheses after a nickname, with two
// spaced initials, a capitalised particle, "M." as a title, and after
// "my girl".
func TestDetectCuedFullNames(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"patient with particle", "FYI patient Yusuf bin Rahman was seen in the ED overnight.",
			[]want{{"Yusuf bin Rahman", phi.KindName}}},
		{"authorization for", "Status of the authorization for Pieter de Wit please?",
			[]want{{"Pieter de Wit", phi.KindName}}},
		{"name on the policy is", "The name on the policy is Marcus Obi Sr.",
			[]want{{"Marcus Obi", phi.KindName}}},
		{"contact is", "Our HR contact is Dana Whitfield if you need the form.",
			[]want{{"Dana Whitfield", phi.KindName}}},
		{"lower-case name in parentheses", "this is Tony (anthony r. castellanos) checking in",
			[]want{{"anthony r. castellanos", phi.KindName}}},
		{"two spaced initials", "Send it to my attorney, c/o A. K. Reyes, by Friday.",
			[]want{{"A. K. Reyes", phi.KindName}}},
		{"capitalised particle", "Please call Jericho Delos Santos about the bill.",
			[]want{{"Jericho Delos Santos", phi.KindName}}},
		{"french title", "Je suis la femme de M. Marie-Claude Fortier.",
			[]want{{"Marie-Claude Fortier", phi.KindName}}},
		{"my girl", "my girl keisha needs her shots too",
			[]want{{"keisha", phi.KindName}}},
		{"request for one name", "The refill is not for me, it's for Oluwaseun.",
			[]want{{"Oluwaseun", phi.KindName}}},
	})
	for _, text := range []string{
		"The patient Portal keeps logging me out.",
		"Is the authorization for Humira Pen approved?",
		"We live in the U. S. Virgin Islands part of the year.",
		"my girl is sick with a fever since Tuesday",
		"this is for Ozempic refill, and it's for Costco pickup",
		"This is for Cardiology. It's for Thursday.",
	} {
		notKind(t, d, text, phi.KindName)
	}
}

// notKind fails when d reports a span of kind k in text.
func notKind(t *testing.T, d phi.Detector, text string, k phi.Kind) {
	t.Helper()
	spans, err := d.Detect(t.Context(), text)
	if err != nil {
		t.Fatal(err)
	}
	for _, sp := range spans {
		if sp.Kind == k {
			t.Errorf("%q: want no %s, got %s", text, k, show(text, spans))
			return
		}
	}
}

// everyUse fails unless every occurrence of word in text lies inside a
// NAME span.
func everyUse(t *testing.T, d phi.Detector, text, word string) {
	t.Helper()
	spans, err := d.Detect(t.Context(), text)
	if err != nil {
		t.Fatal(err)
	}
	for off := 0; ; {
		i := strings.Index(text[off:], word)
		if i < 0 {
			return
		}
		i += off
		if !covered(spans, i, i+len(word), phi.KindName) {
			t.Errorf("%q at %d in %q not a name; got %s", word, i, text, show(text, spans))
		}
		off = i + len(word)
	}
}
