package id.go.kalbarprov.sop.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** What a service's runtime role must be refused in its own schema, tried through a connection as that role. */
public final class RuntimeRole {

    /** PostgreSQL's insufficient_privilege: refused by the grants, not by a trigger the owner could drop. */
    public static final String PERMISSION_DENIED = "42501";

    private RuntimeRole() {
    }

    public static void assertRefused(Connection c, String sql) {
        SQLException refused = assertThrows(SQLException.class, () -> {
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }, sql);
        assertEquals(PERMISSION_DENIED, refused.getSQLState(), sql + ": " + refused.getMessage());
    }

    /** UPDATE (of any column), DELETE and TRUNCATE of the table are all refused. */
    public static void assertAppendOnly(Connection c, String schema, String table) throws SQLException {
        String column = firstColumn(c, schema, table);
        assertRefused(c, "UPDATE " + table + " SET " + column + " = " + column);
        assertRefused(c, "DELETE FROM " + table);
        assertRefused(c, "TRUNCATE " + table);
    }

    /** No DDL in the schema: no new table, no change to or drop of an existing one, nothing to Flyway's history. */
    public static void assertNoDdl(Connection c, String table) {
        assertRefused(c, "CREATE TABLE shadow (id int)");
        assertRefused(c, "ALTER TABLE " + table + " ADD COLUMN note text");
        assertRefused(c, "DROP TABLE " + table);
        assertRefused(c, "DELETE FROM flyway_schema_history");
        assertRefused(c, "INSERT INTO flyway_schema_history (installed_rank) VALUES (-1)");
    }

    private static String firstColumn(Connection c, String schema, String table) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("""
                SELECT column_name FROM information_schema.columns
                 WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position LIMIT 1""")) {
            q.setString(1, schema);
            q.setString(2, table);
            try (ResultSet rows = q.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("no table " + schema + "." + table);
                }
                return rows.getString(1);
            }
        }
    }
}
