package id.go.kalbarprov.sop.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The two database roles of a service in the test database, as in production: the owner ({@code <service>_owner}),
 * which owns the schema and runs Flyway, and the runtime role ({@code <service>_svc}) the application connects as,
 * with only what the service's {@code R__runtime_grants.sql} grants it. Created if missing (roles are cluster-wide, so
 * other checkouts may have made them already) by the administrator of the test database ({@code TEST_DB_USER}).
 * Locally both log in with their own name as password (trust auth ignores it).
 * <p>
 * A service's tests start it with {@code @WithTestResource(value = DatabaseRoles.class, scope = GLOBAL,
 * initArgs = @ResourceArg(name = "service", value = "archive"))}.
 */
public class DatabaseRoles implements QuarkusTestResourceLifecycleManager {

    public static final String URL = System.getenv().getOrDefault("TEST_DB_URL",
            "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String ADMIN = System.getenv().getOrDefault("TEST_DB_USER", "postgres");
    private static final String ADMIN_PASSWORD = System.getenv().getOrDefault("TEST_DB_PASSWORD", "");

    private String service;

    @Override
    public void init(Map<String, String> initArgs) {
        service = initArgs.get("service");
    }

    @Override
    public Map<String, String> start() {
        prepare(service);
        return Map.of();
    }

    @Override
    public void stop() {
        // The roles stay: they are shared by every run on this server.
    }

    public static String owner(String service) {
        return service + "_owner";
    }

    public static String runtime(String service) {
        return service + "_svc";
    }

    /** The service's schema, owned by its owner role, and both roles with the right to connect. */
    public static synchronized void prepare(String service) {
        String schema = runtime(service);
        try (Connection c = DriverManager.getConnection(URL, ADMIN, ADMIN_PASSWORD); Statement s = c.createStatement()) {
            for (String role : new String[] {owner(service), runtime(service)}) {
                // Another checkout may create the same role at the same moment: the loser's duplicate is harmless.
                s.execute("DO $$ BEGIN CREATE ROLE " + role + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT; "
                        + "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$");
                s.execute("ALTER ROLE " + role + " PASSWORD '" + role + "'");
                s.execute("GRANT CONNECT ON DATABASE \"" + c.getCatalog() + "\" TO " + role);
            }
            String owner = schemaOwner(c, schema);
            if (owner != null && !owner.equals(owner(service))) {
                // A test database from before the two roles: its tables belong to someone else; tests start clean.
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
            s.execute("CREATE SCHEMA IF NOT EXISTS " + schema + " AUTHORIZATION " + owner(service));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the database roles of " + service + ": " + e.getMessage(), e);
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

    private static String schemaOwner(Connection c, String schema) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(
                "SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = ?")) {
            q.setString(1, schema);
            try (ResultSet rows = q.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }
}
