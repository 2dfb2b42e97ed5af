-- PostgreSQL only. Keys and codes compare byte by byte (collation "C"),
-- as Go compares strings and as SQLite's BINARY does: ids sort the same
-- in every store, and the indexes on them, which every claim and every
-- result updates, compare with memcmp instead of the database's locale
-- (strcoll), the largest share of the server's work per reminder.
ALTER TABLE {p}reminder_appointments
    ALTER COLUMN practice_id TYPE TEXT COLLATE "C",
    ALTER COLUMN id TYPE TEXT COLLATE "C",
    ALTER COLUMN patient_id TYPE TEXT COLLATE "C";
ALTER TABLE {p}reminders
    ALTER COLUMN practice_id TYPE TEXT COLLATE "C",
    ALTER COLUMN id TYPE TEXT COLLATE "C",
    ALTER COLUMN appointment_id TYPE TEXT COLLATE "C",
    ALTER COLUMN patient_id TYPE TEXT COLLATE "C",
    ALTER COLUMN state TYPE TEXT COLLATE "C",
    ALTER COLUMN lease_owner TYPE TEXT COLLATE "C",
    ALTER COLUMN contact_key TYPE TEXT COLLATE "C";
ALTER TABLE {p}reminder_waitlist
    ALTER COLUMN practice_id TYPE TEXT COLLATE "C",
    ALTER COLUMN id TYPE TEXT COLLATE "C",
    ALTER COLUMN patient_id TYPE TEXT COLLATE "C";
ALTER TABLE {p}reminder_offers
    ALTER COLUMN practice_id TYPE TEXT COLLATE "C",
    ALTER COLUMN id TYPE TEXT COLLATE "C",
    ALTER COLUMN claimed_by TYPE TEXT COLLATE "C";
ALTER TABLE {p}reminder_offer_contacts
    ALTER COLUMN practice_id TYPE TEXT COLLATE "C",
    ALTER COLUMN offer_id TYPE TEXT COLLATE "C",
    ALTER COLUMN patient_id TYPE TEXT COLLATE "C",
    ALTER COLUMN contact_key TYPE TEXT COLLATE "C";
