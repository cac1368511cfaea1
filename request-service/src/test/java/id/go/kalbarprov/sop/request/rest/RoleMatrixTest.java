package id.go.kalbarprov.sop.request.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.request.support.Cases;
import id.go.kalbarprov.sop.request.support.Tokens;
import id.go.kalbarprov.sop.platform.domain.ContentHash;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation against every role: the roles allowed get past the role check (any answer but 401/403), all
 * others get 403. Object-level rules are tested separately.
 */
@QuarkusTest
class RoleMatrixTest {

    static final List<String> ROLES = List.of("karo", "kabag", "kasubbag", "pelaksana", "arsiparis", "unit",
            "auditor", "admin", "request-service", "review-service", "archive-service", "service");
    /** Who reads the reference data (units, officers and their history). */
    static final Set<String> REFERENCE_READERS = Set.of("karo", "kabag", "kasubbag", "pelaksana", "arsiparis",
            "auditor", "admin");
    static final Set<String> READERS = Set.of("karo", "kabag", "kasubbag", "pelaksana", "auditor", "unit");
    static final Set<String> OFFICER_READERS = Set.of("karo", "kabag", "kasubbag", "pelaksana", "auditor");
    /** Performance agreements: every officer, the auditor, the admin and (its own) the unit. */
    static final Set<String> AGREEMENT_READERS = Set.of("karo", "kabag", "kasubbag", "pelaksana", "arsiparis",
            "auditor", "admin", "unit");

    record Op(String method, String path, Object body, Set<String> allowed) {
    }

