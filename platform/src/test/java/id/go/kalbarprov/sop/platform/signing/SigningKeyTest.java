package id.go.kalbarprov.sop.platform.signing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERSequence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A service's own signing key, RSA or EC P-256, outside Quarkus (where the launch mode is production). */
class SigningKeyTest {

    /** An EC P-256 key as openssl makes it (genpkey | pkcs8 -topk8: the public key is inside). */
    private static final String OPENSSL_EC = "ec-p256-private.pem";
    private static final byte[] STATEMENT = "sequence=1".getBytes(StandardCharsets.UTF_8);

    private static SigningKey load(String location) {
        return SigningKey.load(Optional.of(location), Optional.empty(), "chain", "x");
    }

    private static Path write(Path dir, String name, byte[] pkcs8) throws Exception {
        return Files.writeString(dir.resolve(name), Pem.write("PRIVATE KEY", pkcs8));
    }

    @Test
    void productionRefusesToStartWithoutItsKeyAndNamesTheSetting() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> SigningKey.load(
                Optional.empty(), Optional.empty(), "chain", "sop.archive.chain.private-key-location"));
        assertEquals("sop.archive.chain.private-key-location is required in production", refused.getMessage());
    }

    @Test
    void aKeyFromItsFileSignsAndItsPublicHalfVerifiesThatStatementOnly(@TempDir Path dir) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        Path file = write(dir, "chain.pem", generator.generateKeyPair().getPrivate().getEncoded());
        SigningKey key = load("file:" + file);
        assertEquals(KeyAlgorithms.RSA_SHA256, key.algorithm());
        assertTrue(key.keyId().startsWith("chain-"), key.keyId());
        String signature = key.sign(STATEMENT);
        assertTrue(key.verify(STATEMENT, key.algorithm(), key.keyId(), signature));
        assertFalse(key.verify("sequence=2".getBytes(StandardCharsets.UTF_8), key.algorithm(), key.keyId(), signature));
        assertFalse(key.verify(STATEMENT, key.algorithm(), "another-key", signature));
        assertFalse(key.verify(STATEMENT, key.algorithm(), key.keyId(), null));
        assertFalse(key.verify(STATEMENT, KeyAlgorithms.ECDSA_SHA256, key.keyId(), signature),
                "an RSA signature recorded as ECDSA");
        assertFalse(key.verify(STATEMENT, null, key.keyId(), signature));
        assertTrue(key.publicKeyPem().startsWith("-----BEGIN PUBLIC KEY-----"));
        assertEquals(key.keyId(), load(file.toString()).keyId(), "the same key file gives the same key id");
    }

    @Test
    void anOpensslEcP256KeySignsWithEcdsaAndItsDerivedPublicHalfIsTheOneInsideThePem() throws Exception {
        SigningKey key = load(OPENSSL_EC);
        assertEquals(KeyAlgorithms.ECDSA_SHA256, key.algorithm());
        assertEquals("EC", key.publicKey().getAlgorithm());
        String signature = key.sign(STATEMENT);
        assertTrue(key.verify(STATEMENT, KeyAlgorithms.ECDSA_SHA256, key.keyId(), signature));
        // what an outside verifier does with the published PEM
        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(KeyAlgorithms.publicKey(Pem.decode(key.publicKeyPem())));
        verifier.update(STATEMENT);
        assertTrue(verifier.verify(Base64.getDecoder().decode(signature)));
        assertEquals(key.keyId(), load(OPENSSL_EC).keyId(), "the same key file gives the same key id");
    }

    @Test
    void aJdkEcKeyWithoutItsPublicHalfInsideLoadsToo(@TempDir Path dir) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        SigningKey key = load("file:" + write(dir, "ec.pem", pair.getPrivate().getEncoded()));
        assertArrayEquals(pair.getPublic().getEncoded(), key.publicKey().getEncoded(), "the derived public key");
        assertTrue(key.verify(STATEMENT, KeyAlgorithms.ECDSA_SHA256, key.keyId(), key.sign(STATEMENT)));
    }

    @Test
    void anEcdsaSignatureOverAnotherStatementOrTamperedOrRenamedFails() {
        SigningKey key = load(OPENSSL_EC);
        String signature = key.sign(STATEMENT);
        assertFalse(key.verify("sequence=2".getBytes(StandardCharsets.UTF_8), key.algorithm(), key.keyId(), signature));
        byte[] bytes = Base64.getDecoder().decode(signature);
        for (int at : new int[] {0, 5, bytes.length / 2, bytes.length - 1}) {
            byte[] tampered = bytes.clone();
            tampered[at] ^= 0x01;
            assertFalse(key.verify(STATEMENT, key.algorithm(), key.keyId(),
                    Base64.getEncoder().encodeToString(tampered)), "byte " + at + " changed");
        }
        assertFalse(key.verify(STATEMENT, KeyAlgorithms.RSA_SHA256, key.keyId(), signature),
                "an ECDSA signature recorded as RSA");
        assertFalse(key.verify(STATEMENT, "NONEwithECDSA", key.keyId(), signature));
        assertFalse(key.verify(STATEMENT, key.algorithm(), "another-key", signature));
        assertFalse(key.verify(STATEMENT, key.algorithm(), key.keyId(), "not base64!"));
    }

    /** CVE-2022-21449: r = s = 0 verified any statement on some JDKs. */
    @Test
    void theZeroSignatureAndAnotherKeysSignatureFail(@TempDir Path dir) throws Exception {
        SigningKey key = load(OPENSSL_EC);
        for (BigInteger value : new BigInteger[] {BigInteger.ZERO, BigInteger.ONE}) {
            String zero = Base64.getEncoder().encodeToString(
                    new DERSequence(new ASN1Integer[] {new ASN1Integer(value), new ASN1Integer(value)}).getEncoded());
            assertFalse(key.verify(STATEMENT, key.algorithm(), key.keyId(), zero), "r = s = " + value);
        }
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        SigningKey other = load("file:" + write(dir, "other.pem",
                generator.generateKeyPair().getPrivate().getEncoded()));
        assertFalse(key.verify(STATEMENT, key.algorithm(), key.keyId(), other.sign(STATEMENT)));
    }

    @Test
    void anEcKeyOnAnotherCurveIsRefusedAtLoadNamingItsCurve(@TempDir Path dir) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp384r1"));
        Path file = write(dir, "p384.pem", generator.generateKeyPair().getPrivate().getEncoded());
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> SigningKey.load(
                Optional.of("file:" + file), Optional.empty(), "seal", "sop.review.seal.private-key-location"));
        assertTrue(refused.getMessage().startsWith("Cannot load the seal key: The EC key is on the curve secp384r1"),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("only P-256"), refused.getMessage());
    }

    @Test
    void otherKeyKindsAndGarbageAreRefusedAtLoad(@TempDir Path dir) throws Exception {
        Path ed25519 = write(dir, "ed.pem", KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate()
                .getEncoded());
        assertTrue(assertThrows(IllegalStateException.class, () -> load("file:" + ed25519)).getMessage()
                .contains("Neither an RSA nor an EC key"));
        Path garbage = Files.writeString(dir.resolve("garbage.pem"),
                "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
        assertTrue(assertThrows(IllegalStateException.class, () -> load("file:" + garbage)).getMessage()
                .startsWith("Cannot load the chain key"));
    }

    @Test
    void anEcPemWhosePublicKeyIsNotItsPrivateKeysIsRefused(@TempDir Path dir) throws Exception {
        byte[] der = Pem.read(OPENSSL_EC);
        // the last byte of the embedded public point (the PEM ends with it)
        der[der.length - 1] ^= 0x01;
        Path file = write(dir, "mismatch.pem", der);
        assertThrows(IllegalStateException.class, () -> load("file:" + file));
    }
}
