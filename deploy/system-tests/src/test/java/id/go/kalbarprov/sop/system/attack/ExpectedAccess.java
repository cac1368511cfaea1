package id.go.kalbarprov.sop.system.attack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The expected-access table (src/test/resources/expected-access.csv): who may call each operation. Kept by hand on
 * purpose — it is the statement of intent the live services are compared with.
 */
final class ExpectedAccess {

    /** The services, each calling the others as itself with its own role (named as the service). */
    static final Set<String> SERVICES = Set.of("request-service", "review-service", "archive-service");

    /**
     * Every caller the matrix tries; {@code null} stands for a request without a token. {@code service} is the role
     * all three services once shared: nobody holds it any more, and nothing accepts it.
     */
    static final List<String> ROLES = List.of("karo", "kabag", "kasubbag", "pelaksana", "arsiparis", "unit",
            "auditor", "operator", "admin", "request-service", "review-service", "archive-service", "service");
    /** In the roles column: the operation answers without a token too. */
    static final String ANONYMOUS = "anonymous";

    record Row(String key, Set<String> roles, String why) {

        boolean allows(String role) {
            return role == null ? roles.contains(ANONYMOUS) : roles.contains(role);
        }

        /** The first role able to call it: the caller the bad-input attacks use. */
        String firstRole() {
            return roles.stream().filter(r -> !ANONYMOUS.equals(r)).findFirst().orElse("auditor");
        }
    }

    static Map<String, Row> load() {
        Map<String, Row> rows = new LinkedHashMap<>();
        try (InputStream in = ExpectedAccess.class.getResourceAsStream("/expected-access.csv")) {
            if (in == null) {
                throw new AssertionError("expected-access.csv is missing");
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R");
            for (int i = 1; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(",", 5);
                if (cells.length != 5 || cells[4].isBlank()) {
                    throw new AssertionError("expected-access.csv line " + (i + 1) + " needs service,method,path,roles,why");
                }
                Set<String> roles = new LinkedHashSet<>(Arrays.asList(cells[3].strip().split("\\s+")));
                for (String role : roles) {
                    if (!ROLES.contains(role) && !ANONYMOUS.equals(role)) {
                        throw new AssertionError("expected-access.csv line " + (i + 1) + ": unknown role " + role);
                    }
                }
                String key = cells[0].strip() + " " + cells[1].strip().toUpperCase() + " " + cells[2].strip();
                if (rows.put(key, new Row(key, roles, cells[4].strip())) != null) {
                    throw new AssertionError("expected-access.csv lists " + key + " twice");
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }
}
