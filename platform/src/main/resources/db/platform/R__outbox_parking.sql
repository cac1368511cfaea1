-- Parked handoffs (platform's outbox package, the same in every service): an event its receiver refused for good
-- (a 4xx other than 401/408/409/429) or that failed sop.outbox.park-after-attempts times is parked — kept with its
-- reason and never sent by the relay until an operator retries it, or skips it (done without delivery). A repeatable
-- migration that only adds what is missing; outbox_event itself is each service's own (V1).
ALTER TABLE outbox_event ADD COLUMN IF NOT EXISTS parked_at timestamptz;
ALTER TABLE outbox_event ADD COLUMN IF NOT EXISTS parked_reason varchar(2000);
ALTER TABLE outbox_event ADD COLUMN IF NOT EXISTS skipped_at timestamptz;
CREATE INDEX IF NOT EXISTS outbox_parked_idx ON outbox_event (destination, aggregate_id, created_at)
    WHERE parked_at IS NOT NULL AND delivered_at IS NULL AND skipped_at IS NULL;

-- What an operator did to a parked event, who and why: one row per action, never changed.
CREATE TABLE IF NOT EXISTS outbox_action (
    id            uuid PRIMARY KEY,
    event_id      uuid NOT NULL,
    action        varchar(10) NOT NULL CHECK (action IN ('RETRY', 'SKIP')),
    actor_upn     varchar(200) NOT NULL,
    actor_name    varchar(200),
    reason        varchar(500) NOT NULL,
    -- The event as the operator found it.
    attempts      integer NOT NULL,
    parked_reason varchar(2000),
    acted_at      timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS outbox_action_by_event ON outbox_action (event_id, acted_at);
