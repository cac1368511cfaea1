package id.go.kalbarprov.sop.platform.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class XmlTextTest {

    @Test
    void leavesOutWhatXmlCannotCarryAndKeepsTheRest() {
        assertEquals("a\tb\nc", XmlText.printable("a\u0000\tb\u0007\n\u001Fc\uFFFE"));
        assertEquals("Capaian 101,25% — ✓ \uD83D\uDE00", XmlText.printable("Capaian 101,25% — ✓ \uD83D\uDE00"));
        assertEquals("x", XmlText.printable("x\uD800"));
        assertEquals("", XmlText.printable(null));
    }
}
