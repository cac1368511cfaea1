-- Notifications ("the next actor is told"): the same tables in every service, used by platform's
-- id.go.kalbarprov.sop.platform.notification; a repeatable migration of the platform that only creates what is
-- missing. Written in the transaction of the task they announce.

-- One notice to whoever must act: a role (all its holders see it), and the assignee's login when there is one; a task
-- held by a unit is addressed to role 'unit' with that unit's code. Both languages are kept as written.
CREATE TABLE IF NOT EXISTS notification (
    id              uuid PRIMARY KEY,
    -- The order of writing: the live stream of every replica reads new rows by it.
    seq             bigserial NOT NULL UNIQUE,
    kind            varchar(40) NOT NULL,
    task_id         uuid NOT NULL,
    case_id         uuid,
    step            integer,
    task_name       varchar(60),
    recipient_role  varchar(40),
    recipient_upn   varchar(200),
    recipient_unit  varchar(40),
    title_en        varchar(500) NOT NULL,
    title_id        varchar(500) NOT NULL,
    message_en      varchar(2000) NOT NULL,
    message_id      varchar(2000) NOT NULL,
    due_at          timestamptz,
    created_at      timestamptz NOT NULL
);
-- A breached standard is told once per task, whichever replica's job sees it first.
CREATE UNIQUE INDEX IF NOT EXISTS notification_breach_once ON notification (task_id) WHERE kind = 'STANDARD_BREACHED';
CREATE INDEX IF NOT EXISTS notification_by_role ON notification (recipient_role, seq);
CREATE INDEX IF NOT EXISTS notification_by_upn ON notification (recipient_upn, seq);
CREATE INDEX IF NOT EXISTS notification_by_time ON notification (created_at);

-- Which officer has read which notification (a role's notice is read per officer).
CREATE TABLE IF NOT EXISTS notification_read (
    notification_id uuid NOT NULL REFERENCES notification (id),
    reader_upn      varchar(200) NOT NULL,
    read_at         timestamptz NOT NULL,
    PRIMARY KEY (notification_id, reader_upn)
);

-- Single-use tickets that open the live stream from a browser (an EventSource cannot send a bearer token). Only the
-- SHA-256 of a ticket is kept; a ticket is deleted when used or expired.
CREATE TABLE IF NOT EXISTS stream_ticket (
    ticket_hash varchar(64) PRIMARY KEY,
    upn         varchar(200),
    nip         varchar(18),
    roles       varchar(500) NOT NULL,
    unit        varchar(40),
    expires_at  timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS stream_ticket_expiry ON stream_ticket (expires_at);

-- Provincial systems' webhooks: where notifications go, signed with the webhook's own secret. Removed ones are kept
-- (deleted_at) so a delivery already in the outbox finds its webhook and is dropped rather than sent.
CREATE TABLE IF NOT EXISTS webhook (
    id              uuid PRIMARY KEY,
    url             varchar(2000) NOT NULL,
    secret          varchar(200) NOT NULL,
    event_types     varchar(500) NOT NULL,
    created_at      timestamptz NOT NULL,
    created_by_upn  varchar(200),
    deleted_at      timestamptz
);

-- Every replica's live stream LISTENs on its schema's channel: a new notification wakes it when its transaction
-- commits (NOTIFY is delivered at commit), so a waiting officer learns of a task at once. The payload is the row as
-- JSON, so the stream needs no read; a row too long for a NOTIFY payload (under 8000 bytes) sends only its id, and the
-- stream reads it.
CREATE OR REPLACE FUNCTION notification_announce() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    payload text := row_to_json(NEW)::text;
BEGIN
    IF octet_length(payload) >= 8000 THEN
        payload := NEW.id::text;
    END IF;
    PERFORM pg_notify('sop_notification_' || TG_TABLE_SCHEMA, payload);
    RETURN NULL;
END
$$;
DROP TRIGGER IF EXISTS notification_announce ON notification;
CREATE TRIGGER notification_announce AFTER INSERT ON notification FOR EACH ROW EXECUTE FUNCTION notification_announce();
