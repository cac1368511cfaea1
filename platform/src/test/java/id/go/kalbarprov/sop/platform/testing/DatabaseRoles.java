package id.go.kalbarprov.sop.platform.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The two database roles of a service in the test database, as in production: the owner ({@code <service>_owner}),
 * which owns the schema and runs Flyway, and the runtime role ({@code <service>_svc}) the application connects as,
 * with only what the service's grant callbacks ({@code afterMigrate}) give it. Created if missing (roles are cluster-wide, so
 * other checkouts may have made them already) by the administrator of the test database ({@code TEST_DB_USER}).
 * Locally both log in with their own name as password (trust auth ignores it). Plain JDBC, so that the system tests
 * can prepare their database with it too; a service's tests use it through {@link DatabaseRolesResource}.
 */
public final class DatabaseRoles {

    public static final String URL = System.getenv().getOrDefault("TEST_DB_URL",
            "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String ADMIN = System.getenv().getOrDefault("TEST_DB_USER", "postgres");
    private static final String ADMIN_PASSWORD = System.getenv().getOrDefault("TEST_DB_PASSWORD", "");

    private DatabaseRoles() {
    }

    public static String owner(String service) {
        return service + "_owner";
    }

    public static String runtime(String service) {
        return service + "_svc";
    }

    /** In the test database ({@code TEST_DB_URL}). */
    public static synchronized void prepare(String service) {
        try (Connection admin = DriverManager.getConnection(URL, ADMIN, ADMIN_PASSWORD)) {
            prepare(admin, service);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the database roles of " + service + ": " + e.getMessage(), e);
        }
    }

    /** The service's schema, owned by its owner role, and both roles with the right to connect to the database. */
    public static void prepare(Connection admin, String service) throws SQLException {
        String schema = runtime(service);
        try (Statement s = admin.createStatement()) {
            for (String role : new String[] {owner(service), runtime(service)}) {
                // Another checkout may create the same role at the same moment: the loser's duplicate is harmless.
                s.execute("DO $$ BEGIN CREATE ROLE " + role + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT; "
                        + "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$");
                s.execute("ALTER ROLE " + role + " PASSWORD '" + role + "'");
                s.execute("GRANT CONNECT ON DATABASE \"" + admin.getCatalog() + "\" TO " + role);
            }
            if (ownedByAnother(admin, schema, owner(service))) {
                // A test database from before the two roles: its tables belong to someone else; tests start clean.
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
            s.execute("CREATE SCHEMA IF NOT EXISTS " + schema + " AUTHORIZATION " + owner(service));
            // As db-init does: the trigram extension archive-service's text search index needs (another checkout may
            // create it at the same moment).
            s.execute("DO $$ BEGIN CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public; "
                    + "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$");
        }
    }

    /** A connection as one of the service's roles, to try what that role may and may not do. */
    public static Connection connectAs(String role, String schema) throws SQLException {
        Connection connection = DriverManager.getConnection(URL, role, role);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO " + schema);
        }
        return connection;
    }

    /** Whether the schema, or anything in it, belongs to another role than its owner role. */
    private static boolean ownedByAnother(Connection c, String schema, String owner) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("""
                SELECT EXISTS (SELECT 1 FROM pg_namespace n WHERE n.nspname = ? AND pg_get_userbyid(n.nspowner) <> ?)
                    OR EXISTS (SELECT 1 FROM pg_class k JOIN pg_namespace n ON n.oid = k.relnamespace
                                WHERE n.nspname = ? AND pg_get_userbyid(k.relowner) <> ?)""")) {
            q.setString(1, schema);
            q.setString(2, owner);
            q.setString(3, schema);
            q.setString(4, owner);
            try (ResultSet rows = q.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }
}
