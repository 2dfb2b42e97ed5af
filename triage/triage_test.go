package triage_test

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
	"github.com/frontdeskhq/frontdesk/triage/triagetest"
)

func newDefault(t testing.TB) *triage.Guarded {
	t.Helper()
	c, err := triage.NewDefault(triage.Config{})
	if err != nil {
		t.Fatalf("NewDefault: %v", err)
	}
	return c
}

func TestDefaultClassify(t *testing.T) {
	c := newDefault(t)
	tests := []struct {
		text    string
		intent  triage.Intent
		urgency triage.Urgency
		lang    string
	}{
		{"hi can i get an appt tmrw pls", triage.IntentAppointmentBook, triage.UrgencyRoutine, "en"},
		{"need to cancel, my dad has chest pain right now", triage.IntentAppointmentCancel, triage.UrgencyEmergency, "en"},
		{"had chest pain last year, want my ECG results", triage.IntentResults, triage.UrgencyRoutine, "en"},
		{"chest x-ray results", triage.IntentResults, triage.UrgencyRoutine, ""},
		{"this bill is killing me", triage.IntentBilling, triage.UrgencyRoutine, "en"},
		{"can u send my rx to cvs", triage.IntentPrescriptionRefill, triage.UrgencyRoutine, "en"},
		{"quiero cambiar mi cita del martes", triage.IntentAppointmentChange, triage.UrgencyRoutine, "es"},
		{"necesito resurtir mi receta porfa", triage.IntentPrescriptionRefill, triage.UrgencyRoutine, "es"},
		{"me quiero matar", triage.IntentClinical, triage.UrgencyEmergency, "es"},
		{"olvide mi contraseña del portal", triage.IntentPortal, triage.UrgencyRoutine, "es"},
		{"👍", triage.IntentOther, triage.UrgencyRoutine, ""},
		{"", triage.IntentOther, triage.UrgencyRoutine, ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			res, err := c.Classify(t.Context(), tt.text)
			if err != nil {
				t.Fatalf("Classify: %v", err)
			}
			triagetest.CheckResult(t, tt.text, res)
			if res.Intent != tt.intent || res.Urgency != tt.urgency {
				t.Errorf("got %s/%s, want %s/%s", res.Intent, res.Urgency, tt.intent, tt.urgency)
			}
			if tt.lang != "" && res.Language != tt.lang {
				t.Errorf("language: got %q, want %q", res.Language, tt.lang)
			}
			if !strings.HasPrefix(res.Model, triage.ModelName+"/") {
				t.Errorf("model %q does not name %s", res.Model, triage.ModelName)
			}
		})
	}
}

func TestDefaultRunnersUp(t *testing.T) {
	res, err := newDefault(t).Classify(t.Context(), "need to cancel my appt and also pay my bill")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.RunnersUp) == 0 {
		t.Fatalf("no runners-up for a two-topic message: %+v", res)
	}
	prev := res.Confidence
	for _, r := range res.RunnersUp {
		if r.Confidence > prev || r.Intent == res.Intent {
			t.Errorf("runners-up out of order or repeating the intent: %+v", res)
		}
		prev = r.Confidence
	}
}

func TestConformance(t *testing.T) {
	t.Run("Default", func(t *testing.T) {
		triagetest.Run(t, func(t *testing.T) triage.Classifier { return newDefault(t) }, triagetest.Features{RedFlags: true})
	})
	t.Run("Model", func(t *testing.T) {
		triagetest.Run(t, func(t *testing.T) triage.Classifier {
			m, err := triage.NewModel(triage.Config{})
			if err != nil {
				t.Fatal(err)
			}
			return m
		}, triagetest.Features{})
	})
	t.Run("GuardedFake", func(t *testing.T) {
		triagetest.Run(t, func(t *testing.T) triage.Classifier { return triage.Guard(triagetest.NewFake(triage.Result{})) },
			triagetest.Features{RedFlags: true})
	})
	t.Run("RedFlagsOnly", func(t *testing.T) {
		triagetest.Run(t, func(t *testing.T) triage.Classifier { return triage.Guard(nil) }, triagetest.Features{RedFlags: true})
	})
}

func TestGuardNeverLowersEmergency(t *testing.T) {
	fake := triagetest.NewFake(triage.Result{Intent: triage.IntentBilling, Urgency: triage.UrgencyRoutine, Model: "llm/x"})
	g := triage.Guard(fake)
	res, err := g.Classify(t.Context(), "question about my bill, also my chest hurts a lot")
	if err != nil {
		t.Fatal(err)
	}
	if res.Urgency != triage.UrgencyEmergency || res.Intent != triage.IntentBilling {
		t.Errorf("got %s/%s, want billing/emergency", res.Intent, res.Urgency)
	}
	if res.Model != "llm/x+"+triage.RedFlagsVersion {
		t.Errorf("model: got %q", res.Model)
	}
	if got := fake.Calls(); len(got) != 1 {
		t.Errorf("fake called %d times, want 1", len(got))
	}
}

func TestGuardKeepsHigherUrgency(t *testing.T) {
	fake := triagetest.NewFake(triage.Result{Intent: triage.IntentClinical, Urgency: triage.UrgencyUrgent})
	res, err := triage.Guard(fake).Classify(t.Context(), "my knee hurts")
	if err != nil {
		t.Fatal(err)
	}
	if res.Urgency != triage.UrgencyUrgent {
		t.Errorf("guard lowered urgency to %s", res.Urgency)
	}
}

func TestGuardClassifierFailure(t *testing.T) {
	boom := errors.New("model down")
	fake := triagetest.NewFake(triage.Result{}).FailNext(2, boom)
	g := triage.Guard(fake)

	res, err := g.Classify(t.Context(), "no puedo respirar")
	if err != nil {
		t.Fatalf("emergency with a failing classifier: got error %v, want a result", err)
	}
	if res.Urgency != triage.UrgencyEmergency || res.Intent != triage.IntentOther || res.Model != triage.RedFlagsVersion {
		t.Errorf("got %+v", res)
	}
	if _, err := g.Classify(t.Context(), "what are your hours"); !errors.Is(err, boom) {
		t.Errorf("routine with a failing classifier: got %v, want %v", err, boom)
	}
}

