-- The inbox's capped count (GET /api/v1/reviews, open tasks of the caller's level, up to 1,001) joins each open task
-- to its review: with the review id in the index the tasks are read from the index alone, not from the table (at 1M
-- cases with 2,000 open tasks of a level: 10-12 ms against 5-6 ms; deploy/bench/README.md, "Reads at scale").
-- IF NOT EXISTS: an operator may make it by hand ahead of a release (CREATE INDEX CONCURRENTLY on a large table).
CREATE INDEX IF NOT EXISTS review_task_open_inbox_idx ON review_task (actor_role, actionable_at) INCLUDE (review_id)
    WHERE done_at IS NULL;
