-- The chain signed with archive-service's chain key, which is not in the database: an owner who rewrites a record and
-- recomputes every hash after it cannot make the signatures of the rewritten links.

-- One signature per link, over its sequence and record hash (ChainSignature.link), made in the filing transaction.
CREATE TABLE chain_signature (
    sequence    bigint       PRIMARY KEY,
    record_hash varchar(64)  NOT NULL,
    algorithm   varchar(40)  NOT NULL,
    key_id      varchar(100) NOT NULL,
    signature   text         NOT NULL,
    signed_at   timestamptz  NOT NULL
);

-- Checkpoints: the signed head at a moment, also written to the log to be kept elsewhere (ChainSignature.checkpoint).
CREATE TABLE chain_checkpoint (
    id          uuid         PRIMARY KEY,
    sequence    bigint       NOT NULL,
    record_hash varchar(64)  NOT NULL,
    taken_at    timestamptz  NOT NULL,
    reason      varchar(500) NOT NULL,
    algorithm   varchar(40)  NOT NULL,
    key_id      varchar(100) NOT NULL,
    signature   text         NOT NULL
);
CREATE INDEX chain_checkpoint_taken_idx ON chain_checkpoint (taken_at DESC);

CREATE FUNCTION refuse_chain_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'integrity_constraint_violation';
END;
$$;
CREATE TRIGGER chain_signature_immutable BEFORE UPDATE OR DELETE ON chain_signature
    FOR EACH ROW EXECUTE FUNCTION refuse_chain_change();
CREATE TRIGGER chain_signature_no_truncate BEFORE TRUNCATE ON chain_signature
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_chain_change();
CREATE TRIGGER chain_checkpoint_immutable BEFORE UPDATE OR DELETE ON chain_checkpoint
    FOR EACH ROW EXECUTE FUNCTION refuse_chain_change();
CREATE TRIGGER chain_checkpoint_no_truncate BEFORE TRUNCATE ON chain_checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_chain_change();
