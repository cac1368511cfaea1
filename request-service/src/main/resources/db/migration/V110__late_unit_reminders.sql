-- Deadlines (issue 15): the Kabag reminds the units late with their reply by a numbered Nota Dinas (memo kind
-- LATE_REMINDER), which asks them to reply by a new date. Null on the request memo (it asks by the case's due date)
-- and on reopening reminders.
ALTER TABLE memo ADD COLUMN reply_by date;
ALTER TABLE memo ADD CONSTRAINT memo_kind_known CHECK (kind IN ('REQUEST', 'REMINDER', 'LATE_REMINDER'));
CREATE INDEX memo_case_kind_idx ON memo (case_id, kind);
