-- A signature whose PDF is still to be made. The Karo's signing transaction writes this row together with the act,
-- its seal and the year's document number; the PDF is rendered and PAdES-sealed after that transaction commits, so
-- the year's number counter (locked until commit, which keeps numbers gap-free) is held for milliseconds, not for a
-- PDF render or a remote signer's answer. The row goes in the transaction that stores the signed document and hands
-- it to archive-service; a row left by a crash or a failing signer is retried (SignedCorrections).
CREATE TABLE pending_signed_document (
    review_id  uuid PRIMARY KEY REFERENCES review (id),
    signed_at  timestamptz  NOT NULL,
    attempts   integer      NOT NULL DEFAULT 0,
    last_error varchar(500)
);
