package id.go.kalbarprov.sop.request.rest;

/**
 * Request examples of the step operations in the OpenAPI document, from the case the generated-client walk-through
 * (deploy/system-tests GeneratedClientSystemTest) takes through the ten steps: the same units, rows and officers.
 */
final class Examples {

    private Examples() {
    }

    static final String OPEN_CASE = """
            {"title": "Koreksi data kinerja triwulan II 2026", "year": 2026, "period": "Q2",
             "reason": "Realisasi keliru", "targetUnits": ["DINKES", "DISDIK"], "dueDate": "2026-12-08",
             "instruction": "Siapkan Nota Dinas", "urgency": "SEGERA",
             "letter": {"number": "005/77/BAPPEDA/2026", "date": "2026-11-26", "from": "Kepala BAPPEDA",
                        "receivedAt": "2026-12-01T01:30:00Z"}}""";

    static final String ISSUE_MEMO = """
            {"subject": "Permintaan data", "body": "Mohon data koreksi.", "nature": "SEGERA", "attachments": 2}""";

    static final String SUBMIT_ROWS = """
            {"letterNumber": "800/12/DINKES/2026", "letterDate": "2026-11-30", "attachments": 1,
             "rows": [{"indicatorCode": "IKU-DINKES", "indicatorName": "Indikator DINKES", "year": 2026,
                       "period": "Q2", "unitOfMeasure": "%", "direction": "HIGHER_IS_BETTER", "target": "100",
                       "actualReported": "80", "actualCorrected": "90,5", "reason": "Salah input"}]}""";

    static final String ASSIGN = """
            {"upn": "pelaksana.sys", "note": "Mohon disusun konsep koreksinya"}""";

    static final String COMPOSE_DRAFT = """
            {"rowIds": ["0f5c2a1e-8d7b-4c3a-9e21-6b4d2f8a1c37", "7a9e4b2c-1f3d-4e5a-8b6c-2d1e9f0a3b54"],
             "notes": "Catatan", "conclusion": "Kesimpulan"}""";
}