func TestGuardInvalidResult(t *testing.T) {
	fake := triagetest.NewFake(triage.Result{}).On("hours", triage.Result{Intent: "weather", Urgency: triage.UrgencyRoutine})
	_, err := triage.Guard(fake).Classify(t.Context(), "your hours?")
	if !errors.Is(err, triage.ErrInvalidResult) {
		t.Errorf("got %v, want ErrInvalidResult", err)
	}
}

func TestGuardDropsBadFlagsOfClassifier(t *testing.T) {
	fake := triagetest.NewFake(triage.Result{RedFlags: []triage.RedFlag{{Kind: "x", Start: 5, End: 500, Urgency: triage.UrgencyUrgent}}})
	res, err := triage.Guard(fake).Classify(t.Context(), "hello")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.RedFlags) != 0 {
		t.Errorf("kept a red flag with a span outside the text: %+v", res.RedFlags)
	}
}

func TestTooLong(t *testing.T) {
	c, err := triage.NewDefault(triage.Config{MaxBytes: 64})
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("billing question ", 10)
	if _, err := c.Classify(t.Context(), long); !errors.Is(err, triage.ErrInvalidInput) {
		t.Errorf("got %v, want ErrInvalidInput", err)
	}
	// An emergency in the part that fits still comes out.
	res, err := c.Classify(t.Context(), "i cant breathe "+long)
	if err != nil || res.Urgency != triage.UrgencyEmergency {
		t.Errorf("long emergency: got %+v, %v", res, err)
	}
}

// TestErrorsCarryNoPHI plants canary PHI in failing input and checks that no
// error string repeats it.
func TestErrorsCarryNoPHI(t *testing.T) {
	const canary = "Zebulon Quackenbush 555-867-5309 SSN 078-05-1120"
	c, err := triage.NewDefault(triage.Config{MaxBytes: 32})
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.Classify(t.Context(), canary+" billing")
	if err == nil || strings.Contains(err.Error(), "Zebulon") || strings.Contains(err.Error(), "867") {
		t.Errorf("error leaks the text: %v", err)
	}
	_, err = triage.ReadLabeled(strings.NewReader(`{"text":"` + canary + `","intent":"` + canary + `","urgency":"routine"}`))
	if err == nil || strings.Contains(err.Error(), "Zebulon") {
		t.Errorf("ReadLabeled error leaks the text: %v", err)
	}
}

func TestCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, err := newDefault(t).Classify(ctx, "refill pls"); !errors.Is(err, context.Canceled) {
		t.Errorf("got %v, want context.Canceled", err)
	}
}

func TestCustomTraining(t *testing.T) {
	if _, err := triage.NewModel(triage.Config{Training: []triage.Labeled{}}); !errors.Is(err, triage.ErrInvalidInput) {
		t.Errorf("empty training: got %v, want ErrInvalidInput", err)
	}
	m, err := triage.NewModel(triage.Config{Training: []triage.Labeled{
		{Text: "pay my bill", Intent: triage.IntentBilling, Urgency: triage.UrgencyRoutine},
		{Text: "book a visit", Intent: triage.IntentAppointmentBook, Urgency: triage.UrgencyRoutine},
	}})
	if err != nil {
		t.Fatal(err)
	}
	res, err := m.Classify(t.Context(), "i want to pay the bill")
	if err != nil || res.Intent != triage.IntentBilling || !strings.Contains(res.Model, "custom") {
		t.Errorf("got %+v, %v", res, err)
	}
}

// TestHeldOut measures the default classifier on the two held-out sets,
// written apart from the training corpus and never trained on, and holds it
// to the figures of the issue.
func TestHeldOut(t *testing.T) {
	for _, name := range []string{"heldout", "probe"} {
		t.Run(name, func(t *testing.T) { testHeldOut(t, "testdata/"+name+".jsonl") })
	}
}

