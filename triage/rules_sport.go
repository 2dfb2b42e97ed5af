package triage

// sportRules are emergencies of school and youth sport told by parents,
// coaches and trainers: a ball or a hit to the chest and a collapse (the
// heart stopped by the blow), a faint and then confusion (heat, a weight
// cut in a sauna suit), a pulse "all over the place" in a player out of
// it. probe106 (50 such emergencies, 50 look-alikes) found them missing at
// first run.
var sportRules = []rule{
	{kind: "unresponsive", urgency: UrgencyEmergency, patterns: []string{
		"ball|puck|pitch|hit|golpe|pelota|balonazo ~~8 chest|pecho ~~10 dropped|collapsed|fell|cayo|desplomo|desmayo",
		"dropped|collapsed|fell|went ~1 down ~~2 like ~2 a ~1 rock|stone|sack",
	}},
	{kind: "heart_rate", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"pulse|heartbeat|heart|pulso|corazon ~~4 all ~1 over ~1 the ~1 place", "pulse|pulso ~~3 irregular|erratic|loco"},
		"out ~1 of ~1 it", "confus*|confundid*", "dizzy|mareado|mareada", "faint*|desmay*", "passed ~1 out", "blacking|blacked|black ~1 out")},
	// A faint, then confusion or no standing: heat, or worse.
	{kind: "fainting", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"passed ~1 out", "fainted|desmayo|desmayó|collapsed|blacked"},
		"confused|confundid*|out ~1 of ~1 it|doesnt ~2 know ~2 where|no ~2 sabe ~2 donde",
		"cant|can't|cannot|no ~2 stand|parar|pararse|levantar|levantarse")},
}
