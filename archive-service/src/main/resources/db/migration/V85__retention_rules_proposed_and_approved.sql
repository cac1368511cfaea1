-- Retention rules need two people: the arsiparis proposes a new line of the schedule or a change to one, the
-- Kasubbag TU approves (or rejects) it, and only an approved rule is in retention_rule. A rule that destroys records
-- must keep them at least the minimum retention of their classification (retention_minimum).

-- The schedule's current, approved lines. Every line there today stays in force as version 1, approved when and by
-- whom it was added (before this rule one archivist alone added lines).
ALTER TABLE retention_rule
    ADD COLUMN version     integer,
    ADD COLUMN approved_at timestamptz,
    ADD COLUMN approved_by varchar(100),
    ADD COLUMN proposal_id uuid;
UPDATE retention_rule SET version = 1, approved_at = created_at, approved_by = created_by;
ALTER TABLE retention_rule
    ALTER COLUMN version SET NOT NULL,
    ALTER COLUMN approved_at SET NOT NULL,
    ALTER COLUMN approved_by SET NOT NULL,
    ADD CONSTRAINT retention_rule_version_positive CHECK (version >= 1);

-- Minimum retention (active + inactive years) of a classification before its records may be destroyed. Reference
-- data, kept by migration; it applies to the code and its sub-codes. A code with no minimum here (nor above it)
-- needs at least 1 year (RetentionMinimums.DEFAULT_MINIMUM_YEARS).
CREATE TABLE retention_minimum (
    classification_code varchar(30)  PRIMARY KEY,
    minimum_years       integer      NOT NULL CHECK (minimum_years >= 1 AND minimum_years <= 200),
    source              varchar(500) NOT NULL
);
INSERT INTO retention_minimum VALUES
    ('000.8.6.3', 5, 'Design domain note: performance accountability (SAKIP) 2 years active + 3 inactive, destroy (unconfirmed against the JRA)'),
    ('000.8.3.3', 5, 'Design domain note: SOP documents 2 years active + 3 inactive, permanent'),
    ('000.5.3.1', 5, 'Design domain note: agenda books 2 years active + 3 inactive, destroy');

-- A proposal: a new line (base_version NULL) or a change of the line at base_version, what it was (before_*) and
-- what it would be; it has no effect until a Kasubbag other than the proposer approves it.
CREATE TABLE retention_proposal (
    id                       uuid PRIMARY KEY,
    classification_code      varchar(30)   NOT NULL,
    base_version             integer,
    state                    varchar(20)   NOT NULL CHECK (state IN ('PENDING', 'APPROVED', 'REJECTED')),
    title                    varchar(300)  NOT NULL,
    active_years             integer       NOT NULL CHECK (active_years >= 0),
    inactive_years           integer       NOT NULL CHECK (inactive_years >= 0),
    final_disposition        varchar(20)   NOT NULL CHECK (final_disposition IN ('DESTROY', 'PERMANENT', 'REVIEW')),
    note                     varchar(2000),
    before_title             varchar(300),
    before_active_years      integer,
    before_inactive_years    integer,
    before_final_disposition varchar(20),
    before_note              varchar(2000),
    reason                   varchar(2000) NOT NULL,
    proposed_by_upn          varchar(100)  NOT NULL,
    proposed_by_nip          varchar(18),
    proposed_by_name         varchar(200),
    proposed_acting          boolean       NOT NULL,
    proposed_at              timestamptz   NOT NULL,
    decided_by_upn           varchar(100),
    decided_by_nip           varchar(18),
    decided_by_name          varchar(200),
    decided_acting           boolean,
    decided_at               timestamptz,
    decision_reason          varchar(2000),
    resulting_version        integer,
    CHECK ((base_version IS NULL) = (before_title IS NULL)),
    CHECK ((state = 'PENDING') = (decided_at IS NULL)),
    CHECK ((state = 'APPROVED') = (resulting_version IS NOT NULL))
);
CREATE INDEX retention_proposal_code_idx ON retention_proposal (classification_code, proposed_at);
CREATE INDEX retention_proposal_state_idx ON retention_proposal (state, proposed_at);
