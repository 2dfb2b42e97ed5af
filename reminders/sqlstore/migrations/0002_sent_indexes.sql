-- The indexes on sent rows lead with the patient and the contact key
-- instead of the practice. Led by the practice, both served a lookup by
-- patient equally well in the planner's eyes whenever its statistics were
-- stale (taken while no row was sent yet): it could pick the contact
-- index, walk every sent row of the practice for each patient looked up,
-- and stall a claim for seconds. Led by the patient (or contact key), the
-- only index that fits a lookup is the one meant for it.
DROP INDEX {p}reminders_contact;
DROP INDEX {p}reminders_patient;
CREATE INDEX {p}reminders_sent_contact ON {p}reminders (contact_key, practice_id, sent_us) WHERE state = 'sent';
CREATE INDEX {p}reminders_sent_patient ON {p}reminders (patient_id, practice_id, sent_us) WHERE state = 'sent';
