-- Consent of one address on one channel in one practice; the row holds the
-- latest choice by changed_at (microseconds since the Unix epoch).
CREATE TABLE {consents} (
	practice_id TEXT NOT NULL,
	channel TEXT NOT NULL,
	address_kind TEXT NOT NULL,
	address TEXT NOT NULL,
	state TEXT NOT NULL,
	source TEXT NOT NULL DEFAULT '',
	keyword TEXT NOT NULL DEFAULT '',
	changed_at BIGINT NOT NULL,
	PRIMARY KEY (practice_id, channel, address_kind, address)
);
