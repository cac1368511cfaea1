-- One schema and one least-privilege login role per service, in the database the services share (default: sop).
-- Run once per database by its owner or an administrator, before the services first start:
--   psql "host=DBHOST dbname=sop user=postgres" -v ON_ERROR_STOP=1 \
--        -v request_password=... -v review_password=... -v archive_password=... \
--        -f deploy/kubernetes/db-init/create-schemas-and-roles.sql
-- or in the cluster: kubectl apply -n NAMESPACE -k deploy/kubernetes/db-init (a Job running this same file).
-- Idempotent: roles and schemas that exist are kept (their passwords are set again).
-- Each role: logs in, owns its own schema (Flyway creates and migrates the tables there at service start), and has
-- no right on any other schema, on the public schema, or to create databases, roles or schemas.
\set ON_ERROR_STOP on
SELECT current_database() AS db \gset

SELECT format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION CONNECTION LIMIT 60', r)
  FROM unnest(ARRAY['request_svc', 'review_svc', 'archive_svc']) AS r
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) \gexec

ALTER ROLE request_svc PASSWORD :'request_password';
ALTER ROLE review_svc  PASSWORD :'review_password';
ALTER ROLE archive_svc PASSWORD :'archive_password';

-- Nobody but the owner creates objects in public or connects without a grant.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"db" TO request_svc, review_svc, archive_svc;

CREATE SCHEMA IF NOT EXISTS request_svc AUTHORIZATION request_svc;
CREATE SCHEMA IF NOT EXISTS review_svc  AUTHORIZATION review_svc;
CREATE SCHEMA IF NOT EXISTS archive_svc AUTHORIZATION archive_svc;
ALTER SCHEMA request_svc OWNER TO request_svc;
ALTER SCHEMA review_svc  OWNER TO review_svc;
ALTER SCHEMA archive_svc OWNER TO archive_svc;
REVOKE ALL ON SCHEMA request_svc FROM PUBLIC;
REVOKE ALL ON SCHEMA review_svc  FROM PUBLIC;
REVOKE ALL ON SCHEMA archive_svc FROM PUBLIC;

ALTER ROLE request_svc SET search_path = request_svc;
ALTER ROLE review_svc  SET search_path = review_svc;
ALTER ROLE archive_svc SET search_path = archive_svc;