    static List<Op> operations() {
        String c = UUID.randomUUID().toString();
        return List.of(
                new Op("POST", "/api/v1/cases", Cases.openCaseBody(), Set.of("karo")),
                new Op("GET", "/api/v1/cases", null, READERS),
                new Op("GET", "/api/v1/cases/" + c, null, READERS),
                new Op("POST", "/api/v1/cases/" + c + "/memo", Cases.memoBody(), Set.of("kabag")),
                new Op("GET", "/api/v1/cases/" + c + "/memo", null, READERS),
                new Op("GET", "/api/v1/cases/" + c + "/memo/pdf", null, READERS),
                new Op("GET", "/api/v1/cases/" + c + "/disposition/pdf", null, READERS),
                new Op("POST", "/api/v1/cases/" + c + "/submissions",
                        Map.of("rows", List.of(Cases.row("I", 1, 1, 1))), Set.of("unit")),
                new Op("GET", "/api/v1/cases/" + c + "/submissions", null, READERS),
                new Op("GET", "/api/v1/cases/" + c + "/submissions/template", null,
                        Set.of("unit", "pelaksana", "kasubbag")),
                new Op("POST", "/api/v1/cases/" + c + "/submissions/workbook", null,
                        Set.of("unit", "pelaksana", "kasubbag")),
                new Op("POST", "/api/v1/cases/" + c + "/forward", Map.of(), Set.of("kabag")),
                new Op("POST", "/api/v1/cases/" + c + "/assignment", Map.of("upn", "p"), Set.of("kasubbag")),
                new Op("GET", "/api/v1/cases/" + c + "/analysis", null, OFFICER_READERS),
                new Op("PUT", "/api/v1/cases/" + c + "/draft", Map.of("rowIds", List.of(c)), Set.of("pelaksana")),
                new Op("GET", "/api/v1/cases/" + c + "/draft", null, OFFICER_READERS),
                new Op("POST", "/api/v1/cases/" + c + "/draft/submit", null, Set.of("pelaksana")),
                new Op("GET", "/api/v1/cases/" + c + "/drafts", null, OFFICER_READERS),
                new Op("GET", "/api/v1/cases/" + c + "/drafts/1", null, OFFICER_READERS),
                new Op("GET", "/api/v1/cases/" + c + "/timeline", null, READERS),
                new Op("POST", "/api/v1/cases/" + c + "/returns", Map.of("eventId", c, "version", 1, "reason", "r",
                        "returnedBy", Map.of("upn", "k"), "reviewedVersion", 1, "content", "{}",
                        "contentHash", ContentHash.sha256("{}")), Set.of("review-service")),
                // without a step: which of the two services owns it is HandoffSenderTest's matter
                new Op("POST", "/api/v1/cases/" + c + "/status-events", Map.of("eventId", c,
                        "at", "2026-01-01T00:00:00Z", "actor", Map.of("upn", "k")),
                        Set.of("review-service", "archive-service")),
                new Op("POST", "/api/v1/cases/" + c + "/reopenings", Map.of("unitCode", "DINKES", "reason", "r"),
                        Set.of("kabag")),
                new Op("GET", "/api/v1/cases/" + c + "/reopenings", null, READERS),
                new Op("POST", "/api/v1/cases/" + c + "/draft/corrections",
                        Map.of("rowId", c, "actualCorrected", 1, "reason", "r"), Set.of("pelaksana")),
                new Op("GET", "/api/v1/cases/" + c + "/draft/corrections", null, OFFICER_READERS),
                new Op("GET", "/api/v1/tasks", null,
                        Set.of("karo", "kabag", "kasubbag", "pelaksana", "arsiparis", "unit")),

                new Op("GET", "/api/v1/reports/service-level", null, Set.of("karo", "kabag", "kasubbag", "auditor")),
                new Op("PUT", "/api/v1/agreements/DINKES/2099", Map.of("reason", "r", "indicators",
                        List.of(Map.of("indicatorCode", "IKU-1", "indicatorName", "I", "unitOfMeasure", "%",
                                "direction", "HIGHER_IS_BETTER", "target", 1))), Set.of("admin")),
                new Op("GET", "/api/v1/agreements/DINKES/2026", null, AGREEMENT_READERS),
                new Op("GET", "/api/v1/agreements/DINKES/2026/revisions", null, AGREEMENT_READERS),
                new Op("GET", "/api/v1/agreements/DINKES/2026/revisions/1", null, AGREEMENT_READERS),
                new Op("GET", "/api/v1/agreements/template.xlsx", null, AGREEMENT_READERS),
                new Op("POST", "/api/v1/agreements/import?reason=r", null, Set.of("admin")),
                new Op("GET", "/api/v1/units", null, REFERENCE_READERS),
                new Op("GET", "/api/v1/units/DINKES", null, REFERENCE_READERS),
                new Op("GET", "/api/v1/units/DINKES/history", null, REFERENCE_READERS),
                new Op("PUT", "/api/v1/units/ROLE-MATRIX", Map.of("name", "N", "headPost", "Kepala", "active", true),
                        Set.of("admin")),
                new Op("GET", "/api/v1/officers", null, union(REFERENCE_READERS, "archive-service")),
                new Op("GET", "/api/v1/officers/pelaksana.one", null, union(REFERENCE_READERS, "archive-service")),
                new Op("GET", "/api/v1/officers/pelaksana.one/history", null, REFERENCE_READERS),
                new Op("PUT", "/api/v1/officers/role.matrix", Map.of("nip", "199401012019031001", "name", "N",
                        "post", "P", "role", "pelaksana", "activeFrom", "2024-01-01"), Set.of("admin")));
    }

    static Set<String> union(Set<String> roles, String role) {
        Set<String> all = new java.util.HashSet<>(roles);
        all.add(role);
        return all;
    }

    static Stream<Arguments> matrix() {
        List<Arguments> all = new ArrayList<>();
        for (Op op : operations()) {
            for (String role : ROLES) {
                all.add(Arguments.of(op.method() + " " + op.path().replaceAll("[0-9a-f-]{36}", "{id}"), role, op));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void onlyTheAllowedRolesPassTheRoleCheck(String name, String role, Op op) {
        var request = given().auth().oauth2(Tokens.role(role));
        if (op.body() != null) {
            request.contentType(ContentType.JSON).body(op.body());
        }
        var response = request.request(op.method(), op.path());
        if (op.allowed().contains(role)) {
            int status = response.statusCode();
            assertTrue(status != 401 && status != 403 && status < 500,
                    name + " as " + role + " should pass the role check but got " + status + " "
                            + response.body().asString());
        } else {
            response.then().statusCode(403).contentType("application/problem+json")
                    .body("code", equalTo("FORBIDDEN"));
        }
    }
}
