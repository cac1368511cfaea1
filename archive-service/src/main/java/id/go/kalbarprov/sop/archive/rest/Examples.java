package id.go.kalbarprov.sop.archive.rest;

/**
 * Request examples of the step operations in the OpenAPI document, from the case the generated-client walk-through
 * (deploy/system-tests GeneratedClientSystemTest) takes through the ten steps.
 */
final class Examples {

    private Examples() {
    }

    static final String ORDER = """
            {"note": "Arsipkan"}""";

    static final String DELEGATE = """
            {"upn": "arsip.sys"}""";

    static final String FILE_RECORD = """
            {"classificationCode": "000.8.6.3", "fileNumber": "KIN-2026", "itemNumber": 7,
             "processingUnit": "Bagian Tata Laksana", "description": "Koreksi data kinerja",
             "periodCovered": {"from": "2026-04-01", "to": "2026-06-30"}, "quantity": 1, "medium": "ELECTRONIC",
             "authenticity": "ORIGINAL", "accessClass": "RESTRICTED",
             "location": {"folder": "F1", "box": "B1", "shelf": "R1"}}""";
}
