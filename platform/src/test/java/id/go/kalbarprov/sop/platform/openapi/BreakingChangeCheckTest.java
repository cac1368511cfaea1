package id.go.kalbarprov.sop.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.platform.openapi.BreakingChangeCheck.Change;
import id.go.kalbarprov.sop.platform.openapi.BreakingChangeCheck.Result;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The breaking-change check fails on what breaks clients, and passes once the break is accepted with a reason. */
class BreakingChangeCheckTest {

    /** A released document in the shape SmallRye OpenAPI 3.1 writes for the services. */
    static final String RELEASED = """
            ---
            openapi: 3.1.0
            info:
              title: example-service
              version: 1.0.0
            components:
              schemas:
                OpenThing:
                  type: object
                  required:
                  - name
                  properties:
                    name:
                      type: string
                    reason:
                      type: string
                ThingView:
                  type: object
                  required:
                  - id
                  properties:
                    id:
                      type: string
                    state:
                      type: string
            paths:
              /api/v1/things:
                post:
                  requestBody:
                    content:
                      application/json:
                        schema:
                          $ref: "#/components/schemas/OpenThing"
                    required: true
                  responses:
                    "200":
                      description: OK
                      content:
                        application/json:
                          schema:
                            $ref: "#/components/schemas/ThingView"
              /api/v1/things/{id}:
                get:
                  parameters:
                  - name: id
                    in: path
                    required: true
                    schema:
                      type: string
                  responses:
                    "200":
                      description: OK
                      content:
                        application/json:
                          schema:
                            $ref: "#/components/schemas/ThingView"
                delete:
                  parameters:
                  - name: id
                    in: path
                    required: true
                    schema:
                      type: string
                  responses:
                    "204":
                      description: No Content
            """;

    static final String NONE_ACCEPTED = "accepted: []\n";
    static final String REQUIRED_NAME = "      required:\n      - name\n";
    static final String REASON = "        reason:\n          type: string\n";
    static final String STATE = "        state:\n          type: string\n";
    static final String VIEW_REQUIRED_ID = "      required:\n      - id\n";
    static final String ID = "        id:\n          type: string\n";

    static final Change REMOVED = new Change("DELETE /api/v1/things/{id}", "operation removed");
    static final Change NEWLY_REQUIRED =
            new Change("POST /api/v1/things", "request body application/json: property reason newly required");

    /** The released document with the DELETE operation gone. */
    static String withoutDelete() {
        assertTrue(RELEASED.contains(REQUIRED_NAME) && RELEASED.contains(REASON) && RELEASED.contains(STATE)
                && RELEASED.contains(VIEW_REQUIRED_ID) && RELEASED.contains(ID));
        String current = RELEASED.substring(0, RELEASED.indexOf("    delete:"));
        assertFalse(current.contains("delete:"));
        return current;
    }

    /** The released document where OpenThing also requires {@code reason}. */
    static String withReasonRequired() {
        String current = RELEASED.replace(REQUIRED_NAME, REQUIRED_NAME + "      - reason\n");
        assertFalse(current.equals(RELEASED));
        return current;
    }

    @Test
    void theSameDocumentHasNoBreakingChange() {
        Result result = BreakingChangeCheck.check(RELEASED, RELEASED, NONE_ACCEPTED);
        assertEquals(List.of(), result.breaking());
        assertTrue(result.passes());
    }

    @Test
    void compatibleChangesPass() {
        String current = RELEASED
                .replace(REASON, REASON + "        note:\n          type: string\n")
                .replace(STATE, STATE + "        createdAt:\n          type: string\n")
                .replace("paths:\n", "paths:\n  /api/v1/things/{id}/notes:\n    get:\n      responses:\n"
                        + "        \"200\":\n          description: OK\n");
        assertFalse(current.equals(RELEASED));
        Result result = BreakingChangeCheck.check(RELEASED, current, NONE_ACCEPTED);
        assertEquals(List.of(), result.breaking());
        assertTrue(result.passes());
    }

