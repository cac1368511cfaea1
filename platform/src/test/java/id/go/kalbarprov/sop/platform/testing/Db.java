package id.go.kalbarprov.sop.platform.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Direct SQL on the test database, in the service's own schema, behind its back: to look at what was stored, and to
 * change or tamper with it as someone with direct database access could — what the API must never allow.
 */
public final class Db {

    private static final String USER = System.getenv().getOrDefault("TEST_DB_USER", "postgres");
    private static final String PASSWORD = System.getenv().getOrDefault("TEST_DB_PASSWORD", "");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Db() {
    }

    /** A connection of its own (another replica, say), in the service's schema. */
    public static Connection connect() throws SQLException {
        Connection connection = DriverManager.getConnection(DatabaseRoles.URL, USER, PASSWORD);
        try (PreparedStatement s = connection.prepareStatement("SET search_path TO " + ConfigProvider.getConfig()
                .getValue("quarkus.hibernate-orm.database.default-schema", String.class))) {
            s.execute();
        }
        return connection;
    }

    /** Every row of a query, column name to value. */
    public static List<Map<String, Object>> rows(String sql, Object... params) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of a query's first row, as a number. */
    public static long count(String sql, Object... params) {
        return ((Number) rows(sql, params).get(0).values().iterator().next()).longValue();
    }

    /** The payloads of {@code type} the service's outbox holds for a case, oldest first, parsed. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> outbox(UUID caseId, String type) {
        return rows("SELECT payload::text AS payload FROM outbox_event WHERE aggregate_id = ? AND type = ? "
                + "ORDER BY created_at", caseId, type).stream().map(row -> {
                    try {
                        return (Map<String, Object>) JSON.readValue((String) row.get("payload"), Map.class);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).toList();
    }

    /** A change made behind the service's back. */
    public static int update(String sql, Object... params) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a change with the append-only triggers bypassed, as someone with direct database access could. */
    public static int tamper(String sql, Object... params) {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement replica = c.prepareStatement("SET LOCAL session_replication_role = replica");
                 PreparedStatement s = c.prepareStatement(sql)) {
                replica.execute();
                bind(s, params);
                int changed = s.executeUpdate();
                c.commit();
                return changed;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code action} while another connection's open transaction holds the rows {@code lockSql} locks. */
    public static void whileLocked(String lockSql, Runnable action, Object... params) {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement(lockSql)) {
                bind(s, params);
                s.executeQuery().close();
                action.run();
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void bind(PreparedStatement s, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
    }
}
