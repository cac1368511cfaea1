package id.go.kalbarprov.sop.platform.outbox;

import java.util.Optional;

/**
 * When the relay stops trying an event and parks it. A receiver that refuses the event with a 4xx will refuse it
 * again however often it is sent — except 408 (timed out), 409 (a conflict that clears, such as a repeat still in
 * progress), 429 (slow down) and 401 (the token was not taken: each attempt signs a new one, and an expired token, a
 * clock skew or a key rotation at the identity provider clears by itself; parking every handoff of a service at once
 * for it would leave operators to retry them one by one), which are worth another try. Anything else (unreachable,
 * 5xx, a timeout) is retried with backoff, up to {@code sop.outbox.park-after-attempts} attempts.
 */
public final class ParkingRule {

    /** Characters of the reason kept with a parked event (the column holds 2,000). */
    static final int REASON = 1000;

    private final int parkAfterAttempts;

    public ParkingRule(int parkAfterAttempts) {
        if (parkAfterAttempts < 1) {
            throw new IllegalArgumentException("sop.outbox.park-after-attempts must be at least 1");
        }
        this.parkAfterAttempts = parkAfterAttempts;
    }

    /** True for an answer that sending again will not change. */
    public static boolean refusedForGood(int status) {
        return status >= 400 && status < 500 && status != 401 && status != 408 && status != 409 && status != 429;
    }

    /**
     * The reason to park an event after its failed attempt number {@code attempts}, or empty to retry it.
     *
     * @param status the receiver's HTTP status, or null when it did not answer
     * @param error  what the failure said (the receiver's problem detail, abbreviated)
     */
    public Optional<String> parkReason(Integer status, int attempts, String error) {
        String because;
        if (status != null && refusedForGood(status)) {
            because = "refused with " + status;
        } else if (attempts >= parkAfterAttempts) {
            because = "gave up after " + attempts + " attempts";
        } else {
            return Optional.empty();
        }
        String reason = because + (error == null || error.isBlank() ? "" : ": " + error);
        return Optional.of(reason.length() > REASON ? reason.substring(0, REASON - 1) + "…" : reason);
    }
}
