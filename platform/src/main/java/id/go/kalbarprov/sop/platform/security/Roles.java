package id.go.kalbarprov.sop.platform.security;

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
    /** Another service of this system calling on its own behalf. */
    public static final String SERVICE = "service";

    private Roles() {
    }
}
