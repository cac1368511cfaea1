package id.go.kalbarprov.sop.review.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SealStatementTest {

    @Test
    void theStatementNamesTheActThePersonTheVersionAndTheHash() {
        SealStatement statement = new SealStatement(ApprovalAct.SIGNATURE, 7, "karo.one", null, true, 4,
                "ab".repeat(32), Instant.parse("2026-01-31T01:02:03.456Z"));
        assertEquals("""
                SOP45-SEAL/1
                act=SIGNATURE
                level=7
                upn=karo.one
                nip=
                acting=true
                version=4
                contentHash=%s
                at=2026-01-31T01:02:03.456Z""".formatted("ab".repeat(32)), statement.text());
    }
}
