package id.go.kalbarprov.sop.review.rest;

/**
 * Request examples of the step operations in the OpenAPI document, from the case the generated-client walk-through
 * (deploy/system-tests GeneratedClientSystemTest) takes through the ten steps.
 */
final class Examples {

    private Examples() {
    }

    static final String RETURN_AT_LEVEL_5 = """
            {"decision": "RETURN", "version": 1, "reason": "Periksa lagi angka DISDIK"}""";
}
