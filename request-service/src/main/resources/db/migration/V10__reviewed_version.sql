-- The version as reviewed that came back with a return (what levels 5 and 6 amended): the pelaksana revises from it
-- and the next draft version keeps the reviewers' corrections. One per returned draft version; never changed.
CREATE TABLE reviewed_version (
    case_id         uuid          NOT NULL REFERENCES correction_case (id),
    draft_version   integer       NOT NULL,
    review_version  integer       NOT NULL,
    content         text          NOT NULL,
    content_hash    varchar(64)   NOT NULL,
    returned_by_upn varchar(100)  NOT NULL,
    returned_at     timestamptz   NOT NULL,
    PRIMARY KEY (case_id, draft_version)
);
