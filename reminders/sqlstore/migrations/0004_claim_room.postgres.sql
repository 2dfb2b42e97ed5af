-- PostgreSQL only. Pages of reminders are filled to half, so that the
-- claims of a whole page's rows in one batch fit beside them: a claim
-- changes only the lease columns, which no index covers, and when the new
-- version of the row fits in its page PostgreSQL writes no index entry
-- for it (a HOT update). Claims then cost the indexes nothing, and leave
-- them no dead entries to clean up.
ALTER TABLE {p}reminders SET (fillfactor = 50);
