-- The case search by state and report year (GET /api/v1/cases?state=…&year=…[&unit=…]), newest first: with only
-- (state, opened_at) the database combined the state and unit indexes and sorted, 70 ms for a page at 1M cases
-- (deploy/bench/README.md, "Reads at scale"); in this order it reads the state's and year's cases already sorted and
-- stops at the page's end (1 ms). IF NOT EXISTS: an operator may have made it by hand ahead of the release.
CREATE INDEX IF NOT EXISTS correction_case_state_year_idx ON correction_case (state, year, opened_at DESC, id);
