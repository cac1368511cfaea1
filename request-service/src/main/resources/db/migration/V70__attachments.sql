-- Attachments (files) on a case, a unit's submission or a draft version. Their metadata and SHA-256 always live here;
-- the bytes live in attachment_content (sop.attachments.store=postgres, the default) or in S3-compatible object
-- storage under the attachment's id (store=s3). bytea rather than large objects: a file is at most
-- sop.attachments.max-bytes (20 MB), far under bytea's 1 GB; it is written and rolled back with its metadata in one
-- transaction, needs no lo_* rights for the runtime role, and cannot be orphaned (a large object outlives its row).
CREATE TABLE attachment (
    id               uuid PRIMARY KEY,
    case_id          uuid         NOT NULL REFERENCES correction_case (id),
    parent_kind      varchar(20)  NOT NULL CHECK (parent_kind IN ('CASE', 'SUBMISSION', 'DRAFT')),
    submission_id    uuid REFERENCES submission (id),
    draft_version    integer,
    unit_code        varchar(50),
    file_name        varchar(200) NOT NULL,
    media_type       varchar(100) NOT NULL,
    size_bytes       bigint       NOT NULL CHECK (size_bytes > 0),
    sha256           varchar(64)  NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    description      varchar(500),
    store            varchar(10)  NOT NULL,
    uploaded_by_upn  varchar(100) NOT NULL,
    uploaded_by_name varchar(200),
    uploaded_by_role varchar(30)  NOT NULL,
    uploaded_at      timestamptz  NOT NULL,
    CHECK ((parent_kind = 'SUBMISSION') = (submission_id IS NOT NULL)),
    CHECK ((parent_kind = 'DRAFT') = (draft_version IS NOT NULL))
);
CREATE INDEX attachment_case_idx ON attachment (case_id, parent_kind);
CREATE INDEX attachment_submission_idx ON attachment (submission_id) WHERE submission_id IS NOT NULL;

CREATE TABLE attachment_content (
    attachment_id uuid PRIMARY KEY REFERENCES attachment (id),
    content       bytea NOT NULL
);

-- A reply entered on behalf of a unit (a letter that came on paper or by e-mail): who entered it, in which role,
-- and the reply letter's file (an attachment of the submission).
ALTER TABLE submission ADD COLUMN entered_by_role varchar(30);
ALTER TABLE submission ADD COLUMN on_behalf boolean NOT NULL DEFAULT false;
ALTER TABLE submission ADD COLUMN letter_attachment_id uuid REFERENCES attachment (id);
