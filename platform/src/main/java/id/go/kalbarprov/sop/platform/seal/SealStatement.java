package id.go.kalbarprov.sop.platform.seal;

import id.go.kalbarprov.sop.platform.event.SealAct;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The exact text a seal signs: which review, which version and content, at which level, what act, by whom, in which
 * post and capacity, and when. review-service signs it; anyone holding the published keyring rebuilds it from a
 * seal's fields and verifies the signature ({@link SealVerifier}). Format {@value #FORMAT}, one {@code key=value} a
 * line, UTF-8, no trailing newline:
 * <pre>
 * SOP45-SEAL/2
 * review=&lt;review id&gt;
 * act=PARAF | SIGNATURE | AMENDMENT | CLOSURE
 * level=5
 * upn=...
 * nip=...                  (empty when the officer has none)
 * name=...                 (empty when unknown)
 * post=Kasubbag TU
 * acting=false
 * version=3                (the version approved, or the version an amendment made)
 * contentHash=&lt;sha-256 hex of that version's canonical content&gt;
 * baseVersion=2            (AMENDMENT only: the version it started from; empty otherwise)
 * baseHash=&lt;sha-256 hex&gt;   (AMENDMENT only)
 * documentNumber=...       (SIGNATURE only: the number the signed correction was given; empty otherwise)
 * documentDate=2026-01-31  (SIGNATURE only)
 * at=2026-01-31T01:02:03.456Z
 * </pre>
 * Backslashes, carriage returns and line feeds inside a value are written as {@code \\}, {@code \r} and
 * {@code \n}, so no value can forge another line. The first format, {@value #FORMAT_1}, lacked the review, name,
 * post, base and document lines; seals made with it are still read and verified in it.
 */
public record SealStatement(String format, UUID reviewId, SealAct act, int level, String upn, String nip,
                            String name, String post, boolean acting, int version, String contentHash,
                            Integer baseVersion, String baseHash, String documentNumber, LocalDate documentDate,
                            Instant at) {

    public static final String FORMAT = "SOP45-SEAL/2";
    public static final String FORMAT_1 = "SOP45-SEAL/1";

    /** A paraf or signature in the current format; {@code documentNumber}/{@code documentDate} for a signature. */
    public static SealStatement approval(UUID reviewId, SealAct act, int level, String upn, String nip, String name,
                                         String post, boolean acting, int version, String contentHash,
                                         String documentNumber, LocalDate documentDate, Instant at) {
        return new SealStatement(FORMAT, reviewId, act, level, upn, nip, name, post, acting, version, contentHash,
                null, null, documentNumber, documentDate, at);
    }

    /** An amendment from {@code baseVersion}/{@code baseHash} to {@code version}/{@code contentHash}. */
    public static SealStatement amendment(UUID reviewId, int level, String upn, String nip, String name, String post,
                                          boolean acting, int baseVersion, String baseHash, int version,
                                          String contentHash, Instant at) {
        return new SealStatement(FORMAT, reviewId, SealAct.AMENDMENT, level, upn, nip, name, post, acting, version,
                contentHash, baseVersion, baseHash, null, null, at);
    }

    /** The longest text: every field at its limit, every character escaped, stays below it. */
    public static final int MAX_LENGTH = 3000;

    public String text() {
        if (FORMAT_1.equals(format)) {
            return FORMAT_1 + "\nact=" + act + "\nlevel=" + level + "\nupn=" + upn + "\nnip=" + (nip == null ? "" : nip)
                    + "\nacting=" + acting + "\nversion=" + version + "\ncontentHash=" + contentHash + "\nat=" + at;
        }
        if (!FORMAT.equals(format)) {
            throw new IllegalArgumentException("Unknown seal statement format " + format);
        }
        return FORMAT
                + "\nreview=" + reviewId
                + "\nact=" + act
                + "\nlevel=" + level
                + "\nupn=" + value(upn)
                + "\nnip=" + value(nip)
                + "\nname=" + value(name)
                + "\npost=" + value(post)
                + "\nacting=" + acting
                + "\nversion=" + version
                + "\ncontentHash=" + value(contentHash)
                + "\nbaseVersion=" + (baseVersion == null ? "" : baseVersion)
                + "\nbaseHash=" + value(baseHash)
                + "\ndocumentNumber=" + value(documentNumber)
                + "\ndocumentDate=" + (documentDate == null ? "" : documentDate)
                + "\nat=" + at;
    }

    public byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    private static String value(String text) {
        return text == null ? "" : text.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n");
    }
}
