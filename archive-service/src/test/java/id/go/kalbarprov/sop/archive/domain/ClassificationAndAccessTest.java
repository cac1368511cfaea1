package id.go.kalbarprov.sop.archive.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClassificationAndAccessTest {

    @ParameterizedTest
    @ValueSource(strings = {"000", "000.8", "000.8.6.3", "000.5.3.1", "800.1.12.123.4"})
    void wellFormedClassificationCodes(String code) {
        assertTrue(ClassificationCode.isWellFormed(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "00", "0000", "000.", "000..8", "000.8.6.3.1.2", "000.1234", "abc", "000.8 ",
            "000.8.x"})
    void malformedClassificationCodes(String code) {
        assertFalse(ClassificationCode.isWellFormed(code));
    }

    @ParameterizedTest
    @CsvSource({
            // role,     PUBLIC, RESTRICTED, CONFIDENTIAL, SECRET
            "karo,       true,   true,       true,         true",
            "kabag,      true,   true,       true,         false",
            "kasubbag,   true,   true,       true,         false",
            "pelaksana,  true,   false,      false,        false",
            "arsiparis,  true,   true,       false,        false",
            "auditor,    true,   true,       true,         true",
            "unit,       false,  false,      false,        false",
            "service,    false,  false,      false,        false"})
    void contentReadersFollowTheAccessMatrix(String role, boolean publicRead, boolean restricted,
                                             boolean confidential, boolean secret) {
        Set<String> roles = Set.of(role);
        assertEquals(publicRead, AccessClass.PUBLIC.contentReadableBy(roles));
        assertEquals(restricted, AccessClass.RESTRICTED.contentReadableBy(roles));
        assertEquals(confidential, AccessClass.CONFIDENTIAL.contentReadableBy(roles));
        assertEquals(secret, AccessClass.SECRET.contentReadableBy(roles));
    }
}
