-- A unit's reply may come with a covering letter of its own (number, date) and attachments: the agenda book
-- registers the reply under them.
ALTER TABLE submission ADD COLUMN letter_number varchar(100);
ALTER TABLE submission ADD COLUMN letter_date date;
ALTER TABLE submission ADD COLUMN attachments integer NOT NULL DEFAULT 0;