// TestHardProbe runs small sets of deliberately hard messages (slang,
// shorthand, several topics). probe3, probe4 and probe5 were written
// after the rules froze; their first runs missed one emergency (pills in
// an unknown amount), three (a head injury with confusion and vomiting, a
// 3-week-old with fever, face and throat swelling in Spanish) and seven
// (a very low blood sugar, the worst pain of a life, a racing heart with
// fainting, a plan to end it, a crash with neck pain and tingling, a chest
// that "aprieta", a bottle of syrup), each then fixed by a general rule.
// probe6 (160 messages) was written by another engineer who read neither
// the rules nor any test data: at first run emergency recall was 0.75
// (15 of 60 missed, two of them suicidal) and urgent recall 0.66; the
// misses were then fixed by general rules (stroke and breathing phrasings,
// third-person self-harm, pre-eclampsia, sepsis, non-blanching rash,
// black stool with fainting, retractions, and urgent signs). probe7 (120),
// written by a third engineer the same way, found emergency recall 0.78
// at first run (eye injuries, large burns, hypothermia, a threat to
// others, torsion, a diabetic collapse, pills in an unknown amount, and
// chest pain "since this morning, is that ok?" read as settled); fixed
// by general rules. probe8 (100, English) and probe9 (100, mostly
// Spanish), written the same way, found 0.69 and 0.71 (signs without
// their names: a sunken soft spot, a meter that reads HI, a furnace,
// fever on chemotherapy or after a transplant, farewell letters, a
// bridge, lejía, a scorpion, "perdí el conocimiento"); fixed likewise,
// with a decimal point no longer read as the end of a sentence. probe10
// (90, pediatric, geriatric, postpartum and psychiatric) found 0.73
// (sudden confusion, thoughts of harming a baby, voices telling to kill,
// an attempt to jump, magnets, grunting, coffee-ground vomit); probe11
// (90, emergencies told by their signs) found 0.73 (jumbled words, a
// hard belly and green vomit, a fall then drowsiness, lips swelling after
// a peanut cookie, a 6-week-old with fever, a drooping mouth in Spanish,
// a cleaning liquid swallowed); fixed likewise, and fever under three
// months is now an emergency. probe12 (80, adult medicine in lay words)
// found 0.75 (jaw and left arm ache with sweat, a cold white leg, no urine
// with confusion, a diabetic not making sense who refuses juice, a heart
// at 200, purple spots with a stiff neck); probe13 (80, Caribbean,
// Central and South American Spanish and non-native English) found 0.90
// (a boyfriend with a gun, a closing throat after a billing request, "worst
// of her life", a 3-week-old with fever); fixed likewise, and a date now
// dates only the clause it stands in. probe14 (110, 40% Spanish, signs
// told in lay words) found 0.70 (a heavy left arm with sweat, bluish
// lips, stridor after grapes, stockpiled pills, a farewell then silence,
// a type 1 diabetic acting drunk, a leathery burn, confusion after an
// infection with blotchy knees, a brother with a knife and paranoia, a
// threat through a locked door, arm and leg numb, postpartum spots with
// a headache that "no se me quita" — a negation that keeps a sign going
// no longer denies it); fixed likewise. probe15 (100, caregivers and
// chronic illness, a third in Spanish) found 0.82 (a fall on a blood
// thinner with repeated questions, a button battery, a swollen leg then
// breathlessness, "can not move", a mouth going to one side, a heart at
// 180 read on a watch, a weak side, a diabetic in a cold sweat, a meter
// reading HI in Spanish); fixed likewise, with a negation inside a match
// now denying only what follows it, "since" keeping a dated sign going,
// and "back in March" or "when he was 2" dating one. probe16 (100,
// emergencies told without their usual words: "an elephant parked on
// him", "words came out like soup", letters left for everyone, a toddler
// and edibles, a helmet-to-helmet hit, a hand caught in a press, a snake
// bite, a child pulled from a pool, a man with a machete outside a locked
// bathroom, heat stroke, pink froth at altitude) found 0.42 — the lowest
// first run so far, and the clearest sign that the rules know words, not
// medicine; fixed likewise, with exclusions ("an hour ago" after pills)
// no longer hiding the words from other patterns, a negation that asks
// ("no suda") no longer covered by an earlier denial, "como nunca" read
// as a comparison, and stories, studies and pets set aside. probe17
// (100, a city family practice with many Latino patients, 40% Spanish)
// found 0.775 (nitroglycerin not helping, a gun with hopelessness, a
// generator in the garage, no movement then bleeding at 7 months, 220/130
// with blurred sight, a sunken "mollerita", two glasses of blood vomited,
// a child rigid and shaking); fixed likewise, with a negation reporting
// that something does not move read as a sign, a family history ("died
// of", "had one at 55") as history, and "the 350s" as a number.
// probe18 (100, signs told by what the person does or cannot do, and
// conditions: dementia, alcohol withdrawal, anorexia, early pregnancy,
// dialysis) found 0.80 (fever with hallucinations, bugs on the walls
// after stopping drinking, double vision with a pounding headache, a
// postpartum calf, a shoulder tip at 7 weeks, fainting then a racing
// heart, a foot turned outward after a fall, a baby that "no se ha
// movido", "no nos reconoce"); fixed likewise, with "just wanted to" no
// longer current and a past ER visit for a sign read as past. probe19
// (100, short panicked texts, typos and voice-to-text, 45% Spanish)
// found 0.81 ("help my dad cant talk right", "CHESS PAIN CANT BREETH",
// "took 2 many", "heart tack", a bone sticking out, skin peeling after a
// scald, "me está golpeando", "no siente las piernas"); fixed likewise,
// with breathlessness on stairs urgent, not an emergency. probe20 (100,
// written by others than the patient: neighbours, aides, counsellors)
// found 0.69 (a baby rolled off a bed, a neighbour who does not answer,
// pills counted out, "I just wanted someone to know", a person on the
// floor since last night, a needle and blue lips, voices about a
// newborn, a man wandering in the cold, pads filled in an hour, cut
// wrists, "la última noche"); fixed likewise, with a denied plan or
// denied thoughts of self-harm downgrading vaguer suicidal words to
// urgent, and "when I don't take them" read as a condition. probe21 (100,
// half in rural and working-class Spanish, many hard negatives) found
// 0.925 at first run, the best yet (blood from the mouth by the glass, a
// fall from a roof with vomiting and double vision, strangulation the
// night before); fixed likewise, with spotting downgraded to urgent,
// label warnings ("dice que puede causar convulsiones") and hereditary
// questions about a relative's past sign set aside. probe22 (100, a
// realistic week with most messages routine and long e-mails) found 0.83
// (an ectopic pregnancy told over many words, a curtain over one eye, a
// fever with chills after gallbladder surgery, pre-eclampsia at 34 weeks
// told at length, numbness between the legs with no urine); fixed
// likewise, with "not short of breath" no longer read as "not breathing".
// probe23 (100, pediatrics and obstetrics, written as tired parents
// write) found 0.65 and probe24 (100, adult and geriatric medicine in
// lay words) 0.76 (a coffee scald, no movement felt since morning, "I
// don't trust myself alone with her", a yellow sleepy newborn, purple
// dots under a glass, pills on purpose, breathing pauses, a lump after a
// fall from a bed, leaking fluid at 26 weeks, postpartum psychosis, a
// daughter who "se quiere morir"; a heart "going like crazy" then a
// blackout, tar-like stool, insulin twice, a thinner twice with
// bleeding, a brasero in a closed room, a squeeze under the breastbone,
// a puffer that does not work); fixed likewise. probe25 (100, signs told
// as questions, jokes, numbers and device readings) found 0.75 (a meter
// reading 41, a 5-week-old at 100.9, an oximeter at 85, a watch alert of
// a pulse of 34, bleeding through towels, a thunderclap headache, pain
// from the navel to the right, pills "no sé cuántas" after a fight);
// fixed likewise, with side-effect questions, action-plan forms and
// yellow fever set aside. probe27 (100, English from many walks of life:
// workers, veterans, caregivers in clinical shorthand, non-native and
// very formal writers) found 0.75 (a mouth that "go down on left side",
// pesticide poisoning, "she fill many pads", a loaded rifle, a toddler
// biting a pod, a brother on an overpass railing, lips "getting big"
// after amoxicillin, "impending doom", breathless while seated); fixed
// likewise.
// probe26 (100, all Spanish, seventeen countries' slang) found 0.80 (a
// child fallen from a terrace bleeding from an ear, "se atoró con un
// caramelo", 7 months and bleeding, "se cortó las venas", "me aviento del
// puente", "se le trabó la lengua", a child pulled from a ditch); fixed
// likewise, with "me quiero matar estudiando" an idiom.
// probe28 (100, the writer's own choice of the hardest cases) found 0.875
// (pills saved to take at once, a "baseball bat" headache "worst of my
// life" told far from the word, tar-like stool then fainting, numbness
// with wetting oneself, a whole leg burned white and painless); fixed
// likewise.
// probe29 (100, English dictated by voice or written by speakers of
// Haitian Creole, Portuguese, Tagalog, Vietnamese and Polish, and Spanish
// from several countries) found 0.78 (a fit of 6 minutes with confusion an
// hour later, "one side of the mouth is down", a diabetic confused,
// sweating and shaking, a button battery in a child who looks fine, a
// baby with fever "shaking all the body, eyes going up", swelling then
// headache and "little lights" at 26 weeks, a bee sting then a swelling
// face and trouble swallowing); fixed likewise, with a swallowed battery
// a kind of its own that no later calm and no "an hour ago" can lower.
// probe30 (100, 40% Spanish, the messages a tired front desk would skim
// past: signs told by a relative inside a billing or scheduling request,
// minimised, or read on a device) found 0.742 (a grey sweat with an arm
// ache called heartburn, postpartum sparkles with a headache, a bump on
// the head on Eliquis then confusion, a 91-year-old breathing fast and
// shallow with clammy skin, weekly methotrexate taken daily, a child at a
// grandmother's pill box, a 10-day-old at 38.4 not feeding, "esta vez lo
// va a hacer bien" with cuts that bleed); fixed likewise, with a dangerous
// dose and a sick newborn kinds of their own, a negation of something
// beside the sign ("no cut") no longer denying it, and a leaflet's "call
// 911 if" read as an instruction.
// probe31 (100, 45% Spanish, chronic patients whose emergencies look like
// their usual bad days) found 0.80 (two defibrillator shocks told in
// English and in Spanish by patients who feel fine after, a fistula
// bleeding through its bandage after minutes of pressure, pills saved up
// "and tonight I think I'm done" inside a cancellation, a missed dialysis
// with weak legs and a skipping heart, a type 1 teenager vomiting with
// fruity breath and fast breathing); fixed likewise, with the rules of
// long illnesses in a file of their own, a saturation under 90 read only
// as the present one, and the 9 of a potassium of "5.9" no longer read
// as a 9.
// probe32 (100, half Spanish, teenagers, young adults and their parents
// in slang, emojis and Spanglish) found 0.767 (a cancellation "bc i won't
// be around anymore after this weekend 🙂", "planning to unalive myself",
// "me quiero ir de aquí pa siempre" with a grandmother's pills put away,
// "ya no voy a estar" with the rope ready "jaja", sudden pain "in my left
// ball" with vomiting, a positive test then pain low on one side with a
// shoulder pain or a near faint, in English and Spanish); fixed likewise,
// with youth slang for suicide, a farewell in passing beside a means made
// ready, slang for a testicle on one side and the signs of an ectopic
// pregnancy after a positive test or a late period, and for their
// neighbours an inhaler that "no me hace nada" (a Spanish double negative
// no longer read as a denial), a friend nobody can wake and a party drug
// with a racing heart and a body overheating. Its one false
// emergency, "me quiero morir" at a login that fails, is left as one: an
// idiom read across the comma would also drop "me quiero morir, la app
// no me deja pedir cita con la psicóloga".
// probe33 (100, 45% Spanish, psychiatric crises, violence and medicines
// gone wrong) found 0.30 (a son awake four days behind a barricade with
// voices and a knife, a new mother sure her baby was swapped, tramadol on
// sertraline then a fever and jerking legs, lithium with vomiting and
// confusion, haloperidol then rigid and burning up, clozapine with a
// fever, an ex "coming over with his gun", bruises and burns with who
// does it, "I was raped about an hour ago", "me acaban de agredir
// sexualmente", black stool on Xarelto, a wrong insulin pen then shaky);
// fixed with rules of their own for psychosis and mania with danger,
// postpartum psychosis, threats to others, abuse with its injuries, a
// sexual assault, serotonin syndrome, lithium toxicity, neuroleptic
// malignant syndrome, clozapine with a fever, black stool on a blood
// thinner and a wrong insulin with its symptoms, and "lol", leftovers and
// true-crime series read as idioms, and "se suicidó" or "committed
// suicide" read as a death told. Its one false emergency, two Concerta
// taken by mistake with a slightly fast heart (urgent), is left as one:
// the overdose rule reads a child and pills "por error" before the calm.
// probe34 (100, an ordinary week at a family practice, written to be
// representative rather than hard) found 0.93 at first run, emergency
// precision 1.00: all of a named antidepressant and most of a bottle of
// acetaminophen taken at once; fixed likewise. probe35 and probe36 (150
// each, ten messages of every intent, a multi-specialty clinic and a
// family and pediatric practice) were written to measure intents: at
// first run probe36 missed a farewell in a cancellation ("doesnt matter
// anymore, I have the pills ready"); fixed likewise. probe37 and probe38
// (150 each, ten of every intent: a hospital's outpatient network, a solo
// family doctor's practice) and probe39 and probe40 (330 each, written
// for training, then kept apart: the line between intents, an
// after-hours texting line) found every emergency at first run but one
// in probe39 ("everyone would be better without me"); fixed likewise. It
// also showed "sending it" read as "ending it": the typo corrector now
// leaves alone real words it did not know. probe41 (50 emergencies of
// the less common kinds, told in lay words, and 50 look-alikes) found
// 0.70: a fever with new confusion, a glaucoma attack, an ectopic
// pregnancy, a torn aorta, a compartment syndrome, a cauda equina told as
// wetting oneself, a household poisoned by its heating, heat stroke,
// wheezing after a choking, words that will not come out, a toddler into
// heart pills, thirty Tylenol two days ago; fixed by the rules of
// rules_rare.go, every other set unchanged. probe42 (50 emergencies
// that present atypically, 50 look-alikes) found 0.66: a heart attack told
// as an upper back or jaw ache with a cold sweat or a sudden exhaustion
// gone grey, a stroke told as a spinning room and a crooked walk or a
// sight gone in one eye, a clot after a long flight, a bulging soft spot,
// a red jelly stool, an allergy told by the gut and a faint, a mottled
// newborn, appendicitis, an old parent "not herself" and barely peeing;
// fixed by atypicalRules, every other set unchanged. probe43 (50
// emergencies from homes, schools and outdoors, told by whoever found
// them) found 0.64: a shock from an outlet or a fallen line, a fall from
// a window, a neck hurt with tingling after a crash, a finger nearly off,
// lamp oil or a vape refill drunk, a child slow to breathe with tiny
// pupils, a generator run indoors, smoke breathed in, a night out in the
// cold; fixed by householdRules (a fall from a ladder with a hurt wrist
// stays urgent), every other set unchanged. probe44 (50 emergencies of
// late pregnancy, birth and a baby's first months) found 0.76: a cord
// coming first, labour weeks too early, a hot swollen calf or a foul
// wound with chills after the birth, a very yellow baby hard to wake, a
// baby fallen from a bed now sleepy, a baby into someone's pills, a baby
// gone under the bath water, lights before the eyes at 36 weeks, and a
// new mother's voices told after "dio a luz hace un mes", whose date was
// read as dating the voices (in English too); fixed by birthRules and a
// date after a birth dating the birth. probe45 (50 emergencies of
// infections, bites and exposures) found 0.58: bleeding gums with a
// fever after travel, skin going purple or black as it spreads, toxic
// shock after a tampon or a nose packing, a bat in a sleeper's room, a
// wild or stray animal's bite or a bite to the face, a locked jaw after a
// nail, a confused old parent with an infection, no urine with a faint,
// an eye swollen shut with a fever, yard mushrooms then vomiting, a red
// streak with a fever, a fever and a still baby in pregnancy, chickenpox
// then confusion; fixed by infectionRules (a bare 38 is a week of
// pregnancy as often as a fever, and no longer read as one there).
// probe46 (50 emergencies of the gut, the urinary tract, the glands, the
// blood and medicines) found 0.70: a belly like a drum with nothing
// passed, much blood from behind with a faint, a pain boring through to
// the back after drinking, no urine for hours, an erection that will not
// go down, steroids stopped then vomiting and faints ("tomo prednisona
// hace años": for years, not years ago), bruises and red urine on a blood
// thinner, a stone with shaking chills, alcohol stopped then visions;
// fixed by organRules. probe47 (50 emergencies of the eye, ear, nose and
// throat, the mouth, the skin, burns and allergies) found 0.70: cement in
// the eyes, a cut eyeball leaking, blood in the eye after a blow with
// vomiting, a bulging eye seeing double with a fever, a blind painful eye
// after cataract surgery, a throat too sore to swallow spit, a drooling
// child with noisy breathing or a neck that will not move, bleeding after
// the tonsils or a tooth pulled on warfarin, a battery in a nose or an
// ear, a wasp sting with hives and wheezing, blisters in the mouth and
// eyes after an antibiotic, soot coughed up after a face burn; fixed by
// headRules. A past emergency told settled in the next sentence ("was in
// the ER last night for ... They stopped it and he's fine now") is now
// urgent, as in the same sentence. probe48 (50 emergencies of patients
// living with a device, a line or a strong treatment) found 0.52: a heart
// pump alarming or dead, a trach out or bleeding, a black stoma, a port
// arm and neck swelling, oxygen 78 at home, ketones with vomiting, 30
// units bolused instead of 3, an INR of 8.7 with bleeding, bleeding on low
// platelets, a catheter not draining with chills or clots, bloody
// diarrhoea on immunotherapy, numb legs after an epidural, shaking chills
// after dialysis, a transplant "desde hace 5 meses" (for five months, not
// five months ago) with a fever; fixed by deviceRules. probe49 (50
// emergencies of injuries) found 0.68: pale and sweaty after a crash, a
// belly blow then vomiting or a pain up to the shoulder, a neck hurt with
// numb hands, fingertips cut off, a hand caught in a conveyor, a stick
// still in a thigh, a crushed leg gone hard or urine like cola, bleeding
// on a thinner that pressure does not stop, blood in the urine with
// dizziness, a swollen purple testicle with vomiting, a raspy voice after
// a strangling; fixed by injuryRules. probe50 (50 emergencies of older
// adults told by their carers) found 0.68: a person with dementia
// missing in the cold, shivering and mumbling, a hot flat and a mind gone,
// a drunken walk with the room spinning, a faint on amiodarone "fine
// now", food stuck with the saliva coming back, a night on the floor with
// urine like cola ("no se puede mover" was read as a label's "may"), a
// pulse of 42 after a double dose, vomit smelling of stool or like coffee
// grounds, days without drinking and eyes barely opening, no urine at
// all, a sight lost "como si le bajaran una cortina", a cold white foot;
// fixed by elderRules. A hospice patient's expected signs of dying are for
// the hospice team today, not 911. probe51 (50 emergencies of women's
// health outside late pregnancy) found 0.56: a pregnancy with a one-sided
// pain and dizziness, a cyst with a sudden pain, a pad soaked every half
// hour, clots like a fist, a high fever after a procedure, a racing heart
// after abortion pills, a bulge after a hysterectomy, bruises and
// bleeding with a faint, shaking chills with confusion, a child abused
// with the abuser at home, an empty bottle found, pills counted on the
// table, a drink spiked; fixed by womenRules and others. probe52 (50
// emergencies of children from one to twelve) found 0.82: floppy like a
// rag doll, a limp with a high fever, knocked out then vomiting, morning
// headaches then double sight, a neck that hurts bending with a fever or
// the light unbearable, "dolor de panza abajo del lado derecho", and
// bleach drunk "hace 10 minutos" (a time after the match was read as a
// count of minutes taken: now only a unit right after it is); fixed by
// childRules and others. probe53 (50 everyday emergencies of heart, lungs
// and brain told in a few words) found 0.94: "arm numb and half my face
// feels weird", "hr 190 dizzy", "hr 32 feel faint". probe54 (50
// emergencies of alcohol and drugs) found 0.74: gurgling after using,
// four breaths a minute, a teen who drank a bottle fast and no longer
// answers, vomit in the mouth of someone who will not wake, street liquor
// then blurred sight, eyes jumping with a drunken walk, paranoia with a
// knife, a wish to jump from a roof, a child near an open bottle of
// methadone, narcan "le pusimos", a racing heart then a faint (a
// phrase put last in a list had made that rule need "pass out" whole);
// fixed by substanceRules and others. probe55 (50 emergencies of the days
// after a procedure) found 0.70: a leak after a sleeve, a terrible pain
// after an ERCP, legs weakening after spine surgery, yellow eyes with
// chills, a hernia back and stuck, a swollen eye seeing double after
// sinus surgery, blood with clots after a polyp, claws after thyroid
// surgery, a groin swelling fast after a cath, a wound open on bowel,
// blue toes under a splint, pale and sweating after a liver biopsy; fixed
// by postopRules and others. probe56 (50 emergencies of a long illness
// turned dangerous) found 0.88: a cirrhotic confused and nodding off,
// priapism for five hours, three kilos in two days and no lying down, an
// adrenal crisis with the hydrocortisone vomited, lupus with a pressure of
// 190 and double sight; fixed by crisisRules. probe57 (50 emergencies of
// travel and the outdoors) found 0.74: stumbling and confused at 4,300 m,
// numb and blotchy after a dive, stopped shivering after icy water, a
// black widow with cramps, oleander or jimsonweed chewed, a fever with
// bleeding gums after the Congo, bloody diarrhoea then no urine, a downed
// power line touched, a lightning strike "he says he's fine", paraquat
// swallowed, a chainsaw wound; fixed by outdoorRules. "no breathing
// trouble" no longer reads as "no breathing". probe58 (50 crises of the
// mind in adults, told indirectly) found 0.54, the lowest since probe33:
// farewells in paperwork (appointments cancelled "I won't be needing
// them", records left to a sister, a book returned "porque después ya no
// voy a estar", a dog given away "after tonight it won't matter", three
// months of pills at once "not planning to be around"), a gun bought "not
// for hunting", a rope tied, "I'm at the bridge now", an urge to drive
// into traffic almost obeyed, a gun at work "they'll get what's coming",
// an ex at the window "me va a matar", texting from a closet, voices or
// the television ordering a killing, a baby "replaced", days without food
// or water, serotonin toxicity; fixed by farewellRules. probe59 (50
// emergencies told in English or Spanish as a second language) found
// 0.88: "I am not wanting to live anymore... collected all my sleeping
// tablets", "she say goodbye and she cut herself", "blood is jumping
// out", "heart beating not regular, very fast like 180", "pain in his
// private part", a diabetic's leg black with a fever. probe60 (a
// representative week of a multi-specialty clinic: 15 emergencies, 23
// urgent, 62 routine) found every emergency at first run (precision 0.88).
// probe61 (50 emergencies of babies in their first year) found 0.64:
// grunting, ribs or belly sucking in, the head bobbing, nostrils flaring,
// 74 breaths counted in a minute, yellow to the feet and sleepy, a newborn
// at 35.5, jittery and sweaty, redness spreading from the belly button, a
// fall from the changing table then vomiting, a high-pitched cry, honey
// then weakness, a groin lump that will not go back, jelly in the nappy,
// a grandmother's pressure pill, a fever at six weeks; fixed by
// infantRules. probe64 (50 emergencies of the brain and nerves) found
// 0.84: words suddenly not understood, double sight with a spinning room
// and a tangled tongue, one side heavy with a mouth that will not work, a
// sudden massive headache then a faint, the bladder lost with the groin
// numb, legs gone below the waist with prostate cancer, a faint at the
// gym; fixed by neuroRules and others.
// Too small for the intent figures to mean much, but every emergency in
// them must be found.
func TestHardProbe(t *testing.T) {
	for _, name := range []string{"probe2", "probe3", "probe4", "probe5", "probe6", "probe7", "probe8", "probe9", "probe10", "probe11", "probe12", "probe13", "probe14", "probe15", "probe16", "probe17", "probe18", "probe19", "probe20", "probe21", "probe22", "probe23", "probe24", "probe25", "probe26", "probe27", "probe28", "probe29", "probe30", "probe31", "probe32", "probe33", "probe34", "probe35", "probe36", "probe37", "probe38", "probe39", "probe40", "probe41", "probe42", "probe43", "probe44", "probe45", "probe46", "probe47", "probe48", "probe49", "probe50", "probe51", "probe52", "probe53", "probe54", "probe55", "probe56", "probe57", "probe58", "probe59", "probe60", "probe61", "probe64", "probe65", "probe66", "probe67", "probe68", "probe69", "probe70", "probe71", "probe72", "probe73", "probe74", "probe75", "probe76", "probe77", "probe78", "probe79", "probe80", "probe81", "probe82", "probe83", "probe84", "probe85", "probe86", "probe87", "probe88", "probe89", "probe90", "probe91", "probe92", "probe93", "probe94", "probe95", "probe96", "probe97", "probe98", "probe99", "probe100", "probe101", "probe102", "probe104", "probe105", "probe106", "probe108", "probe109", "probe110", "probe111", "probe63", "probe112", "probe113", "probe116", "probe117", "probe118", "probe119", "probe120", "probe121", "probe122", "probe123", "probe124", "probe125", "probe126", "probe127", "probe128", "probe129", "probe130", "probe131", "probe132", "probe133", "probe134", "probe135", "probe136", "probe137", "probe138", "probe139", "probe140", "probe141", "probe142", "probe143", "probe144", "probe145", "probe146", "probe147", "probe148", "probe149", "probe150", "probe151", "probe152", "probe153", "probe154", "probe155", "probe156", "probe157", "probe158", "probe159", "probe160", "probe161", "probe162", "probe163", "probe164", "probe165", "probe166", "probe167", "probe168", "probe169", "probe170", "probe171", "probe172", "probe173", "probe174", "probe175", "probe176", "probe177", "probe178", "probe179", "probe180", "probe181", "probe183", "probe184", "probe185", "probe186", "probe187", "probe193", "probe194", "probe195", "probe196", "probe198", "probe200", "probe202", "probe203", "probe204", "probe316", "probe317", "probe318", "probe319", "probe320", "probe321", "probe322", "probe323", "probe324", "probe325", "probe326", "probe327", "probe328", "probe329", "probe330", "probe331", "probe334", "probe335", "probe338", "probe339", "probe340", "probe341", "probe342", "probe343", "probe344", "probe345", "probe346", "probe347", "probe348", "probe349", "probe350", "probe351", "probe352", "probe353", "probe354", "probe355", "probe356", "probe357", "probe360", "probe361", "probe362", "probe363",
		// Now found whole with the alarm head (see AlarmKind), once in
		// TestHardProbeKnownMisses.
		"probe107", "probe182", "probe190", "probe197", "probe201", "probe205", "probe207",
		// The twenty-fourth session's independent sets (see the README).
		"probe364", "probe365", "probe366", "probe367", "probe368", "probe369", "probe370", "probe371", "probe372", "probe373", "probe377",
		// The twenty-fifth session's (see the README).
		"probe381", "probe382", "probe383", "probe384", "probe385", "probe386", "probe387", "probe388", "probe389", "probe390", "probe391", "probe392", "probe393", "probe394", "probe395", "probe397", "probe398", "probe399", "probe400", "probe401", "probe402", "probe403", "probe404", "probe405", "probe406", "probe407", "probe408", "probe409", "probe410", "probe411", "probe412", "probe413", "probe414", "probe415", "probe416", "probe417", "probe418", "probe419", "probe420", "probe421", "probe422", "probe423", "probe424", "probe425", "probe426", "probe427", "probe428", "probe429", "probe430", "probe431", "probe432", "probe433", "probe434", "probe435", "probe436", "probe437", "probe438", "probe439", "probe440", "probe441", "probe442", "probe444", "probe445"} {
		t.Run(name, func(t *testing.T) { testHardProbe(t, "testdata/"+name+".jsonl") })
	}
}

