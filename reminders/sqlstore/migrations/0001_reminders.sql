-- Appointments as reminders needs them: the searchable columns, and the
-- whole reminders.Appointment as JSON in doc.
CREATE TABLE {p}reminder_appointments (
    practice_id TEXT NOT NULL,
    id          TEXT NOT NULL,
    patient_id  TEXT NOT NULL,
    start_us    BIGINT NOT NULL,
    version     BIGINT NOT NULL,
    doc         TEXT NOT NULL,
    PRIMARY KEY (practice_id, id)
);

-- One row per planned send (reminders.Reminder). A claim sets lease_owner
-- and lease_until_us; next_us is when a scheduled row can next be
-- claimed: its due_us, or the end of the lease that holds it.
CREATE TABLE {p}reminders (
    practice_id    TEXT NOT NULL,
    id             TEXT NOT NULL,
    appointment_id TEXT NOT NULL,
    patient_id     TEXT NOT NULL,
    offset_ns      BIGINT NOT NULL,
    due_us         BIGINT NOT NULL,
    state          TEXT NOT NULL,
    attempts       INTEGER NOT NULL DEFAULT 0,
    reason         TEXT NOT NULL DEFAULT '',
    lease_owner    TEXT NOT NULL DEFAULT '',
    lease_until_us BIGINT NOT NULL DEFAULT 0,
    next_us        BIGINT NOT NULL,
    channel        TEXT NOT NULL DEFAULT '',
    contact_key    TEXT NOT NULL DEFAULT '',
    provider_id    TEXT NOT NULL DEFAULT '',
    sent_us        BIGINT NOT NULL DEFAULT 0,
    reply          TEXT NOT NULL DEFAULT '',
    replied_us     BIGINT NOT NULL DEFAULT 0,
    offered_slots  TEXT NOT NULL DEFAULT '',
    closed         BOOLEAN NOT NULL DEFAULT FALSE,
    created_us     BIGINT NOT NULL,
    PRIMARY KEY (practice_id, id)
);
CREATE INDEX {p}reminders_next ON {p}reminders (next_us) WHERE state = 'scheduled';
CREATE INDEX {p}reminders_appointment ON {p}reminders (practice_id, appointment_id);
CREATE INDEX {p}reminders_contact ON {p}reminders (practice_id, contact_key, sent_us) WHERE state = 'sent';
CREATE INDEX {p}reminders_patient ON {p}reminders (practice_id, patient_id, sent_us) WHERE state = 'sent';

-- Waitlisted patients (reminders.WaitlistEntry as JSON in doc).
CREATE TABLE {p}reminder_waitlist (
    practice_id TEXT NOT NULL,
    id          TEXT NOT NULL,
    patient_id  TEXT NOT NULL,
    rank        INTEGER NOT NULL,
    created_us  BIGINT NOT NULL,
    doc         TEXT NOT NULL,
    PRIMARY KEY (practice_id, id)
);

-- Offers of freed slots (reminders.Offer as JSON in doc; the claim and
-- close columns are authoritative).
CREATE TABLE {p}reminder_offers (
    practice_id TEXT NOT NULL,
    id          TEXT NOT NULL,
    expires_us  BIGINT NOT NULL,
    created_us  BIGINT NOT NULL,
    closed      BOOLEAN NOT NULL DEFAULT FALSE,
    claimed_by  TEXT NOT NULL DEFAULT '',
    claimed_us  BIGINT NOT NULL DEFAULT 0,
    doc         TEXT NOT NULL,
    PRIMARY KEY (practice_id, id)
);
CREATE INDEX {p}reminder_offers_due ON {p}reminder_offers (expires_us) WHERE claimed_by = '' AND NOT closed;

-- The recipients of each offer, to find an offer by the address a reply
-- came from.
CREATE TABLE {p}reminder_offer_contacts (
    practice_id TEXT NOT NULL,
    offer_id    TEXT NOT NULL,
    patient_id  TEXT NOT NULL,
    contact_key TEXT NOT NULL,
    PRIMARY KEY (practice_id, offer_id, patient_id)
);
CREATE INDEX {p}reminder_offer_contacts_key ON {p}reminder_offer_contacts (practice_id, contact_key);
