package id.go.kalbarprov.sop.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SunsetHeadersTest {

    @Deprecated
    @Sunset(value = "2027-06-30", deprecatedSince = "2026-12-01", successor = "/api/v1/cases/{id}/memo")
    void leaving() {
    }

    @Deprecated
    @Sunset(value = "2027-06-30", deprecatedSince = "2026-12-01")
    void leavingWithoutSuccessor() {
    }

    @Sunset(value = "2027-06-30", deprecatedSince = "2026-12-01")
    void notMarkedDeprecated() {
    }

    @Deprecated
    @Sunset(value = "2026-12-01", deprecatedSince = "2026-12-01")
    void endsTheDayItIsDeprecated() {
    }

    void staying() {
    }

    private static Method method(String name) throws NoSuchMethodException {
        return SunsetHeadersTest.class.getDeclaredMethod(name);
    }

    @Test
    void aDeprecatedOperationAnnouncesItsDeprecationItsSunsetAndItsSuccessor() throws Exception {
        Map<String, String> headers = SunsetFilter.headersOf(method("leaving"));
        assertEquals("@1796083200", headers.get("Deprecation"), "RFC 9745: midnight UTC of 2026-12-01, epoch seconds");
        assertEquals("Wed, 30 Jun 2027 00:00:00 GMT", headers.get("Sunset"), "RFC 8594: an HTTP-date");
        assertEquals("</api/v1/cases/{id}/memo>; rel=\"successor-version\"", headers.get("Link"));
        assertTrue(!SunsetFilter.headersOf(method("leavingWithoutSuccessor")).containsKey("Link"));
    }

    @Test
    void anOperationNotOnItsWayOutGetsNoHeaders() throws Exception {
        assertEquals(Map.of(), SunsetFilter.headersOf(method("staying")));
    }

    @Test
    void aSunsetWithoutDeprecatedOrBeforeItsDeprecationIsRefused() {
        assertThrows(IllegalStateException.class, () -> SunsetFilter.headersOf(method("notMarkedDeprecated")));
        assertThrows(IllegalArgumentException.class, () -> SunsetFilter.headersOf(method("endsTheDayItIsDeprecated")));
    }
}
