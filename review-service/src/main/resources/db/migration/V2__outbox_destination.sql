-- Order is kept per case and destination: a receiver that is down delays only what goes to it.
ALTER TABLE outbox_event ADD COLUMN destination varchar(40) NOT NULL DEFAULT 'request-service';
ALTER TABLE outbox_event ALTER COLUMN destination DROP DEFAULT;
DROP INDEX outbox_pending_idx;
CREATE INDEX outbox_pending_idx ON outbox_event (next_attempt_at) WHERE delivered_at IS NULL;
CREATE INDEX outbox_order_idx ON outbox_event (aggregate_id, destination, created_at) WHERE delivered_at IS NULL;
