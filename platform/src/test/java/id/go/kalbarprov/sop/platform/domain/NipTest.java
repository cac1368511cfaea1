package id.go.kalbarprov.sop.platform.domain;

import id.go.kalbarprov.sop.platform.domain.Nip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NipTest {

    @ParameterizedTest
    @ValueSource(strings = {"196609211986031004", "199003032015031003", "200002292024012001"})
    void acceptsRealNumbers(String nip) {
        assertTrue(Nip.isValid(nip));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "19660921198603100", "1966092119860310045", "196609211986033004",
            "196602301986031004", "196613011986031004", "196609211986131004", "199002292015031003",
            "19660921198603100a", "196609211950011004", " 196609211986031004"})
    void refusesMalformedOrImpossibleDates(String nip) {
        assertFalse(Nip.isValid(nip));
    }

    @Test
    void printsInGroups() {
        assertEquals("19660921 198603 1 004", Nip.printed("196609211986031004"));
    }
}
