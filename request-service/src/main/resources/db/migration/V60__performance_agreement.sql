-- Perjanjian Kinerja: per unit and year, a revision-numbered performance agreement. Every change (a PUT of the whole
-- agreement, or an import) appends a new revision with who, when and why; earlier revisions stay readable. The
-- runtime role only reads and appends these tables: nothing in them is ever updated or deleted.
CREATE TABLE agreement (
    id               uuid PRIMARY KEY,
    unit_code        varchar(50)   NOT NULL,
    year             integer       NOT NULL,
    revision         integer       NOT NULL,
    reason           varchar(2000) NOT NULL,
    source           varchar(10)   NOT NULL,
    recorded_by_upn  varchar(100)  NOT NULL,
    recorded_by_name varchar(200),
    recorded_at      timestamptz   NOT NULL,
    UNIQUE (unit_code, year, revision),
    CHECK (revision > 0),
    CHECK (source IN ('API', 'IMPORT'))
);

CREATE TABLE agreement_indicator (
    agreement_id      uuid          NOT NULL REFERENCES agreement (id),
    line_no           integer       NOT NULL,
    indicator_code    varchar(50)   NOT NULL,
    indicator_name    varchar(500)  NOT NULL,
    unit_of_measure   varchar(50)   NOT NULL,
    direction         varchar(20)   NOT NULL,
    -- only for a lower-is-better indicator; null: the service's configured convention
    lower_is_better_convention varchar(30),
    strategic_goal    varchar(500),
    target            numeric(20,4) NOT NULL,
    -- per-period targets (Triwulan I–IV); null: the annual target
    target_q1         numeric(20,4),
    target_q2         numeric(20,4),
    target_q3         numeric(20,4),
    target_q4         numeric(20,4),
    PRIMARY KEY (agreement_id, line_no),
    UNIQUE (agreement_id, indicator_code),
    CHECK (direction = 'LOWER_IS_BETTER' OR lower_is_better_convention IS NULL)
);

-- A submission takes its rows' indicators and targets from the agreement revision current at submission.
ALTER TABLE submission ADD COLUMN agreement_revision integer;
-- The row's target is the agreement's for the case's period; a unit may correct it, separately and with a reason.
ALTER TABLE indicator_row ADD COLUMN target_corrected numeric(20,4);
ALTER TABLE indicator_row ADD COLUMN target_correction_reason varchar(2000);
ALTER TABLE indicator_row ADD COLUMN lower_is_better_convention varchar(30);
ALTER TABLE indicator_row ADD CONSTRAINT indicator_row_target_correction_complete
    CHECK ((target_corrected IS NULL) = (target_correction_reason IS NULL));
