package id.go.kalbarprov.sop.platform.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DocumentNumberTest {

    @Test
    void formatsTheDefaultPattern() {
        assertEquals("000.8.3.3/15/ORG/2026",
                DocumentNumber.format("{classification}/{seq}/{unit}/{year}", "000.8.3.3", 15, "ORG", 2026, 3));
    }

    @Test
    void supportsALocalPatternWithMonth() {
        assertEquals("ND-007/03/2026",
                DocumentNumber.format("ND-00{seq}/{month}/{year}", "x", 7, "ORG", 2026, 3));
    }
}
