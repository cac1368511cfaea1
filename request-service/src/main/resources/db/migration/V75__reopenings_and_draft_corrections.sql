-- Corrections after forwarding (issue 16).
-- The Kabag may reopen collection for one unit after forwarding: the case waits in REOPENED for that unit's revised
-- rows and resumes the state it was reopened from when the Kabag forwards again.
ALTER TABLE correction_case ADD COLUMN reopened_unit varchar(50);
ALTER TABLE correction_case ADD COLUMN resume_state varchar(20);

-- The Nota Dinas register holds the case's request memo and any reminder memo of a reopening, numbered alike.
ALTER TABLE memo ADD COLUMN kind varchar(20) NOT NULL DEFAULT 'REQUEST';
ALTER TABLE memo ALTER COLUMN kind DROP DEFAULT;
ALTER TABLE memo DROP CONSTRAINT memo_case_id_key;
CREATE UNIQUE INDEX memo_request_idx ON memo (case_id) WHERE kind = 'REQUEST';
CREATE INDEX memo_case_idx ON memo (case_id);

-- One reopening of collection for one unit: who, why, from which state, the reminder memo, the unit's answer and
-- when the Kabag forwarded again. At most one open per case.
CREATE TABLE reopening (
    id               uuid PRIMARY KEY,
    case_id          uuid          NOT NULL REFERENCES correction_case (id),
    unit_code        varchar(50)   NOT NULL,
    reason           varchar(2000) NOT NULL,
    from_state       varchar(20)   NOT NULL,
    reopened_by_upn  varchar(100)  NOT NULL,
    reopened_by_nip  varchar(18),
    reopened_by_name varchar(200),
    reopened_acting  boolean       NOT NULL,
    reopened_at      timestamptz   NOT NULL,
    reminder_memo_id uuid REFERENCES memo (id),
    submission_id    uuid REFERENCES submission (id),
    resubmitted_at   timestamptz,
    closed_at        timestamptz,
    closed_by_upn    varchar(100),
    closing_note     varchar(2000)
);
CREATE UNIQUE INDEX reopening_open_idx ON reopening (case_id) WHERE closed_at IS NULL;
CREATE INDEX reopening_case_idx ON reopening (case_id, reopened_at);

-- A submission made while collection was reopened names the reopening it answers.
ALTER TABLE submission ADD COLUMN reopening_id uuid REFERENCES reopening (id);

-- A task may be a unit's (its revised rows after a reopening): held by the unit, not by a person.
ALTER TABLE task ADD COLUMN assignee_unit varchar(50);
CREATE INDEX task_open_unit_idx ON task (assignee_unit) WHERE done_at IS NULL AND assignee_unit IS NOT NULL;

-- The pelaksana's corrections of a value in the draft (step 4), with the unit's value kept beside: append-only.
CREATE TABLE draft_correction (
    id                    uuid PRIMARY KEY,
    case_id               uuid          NOT NULL REFERENCES correction_case (id),
    row_id                uuid          NOT NULL REFERENCES indicator_row (id),
    unit_code             varchar(50)   NOT NULL,
    indicator_code        varchar(50)   NOT NULL,
    target                numeric(20,4),
    actual_corrected      numeric(20,4),
    unit_target           numeric(20,4),
    unit_actual_corrected numeric(20,4),
    reason                varchar(2000) NOT NULL,
    corrected_by_upn      varchar(100)  NOT NULL,
    corrected_by_nip      varchar(18),
    corrected_by_name     varchar(200),
    corrected_by_post     varchar(200)  NOT NULL,
    corrected_acting      boolean       NOT NULL,
    corrected_at          timestamptz   NOT NULL,
    draft_version         integer       NOT NULL
);
CREATE INDEX draft_correction_case_idx ON draft_correction (case_id, corrected_at);
