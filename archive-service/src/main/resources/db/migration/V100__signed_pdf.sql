-- The signed correction's PDF, as the Karo signed it: received with the order (its SHA-256 and the random id of its
-- public verification address) and filed with the record as the archived item. The record's chain hash covers the
-- PDF's SHA-256 (records filed before keep their facts and hashes). Neither is ever updated by the application.
ALTER TABLE archive_order
    ADD COLUMN verification_id varchar(22) UNIQUE,
    ADD COLUMN pdf_sha256      varchar(64) CHECK (pdf_sha256 ~ '^[0-9a-f]{64}$'),
    ADD COLUMN pdf             bytea;
ALTER TABLE archive_record
    ADD COLUMN verification_id varchar(22) UNIQUE,
    ADD COLUMN pdf_sha256      varchar(64) CHECK (pdf_sha256 ~ '^[0-9a-f]{64}$'),
    ADD COLUMN pdf             bytea;
