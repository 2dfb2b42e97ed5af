-- Audit events, append-only. event is the JSON encoding of audit.Event as
-- given; the other columns are copied out of it for queries.
CREATE TABLE {audit_events} (
	seq {seq_pk},
	practice_id TEXT NOT NULL,
	time BIGINT NOT NULL,
	action TEXT NOT NULL,
	patient_id TEXT NOT NULL DEFAULT '',
	event TEXT NOT NULL
);
CREATE INDEX {@audit_events_time} ON {audit_events} (practice_id, time);
CREATE INDEX {@audit_events_patient} ON {audit_events} (practice_id, patient_id, time) WHERE patient_id <> '';
CREATE INDEX {@audit_events_action} ON {audit_events} (practice_id, action, time);
