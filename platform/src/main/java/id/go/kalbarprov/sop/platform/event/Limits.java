package id.go.kalbarprov.sop.platform.event;

/** Field limits shared by the events and by the endpoints whose input ends up in them. */
public final class Limits {

    /** An officer's login. */
    public static final int UPN = 100;
    /** A NIP: 18 digits. */
    public static final int NIP = 18;
    /** An officer's, post's or document's name. */
    public static final int NAME = 200;
    /** A case title. */
    public static final int TITLE = 200;
    /** A reason or remark given by an officer. */
    public static final int REASON = 2000;
    /** Characters of a draft's canonical content. */
    public static final int DRAFT_CONTENT = 900_000;
    /**
     * The signed correction's PDF, in bytes (a few hundred indicator rows stay far below it), and so any PDF a service
     * renders or serves ({@code platform.document.PdfRenderer} keeps room in it for the signature).
     */
    public static final int SIGNED_PDF = 1_500_000;
    /** A document's public verification id ({@code platform.document.DocumentIds}). */
    public static final String VERIFICATION_ID = "^[A-Za-z0-9_-]{22}$";
    /** A draft version number. */
    public static final int VERSION = 100_000;
    /** An agenda entry's subject. */
    public static final int SUBJECT = 500;
    /** An agenda entry's addressees. */
    public static final int ADDRESSEES = 2000;
    /** The standing seals a signed correction carries: one per level, and room for no more. */
    public static final int SEALS = 10;
    /** The sealed amendments between the level-5 paraf and the signature that a signed correction carries. */
    public static final int AMENDMENTS = 50;
    /** Characters of an amendment's diff (JSON text) as it travels; a longer diff stays in review-service only. */
    public static final int AMENDMENT_DIFF = 4_000;
    /** A signature algorithm's name ({@code SHA256withRSA}, {@code SHA256withECDSA}). */
    public static final int ALGORITHM = 50;
    /** A public key in PEM (X.509 SubjectPublicKeyInfo): an RSA key of up to 8192 bits, or an EC P-256 key. */
    public static final int PUBLIC_KEY_PEM = 2000;
    /** A seal key's id. */
    public static final int KEY_ID = 200;
    /** Base64 of a seal's signature. */
    public static final int SIGNATURE = 10_000;
    /** A document number (nomor surat). */
    public static final int DOCUMENT_NUMBER = 100;
    /** An archive classification code (Kode Klasifikasi Arsip), e.g. 000.8.6.3. */
    public static final String CLASSIFICATION = "^\\d{3}(\\.\\d{1,3}){0,4}$";
    /** A lower-case hex SHA-256. */
    public static final String SHA256 = "^[0-9a-f]{64}$";

    /** Characters of a query or path parameter ({@code platform.rest.ParameterLengthLimit}). */
    public static final int PARAMETER = 200;
    /** An officer's login as the services store it: the columns are wider than the login a request may name. */
    public static final int STORED_UPN = 200;
    /** A unit's code (DINKES, BIRO-ORG). */
    public static final int UNIT_CODE = 50;
    /** A problem's type, title, code and state, and a violation's field. */
    public static final int PROBLEM_TEXT = 200;
    /** A problem's detail and a violation's message. */
    public static final int PROBLEM_DETAIL = 2000;
    /** The violations a problem lists. */
    public static final int VIOLATIONS = 100;
    /** The items of a page (the largest page size a list endpoint takes). */
    public static final int PAGE_ITEMS = 100;

    /** A NIP as printed ({@code domain.Nip.printed}): 18 digits and three spaces. */
    public static final int NIP_PRINTED = 21;
    /** The name of a kind, state, role, urgency or nature as the services store it (columns at most 40 wide). */
    public static final int KIND = 40;
    /** The units a case asks (its target units, the Nota Dinas's addressees). */
    public static final int TARGET_UNITS = 100;
    /** Characters of a Nota Dinas's body, and of a draft's notes or conclusion. */
    public static final int MEMO_BODY = 10_000;

    private Limits() {
    }
}
