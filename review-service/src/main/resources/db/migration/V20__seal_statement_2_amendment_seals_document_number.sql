-- Seals in statement format SOP45-SEAL/2 also cover the review, the officer's name and post and, for the signature,
-- the document number and date; an amendment is sealed too (act AMENDMENT), from its base version and hash. Seals
-- made before keep format SOP45-SEAL/1 and are verified in it.
ALTER TABLE review_seal ADD COLUMN format varchar(20) NOT NULL DEFAULT 'SOP45-SEAL/1';
ALTER TABLE review_seal ALTER COLUMN format DROP DEFAULT;
ALTER TABLE review_seal
    ADD COLUMN base_version    integer,
    ADD COLUMN base_hash       varchar(64),
    ADD COLUMN document_number varchar(100),
    ADD COLUMN document_date   date;

-- The signed correction's number, given when the Karo signs.
ALTER TABLE review
    ADD COLUMN document_number varchar(100),
    ADD COLUMN document_date   date;
CREATE UNIQUE INDEX review_document_number_idx ON review (document_number) WHERE document_number IS NOT NULL;

-- The running number of signed corrections, per calendar year (WIB). The signing transaction takes the year's row
-- lock, so numbers are gap-free: a rolled-back signature gives its number back.
CREATE TABLE correction_counter (
    year          integer PRIMARY KEY,
    last_sequence integer NOT NULL
);
