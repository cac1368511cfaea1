-- The inbox (GET /api/v1/tasks: open tasks of the caller's role, login or unit, oldest first) reads the open tasks in
-- the order it shows them and stops at its page's end. With the role and assignee indexes alone the database gathered
-- every open task of the caller's branches and sorted them: at 1M cases (8,000 open tasks, scattered over a table of
-- 10.9M) a page cost 107 ms cold and 6 ms warm (deploy/bench/README.md, "Reads at scale"). The included columns
-- answer the caller's branches from the index itself. IF NOT EXISTS: an operator may make it by hand ahead of a release
-- (CREATE INDEX CONCURRENTLY on a large table).
CREATE INDEX IF NOT EXISTS task_open_order_idx ON task (actionable_at, id)
    INCLUDE (actor_role, assignee_upn, assignee_unit) WHERE done_at IS NULL;
