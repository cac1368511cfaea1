package id.go.kalbarprov.sop.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.go.kalbarprov.sop.platform.event.CaseStatus;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServiceIdentityTest {

    @Test
    void aServiceRoleCountsOnlyWhenTheTokenWasIssuedToThatService() {
        assertEquals(Set.of("review-service"),
                ServiceIdentity.effectiveRoles(Set.of("review-service"), null, "review-service"));
        assertEquals(Set.of("review-service"),
                ServiceIdentity.effectiveRoles(Set.of("review-service"), "review-service", "5b0c6f0e-uuid"));
        assertEquals(Set.of("karo"),
                ServiceIdentity.effectiveRoles(Set.of("karo", "review-service"), "sop-frontend", "karo.one"));
        assertEquals(Set.of(), ServiceIdentity.effectiveRoles(Set.of("review-service"), null, null));
        assertEquals(Set.of("review-service"), ServiceIdentity.effectiveRoles(
                Set.of("request-service", "review-service", "archive-service"), "review-service", "x"));
        assertEquals(Set.of(), ServiceIdentity.effectiveRoles(Set.of("review-service"), "archive-service",
                "review-service"), "azp decides over the subject");
    }

    @Test
    void aPersonIsNoService() {
        assertNull(new Caller("karo.one", null, null, Set.of("karo"), null, false).service());
        assertEquals("archive-service",
                new Caller("archive-service", null, null, Set.of("archive-service"), null, false).service());
    }

    @Test
    void eachStepAndStatusIsReportedByTheServiceThatOwnsIt() {
        assertEquals("review-service", status(5, null).sender());
        assertEquals("review-service", status(7, "SIGNED").sender());
        assertEquals("archive-service", status(8, null).sender());
        assertEquals("archive-service", status(10, "ARCHIVED").sender());
        assertNull(status(7, "ARCHIVED").sender());
        assertNull(status(10, "SIGNED").sender());
    }

    @Test
    void theOutcomesOfACaseInReviewAreReportedByReviewServiceOnly() {
        assertEquals("review-service", status(7, "CLOSED_NO_CORRECTION").sender());
        assertEquals("review-service", status(5, "WITHDRAWN").sender());
        assertEquals("review-service", status(6, "WITHDRAWN").sender());
        assertNull(status(8, "WITHDRAWN").sender());
        assertNull(status(10, "CLOSED_NO_CORRECTION").sender());
    }

    private static CaseStatus status(int step, String status) {
        return new CaseStatus(null, null, null, step, null, status, null, null, null, null, null, null, null, null);
    }
}
