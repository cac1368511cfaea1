-- A memo goes to many units at once: "to" lists them all, so the parties need more room than one name.
ALTER TABLE agenda_entry ALTER COLUMN from_party TYPE varchar(500);
ALTER TABLE agenda_entry ALTER COLUMN to_party TYPE varchar(2000);
ALTER TABLE agenda_entry ALTER COLUMN forwarded_to TYPE varchar(500);
