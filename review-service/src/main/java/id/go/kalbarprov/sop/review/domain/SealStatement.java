package id.go.kalbarprov.sop.review.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The exact text a seal signs: who approved which content, at which level, in which capacity and when. It binds
 * the content hash to the person and the act, so a paraf cannot be passed off as a signature or as someone else's.
 * Anyone can rebuild it from a seal's fields and verify the signature with the published public key:
 * <pre>
 * SOP45-SEAL/1
 * act=PARAF
 * level=5
 * upn=...
 * nip=...            (empty when the token had none)
 * acting=false
 * version=3
 * contentHash=&lt;sha-256 hex of the version's canonical content&gt;
 * at=2026-01-31T01:02:03.456Z
 * </pre>
 */
public record SealStatement(ApprovalAct act, int level, String upn, String nip, boolean acting, int version,
                            String contentHash, Instant at) {

    public static final String FORMAT = "SOP45-SEAL/1";

    public String text() {
        return FORMAT + "\nact=" + act + "\nlevel=" + level + "\nupn=" + upn + "\nnip=" + (nip == null ? "" : nip)
                + "\nacting=" + acting + "\nversion=" + version + "\ncontentHash=" + contentHash + "\nat=" + at;
    }

    public byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }
}
