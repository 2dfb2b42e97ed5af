-- Contacts, conversations and messages of the inbox. Times are
-- microseconds since the Unix epoch (UTC); NULL is "not set". Lists
-- (addresses, media, status history) and the triage verdict are JSON text.
CREATE TABLE {contacts} (
	practice_id TEXT NOT NULL,
	id TEXT NOT NULL,
	key TEXT NOT NULL,
	addresses TEXT NOT NULL DEFAULT '',
	patient_id TEXT NOT NULL DEFAULT '',
	verified BOOLEAN NOT NULL DEFAULT FALSE,
	link TEXT NOT NULL DEFAULT '',
	created_at BIGINT NOT NULL,
	PRIMARY KEY (practice_id, id),
	UNIQUE (practice_id, key)
);

CREATE TABLE {conversations} (
	practice_id TEXT NOT NULL,
	id TEXT {binary} NOT NULL,
	subject TEXT NOT NULL,
	patient_id TEXT NOT NULL DEFAULT '',
	contact_id TEXT NOT NULL DEFAULT '',
	status TEXT NOT NULL,
	channel TEXT NOT NULL DEFAULT '',
	queue TEXT NOT NULL DEFAULT '',
	assignee TEXT NOT NULL DEFAULT '',
	priority INTEGER NOT NULL DEFAULT 0,
	urgency TEXT NOT NULL DEFAULT '',
	intent TEXT NOT NULL DEFAULT '',
	emergency BOOLEAN NOT NULL DEFAULT FALSE,
	first_response_due BIGINT,
	first_response_at BIGINT,
	message_count INTEGER NOT NULL DEFAULT 0,
	created_at BIGINT NOT NULL,
	updated_at BIGINT NOT NULL,
	closed_at BIGINT,
	PRIMARY KEY (practice_id, id)
);
-- One conversation that is not closed per subject, enforced here.
CREATE UNIQUE INDEX {@conversations_open_subject} ON {conversations} (practice_id, subject) WHERE status <> 'closed';
CREATE INDEX {@conversations_recent} ON {conversations} (practice_id, updated_at DESC, id DESC);
CREATE INDEX {@conversations_queue} ON {conversations} (practice_id, queue, updated_at DESC, id DESC);
CREATE INDEX {@conversations_assignee} ON {conversations} (practice_id, assignee, updated_at DESC, id DESC);

CREATE TABLE {messages} (
	seq {seq_pk},
	practice_id TEXT NOT NULL,
	id TEXT NOT NULL,
	conversation_id TEXT NOT NULL,
	contact_id TEXT NOT NULL,
	direction TEXT NOT NULL,
	channel TEXT NOT NULL DEFAULT '',
	provider_id TEXT NOT NULL DEFAULT '',
	type TEXT NOT NULL DEFAULT '',
	raw_type TEXT NOT NULL DEFAULT '',
	text TEXT NOT NULL DEFAULT '',
	subject TEXT NOT NULL DEFAULT '',
	payload TEXT NOT NULL DEFAULT '',
	media TEXT NOT NULL DEFAULT '',
	in_reply_to TEXT NOT NULL DEFAULT '',
	author_id TEXT NOT NULL DEFAULT '',
	automated BOOLEAN NOT NULL DEFAULT FALSE,
	status TEXT NOT NULL DEFAULT '',
	status_history TEXT NOT NULL DEFAULT '',
	error_code TEXT NOT NULL DEFAULT '',
	triage TEXT NOT NULL DEFAULT '',
	handled_by TEXT NOT NULL DEFAULT '',
	created_at BIGINT NOT NULL,
	sent_at BIGINT,
	UNIQUE (practice_id, id),
	FOREIGN KEY (practice_id, conversation_id) REFERENCES {conversations} (practice_id, id)
);
-- Webhook dedupe: a provider message is stored once per practice and channel.
CREATE UNIQUE INDEX {@messages_provider} ON {messages} (practice_id, channel, provider_id) WHERE provider_id <> '';
CREATE INDEX {@messages_thread} ON {messages} (practice_id, conversation_id, created_at, seq);
