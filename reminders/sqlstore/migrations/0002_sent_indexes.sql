-- The indexes on sent rows lead with the patient and the contact key
-- instead of the practice, and only the contact index's predicate names
-- the contact key. Before, both led with the practice, and whenever the
-- statistics were stale (taken while no row was sent yet) the planner saw
-- both as equally cheap for a lookup by patient: it could pick the
-- contact index, walk every sent row of the practice for each patient
-- looked up, and stall a claim for seconds. Now a lookup by patient can
-- only use the patient index, and one by contact key the contact index.
DROP INDEX {p}reminders_contact;
DROP INDEX {p}reminders_patient;
CREATE INDEX {p}reminders_sent_contact ON {p}reminders (contact_key, practice_id, sent_us) WHERE state = 'sent' AND contact_key <> '';
CREATE INDEX {p}reminders_sent_patient ON {p}reminders (patient_id, practice_id, sent_us) WHERE state = 'sent';
