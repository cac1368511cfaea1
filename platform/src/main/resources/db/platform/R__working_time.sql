-- The working calendar of this service (platform's WorkingCalendarStore writes both tables): the snapshot in force,
-- and its open office hours as rows, so that a report counts working minutes in one SQL query by the same rule as
-- the Java code (platform calendar/WorkingCalendar). A repeatable migration of the platform, in every service's
-- schema; it only creates what is missing and replaces the function.
CREATE TABLE IF NOT EXISTS working_calendar (
    id          integer PRIMARY KEY CHECK (id = 1),
    fingerprint text        NOT NULL,
    snapshot    jsonb       NOT NULL,
    source      text        NOT NULL,
    stored_at   timestamptz NOT NULL
);

CREATE TABLE IF NOT EXISTS office_interval (
    starts_at timestamptz PRIMARY KEY,
    ends_at   timestamptz NOT NULL CHECK (ends_at > starts_at)
);

-- Minutes (with fractions) of open office time between two instants; 0 when "to" is not after "from" or null.
CREATE OR REPLACE FUNCTION working_minutes(from_at timestamptz, to_at timestamptz) RETURNS numeric
    LANGUAGE sql STABLE PARALLEL SAFE AS
$$
SELECT coalesce(sum(extract(epoch FROM least(ends_at, to_at) - greatest(starts_at, from_at))), 0) / 60.0
FROM office_interval
WHERE starts_at < to_at AND ends_at > from_at
$$;
