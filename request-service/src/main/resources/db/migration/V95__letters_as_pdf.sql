-- The Lembar Disposisi and the Nota Dinas as archival PDFs (issue 14).
-- The incoming letter's subject (perihal), printed on the disposition; absent on earlier cases (printed "-").
ALTER TABLE correction_case ADD COLUMN letter_subject varchar(300);
-- Whether the Kabag signed the Nota Dinas as acting (Plh./Plt.), printed before the post; false on earlier memos.
ALTER TABLE memo ADD COLUMN signer_acting boolean NOT NULL DEFAULT false;

-- Each rendering of a document as a PDF, kept as served: rendered on the first request, the same bytes afterwards.
-- A rendering is keyed by what it prints (source_hash: the SHA-256 of the template data), so a document that changes
-- is rendered again and its earlier rendering stays. audience: BUREAU prints officials' NIPs, UNIT (a unit's copy)
-- does not (README, "Access policy"). Append-only: the runtime role reads and inserts, nothing else.
CREATE TABLE document_pdf (
    id          uuid PRIMARY KEY,
    kind        varchar(20)  NOT NULL CHECK (kind IN ('DISPOSITION', 'MEMO')),
    document_id uuid         NOT NULL,
    case_id     uuid         NOT NULL REFERENCES correction_case (id),
    audience    varchar(10)  NOT NULL CHECK (audience IN ('BUREAU', 'UNIT')),
    source_hash varchar(64)  NOT NULL CHECK (source_hash ~ '^[0-9a-f]{64}$'),
    sha256      varchar(64)  NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    size_bytes  integer      NOT NULL CHECK (size_bytes > 0),
    content     bytea        NOT NULL,
    file_name   varchar(200) NOT NULL,
    rendered_at timestamptz  NOT NULL,
    UNIQUE (kind, document_id, audience, source_hash)
);
CREATE INDEX document_pdf_case_idx ON document_pdf (case_id);
