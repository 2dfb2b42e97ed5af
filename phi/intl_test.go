package phi_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/phi"
)

// TestDetectInternationalIDs covers identifiers written the way other
// countries write them: digits grouped in thousands by dots, cues spelt as
// dotted abbreviations, groups apart by spaces, and values after weak
// cues or an insurer's name.
func TestDetectInternationalIDs(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"dotted thousands after dni", "Mi DNI: 28.765.432 por si lo necesitan", []want{{"28.765.432", phi.KindID}}},
		{"cedula after a comma", "me pidieron la cédula, es 1.098.765.432 gracias", []want{{"1.098.765.432", phi.KindID}}},
		{"dotted cue", "firmado por Pedro, C.C. 80.123.456 de Cali", []want{{"80.123.456", phi.KindID}}},
		{"dotted postal code", "Col. Roma, C.P. 06700", []want{{"06700", phi.KindZIP}}},
		{"spaced groups after a cue", "numero de afiliado 40 118822 3 02 por favor", []want{{"40 118822 3 02", phi.KindAccount}}},
		{"insurer between", "su póliza de Sura es PL-0045512 vigente", []want{{"PL-0045512", phi.KindAccount}}},
		{"plan id after an insurer", "my Aetna plan number is W88123450 since May", []want{{"W88123450", phi.KindAccount}}},
		{"card number", "her ohip card is 1234-567-890-AB", []want{{"1234-567-890-AB", phi.KindID}}},
		{"serial in spanish", "el número de serie es KX-22B1907", []want{{"KX-22B1907", phi.KindID}}},
		{"patient number", "patient no. H7730012, please check", []want{{"H7730012", phi.KindMRN}}},
	})
	noPHI(t, d,
		"the care plan is 2 weeks of rest",
		"patient received 100cc of saline",
		"patient in room 12, plan 7-10days of antibiotics",
		"the copay was $1.250.000 pesos",
		"card reader at room 4 is broken",
		"Patient on SIMV 50 with PEEP 5",
	)
}

// TestDetectSpanishAddressTails covers the parts written after the house
// number of Spanish and Latin American addresses, and postal codes after
// them.
func TestDetectSpanishAddressTails(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"floor and door", "nueva dirección C/ Mayor 14, 2º dcha, Valencia, gracias",
			[]want{{"C/ Mayor 14, 2º dcha, Valencia", phi.KindAddress}}},
		{"stop word in a street name", "Vivo en Paseo de la Castellana 100, Madrid.", []want{{"Paseo de la Castellana 100, Madrid", phi.KindAddress}}},
		{"postal code after the town", "Mi casa: Avenida Libertador 4500, 7° A, Rosario 2000, los espero",
			[]want{{"Avenida Libertador 4500, 7° A, Rosario", phi.KindAddress}, {"2000", phi.KindZIP}}},
		{"unit and colonia", "estamos en Calzada Tlalpan 880, Int. 12, Col. Portales Norte, Monterrey",
			[]want{{"Calzada Tlalpan 880, Int. 12, Col. Portales Norte, Monterrey", phi.KindAddress}}},
		{"postal code in parentheses", "Av. Santa Fe 1100, Córdoba (X5000ABC)", []want{{"Av. Santa Fe 1100, Córdoba", phi.KindAddress}, {"X5000ABC", phi.KindZIP}}},
		{"colombian with a cardinal way", "ahora vivo en Diagonal 40 # 25 Sur-60, Cali", []want{{"Diagonal 40 # 25 Sur-60, Cali", phi.KindAddress}}},
		{"colombian with a letter", "queda en Carrera 7 # 45B-12, Bogotá", []want{{"Carrera 7 # 45B-12, Bogotá", phi.KindAddress}}},
	})
	noPHI(t, d,
		"La cita con el Dr. Smith es a las 3:30, consultorio 12.",
		"tomo 2 tabletas, 500 mg, Ibuprofeno",
		"pagué $500, Farmacia del Ahorro",
	)
}
