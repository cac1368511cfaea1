package id.go.kalbarprov.sop.platform.document;

import id.go.kalbarprov.sop.platform.signing.KeyAlgorithms;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.function.Function;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;

/**
 * A self-signed certificate for a service's own seal key, so that the key can sign PDFs (a CMS signature names its
 * signer by certificate). It is derived from the key alone — serial from the key's hash, fixed validity — so every
 * restart makes the same certificate. Trust does not come from it: a verifier trusts the key because it is in the
 * published keyring. A deployment with a certificate from a CA (BSrE) configures that one instead.
 */
public final class SealCertificate {

    private static final Instant NOT_BEFORE = Instant.parse("2021-06-01T00:00:00Z");
    private static final Instant NOT_AFTER = Instant.parse("2049-12-31T23:59:59Z");

    private SealCertificate() {
    }

    /** {@code sign} signs with the key's algorithm ({@link KeyAlgorithms#of}): RSA or EC P-256. */
    public static X509Certificate selfSigned(PublicKey key, Function<byte[], byte[]> sign, String commonName,
                                             String organization) {
        try {
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "ID")
                    .addRDN(BCStyle.O, organization).addRDN(BCStyle.CN, commonName).build();
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            BigInteger serial = new BigInteger(1, Arrays.copyOf(digest, 16));
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serial,
                    Date.from(NOT_BEFORE), Date.from(NOT_AFTER), subject, key);
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(signer(KeyAlgorithms.of(key), sign)));
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("Cannot make the seal certificate", e);
        }
    }

    /** A BouncyCastle signer that hands the bytes to sign to {@code sign}, which signs with {@code algorithm}. */
    static ContentSigner signer(String algorithm, Function<byte[], byte[]> sign) {
        return new ContentSigner() {
            private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

            @Override
            public AlgorithmIdentifier getAlgorithmIdentifier() {
                return new DefaultSignatureAlgorithmIdentifierFinder().find(algorithm);
            }

            @Override
            public OutputStream getOutputStream() {
                return buffer;
            }

            @Override
            public byte[] getSignature() {
                return sign.apply(buffer.toByteArray());
            }
        };
    }
}
