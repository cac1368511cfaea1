-- The trace context of the request that recorded an outbox event (W3C traceparent), restored by the relay so that the
-- delivery and the receiver's work join the sender's trace. Idempotent: every service's outbox_event gets the column.
ALTER TABLE outbox_event ADD COLUMN IF NOT EXISTS trace_parent varchar(55);
