-- The record text search (lower(description) LIKE '%text%') reads a trigram index instead of every record, when the
-- pg_trgm extension is installed in the database. Creating an extension needs a privilege the schema's owner role does
-- not have: db-init (deploy/kubernetes/db-init) and the local scripts create it. Without it this migration does
-- nothing, and the search still answers (by scanning). The operator class is named with the extension's schema,
-- which is not on the owner role's search path.
DO $$
DECLARE
    trgm_schema name;
BEGIN
    SELECT n.nspname INTO trgm_schema
      FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
     WHERE e.extname = 'pg_trgm';
    IF trgm_schema IS NOT NULL THEN
        EXECUTE format('CREATE INDEX IF NOT EXISTS archive_record_description_trgm_idx ON archive_record '
                       'USING gin (lower(description) %I.gin_trgm_ops)', trgm_schema);
    END IF;
END $$;

-- Searches name a year almost always; with it the newest matching records come from one index range.
CREATE INDEX IF NOT EXISTS archive_record_year_sequence_idx ON archive_record (year, sequence);

-- Statistics of lower(description) exist only once the expression is indexed and the table analysed; without them the
-- planner guesses a handful of matches for any text and picks the trigram bitmap even for a text every record holds.
ANALYZE archive_record;
