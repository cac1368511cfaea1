package id.go.kalbarprov.sop.system.attack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the live OpenAPI documents × every role and no token, against the expected-access table.
 * The calls aim at the archived case, so even an allowed role changes nothing; the database proves it.
 */
class RoleMatrixTest {

    static AttackWorld world;
    static List<Operation> operations;
    static Map<String, ExpectedAccess.Row> table;

    @BeforeAll
    static void start() {
        world = AttackWorld.get();
        operations = Operation.all(world);
        table = ExpectedAccess.load();
    }

    @Test
    void theTableListsExactlyTheOperationsTheServicesServe() {
        Set<String> served = new TreeSet<>();
        operations.forEach(op -> served.add(op.key()));
        Set<String> missingFromTable = new TreeSet<>(served);
        missingFromTable.removeAll(table.keySet());
        Set<String> withoutOperation = new TreeSet<>(table.keySet());
        withoutOperation.removeAll(served);
        assertEquals(Set.of(), missingFromTable, "operations missing from expected-access.csv");
        assertEquals(Set.of(), withoutOperation, "rows of expected-access.csv that no service serves");
    }

    @Test
    void theDocumentsListTheSameRolesAsTheTable() {
        List<String> disagreements = new ArrayList<>();
        for (Operation op : operations) {
            List<String> documented = op.documentedRoles();
            ExpectedAccess.Row row = table.get(op.key());
            if (documented != null && row != null && !new TreeSet<>(documented).equals(new TreeSet<>(row.roles()))) {
                disagreements.add(op.key() + ": documented " + documented + ", table " + row.roles());
            }
        }
        assertEquals(List.of(), disagreements);
    }

    @Test
    void everyRoleGetsExactlyTheAccessTheTableGrantsAndNothingChanges() {
        Map<String, String> before = world.quietChecksums();
        List<String> failures = new ArrayList<>();
        List<String> callers = new ArrayList<>(ExpectedAccess.ROLES);
        callers.add(null);
        Set<String> operationsChecked = new LinkedHashSet<>();
        for (Operation op : operations) {
            ExpectedAccess.Row row = table.get(op.key());
            if (row == null) {
                continue; // reported by theTableListsExactlyTheOperationsTheServicesServe
            }
            operationsChecked.add(op.key());
            for (String role : callers) {
                Http.Answer answer = request(op, role);
                AttackSummary.ROLE_CHECKS.incrementAndGet();
                String verdict = judge(row, role, answer);
                if (verdict != null) {
                    failures.add(op.key() + " as " + (role == null ? "no token" : role) + ": " + verdict);
                }
            }
        }
        AttackSummary.OPERATIONS.set(operationsChecked.size());
        AttackSummary.CALLERS.set(callers.size());
        assertEquals(List.of(), failures);
        world.assertDatabaseUnchanged(before, "the role matrix");
    }

    private static Http.Answer request(Operation op, String role) {
        Http.Call call = Http.call(op.method(), world.url(op.service(), world.concrete(op.path())))
                .token(role == null ? null : AttackWorld.tokenOf(role));
        if (op.bodySchema() != null) {
            call.json("{}");
        }
        return call.send();
    }

    /** Why the answer is wrong for this caller, or null. */
    static String judge(ExpectedAccess.Row row, String role, Http.Answer answer) {
        String unsafe = answer.problems();
        if (unsafe != null) {
            return unsafe;
        }
        if (row.allows(role)) {
            // an allowed role may still be refused for this object (e.g. NOT_YOUR_LEVEL), never for its role
            if (answer.status() == 401 || answer.status() == 403 && "FORBIDDEN".equals(answer.code())) {
                return "allowed by the table, refused: " + answer;
            }
            return null;
        }
        int expected = role == null ? 401 : 403;
        return answer.status() == expected ? null : "expected " + expected + ", got " + answer;
    }
}
