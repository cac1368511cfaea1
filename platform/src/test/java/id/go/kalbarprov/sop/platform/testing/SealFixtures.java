package id.go.kalbarprov.sop.platform.testing;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.go.kalbarprov.sop.platform.document.CmsKey;
import id.go.kalbarprov.sop.platform.document.DocumentIds;
import id.go.kalbarprov.sop.platform.document.PadesSignature;
import id.go.kalbarprov.sop.platform.document.PdfRenderer;
import id.go.kalbarprov.sop.platform.document.SealCertificate;
import id.go.kalbarprov.sop.platform.domain.ContentHash;
import id.go.kalbarprov.sop.platform.domain.Period;
import id.go.kalbarprov.sop.platform.event.CorrectionSigned;
import id.go.kalbarprov.sop.platform.event.Officer;
import id.go.kalbarprov.sop.platform.event.SealAct;
import id.go.kalbarprov.sop.platform.seal.Keyring;
import id.go.kalbarprov.sop.platform.signing.Pem;
import id.go.kalbarprov.sop.platform.seal.PublishedKey;
import id.go.kalbarprov.sop.platform.seal.SealStatement;
import id.go.kalbarprov.sop.platform.signing.KeyAlgorithms;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Validly sealed signed corrections for tests, signed with the fixture seal key ({@code seal-fixture-private.pem};
 * its public half, {@value #PUBLIC_KEY_LOCATION}, is what a receiver under test trusts). The chain is the one
 * review-service makes: paraf at 5, an amendment at 6, paraf at 6, an amendment at 7, the signature at 7 (fewer
 * amendments for versions 1 and 2).
 */
public final class SealFixtures {

    public static final String PUBLIC_KEY_LOCATION = "seal-fixture-public.pem";
    public static final String OTHER_PRIVATE_KEY_LOCATION = "seal-fixture-other-private.pem";
    public static final String DOCUMENT_NUMBER_PREFIX = "000.8.6.3/";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private SealFixtures() {
    }

    public static PrivateKey privateKey() {
        return privateKey("seal-fixture-private.pem");
    }

    public static PrivateKey privateKey(String location) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Pem.read(location)));
        } catch (java.io.IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static PublishedKey publishedKey() {
        return PublishedKey.of(null, PublishedKey.read(PUBLIC_KEY_LOCATION), true);
    }

    public static String keyId() {
        return publishedKey().keyId();
    }

    public static Keyring keyring() {
        return new Keyring(List.of(publishedKey()));
    }

    public static String sign(SealStatement statement, PrivateKey key) {
        try {
            Signature signature = Signature.getInstance(KeyAlgorithms.RSA_SHA256);
            signature.initSign(key);
            signature.update(statement.bytes());
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The content of a version as the fixtures make it. */
    public static String content(UUID caseId, int version) {
        return "{\"caseId\":\"" + caseId + "\",\"rows\":[{\"actualCorrected\":\"87.5\","
                + "\"indicatorCode\":\"IKU-1\"}],\"title\":\"Koreksi data kinerja Q1\",\"version\":" + version + "}";
    }

    public static CorrectionSigned signedCorrection(UUID caseId, int version) {
        return signedCorrection(caseId, version, content(caseId, version));
    }

    /** A correction of the given final version and content, sealed with the fixture key. */
    public static CorrectionSigned signedCorrection(UUID caseId, int version, String content) {
        UUID reviewId = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String finalHash = ContentHash.sha256(content);
        int v5 = Math.max(1, version - 2);
        int v6 = Math.max(1, version - 1);
        String documentNumber = DOCUMENT_NUMBER_PREFIX + version + "/ORG/2026";
        LocalDate documentDate = LocalDate.of(2026, 4, 1);
        List<CorrectionSigned.Amendment> amendments = new ArrayList<>();
        for (int from = v5; from < version; from++) {
            int level = from < v6 ? 6 : 7;
            amendments.add(amendment(reviewId, level, from, hash(caseId, from, version, finalHash), from + 1,
                    hash(caseId, from + 1, version, finalHash), now.minusSeconds(60L * (version - from))));
        }
        List<CorrectionSigned.Seal> seals = List.of(
                seal(reviewId, 5, SealAct.PARAF, "kasubbag.one", "Kasubbag TU", v5, hash(caseId, v5, version, finalHash),
                        null, null, now.minusSeconds(600)),
                seal(reviewId, 6, SealAct.PARAF, "kabag.one", "Kabag Tatalaksana", v6,
                        hash(caseId, v6, version, finalHash), null, null, now.minusSeconds(300)),
                seal(reviewId, 7, SealAct.SIGNATURE, "karo.one", "Karo Organisasi", version, finalHash,
                        documentNumber, documentDate, now));
        CorrectionSigned signed = new CorrectionSigned(UUID.randomUUID(), CorrectionSigned.TYPE, caseId, reviewId, version, 1,
                "Koreksi data kinerja Q1 2026", 2026, Period.Q1, content, finalHash, seals, amendments,
                documentNumber, documentDate, now, null, null, null);
        return withPdf(signed, signedPdf(), ContentHash.sha256(signedPdf()), DocumentIds.newVerificationId());
    }

    private static volatile byte[] signedPdf;

    /**
     * A PDF/A document PAdES-signed with the fixture seal key, as review-service signs the correction (made once;
     * every fixture correction carries it with a verification id of its own).
     */
    public static byte[] signedPdf() {
        if (signedPdf == null) {
            signedPdf = signedPdf(privateKey());
        }
        return signedPdf.clone();
    }

    /** The fixture document signed with {@code key} (another key's signature for attack tests). */
    public static byte[] signedPdf(PrivateKey key) {
        byte[] pdf = PdfRenderer.render("<html><head><title>Perbaikan Data Kinerja</title></head><body>"
                + "<p style=\"font-family: 'DejaVu Sans'\">PERBAIKAN DATA KINERJA — fixture</p></body></html>");
        java.util.function.Function<byte[], byte[]> signer = data -> {
            try {
                Signature signature = Signature.getInstance(KeyAlgorithms.RSA_SHA256);
                signature.initSign(key);
                signature.update(data);
                return signature.sign();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        };
        java.security.PublicKey publicKey;
        try {
            java.security.interfaces.RSAPrivateCrtKey crt = (java.security.interfaces.RSAPrivateCrtKey) key;
            publicKey = KeyFactory.getInstance("RSA").generatePublic(
                    new java.security.spec.RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        X509Certificate certificate = SealCertificate.selfSigned(publicKey, signer, "Segel Elektronik Fixture",
                "Pemerintah Provinsi Kalimantan Barat");
        return PadesSignature.sign(pdf, new CmsKey() {
            @Override
            public X509Certificate certificate() {
                return certificate;
            }

            @Override
            public byte[] sign(byte[] data) {
                return signer.apply(data);
            }
        }, new PadesSignature.SignerDetails("Test karo.one", "Perbaikan Data Kinerja", "Pontianak", Instant.now()));
    }

    /** The correction carrying {@code pdf} as its signed document (any bytes, any claimed hash: for attack tests). */
    public static CorrectionSigned withPdf(CorrectionSigned c, byte[] pdf, String pdfSha256, String verificationId) {
        return new CorrectionSigned(c.eventId(), c.type(), c.caseId(), c.reviewId(), c.version(), c.draftVersion(),
                c.title(), c.year(), c.period(), c.content(), c.contentHash(), c.seals(), c.amendments(),
                c.documentNumber(), c.documentDate(), c.signedAt(), verificationId, pdfSha256, pdf);
    }

    public static CorrectionSigned.Seal seal(UUID reviewId, int level, SealAct act, String upn, String post,
                                             int version, String hash, String documentNumber, LocalDate documentDate,
                                             Instant at) {
        SealStatement statement = SealStatement.approval(reviewId, act, level, upn, "196609211986031004",
                "Test " + upn, post, false, version, hash, documentNumber, documentDate, at);
        return new CorrectionSigned.Seal(level, act, reviewId, upn, "196609211986031004", "Test " + upn, post, false,
                at, version, hash, KeyAlgorithms.RSA_SHA256, keyId(), sign(statement, privateKey()));
    }

    public static CorrectionSigned.Amendment amendment(UUID reviewId, int level, int from, String fromHash, int to,
                                                       String toHash, Instant at) {
        String upn = level == 6 ? "kabag.one" : "karo.one";
        String post = level == 6 ? "Kabag Tatalaksana" : "Karo Organisasi";
        Officer officer = new Officer(upn, "197001011995031001", "Test " + upn, false);
        SealStatement statement = SealStatement.amendment(reviewId, level, upn, officer.nip(), officer.name(), post,
                false, from, fromHash, to, toHash, at);
        return new CorrectionSigned.Amendment(level, from, fromHash, to, toHash, officer, post, at,
                "Corrected at level " + level, "{\"rows\":[]}", KeyAlgorithms.RSA_SHA256, keyId(),
                sign(statement, privateKey()));
    }

    /** The event as JSON, as the sender puts it on the wire. */
    public static Map<String, Object> asJson(CorrectionSigned correction) {
        return JSON.convertValue(correction, new TypeReference<Map<String, Object>>() {
        });
    }

    private static String hash(UUID caseId, int version, int finalVersion, String finalHash) {
        return version == finalVersion ? finalHash : ContentHash.sha256(content(caseId, version));
    }
}