// TestHardProbeKnownMisses holds the independent sets whose every
// emergency is not yet found, at the recall they reach, with the misses
// named. probe62 (50 emergencies of people living with cancer) found 0.68
// at first run; oncologyRules and others bring it to 0.98: vomiting
// everything on cisplatin, no water kept down and dizzy on standing, its
// writer calls an emergency and three other sets' writers urgent, so it
// stays urgent. probe63 (50 emergencies of men's and sexual health)
// found 0.60; mensRules and others brought it to 0.98, and faceRules
// (probe110: an eye gone dark on waking) to 1.00, so it is in
// TestHardProbe now. ("her coach assaulted her tonight at the away game" was set
// aside as "went away": "away" after an article no longer says a sign
// has gone.)
// probe107 (50 allergic emergencies) found 0.76; allergyRules and others
// bring it to 0.98: an EpiPen refill that adds "I had to use my last one
// 30 min ago ... still a little wheezy" names the pen only as "my last
// one". probe114 (adults with flu or COVID at home) found 0.86 and
// probe115 (teenage and young parents) 0.88; respiratoryRules and
// youngParentRules bring them to 0.90 and 0.98, the misses left named in
// the README.
func TestHardProbeKnownMisses(t *testing.T) {
	// probe182 (crises of the mind written in Spanish) found 0.58 at first
	// run; the rules of farewellRules bring it to 0.98: "dice que él es
	// Dios y que puede volar del techo" is still read as a report. Second
	// sets of the session's weakest domains, written at its end, found
	// strokes at 0.72 (probe188), crises in Spanish at 0.78 (probe189),
	// the belly at 0.78 (probe190) and fevers at 0.70 (probe191); general
	// rules bring them to 0.92, 0.94, 0.98 and 0.98, the misses left named
	// in the README. The twelfth session's third and fourth sets of crises
	// in Spanish found 0.78 (probe193) and 0.56 (probe197); farewells that
	// close an account, a rope bought, jumps weighed, weapons gone and
	// pills by the handful bring them to 1.00 and 0.98 (a grandmother who
	// sees her dead husband calling her to the road at night is left).
	// Its third and fourth stroke sets found 0.76 (probe192) and 0.84
	// (probe196); strokeRules, which read a stroke from its parts, bring
	// them to 0.98 and 1.00 (a father's numbness and lost speech "ya se le
	// pasó" an hour ago stays urgent). Fifth sets written after those
	// rules found strokes at 0.78 (probe199), crises in Spanish at 0.68
	// (probe200) and the heart at 0.94 (probe201); now 0.96, 1.00 and 0.98
	// (a TIA "coming and going" since the morning and "right now he seems
	// normal", a resident's face drooping "at baseline", a jaw that aches
	// on walking and is not going away). Sixth sets found strokes at 0.76
	// (probe205), crises in Spanish at 0.60 (probe206) and atypical heart
	// attacks at 0.86 (probe207): each writer still brings phrasings no
	// rule holds. Now 0.98, 0.96 and 0.98.
	// The alarm head (the twenty-fourth session) raised some of the misses
	// named here: probe114 0.90 -> 0.96, probe332 and probe336 to 33 of
	// 35; probe107, probe182, probe190, probe197, probe201, probe205 and
	// probe207 are whole now and in TestHardProbe.
	for name, min := range map[string]float64{"probe62": 0.98, "probe115": 0.98,
		"probe188": 0.92, "probe189": 0.94, "probe191": 0.98, "probe192": 0.98,
		"probe199": 0.96, "probe206": 0.96,
		// The twenty-first session's crises seen by the family (probe332,
		// 21 of 35 at first run) and danger to young people in their own
		// voice (probe333, 9 of 35): now 32 and 34. Left: pills counted out
		// in rows and "he knows other ways" told thirty words apart; a
		// teenager's detergent pod drunk "only a little" with a burning
		// throat; 90 days of morphine asked for beside "ready to be done";
		// "is it bad if someone kicked u in the stomach … my moms
		// boyfriend did it around 5", told as a question.
		// Second writers of the weakest domains, at the session's end:
		// danger to young people (probe336, 15 of 35 at first run, 17 on
		// the rules written for probe333) and their own crises (probe337,
		// 18 of 35): now 32 and 34. Left: a knife and a chase "i got away
		// but…"; an uncle at the door told as a "funny story"; a fist
		// through the bathroom door with a sister locked in; a note in a
		// backpack and "tomorrow is gonna be weird for my roommate".
		"probe332": 0.94, "probe333": 0.97, "probe336": 0.94, "probe337": 0.94,
		// The twenty-third session's young people's own crises and danger
		// (probe358, 21 of 35 at first run) and people over 70 (probe359,
		// 28 of 35): now 34 each. Left: "lol so my gf's brother says he's
		// coming to 'handle' me … im home alone", the laugh read as a joke
		// over the whole clause; an overdose of pain pills in hospice with a
		// breath barely there, read urgent as hospice's expected dying.
		"probe358": 0.97, "probe359": 0.97,
		// The twenty-fourth session's last writers: danger from others away
		// from home (probe374, 15 of 35 on the session-start code, 30 with
		// the alarm head at first run), crises of the mind and danger at
		// home in Spanish (probe375, 25 and 30) and people living with
		// chronic conditions (probe376, 29 and 30): now 33, 32 and 34, the
		// misses named in the README.
		"probe374": 0.97, "probe375": 0.97, "probe376": 0.97,
		// Its closing sets, no rule written for them: injuries at work and
		// outdoors (probe378, 24 of 35 on the session-start code, 28 at first
		// run), men who minimize (probe379, 26 and 30), children's ingestions
		// and allergies (probe380, 31 and 33); with the model retrained on
		// them and the alarm let past signs never an emergency by themselves
		// (alarmSureMin), 32, 32 and 35.
		"probe378": 0.91, "probe379": 0.91, "probe380": 1.00,
		// The twenty-fifth session's second writer on crises inside
		// errands (probe396, 29 of 35 at first run): now 34. Left: records
		// for a husband "después", "esta semana me despido", everything in
		// order (the records read as a history, and "me despido" closes
		// ordinary Spanish letters).
		"probe396": 0.97,
		// Its eye, ear, nose, throat and teeth set (probe443, 30 of 35 at
		// first run): now 34. Left: a father who put a gun in his mouth last
		// night (taken from him) and "knows where his pills are" now.
		"probe443": 0.97,
		"probe114": 0.98} {
		t.Run(name, func(t *testing.T) { testHardProbeMin(t, "testdata/"+name+".jsonl", min) })
	}
}

