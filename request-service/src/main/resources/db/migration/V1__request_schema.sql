-- request-service: SOP 45 steps 1–4. This service's schema only.

CREATE TABLE correction_case (
    id                    uuid PRIMARY KEY,
    title                 varchar(200)  NOT NULL,
    year                  integer       NOT NULL,
    period                varchar(10)   NOT NULL,
    reason                varchar(2000) NOT NULL,
    target_units          text[]        NOT NULL,
    due_date              date          NOT NULL,
    instruction           varchar(2000) NOT NULL,
    urgency               varchar(20)   NOT NULL,
    disposition_note      varchar(2000),
    letter_number         varchar(100),
    letter_date           date,
    letter_from           varchar(200),
    letter_received_at    timestamptz   NOT NULL,
    state                 varchar(20)   NOT NULL,
    version               integer       NOT NULL,
    opened_by_upn         varchar(100)  NOT NULL,
    opened_by_nip         varchar(18),
    opened_by_name        varchar(200),
    opened_acting         boolean       NOT NULL DEFAULT false,
    opened_at             timestamptz   NOT NULL,
    assignee_upn          varchar(100),
    assignee_nip          varchar(18),
    assigned_at           timestamptz,
    draft_versions        integer       NOT NULL DEFAULT 0,
    updated_at            timestamptz   NOT NULL
);
CREATE INDEX correction_case_state_idx ON correction_case (state, opened_at DESC);
CREATE INDEX correction_case_opened_idx ON correction_case (opened_at DESC, id);
CREATE INDEX correction_case_units_idx ON correction_case USING gin (target_units);
CREATE INDEX correction_case_assignee_idx ON correction_case (assignee_upn);

-- Nota Dinas: one per case, numbered gap-free within a calendar year.
CREATE TABLE memo (
    id               uuid PRIMARY KEY,
    case_id          uuid          NOT NULL UNIQUE REFERENCES correction_case (id),
    number           varchar(100)  NOT NULL UNIQUE,
    year             integer       NOT NULL,
    sequence         integer       NOT NULL,
    issued_at        timestamptz   NOT NULL,
    nature           varchar(20)   NOT NULL,
    subject          varchar(300)  NOT NULL,
    body             varchar(10000) NOT NULL,
    addressees       text[]        NOT NULL,
    copies           text[]        NOT NULL,
    attachments      integer       NOT NULL,
    signer_name      varchar(200)  NOT NULL,
    signer_position  varchar(200)  NOT NULL,
    signer_nip       varchar(18),
    issued_by_upn    varchar(100)  NOT NULL,
    UNIQUE (year, sequence)
);

CREATE TABLE memo_counter (
    year      integer PRIMARY KEY,
    last_used integer NOT NULL
);

-- A unit's submission of corrected rows; a resubmission supersedes the earlier one, which stays readable.
CREATE TABLE submission (
    id                uuid PRIMARY KEY,
    case_id           uuid         NOT NULL REFERENCES correction_case (id),
    unit_code         varchar(50)  NOT NULL,
    revision          integer      NOT NULL,
    submitted_at      timestamptz  NOT NULL,
    submitted_by_upn  varchar(100) NOT NULL,
    submitted_by_name varchar(200),
    note              varchar(2000),
    superseded_at     timestamptz,
    UNIQUE (case_id, unit_code, revision)
);
CREATE INDEX submission_current_idx ON submission (case_id, unit_code) WHERE superseded_at IS NULL;

CREATE TABLE indicator_row (
    id               uuid PRIMARY KEY,
    submission_id    uuid          NOT NULL REFERENCES submission (id),
    line_no          integer       NOT NULL,
    indicator_code   varchar(50)   NOT NULL,
    indicator_name   varchar(500)  NOT NULL,
    strategic_goal   varchar(500),
    year             integer       NOT NULL,
    period           varchar(10)   NOT NULL,
    unit_of_measure  varchar(50)   NOT NULL,
    direction        varchar(20)   NOT NULL,
    target           numeric(20,4),
    actual_reported  numeric(20,4),
    actual_corrected numeric(20,4),
    reason           varchar(2000) NOT NULL,
    data_source      varchar(500),
    evidence_refs    text[]        NOT NULL,
    UNIQUE (submission_id, line_no)
);

-- The pelaksana's working draft; frozen copies are draft_version rows.
CREATE TABLE draft (
    case_id      uuid PRIMARY KEY REFERENCES correction_case (id),
    row_ids      uuid[]        NOT NULL,
    notes        varchar(10000),
    conclusion   varchar(10000),
    version      integer       NOT NULL,
    updated_by   varchar(100)  NOT NULL,
    updated_at   timestamptz   NOT NULL
);

CREATE TABLE draft_version (
    case_id          uuid         NOT NULL REFERENCES correction_case (id),
    number           integer      NOT NULL,
    content          text         NOT NULL,
    content_hash     varchar(64)     NOT NULL,
    submitted_by_upn varchar(100) NOT NULL,
    submitted_by_nip varchar(18),
    submitted_at     timestamptz  NOT NULL,
    return_reason    varchar(2000),
    returned_at      timestamptz,
    PRIMARY KEY (case_id, number)
);

-- Every step is a task: who acts, when it became actionable, when it was done, against which standard.
CREATE TABLE task (
    id               uuid PRIMARY KEY,
    case_id          uuid          NOT NULL REFERENCES correction_case (id),
    step             integer       NOT NULL,
    kind             varchar(20)   NOT NULL,
    actor_role       varchar(20)   NOT NULL,
    assignee_upn     varchar(100),
    actionable_at    timestamptz   NOT NULL,
    done_at          timestamptz,
    done_by_upn      varchar(100),
    standard_minutes integer       NOT NULL,
    output           varchar(200)  NOT NULL
);
CREATE INDEX task_open_role_idx ON task (actor_role, actionable_at) WHERE done_at IS NULL;
CREATE INDEX task_open_assignee_idx ON task (assignee_upn) WHERE done_at IS NULL;
CREATE INDEX task_case_idx ON task (case_id);
CREATE INDEX task_done_idx ON task (done_at, step) WHERE done_at IS NOT NULL;

-- The case timeline: append-only.
CREATE TABLE case_event (
    id           bigserial PRIMARY KEY,
    case_id      uuid          NOT NULL REFERENCES correction_case (id),
    at           timestamptz   NOT NULL,
    step         integer,
    kind         varchar(40)   NOT NULL,
    actor_role   varchar(20),
    actor_upn    varchar(100),
    actor_name   varchar(200),
    acting       boolean       NOT NULL DEFAULT false,
    detail       varchar(2000),
    version      integer,
    content_hash varchar(64)
);
CREATE INDEX case_event_case_idx ON case_event (case_id, id);

-- Handoffs to other services, written in the same transaction as the change.
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
    request_hash  varchar(64)     NOT NULL,
    status        integer      NOT NULL,
    body          text,
    location      varchar(500),
    created_at    timestamptz  NOT NULL,
    PRIMARY KEY (principal, idem_key)
);
CREATE INDEX idempotency_created_idx ON idempotency_record (created_at);
