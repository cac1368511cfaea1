-- The outbox now names each event's destination, as the other services' outboxes do (one relay in platform/).
ALTER TABLE outbox_event ADD COLUMN destination varchar(40) NOT NULL DEFAULT 'request-service';
ALTER TABLE outbox_event ALTER COLUMN destination DROP DEFAULT;
CREATE INDEX outbox_order_idx ON outbox_event (aggregate_id, destination, created_at) WHERE delivered_at IS NULL;
