-- The signed correction arrives with its sealed amendments and document number; the archive keeps them on the order
-- and, among the hashed facts, on the record. A quarantined arrival says why.
ALTER TABLE archive_order
    ADD COLUMN amendments      jsonb NOT NULL DEFAULT '[]'::jsonb,
    ADD COLUMN document_number varchar(100),
    ADD COLUMN document_date   date;
ALTER TABLE archive_order ALTER COLUMN amendments DROP DEFAULT;

ALTER TABLE archive_record
    ADD COLUMN seals           jsonb,
    ADD COLUMN amendments      jsonb,
    ADD COLUMN document_number varchar(100),
    ADD COLUMN document_date   date;

ALTER TABLE quarantined_arrival ADD COLUMN detail varchar(2000);
