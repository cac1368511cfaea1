package id.go.kalbarprov.sop.platform.signing;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECFieldFp;
import java.security.spec.ECParameterSpec;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X962Parameters;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;

/**
 * The two kinds of signing key the services accept, and the signature algorithm each one signs with: RSA
 * ({@value #RSA_SHA256}) and EC on the curve P-256 ({@value #ECDSA_SHA256}). The key decides the algorithm: a
 * signature recorded under another algorithm's name than its key's is not that key's signature.
 */
public final class KeyAlgorithms {

    public static final String RSA_SHA256 = "SHA256withRSA";
    public static final String ECDSA_SHA256 = "SHA256withECDSA";

    private static final ASN1ObjectIdentifier P256 = SECObjectIdentifiers.secp256r1;
    private static final X9ECParameters P256_PARAMETERS = ECNamedCurveTable.getByOID(P256);

    private KeyAlgorithms() {
    }

    /** The algorithm {@code key} signs with; any key but RSA or EC P-256 is refused. */
    public static String of(PublicKey key) {
        if (key instanceof RSAPublicKey) {
            return RSA_SHA256;
        }
        if (key instanceof ECPublicKey ec && isP256(ec.getParams())) {
            return ECDSA_SHA256;
        }
        throw new IllegalArgumentException("Not an RSA or EC P-256 key: " + key.getAlgorithm());
    }

    /** A public key (X.509 SubjectPublicKeyInfo, DER), RSA or EC P-256. */
    public static PublicKey publicKey(byte[] der) throws GeneralSecurityException {
        PublicKey key;
        try {
            key = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
        } catch (InvalidKeySpecException notRsa) {
            key = KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(der));
        }
        try {
            of(key);
        } catch (IllegalArgumentException e) {
            throw new InvalidKeyException(e.getMessage(), e);
        }
        return key;
    }

    /**
     * A private key (PKCS#8, DER) with its public half: for RSA from the key's own modulus and exponent, for EC the
     * curve's generator multiplied by the private scalar (BouncyCastle's curve arithmetic: the JDK has no public API
     * for it). An EC key on any curve but P-256 is refused, naming its curve.
     */
    public static KeyPair keyPair(byte[] pkcs8) throws GeneralSecurityException {
        PrivateKeyInfo info;
        try {
            info = PrivateKeyInfo.getInstance(pkcs8);
        } catch (IllegalArgumentException e) {
            throw new InvalidKeySpecException("Not a PKCS#8 private key", e);
        }
        ASN1ObjectIdentifier family = info.getPrivateKeyAlgorithm().getAlgorithm();
        if (PKCSObjectIdentifiers.rsaEncryption.equals(family)) {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            PrivateKey key = rsa.generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            if (!(key instanceof RSAPrivateCrtKey crt)) {
                throw new InvalidKeySpecException("An RSA private key without its public exponent (not CRT form)");
            }
            return new KeyPair(rsa.generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent())),
                    key);
        }
        if (!X9ObjectIdentifiers.id_ecPublicKey.equals(family)) {
            throw new InvalidKeySpecException("Neither an RSA nor an EC key (algorithm " + family + ")");
        }
        X962Parameters parameters = X962Parameters.getInstance(info.getPrivateKeyAlgorithm().getParameters());
        if (!parameters.isNamedCurve() || !P256.equals(parameters.getParameters())) {
            throw new InvalidKeySpecException("The EC key is on the curve " + curveName(parameters)
                    + ": only P-256 (prime256v1, secp256r1) is supported");
        }
        KeyFactory ec = KeyFactory.getInstance("EC");
        ECPrivateKey key = (ECPrivateKey) ec.generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        BigInteger d = key.getS();
        if (d.signum() <= 0 || d.compareTo(P256_PARAMETERS.getN()) >= 0) {
            throw new InvalidKeySpecException("The EC private scalar is out of range");
        }
        ECPoint q = new FixedPointCombMultiplier().multiply(P256_PARAMETERS.getG(), d).normalize();
        ASN1BitString embedded = embeddedPublicKey(info);
        if (embedded != null && !P256_PARAMETERS.getCurve().decodePoint(embedded.getOctets()).equals(q)) {
            throw new InvalidKeySpecException("The public key inside the PEM is not the private key's");
        }
        try {
            byte[] spki = new SubjectPublicKeyInfo(new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey, P256),
                    q.getEncoded(false)).getEncoded();
            return new KeyPair(ec.generatePublic(new X509EncodedKeySpec(spki)), key);
        } catch (IOException e) {
            throw new InvalidKeySpecException("Cannot encode the EC public key", e);
        }
    }

    /** The optional public key that OpenSSL writes into an EC private key, or null. */
    private static ASN1BitString embeddedPublicKey(PrivateKeyInfo info) throws InvalidKeySpecException {
        try {
            return org.bouncycastle.asn1.sec.ECPrivateKey.getInstance(info.parsePrivateKey()).getPublicKey();
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidKeySpecException("Not an EC private key", e);
        }
    }

    private static String curveName(X962Parameters parameters) {
        if (!parameters.isNamedCurve()) {
            return "given by explicit parameters";
        }
        ASN1ObjectIdentifier oid = ASN1ObjectIdentifier.getInstance(parameters.getParameters());
        String name = ECNamedCurveTable.getName(oid);
        return name == null ? oid.getId() : name + " (" + oid.getId() + ")";
    }

    private static boolean isP256(ECParameterSpec spec) {
        return spec != null && spec.getCofactor() == 1 && spec.getOrder().equals(P256_PARAMETERS.getN())
                && spec.getCurve().getField() instanceof ECFieldFp field
                && field.getP().equals(P256_PARAMETERS.getCurve().getField().getCharacteristic())
                && spec.getGenerator().getAffineX().equals(P256_PARAMETERS.getG().getAffineXCoord().toBigInteger())
                && spec.getGenerator().getAffineY().equals(P256_PARAMETERS.getG().getAffineYCoord().toBigInteger())
                && spec.getCurve().getA().equals(P256_PARAMETERS.getCurve().getA().toBigInteger())
                && spec.getCurve().getB().equals(P256_PARAMETERS.getCurve().getB().toBigInteger());
    }
}
