package id.go.kalbarprov.sop.platform.security;

import java.util.Set;

/** Role claims ({@code groups}) used by the services; the actors of SOP 45. */
public final class Roles {
    /** Karo Organisasi — head of the Organisation Bureau. */
    public static final String KARO = "karo";
    /** Kabag Tatalaksana — head of the Governance Section. */
    public static final String KABAG = "kabag";
    /** Kasubbag TU — head of the Administration Sub-section. */
    public static final String KASUBBAG = "kasubbag";
    /** Pelaksana — staff officer who compiles the correction. */
    public static final String PELAKSANA = "pelaksana";
    /** Arsiparis — archivist. */
    public static final String ARSIPARIS = "arsiparis";
    /** A regional agency (Perangkat Daerah) or bureau section (Bagian) supplying data; carries a {@code unit} claim. */
    public static final String UNIT = "unit";
    /** Read-only across cases. */
    public static final String AUDITOR = "auditor";
    /**
     * Runs the services: sees the handoffs stuck between them and retries or skips a parked one (with the auditor).
     * Reads no case.
     */
    public static final String OPERATOR = "operator";
    /** Administrator of the reference data (calendar, units, officers, agreements). */
    public static final String ADMIN = "admin";
    /**
     * The services of this system, each calling the others as itself: a role named as the service (its
     * {@code quarkus.application.name} and its client id at the identity provider), held only by that service's own
     * tokens. A handoff endpoint allows exactly the services that send that event (see {@link ServiceIdentity}).
     */
    public static final String REQUEST_SERVICE = "request-service";
    public static final String REVIEW_SERVICE = "review-service";
    public static final String ARCHIVE_SERVICE = "archive-service";
    public static final Set<String> SERVICES = Set.of(REQUEST_SERVICE, REVIEW_SERVICE, ARCHIVE_SERVICE);
    /**
     * The officials who act in the SOP's steps: each acts as one civil servant, known by a NIP, so that one person
     * with two logins cannot act at two levels of the chain.
     */
    public static final Set<String> OFFICERS = Set.of(KARO, KABAG, KASUBBAG, PELAKSANA, ARSIPARIS);

    private Roles() {
    }
}
