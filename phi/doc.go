// Package phi finds and protects protected health information (PHI) in
// patient messages: detection, redaction, de-identified exports, the
// minimum-necessary rule for channel tiers, and field encryption at rest.
//
// # Detection
//
// A Detector returns Spans: byte offsets, a Kind (NAME, DATE, PHONE, SSN,
// MRN, ADDRESS...), a confidence and the rule that matched. New returns the
// default detector for English and Spanish text. It combines validated
// patterns (North American and international phone numbers, numeric and
// written dates in both languages, SSNs under the SSA rules, card numbers
// under Luhn, e-mail, URLs, IPv4, ZIP codes next to a state or a cue),
// context cues ("MRN", "member id", "DOB", "expediente", "my name is",
// "me llamo", "for my son", sign-offs), street addresses, and the
// public-domain name lists of package names. Forms of other countries
// count too: Latin American, Spanish and Portuguese street addresses with
// their floor, unit, colonia and postal code ("C/ Gran Vía 28, 3º izda,
// Madrid 28013"), Canadian and British postcodes, national ids grouped
// by dots after their cues ("C.C. 71.456.882", "RUT 12.345.678-K"),
// British numbers with their trunk 0, dates with a Roman-numeral month,
// and abbreviated given names ("Ma.", "Mª"). Addresses written from the
// home outwards, as in India, the Philippines, Britain and Australia
// ("Flat 302, Sai Krupa Apartments, Road No. 12, Hyderabad 500034", "Blk 7
// Lot 22, Brgy. San Roque, Tagum City"), rural routes ("RR 2 Box 148"),
// national and insurance ids after the name of their scheme ("Aadhaar",
// "PhilHealth no.", "SSS no."), days written in words ("March third",
// "primero de abril") and loosely stated ages ("tiene 70 y pico", "I'll be
// 74 in June") are found too; a fixed public holiday asked about ("¿atienden
// el 1 de mayo?") is no patient's date. So are phone numbers told digit by
// digit in words ("three one two five five five ..."), nicknames in quotes
// inside a full name ("Leonard \"Len\" Fitzgerald"), capitalised particles
// ("Ana Luz De la Cruz", "Le Thi Hoa"), surnames written first in capitals
// ("LIU Jianguo"), ages by decade or with a half ("in his late 70s", "9 and
// a half"), ways named by their ordinal number ("6a Avenida 3-45 Zona 1")
// and street addresses typed in lower case that close on a town and state. Clinicians ("Dr. Patel",
// "Ann Lee, MD") and clinical numbers (doses, vitals, pain scores, rooms,
// times, prices) are not patient PHI and are left alone.
//
// Places and dates are mostly found by the shape of the text rather than
// by lists of places: a name after a verb of care or movement ("transferred to
// Kernan", "seen at Lakeview Medical Center", "moved from Fresno", "lives
// in ...", "trasladado a ..."), ward names with their number, facilities
// in notes written all in capitals or all in lower case (told from
// everyday words by the SCOWL word list of package names), towns after
// "in" and after a person's "of", weekdays joined to dates, day ranges,
// months after a cue, and years of past events ("CABG 1992"). A name or a
// place found once is marked wherever it recurs in the same text. States
// and countries are larger than Safe Harbor's geographic identifiers and
// are left alone ("we're going to Ghana"); a town before one is not
// ("Accra, Ghana").
//
// Without a verb, a preposition ("to", "from", "at", "on", "in", "by",
// "@") is enough before a name whose own shape says it is a place: a
// hospital acronym ending in H or MC ("sent to RGH", "W/U by BVMC") and
// never a clinical abbreviation ("to LCS", "OOB to CH"); a ward or building
// with its one-digit number ("on Halverston 6", "transfer to
// halverston2", "Plan: Halverston 2"), never a drug and its dose; a name
// before a facility word ("at Grace Memorial", "mardell campus", "Kernan
// hospital"), never a describing word ("outside hospital", "poor
// health"); a saint ("accepted by St. Brigid"); a university ("U of MD");
// a person's house ("at jonah fields's house"); a region ("from the
// North Shore"); a school ("Indian Springs Elementary"); and a town of the
// GeoNames gazetteer in package names ("son from Elkhart", "moved to
// Palm Bay"), asking for a word about living or coming from somewhere
// when the town's name is also an everyday word or a person's name.
// Family and visitors in care notes are found by how notes name them:
// "DAUGHTER-DESTINY", "social: tom visited", "keep Castellano family aware",
// "significant other danny", "mrs novak", "MS LOMBARDI", "husband
// radovan.", and two names before a phone label ("Tavita Oyelowo cell#").
// Dates follow clinical events even where a score would be read
// ("extubation 3/8", "accident 12/7"), years come in lists ("CABG 1957,
// 1971", "CVA in 94 and 00"), decades ("in the 1980s") and orientation
// checks ("knows it is 2020"). Messages add their own forms: "I'm Maya's
// mom", "Grandma Ruth", "Olu here", "hi its dmitri again", "Thanks - Will",
// "J. Whitfield", "Luis de la Cruz", "+1 (614) 555-0166", "Fri 9/5".
// Given names spelt as everyday words count where grammar makes them a
// person: the subject of a verb no modal or noun takes ("Will has a
// rash", "Hope needs her booster"), or a capitalised word the message
// gave as a name already ("my father Will Grant ... Will can't drive");
// "I hope" and "will call" stay unmarked. Full names follow cues that
// alone would be too weak ("patient Bashir bin Hamdan", "authorization
// for Pieter de Wit", "Name on the account is ..."), and repeat in
// parentheses in any case ("big mike (michael d. johnson-reyes)"). Ages
// come in words ("she's eighty-nine", "de ochenta y dos años"). The
// practice's own line ("555-0100 (your main line)"), a person seen on a
// screen ("I saw ... on TV"), a store of a retail chain, a firm of
// partners ("Fairbanks & Lowe LLP") and the bare year of a habit or a
// home ("quit in 2015") are not reported.
//
// Semi-structured text (intake forms pasted in, insurance cards typed
// out, lab slips, referral letters, voicemail transcripts) brings values
// after labels: "Patient: QUINTANA, MIRIAM T", "AFILIADO: PEÑA ROBLES,
// JUAN CARLOS", "RxGRP: HX2207", "Accession: QP771204K", "AGE: 58",
// "Edad: 37 a", numbers and years told in words ("two oh six five five
// five ...", "june fifth two thousand fifteen"). What names a plan, a
// product or an organisation is left: a card's RxBIN and PCN, an NPI, a
// vaccine's lot and its expiry, an office's main line or department fax,
// a shared mailbox ("frontdesk@"), a letterhead's address after the
// organisation's name. A clinician after a title stays neutral, named
// in full or not ("Dr. Miriam Castellanos", "Dr. Lee"), whichever
// practice they work in.
//
// Every stated age is reported as AGE ("7 years old", "45 y/o", "he is
// 72", "tengo 30 años"). Config.SafeHarborAges reports only ages over 89,
// the ones HIPAA's Safe Harbor method counts as identifiers.
//
//	det, _ := phi.New(phi.Config{})
//	spans, err := det.Detect(ctx, text)
//
// # Figures
//
// On the PhysioNet deid gold standard (2,434 ICU nursing notes, scored by
// examples/eval: a gold span is caught when every non-space byte is
// covered; clinicians' names are neutral; ages under 90 are not counted,
// as Safe Harbor), the rules reach recall 0.957 and precision 0.925
// (F1 0.940); by kind, recall is 0.977 for dates, 0.961 for names, 0.940
// for places and 0.887 for phones. The deid tool published with the
// corpus, scored the same way, reaches recall 0.944 and precision 0.66.
// On the labeled messages of testdata (messages*.txt, 214 spans), recall
// is 0.995 and precision 1.00. BenchmarkDetect takes about 18 µs of CPU
// for its eight messages (703 bytes): near 40 MB/s on one core. These
// figures were measured on data the rules were written against; the
// quality bars are meant for independent data. Run
//
//	go run ./examples/eval -task phi -format physionet -data ../shared/data/phi/physionet-deid -misses
//
// to list every missed gold span and every wrong detection with its
// context.
//
// # Redaction and exports
//
// A Redactor replaces what a Detector finds with type tags ("[PHONE]"),
// keyed pseudonyms ("[PHONE-kqzmtbwa]", the same value giving the same
// token under one practice's key) or masks that keep the last four digits.
// Redacting twice changes nothing. An Exporter turns conversations into a
// Safe-Harbor-style de-identified export for analytics and QA: pseudonymous
// ids, redacted text, and times reduced to the year and offsets.
//
// # Channel tiers
//
// Each channel declares a Tier. A Policy decides what an outbound message
// may carry on it: low tiers (SMS, WhatsApp, plain e-mail) get no clinical
// detail and no identifiers such as MRNs or birth dates. A message that
// would break the rule is refused with a *BlockedError naming the kinds
// and topics (never the text), or, when PolicyConfig.SecureNotice is set,
// replaced by a "you have a secure message" notice while the original goes
// to a secure tier. Policy.Check(ctx, tier, text) is the hook for the
// outbound path of package inbox.
//
// # Logs
//
// Package safelog wraps a zap Core or a slog Handler so that PHI in
// messages and string fields is redacted before it is written.
//
// # Encryption at rest
//
// A Keyring seals fields with AES-256-GCM envelope encryption: a fresh
// data key per value, wrapped by the active key-encryption key whose id is
// stored in the ciphertext. The Field (practice, table, record, column) is
// bound as associated data, so ciphertexts cannot be moved between
// records. Old keys keep decrypting, and Rotate moves a value to the active
// key. A BlindIndex gives keyed equality tokens so that a store can look
// up a phone or e-mail without storing it in clear.
package phi
