-- The last answer request-service's register of officers gave about each officer a delegation named (step 9):
-- the fallback when request-service cannot be reached. Replaced on every fresh answer.
CREATE TABLE officer_seen (
    upn      varchar(100) PRIMARY KEY,
    nip      varchar(18)  NOT NULL,
    record   jsonb        NOT NULL,
    seen_at  timestamptz  NOT NULL
);
CREATE INDEX officer_seen_nip_idx ON officer_seen (nip, seen_at DESC);
