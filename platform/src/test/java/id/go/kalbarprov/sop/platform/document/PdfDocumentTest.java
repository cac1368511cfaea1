package id.go.kalbarprov.sop.platform.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.platform.testing.PdfChecks;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A document rendered, signed and verified as the services do it, and tampered with as an attacker would. */
class PdfDocumentTest {

    private static final String VERIFY = "https://sop.kalbarprov.go.id/verifikasi/AbCdEfGhIjKlMnOpQrStUv";
    private static KeyPair keys;
    private static CmsKey cmsKey;
    private static byte[] rendered;

    @BeforeAll
    static void render() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        X509Certificate certificate = SealCertificate.selfSigned(keys.getPublic(), data -> sign(keys.getPrivate(), data),
                "Segel Biro Organisasi", "Pemerintah Provinsi Kalimantan Barat");
        cmsKey = new CmsKey() {
            @Override
            public X509Certificate certificate() {
                return certificate;
            }

            @Override
            public byte[] sign(byte[] data) {
                return PdfDocumentTest.sign(keys.getPrivate(), data);
            }
        };
        rendered = PdfRenderer.render("""
                <html><head><title>Perbaikan Data Kinerja</title><meta name="author" content="Biro Organisasi"/>
                <style>@page { size: A4; margin: 2cm; } body { font-family: 'DejaVu Sans'; font-size: 10pt; }</style>
                </head><body><h1>Perbaikan Data Kinerja</h1>
                <p>Pontianak, %s — NIP %s — Capaian 101,25%% (Indikator Kinerja Utama)</p>
                <img src="%s" style="width: 3cm"/></body></html>
                """.formatted(IndonesianDates.date(LocalDate.of(2026, 11, 30)),
                id.go.kalbarprov.sop.platform.domain.Nip.printed("196609211986031004"), QrCode.dataUri(VERIFY)));
    }

    static byte[] sign(PrivateKey key, byte[] data) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(data);
            return signature.sign();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] signed() {
        return PadesSignature.sign(rendered, cmsKey, new PadesSignature.SignerDetails("Dr. Karo", "Ditandatangani",
                "Pontianak", Instant.parse("2026-11-30T07:05:00Z")));
    }

    @Test
    void theRenderedDocumentIsPdfA2bWithItsFontsEmbeddedAndItsIndonesianTexts() {
        PdfChecks.assertPdfA2b(rendered);
        PdfChecks.assertFontsEmbedded(rendered);
        String text = PdfChecks.text(rendered);
        for (String expected : List.of("Pontianak, 30 November 2026", "19660921 198603 1 004", "101,25%")) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
    }

    @Test
    void theQrCodeDecodesToTheVerificationAddress() {
        assertEquals(List.of(VERIFY), PdfChecks.qrCodes(rendered));
    }

    @Test
    void theSignedDocumentVerifiesWholeAndStaysPdfA() {
        byte[] signed = signed();
        List<PadesSignature.Check> checks = PadesSignature.verify(signed);
        assertEquals(1, checks.size());
        PadesSignature.Check check = checks.get(0);
        assertTrue(check.valid());
        assertEquals("ETSI.CAdES.detached", check.subFilter());
        assertEquals(keys.getPublic(), check.signerKey());
        assertTrue(check.signerSubject().contains("Segel Biro Organisasi"), check.signerSubject());
        PdfChecks.assertPdfA2b(signed);
        assertTrue(PadesSignature.verify(rendered).isEmpty());
    }

    @Test
    void pdfsigReportsTheSignatureValidForTheWholeDocument() {
        String report = PdfChecks.pdfsig(signed());
        assertTrue(report.contains("Signature Validation: Signature is Valid."), report);
        assertTrue(report.contains("Total document signed"), report);
    }

    @Test
    void changingOneSignedByteBreaksTheSignature() {
        byte[] signed = signed();
        // a byte inside the signed range, in the page content written before the signature
        int at = signed.length / 4;
        byte[] tampered = Arrays.copyOf(signed, signed.length);
        tampered[at] = (byte) (tampered[at] ^ 0x01);
        // a flipped byte that lands in the PDF's structure leaves no signature found rather than an invalid one:
        // either way, no signature of the tampered file may hold
        assertTrue(PadesSignature.verify(tampered).stream().noneMatch(PadesSignature.Check::valid));
        assertFalse(PdfChecks.pdfsig(tampered).contains("Signature is Valid."));
    }

    @Test
    void bytesAppendedAfterSigningAreNotCoveredByTheSignature() {
        byte[] signed = signed();
        byte[] appended = Arrays.copyOf(signed, signed.length + 20);
        System.arraycopy("\n% appended later\n".getBytes(), 0, appended, signed.length, 18);
        PadesSignature.Check check = PadesSignature.verify(appended).get(0);
        assertFalse(check.coversWholeDocument());
        assertFalse(check.valid());
    }

    @Test
    void aSignatureByAnotherKeyNamesThatKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair other = generator.generateKeyPair();
        X509Certificate certificate = SealCertificate.selfSigned(other.getPublic(), d -> sign(other.getPrivate(), d),
                "Segel Biro Organisasi", "Pemerintah Provinsi Kalimantan Barat");
        byte[] forged = PadesSignature.sign(rendered, new CmsKey() {
            @Override
            public X509Certificate certificate() {
                return certificate;
            }

            @Override
            public byte[] sign(byte[] data) {
                return PdfDocumentTest.sign(other.getPrivate(), data);
            }
        }, new PadesSignature.SignerDetails("Dr. Karo", "Ditandatangani", "Pontianak", Instant.now()));
        assertNotEquals(keys.getPublic(), PadesSignature.verify(forged).get(0).signerKey());
    }

    @Test
    void theSealCertificateIsTheSameOnEveryStart() {
        X509Certificate first = SealCertificate.selfSigned(keys.getPublic(), d -> sign(keys.getPrivate(), d), "S", "O");
        X509Certificate second = SealCertificate.selfSigned(keys.getPublic(), d -> sign(keys.getPrivate(), d), "S", "O");
        assertEquals(first, second);
    }

    @Test
    void indonesianDatesAndTimes() {
        assertEquals("5 Januari 2026", IndonesianDates.date(LocalDate.of(2026, 1, 5)));
        assertEquals("1 Desember 2026 00.30 WIB", IndonesianDates.dateTime(Instant.parse("2026-11-30T17:30:00Z")));
    }

    @Test
    void verificationIdsAreRandomAndWellFormed() {
        String one = DocumentIds.newVerificationId();
        assertTrue(DocumentIds.isWellFormed(one));
        assertNotEquals(one, DocumentIds.newVerificationId());
        assertFalse(DocumentIds.isWellFormed("../../etc/passwd"));
        assertFalse(DocumentIds.isWellFormed("AAAAAAAAAAAAAAAAAAAAA"));
    }
}
