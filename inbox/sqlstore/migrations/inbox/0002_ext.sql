-- ext holds, as a JSON object, the fields of a conversation or message that
-- have no column of their own (those added to the model after the columns
-- were), so that new fields are kept without a migration each. '' is "no
-- such field set". Columns stay authoritative for the fields they hold.
ALTER TABLE {conversations} ADD COLUMN ext TEXT NOT NULL DEFAULT '';
ALTER TABLE {messages} ADD COLUMN ext TEXT NOT NULL DEFAULT '';
