-- The record search by processing unit (lower(processing_unit) = lower(?), newest first) had no index of its own: a
-- unit with no records read every record of the archive backwards by sequence to find none (9.4 s at 1M records,
-- deploy/bench/README.md, "Reads at scale"). This index gives a unit's records in the search's order. IF NOT EXISTS:
-- an operator may make it by hand ahead of a release (CREATE INDEX CONCURRENTLY on a large archive).
CREATE INDEX IF NOT EXISTS archive_record_unit_idx ON archive_record (lower(processing_unit), sequence DESC);
