-- Each full walk of the integrity chain (GET /api/v1/records/verification), with its verdict and when it finished:
-- the newest is what GET /api/v1/records/verification/last and a document's public verification show, so that
-- nobody needs to walk the whole chain again to learn it. Append-only (the runtime role may only insert and read).
CREATE TABLE chain_verification_run (
    id                uuid PRIMARY KEY,
    started_at        timestamptz  NOT NULL,
    finished_at       timestamptz  NOT NULL,
    intact            boolean      NOT NULL,
    checked           bigint       NOT NULL,
    last_sequence     bigint       NOT NULL,
    last_hash         varchar(64)  NOT NULL,
    broken_sequence   bigint,
    broken_record_id  uuid,
    broken_fault      varchar(30),
    run_by_upn        varchar(100) NOT NULL
);
CREATE INDEX chain_verification_run_finished_idx ON chain_verification_run (finished_at DESC);
