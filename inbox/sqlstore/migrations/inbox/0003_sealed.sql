-- sealed marks rows whose PHI columns are encrypted (Config.Keyring):
-- contacts' addresses (with the key, whose column then holds a blind index
-- token) and messages' text, subject, payload, media, triage and ext.
ALTER TABLE {contacts} ADD COLUMN sealed BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE {messages} ADD COLUMN sealed BOOLEAN NOT NULL DEFAULT FALSE;
