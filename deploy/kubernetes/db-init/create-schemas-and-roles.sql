-- One schema and two least-privilege login roles per service, in the database the services share (default: sop).
-- Run once per database by its owner or an administrator, before the services first start:
--   psql "host=DBHOST dbname=sop user=postgres" -v ON_ERROR_STOP=1 \
--        -v request_owner_password=... -v review_owner_password=... -v archive_owner_password=... \
--        -v request_password=... -v review_password=... -v archive_password=... \
--        -f deploy/kubernetes/db-init/create-schemas-and-roles.sql
-- or in the cluster: kubectl apply -n NAMESPACE -k deploy/kubernetes/db-init (a Job running this same file).
-- Idempotent: roles and schemas that exist are kept (their passwords are set again).
--
-- Per service:
--   <svc>_owner  owns the schema and every object in it; Flyway runs as it at the service's start (DB_OWNER_USER).
--   <svc>_svc    the runtime role the application connects as (DB_USER). It owns nothing; the service's
--                afterMigrate grant callbacks give it SELECT and INSERT, UPDATE only on the rows the workflow moves,
--                DELETE only where cleanup needs it: never TRUNCATE, DDL, or a change to the append-only tables.
-- Neither role has any right on another service's schema, on the public schema, or to create databases, roles or
-- schemas.
\set ON_ERROR_STOP on
SELECT current_database() AS db \gset

SELECT format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION CONNECTION LIMIT 60', r)
  FROM unnest(ARRAY['request_owner', 'review_owner', 'archive_owner', 'request_svc', 'review_svc', 'archive_svc']) AS r
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) \gexec

ALTER ROLE request_owner PASSWORD :'request_owner_password';
ALTER ROLE review_owner  PASSWORD :'review_owner_password';
ALTER ROLE archive_owner PASSWORD :'archive_owner_password';
ALTER ROLE request_svc   PASSWORD :'request_password';
ALTER ROLE review_svc    PASSWORD :'review_password';
ALTER ROLE archive_svc   PASSWORD :'archive_password';

-- Nobody but the owner creates objects in public or connects without a grant.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"db" TO request_owner, review_owner, archive_owner, request_svc, review_svc, archive_svc;

-- Trigram indexes for text search (archive-service's record search: its migration V140 creates the index when the
-- extension is here, and does nothing otherwise). pg_trgm is a trusted extension: the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;

CREATE SCHEMA IF NOT EXISTS request_svc AUTHORIZATION request_owner;
CREATE SCHEMA IF NOT EXISTS review_svc  AUTHORIZATION review_owner;
CREATE SCHEMA IF NOT EXISTS archive_svc AUTHORIZATION archive_owner;
-- A database from before the owner roles: the runtime role owned the schema and its tables; the owner takes them over
-- (the next start's grant callbacks then give the runtime role its rights). Nothing to do on a new database.
REASSIGN OWNED BY request_svc TO request_owner;
REASSIGN OWNED BY review_svc  TO review_owner;
REASSIGN OWNED BY archive_svc TO archive_owner;
ALTER SCHEMA request_svc OWNER TO request_owner;
ALTER SCHEMA review_svc  OWNER TO review_owner;
ALTER SCHEMA archive_svc OWNER TO archive_owner;
REVOKE ALL ON SCHEMA request_svc FROM PUBLIC;
REVOKE ALL ON SCHEMA review_svc  FROM PUBLIC;
REVOKE ALL ON SCHEMA archive_svc FROM PUBLIC;

ALTER ROLE request_owner SET search_path = request_svc;
ALTER ROLE review_owner  SET search_path = review_svc;
ALTER ROLE archive_owner SET search_path = archive_svc;
ALTER ROLE request_svc   SET search_path = request_svc;
ALTER ROLE review_svc    SET search_path = review_svc;
ALTER ROLE archive_svc   SET search_path = archive_svc;
