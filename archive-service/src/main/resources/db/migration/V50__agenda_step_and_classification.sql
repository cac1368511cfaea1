-- Each agenda entry names the SOP step in which its document was received or made, and the document's archive
-- classification (e.g. 000.8.6.3, performance accountability). Entries registered before stay without them.
ALTER TABLE agenda_entry ADD COLUMN step integer CHECK (step BETWEEN 1 AND 10);
ALTER TABLE agenda_entry ADD COLUMN classification varchar(30);
CREATE INDEX agenda_entry_case_date_idx ON agenda_entry (case_id, date, year, number);
