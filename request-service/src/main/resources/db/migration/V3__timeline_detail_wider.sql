-- A timeline entry carries a prefix and a whole officer's text (an instruction, a note, a return reason of up to
-- 2,000 characters, a step reported by review-service of up to 2,200): varchar(2000) refused the longest ones.
ALTER TABLE case_event ALTER COLUMN detail TYPE varchar(4400);
