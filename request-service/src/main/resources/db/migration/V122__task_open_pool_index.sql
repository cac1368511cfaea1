-- The inbox's first branch (open tasks of the caller's role that nobody holds) gets an index of its own. The role
-- index held every open task of a role, held or not, so a pelaksana's inbox (a pelaksana's tasks are all held by
-- someone) fetched every open pelaksana task to find none in the pool: at 1M cases 2,000 rows and 6 ms for an empty
-- page; with this index the three branches' indexes give the caller's few tasks in 0.2 ms, sorted after
-- (deploy/bench/README.md, "Reads at scale"). The inbox was the role index's only reader. IF [NOT] EXISTS: an operator
-- may make it by hand ahead of a release (CREATE INDEX CONCURRENTLY on a large table).
CREATE INDEX IF NOT EXISTS task_open_pool_idx ON task (actor_role, actionable_at)
    WHERE done_at IS NULL AND assignee_upn IS NULL AND assignee_unit IS NULL;
DROP INDEX IF EXISTS task_open_role_idx;
