package id.go.kalbarprov.sop.review.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Direct SQL on the test database: to look at what was stored, and to tamper with it as an attacker would. */
public final class Db {

    private static final String URL = System.getenv().getOrDefault("TEST_DB_URL",
            "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = System.getenv().getOrDefault("TEST_DB_USER", "postgres");
    private static final String PASSWORD = System.getenv().getOrDefault("TEST_DB_PASSWORD", "");

    private Db() {
    }

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

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    /** The payloads of {@code type} this service's outbox holds for a case, oldest first, parsed. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> outbox(java.util.UUID caseId, String type) {
        return rows("SELECT payload::text AS payload FROM outbox_event WHERE aggregate_id = ? AND type = ? "
                + "ORDER BY created_at", caseId, type).stream().map(row -> {
                    try {
                        return (Map<String, Object>) JSON.readValue((String) row.get("payload"), Map.class);
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
    }

    public static long count(String sql, Object... params) {
        return ((Number) rows(sql, params).get(0).values().iterator().next()).longValue();
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

    public static int update(String sql, Object... params) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            return s.executeUpdate();
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

    private static Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(URL, USER, PASSWORD);
        try (PreparedStatement s = c.prepareStatement("SET search_path TO review_svc")) {
            s.execute();
        }
        return c;
    }

    private static void bind(PreparedStatement s, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
    }
}