func testHardProbe(t *testing.T, path string) { testHardProbeMin(t, path, 1) }

func testHardProbeMin(t *testing.T, path string, min float64) {
	data := readLabeledFile(t, path)
	rep, err := triagetest.Evaluate(t.Context(), newDefault(t), data)
	if err != nil {
		t.Fatal(err)
	}
	em := rep.Urgency[triage.UrgencyEmergency]
	t.Logf("n=%d accuracy=%.3f macro-F1=%.3f emergency P=%.3f R=%.3f", rep.N, rep.Accuracy, rep.MacroF1, em.Precision, em.Recall)
	if em.Recall < min {
		t.Errorf("emergency recall %.3f < %.2f", em.Recall, min)
	}
}

func testHeldOut(t *testing.T, path string) {
	data := readLabeledFile(t, path)
	c := newDefault(t)
	check := func(name string, data []triage.Labeled) *triagetest.Report {
		rep, err := triagetest.Evaluate(t.Context(), c, data)
		if err != nil {
			t.Fatal(err)
		}
		em, ur := rep.Urgency[triage.UrgencyEmergency], rep.Urgency[triage.UrgencyUrgent]
		t.Logf("%s: n=%d accuracy=%.3f macro-F1=%.3f emergency P=%.3f R=%.3f urgent P=%.3f R=%.3f",
			name, rep.N, rep.Accuracy, rep.MacroF1, em.Precision, em.Recall, ur.Precision, ur.Recall)
		if rep.MacroF1 < 0.9 {
			t.Errorf("%s: macro-F1 %.3f < 0.90", name, rep.MacroF1)
		}
		if em.Recall < 1 {
			t.Errorf("%s: emergency recall %.3f < 1", name, em.Recall)
		}
		if em.Precision < 0.9 {
			t.Errorf("%s: emergency precision %.3f < 0.90", name, em.Precision)
		}
		if ur.Recall < 0.9 {
			t.Errorf("%s: urgent recall %.3f < 0.90", name, ur.Recall)
		}
		return rep
	}
	check("all", data)
	langs := triagetest.ByLanguage(data)
	en, es := check("en", langs["en"]), check("es", langs["es"])
	if gap := en.MacroF1 - es.MacroF1; gap > 0.05 || gap < -0.05 {
		t.Errorf("macro-F1 gap between English and Spanish %.3f exceeds 0.05", gap)
	}
}

