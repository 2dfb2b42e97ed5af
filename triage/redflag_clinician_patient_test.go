package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// TestFindRedFlagsCliniciansCosmeticPain holds the classes found by
// probe143 (healthcare workers as patients), probe144 (cosmetic
// procedures) and probe145 (pain and opioids), in words other than those
// sets': chest pressure told in a clinician's shorthand, CP with SOB, a
// swollen calf with breathlessness, an animal sedative injected by
// accident, a pulse "42 de pulso", a pulse ox's 85, a goodbye in a text, a
// plan to drive into the median, bleeding "a chorros" for an hour, a
// child who ate a numbing cream, cutting that cannot stop. And the
// look-alikes: a joke taken back ("real question", "ya en serio"), a
// chest sore from laughing, naloxone taught or given and handed over to
// EMS, "if someone overdoses", sickle cell pain "breathing fine", a
// wallet "bleeding out", a clot that "no era nada", none of a wrong pill
// taken yet, a pulse ox low with cold hands and normal once rechecked.
func TestFindRedFlagsCliniciansCosmeticPain(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"substernal pressure", "RN here, substernal pressure for 20 min, probably reflux", "chest_pain", triage.UrgencyEmergency},
		{"pressure to the jaw", "tightness in my chest radiating to my jaw since lunch", "chest_pain", triage.UrgencyEmergency},
		{"CP and SOB", "medic here, CP and SOB since I woke up", "breathing", triage.UrgencyEmergency},
		{"calf and SOB", "my calf has been swollen and tender since the trip and now I'm short of breath", "pulmonary_embolism", triage.UrgencyEmergency},
		{"ketamine stick", "vet tech, just stuck myself with the ketamine syringe during a spay", "overdose", triage.UrgencyEmergency},
		{"de pulso", "me siento débil y mareado, el oxímetro dice 38 de pulso", "heart_rate", triage.UrgencyEmergency},
		{"pulse ox", "my pulse ox at home says 85 and I feel dizzy", "breathing", triage.UrgencyEmergency},
		{"a text says goodbye", "my sister sent a text that says goodbye and she isn't picking up", "suicidal", triage.UrgencyEmergency},
		{"the median", "I keep planning to steer into the median on my way home", "suicidal", triage.UrgencyEmergency},
		{"a chorros", "después de la cirugía de nariz estoy sangrando a chorros", "severe_bleeding", triage.UrgencyEmergency},
		{"bleeding an hour", "been 60 minutes bleeding from the tattoo site on my hand and it won't slow", "severe_bleeding", triage.UrgencyEmergency},
		{"numbing cream eaten", "my toddler ate the lidocaine numbing cream off my counter", "overdose", triage.UrgencyEmergency},
		{"can't stop cutting", "I can't stop cutting tonight, I need help", "self_harm", triage.UrgencyEmergency},

		{"a joke taken back", "can't breathe lol my cat is sleeping on my face. real question, is the flu shot in yet?", "", triage.UrgencyRoutine},
		{"ya en serio", "me quiero morir con este calor jajaja pero ya en serio, ¿tienen citas el sábado?", "", triage.UrgencyRoutine},
		{"from laughing", "my stomach hurts so bad from laughing at the staff party video", "", triage.UrgencyRoutine},
		{"naloxone taught", "the pharmacist showed me how to use narcan, do I need a prescription for a second box?", "", triage.UrgencyRoutine},
		{"naloxone handed over", "I gave narcan to a man at the bus stop yesterday, he came around and the ambulance took him. Can I get a new kit?", "overdose", triage.UrgencyUrgent},
		{"if someone overdoses", "if someone overdoses, how long do I wait between narcan doses?", "", triage.UrgencyRoutine},
		{"sickle cell, breathing fine", "sickle cell flare in my knees, 6/10, breathing fine, can I get fluids today?", "", triage.UrgencyUrgent},
		{"wallet bleeding out", "my wallet is bleeding out from these copays lol, is there a payment plan?", "", triage.UrgencyRoutine},
		{"no era nada", "me llegó la cuenta de emergencias de cuando pensé que tenía un infarto (no era nada). ¿Puedo pagar en partes?", "", triage.UrgencyRoutine},
		{"none taken yet", "the pharmacy gave me 100 mg instead of 25, I haven't taken any yet, which is right?", "", triage.UrgencyRoutine},
		{"ox low, then normal", "pulse ox said 80 with my cold fingers, I warmed them and now it reads 98", "low_oxygen", triage.UrgencyUrgent},
	})
}
