package id.go.kalbarprov.sop.platform.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * A PAdES baseline signature on a PDF (sub-filter {@code ETSI.CAdES.detached}, the signing certificate bound by the
 * {@code signing-certificate-v2} attribute, the signing time in the signature dictionary), and its verification.
 * The signature is added as an incremental update, so the signed PDF keeps the PDF/A conformance of the original.
 */
public final class PadesSignature {

    /** Room for the CMS signature (a 4096-bit RSA signature and a certificate chain fit comfortably). */
    private static final int SIGNATURE_SIZE = 16_384;

    private PadesSignature() {
    }

    /** Who signs, as a PDF reader shows it. */
    public record SignerDetails(String name, String reason, String location, Instant at) {
    }

    public static byte[] sign(byte[] pdf, CmsKey key, SignerDetails details) {
        try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(details.name());
            signature.setReason(details.reason());
            signature.setLocation(details.location());
            Calendar at = new GregorianCalendar(TimeZone.getTimeZone("Asia/Pontianak"));
            at.setTimeInMillis(details.at().toEpochMilli());
            signature.setSignDate(at);
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(SIGNATURE_SIZE);
                document.addSignature(signature, content -> cms(content.readAllBytes(), key), options);
                document.saveIncremental(out);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot sign the PDF", e);
        }
    }

    private static byte[] cms(byte[] content, CmsKey key) throws IOException {
        try {
            X509Certificate certificate = key.certificate();
            byte[] certificateHash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[]{new ESSCertIDv2(certificateHash)}))));
            DefaultSignedAttributeTableGenerator defaults =
                    new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    // PAdES baseline: the signing time is the dictionary's M entry, not a CMS attribute
                    .setSignedAttributeGenerator(parameters ->
                            defaults.getAttributes(parameters).remove(CMSAttributes.signingTime))
                    .build(SealCertificate.signer(key.algorithm(), key::sign),
                            new JcaX509CertificateHolder(certificate)));
            generator.addCertificates(new JcaCertStore(List.of(certificate)));
            return generator.generate(new CMSProcessableByteArray(content), false).getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("Cannot make the CMS signature: " + e.getMessage(), e);
        }
    }

    /**
     * One signature of a PDF checked: whether it covers the whole file (nothing appended after signing), whether the
     * signed bytes still hash to what was signed and the signature verifies with the certificate it carries, and the
     * key that made it (a verifier decides whether it trusts that key).
     */
    public record Check(String name, Instant signedAt, String subFilter, boolean coversWholeDocument,
                        boolean signatureValid, String signerSubject, PublicKey signerKey) {
        public boolean valid() {
            return coversWholeDocument && signatureValid;
        }
    }

    /** Every signature in {@code pdf}, checked; an unreadable PDF has none. */
    public static List<Check> verify(byte[] pdf) {
        List<Check> checks = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDSignature signature : document.getSignatureDictionaries()) {
                checks.add(check(signature, pdf));
            }
        } catch (IOException e) {
            return List.of();
        }
        return checks;
    }

    private static Check check(PDSignature signature, byte[] pdf) {
        int[] range = signature.getByteRange();
        boolean whole = range != null && range.length == 4 && range[0] == 0 && range[1] > 0 && range[2] > range[1]
                && (long) range[2] + range[3] == pdf.length;
        Instant at = signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
        String subject = null;
        PublicKey signerKey = null;
        boolean valid = false;
        try {
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
                    signature.getContents(pdf));
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() == 1) {
                SignerInformation signer = signers.iterator().next();
                @SuppressWarnings("unchecked")
                Collection<X509CertificateHolder> certificates = cms.getCertificates().getMatches(signer.getSID());
                if (certificates.size() == 1) {
                    X509CertificateHolder holder = certificates.iterator().next();
                    subject = holder.getSubject().toString();
                    signerKey = new JcaX509CertificateConverter().getCertificate(holder).getPublicKey();
                    valid = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder));
                }
            }
        } catch (IOException | CMSException | GeneralSecurityException | OperatorCreationException
                 | RuntimeException e) {
            valid = false;
        }
        return new Check(signature.getName(), at, signature.getSubFilter(), whole, valid, subject, signerKey);
    }
}
