-- The signed correction as the document its signer signed: the PDF (PDF/A-2b with a PAdES signature), its SHA-256,
-- and the random id of its public verification address (printed in its footer and QR code). Written once, when the
-- Karo signs; the runtime role may read and insert it, never change it.
CREATE TABLE signed_document (
    review_id       uuid PRIMARY KEY REFERENCES review (id),
    verification_id varchar(22) NOT NULL UNIQUE,
    sha256          varchar(64) NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    pdf             bytea       NOT NULL,
    signed_at       timestamptz NOT NULL
);