// TestUrgentNeverRoutine: probe103 (written independently: 50 messages a
// clinician should answer today and 50 routine ones that sound like them,
// no emergency) found no urgent message read as routine at first run
// (two read as emergencies: an 84-year-old's new confusion and a fever
// after a gallbladder operation, left on the escalating side). Every
// urgent message must stay out of the routine queue.
func TestUrgentNeverRoutine(t *testing.T) {
	data := readLabeledFile(t, "testdata/probe103.jsonl")
	c := newDefault(t)
	for _, l := range data {
		if l.Urgency != triage.UrgencyUrgent {
			continue
		}
		r, err := c.Classify(t.Context(), l.Text)
		if err != nil {
			t.Fatal(err)
		}
		if r.Urgency == triage.UrgencyRoutine {
			t.Errorf("urgent read as routine: %q", l.Text)
		}
	}
}

// TestReplyCodeIntents: a message that is only a reminder's reply code
// (probe101 and three other independent sets had "C" read as other) is
// the appointment intent the code stands for; a "c" inside a sentence is
// not.
func TestReplyCodeIntents(t *testing.T) {
	c := newDefault(t)
	for text, want := range map[string]triage.Intent{
		"C":           triage.IntentAppointmentConfirm,
		"c thanks":    triage.IntentAppointmentConfirm,
		"R pls":       triage.IntentAppointmentChange,
		"X gracias":   triage.IntentAppointmentCancel,
		"vitamin c":   triage.IntentOther,
		"c or r? idk": triage.IntentOther,
	} {
		r, err := c.Classify(t.Context(), text)
		if err != nil {
			t.Fatal(err)
		}
		if want == triage.IntentOther {
			if r.Intent == triage.IntentAppointmentConfirm || r.Intent == triage.IntentAppointmentChange {
				t.Errorf("%q: read as the reply code %s", text, r.Intent)
			}
			continue
		}
		if r.Intent != want {
			t.Errorf("%q: intent %s, want %s", text, r.Intent, want)
		}
	}
}

// readLabeledFile reads a labelled JSON Lines set.
func readLabeledFile(t *testing.T, path string) []triage.Labeled {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	data, err := triage.ReadLabeled(f)
	if err != nil {
		t.Fatal(err)
	}
	return data
}