    @Test
    void aRemovedOperationFailsTheCheck() {
        Result result = BreakingChangeCheck.check(RELEASED, withoutDelete(), NONE_ACCEPTED);
        assertEquals(List.of(REMOVED), result.breaking());
        assertEquals(List.of(REMOVED), result.unaccepted());
        assertFalse(result.passes());
        String report = BreakingChangeCheck.report("example-service", result, "accepted.yaml", "released.yaml");
        assertTrue(report.contains("DELETE /api/v1/things/{id}: operation removed"), report);
        assertTrue(report.contains("operation: \"DELETE /api/v1/things/{id}\""), report);
    }

    @Test
    void aNewlyRequiredRequestFieldFailsTheCheck() {
        Result result = BreakingChangeCheck.check(RELEASED, withReasonRequired(), NONE_ACCEPTED);
        assertEquals(List.of(NEWLY_REQUIRED), result.breaking());
        assertFalse(result.passes());
    }

    @Test
    void aRemovedRequiredResponseFieldFailsTheCheck() {
        String current = RELEASED.replace(VIEW_REQUIRED_ID, "").replace(ID, "");
        List<Change> breaking = BreakingChangeCheck.breakingChanges(RELEASED, current);
        assertTrue(breaking.contains(new Change("GET /api/v1/things/{id}",
                "response 200 application/json: property id no longer required")), breaking.toString());
    }

    /** openapi-diff's rule (its issue #198): a client must cope without an optional field, so this is no break. */
    @Test
    void removingAnOptionalResponseFieldIsNoBreakForOpenApiDiff() {
        assertEquals(List.of(), BreakingChangeCheck.breakingChanges(RELEASED, RELEASED.replace(STATE, "")));
    }

    @Test
    void acceptedBreaksWithReasonsPass() {
        String accepted = """
                accepted:
                  - operation: "DELETE /api/v1/things/{id}"
                    change: "operation removed"
                    reason: "things are withdrawn, not deleted; announced to integrators"
                  - operation: "POST /api/v1/things"
                    change: "request body application/json: property reason newly required"
                    reason: "the SOP now requires a reason for every thing"
                """;
        String current = withReasonRequired().substring(0, withReasonRequired().indexOf("    delete:"));
        Result result = BreakingChangeCheck.check(RELEASED, current, accepted);
        assertEquals(List.of(NEWLY_REQUIRED, REMOVED).size(), result.breaking().size());
        assertTrue(result.passes(), BreakingChangeCheck.report("example-service", result, "a", "r"));
    }

    @Test
    void anAcceptedBreakNeedsAReason() {
        String accepted = """
                accepted:
                  - operation: "DELETE /api/v1/things/{id}"
                    change: "operation removed"
                    reason: " "
                  - operation: "DELETE /api/v1/things/{id}"
                    change: "operation removed"
                    reason: "<why this break is accepted, and how integrators were told>"
                """;
        Result result = BreakingChangeCheck.check(RELEASED, withoutDelete(), accepted);
        assertFalse(result.passes());
        assertEquals(2, result.invalid().size());
        assertEquals(List.of(REMOVED), result.unaccepted());
    }

    @Test
    void acceptingOneBreakDoesNotAcceptAnotherOnTheSameOperation() {
        String accepted = """
                accepted:
                  - operation: "POST /api/v1/things"
                    change: "request body application/json: property name removed"
                    reason: "names are gone"
                """;
        Result result = BreakingChangeCheck.check(RELEASED, withReasonRequired(), accepted);
        assertEquals(List.of(NEWLY_REQUIRED), result.unaccepted());
        assertEquals(1, result.stale().size());
        assertFalse(result.passes());
    }

    @Test
    void anAcceptedEntryThatMatchesNoBreakIsReported() {
        String accepted = """
                accepted:
                  - operation: "DELETE /api/v1/things/{id}"
                    change: "operation removed"
                    reason: "was planned, then kept"
                """;
        Result result = BreakingChangeCheck.check(RELEASED, RELEASED, accepted);
        assertEquals(1, result.stale().size());
        assertFalse(result.passes());
    }

    @Test
    void aFileWithoutTheListIsReported() {
        Result result = BreakingChangeCheck.check(RELEASED, RELEASED, "# nothing\n");
        assertFalse(result.passes());
        assertEquals(1, result.invalid().size());
    }
}
