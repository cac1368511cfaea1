-- review-service: SOP 45 steps 5–7. This service's schema only.

-- One review per correction case; its rounds follow returns and resubmissions.
CREATE TABLE review (
    id              uuid PRIMARY KEY,
    case_id         uuid         NOT NULL UNIQUE,
    title           varchar(200) NOT NULL,
    year            integer      NOT NULL,
    period          varchar(10)  NOT NULL,
    status          varchar(30)  NOT NULL,
    level           integer      NOT NULL,
    round           integer      NOT NULL,
    current_version integer      NOT NULL,
    lock_version    integer      NOT NULL,
    created_at      timestamptz  NOT NULL,
    updated_at      timestamptz  NOT NULL,
    signed_at       timestamptz
);
CREATE INDEX review_status_idx ON review (status, level, updated_at DESC);
CREATE INDEX review_updated_idx ON review (updated_at DESC, id);

-- Versions 1..N of a review's draft: submitted by the pelaksana or amended by a reviewer. Never change.
CREATE TABLE review_version (
    review_id     uuid          NOT NULL REFERENCES review (id),
    number        integer       NOT NULL,
    round         integer       NOT NULL,
    origin        varchar(20)   NOT NULL,
    draft_version integer,
    level         integer,
    author_upn    varchar(100)  NOT NULL,
    author_nip    varchar(18),
    author_name   varchar(200),
    author_acting boolean       NOT NULL,
    note          varchar(2000),
    content       text          NOT NULL,
    content_hash  varchar(64)   NOT NULL,
    diff          jsonb         NOT NULL,
    created_at    timestamptz   NOT NULL,
    PRIMARY KEY (review_id, number),
    UNIQUE (review_id, draft_version)
);

-- Every act of a reviewer: who, in which post and capacity, when, what, on which version and hash. Never change.
CREATE TABLE review_act (
    id           bigserial PRIMARY KEY,
    review_id    uuid          NOT NULL REFERENCES review (id),
    round        integer       NOT NULL,
    level        integer       NOT NULL,
    kind         varchar(20)   NOT NULL,
    upn          varchar(100)  NOT NULL,
    nip          varchar(18),
    name         varchar(200),
    post         varchar(100)  NOT NULL,
    acting       boolean       NOT NULL,
    at           timestamptz   NOT NULL,
    reason       varchar(2000),
    version      integer       NOT NULL,
    content_hash varchar(64)   NOT NULL
);
CREATE INDEX review_act_review_idx ON review_act (review_id, id);
-- A level decides once per round: two concurrent approvals cannot both be recorded.
CREATE UNIQUE INDEX review_act_one_decision_idx ON review_act (review_id, round, level) WHERE kind <> 'AMENDED';

-- Seals of the approvals (paraf and signature): the signed statement's fields and the signature.
CREATE TABLE review_seal (
    id           bigserial PRIMARY KEY,
    review_id    uuid          NOT NULL REFERENCES review (id),
    act_id       bigint        NOT NULL UNIQUE REFERENCES review_act (id),
    level        integer       NOT NULL,
    act          varchar(20)   NOT NULL,
    upn          varchar(100)  NOT NULL,
    nip          varchar(18),
    name         varchar(200),
    post         varchar(100)  NOT NULL,
    acting       boolean       NOT NULL,
    at           timestamptz   NOT NULL,
    version      integer       NOT NULL,
    content_hash varchar(64)   NOT NULL,
    algorithm    varchar(40)   NOT NULL,
    key_id       varchar(100)  NOT NULL,
    signature    text          NOT NULL
);
CREATE INDEX review_seal_review_idx ON review_seal (review_id, id);

-- Records that never change: refuse UPDATE and DELETE at the database too.
CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'integrity_constraint_violation';
END $$;
CREATE TRIGGER review_version_append_only BEFORE UPDATE OR DELETE ON review_version
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER review_act_append_only BEFORE UPDATE OR DELETE ON review_act
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER review_seal_append_only BEFORE UPDATE OR DELETE ON review_seal
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- Every level is a task: who acts, when it became actionable, when it was done, against which standard.
CREATE TABLE review_task (
    id               uuid PRIMARY KEY,
    review_id        uuid          NOT NULL REFERENCES review (id),
    round            integer       NOT NULL,
    level            integer       NOT NULL,
    actor_role       varchar(20)   NOT NULL,
    actionable_at    timestamptz   NOT NULL,
    done_at          timestamptz,
    done_by_upn      varchar(100),
    outcome          varchar(20),
    standard_minutes integer       NOT NULL
);
CREATE INDEX review_task_open_idx ON review_task (actor_role, actionable_at) WHERE done_at IS NULL;
CREATE UNIQUE INDEX review_task_one_open_idx ON review_task (review_id) WHERE done_at IS NULL;
CREATE INDEX review_task_done_idx ON review_task (done_at, level) WHERE done_at IS NOT NULL;

-- Handoffs to other services, written in the same transaction as the change. The payload is the body to deliver.
CREATE TABLE outbox_event (
    id              uuid PRIMARY KEY,
    type            varchar(60)  NOT NULL,
    aggregate_id    uuid         NOT NULL,
    payload         jsonb        NOT NULL,
    created_at      timestamptz  NOT NULL,
    attempts        integer      NOT NULL DEFAULT 0,
    next_attempt_at timestamptz  NOT NULL,
    last_error      varchar(2000),
    delivered_at    timestamptz
);
CREATE INDEX outbox_pending_idx ON outbox_event (next_attempt_at) WHERE delivered_at IS NULL;

-- Events from other services applied here, so a repeated delivery changes nothing.
CREATE TABLE applied_event (
    event_id   uuid PRIMARY KEY,
    applied_at timestamptz NOT NULL
);

-- Idempotency-Key records: a retry returns the first answer.
CREATE TABLE idempotency_record (
    principal     varchar(100) NOT NULL,
    idem_key      varchar(200) NOT NULL,
    request_hash  varchar(64)  NOT NULL,
    status        integer      NOT NULL,
    body          text,
    location      varchar(500),
    created_at    timestamptz  NOT NULL,
    PRIMARY KEY (principal, idem_key)
);
CREATE INDEX idempotency_created_idx ON idempotency_record (created_at);
