package id.go.kalbarprov.sop.platform.seal;

import id.go.kalbarprov.sop.platform.document.PadesSignature;
import id.go.kalbarprov.sop.platform.domain.ContentHash;
import java.util.Arrays;
import java.util.List;

/**
 * A signed correction's PDF checked as its verifiers need it: the bytes hash to the recorded SHA-256, the PDF carries
 * exactly one PAdES signature, valid and covering the whole file, and the key that made it is one of review-service's
 * keyring (a self-made certificate proves nothing: the key must be the service's seal key).
 */
public record SignedPdfCheck(boolean hashMatches, boolean signatureValid, boolean signerKnown) {

    public boolean valid() {
        return hashMatches && signatureValid && signerKnown;
    }

    public static SignedPdfCheck of(byte[] pdf, String recordedSha256, Keyring keyring) {
        boolean hashMatches = pdf != null && ContentHash.sha256(pdf).equals(recordedSha256);
        List<PadesSignature.Check> signatures = pdf == null ? List.of() : PadesSignature.verify(pdf);
        boolean valid = signatures.size() == 1 && signatures.get(0).valid();
        boolean known = valid && keyring.keys().stream()
                .anyMatch(key -> Arrays.equals(key.publicKey().getEncoded(),
                        signatures.get(0).signerKey().getEncoded()));
        return new SignedPdfCheck(hashMatches, valid, known);
    }
}
