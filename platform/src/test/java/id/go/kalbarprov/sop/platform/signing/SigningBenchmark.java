package id.go.kalbarprov.sop.platform.signing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Optional;

/**
 * Prints what one signature and one verification cost on this thread: {@link SigningKey}'s SHA256withRSA (2048 bits)
 * and SHA256withECDSA (P-256), the two kinds of key the seals, chain links and PAdES signatures can use, and for
 * comparison ECDSA P-256 and Ed25519 straight from the same JDK. Run it
 * under the services' JVM options and without them: BigInteger's multiply intrinsics, which RSA lives on, exist only
 * in C2-compiled code, so {@code -XX:TieredStopAtLevel=1} (deploy/kubernetes/base/common/jvm.env) makes RSA signing
 * several times slower while the elliptic curves hardly change.
 * A plain main, not a test: figures for deploy/bench/README.md, never an assertion on time.
 *
 * <pre>java [-XX:TieredStopAtLevel=1] -cp platform/target/test-classes:platform/target/classes:$(deps) \
 *     id.go.kalbarprov.sop.platform.signing.SigningBenchmark [seconds per figure]</pre>
 */
public final class SigningBenchmark {

    /** About the size of a seal statement. */
    private static final byte[] STATEMENT = ("sop45-seal/1\nreview=0b6f5e1e-5f55-4c44-9d5b-1b0e3a2f6d11\nlevel=6\n"
            + "act=PARAF\nupn=kabag.perencanaan@kalbarprov.go.id\nnip=197001011990031001\nversion=3\n"
            + "contentHash=4f1c0f5d9a5b2f6e7f0a1d2c3b4a59687766554433221100ffeeddccbbaa9988\n")
            .getBytes(StandardCharsets.UTF_8);

    private SigningBenchmark() {
    }

    public static void main(String[] args) throws GeneralSecurityException, IOException {
        long nanos = (long) ((args.length > 0 ? Double.parseDouble(args[0]) : 3) * 1e9);
        SigningKey rsa = signingKey("RSA", 2048);
        SigningKey ec = signingKey("EC", 256);
        for (int round = 1; round <= 3; round++) {
            measure(round, nanos, "SigningKey SHA256withRSA 2048", rsa);
            measure(round, nanos, "SigningKey SHA256withECDSA P-256", ec);
            jdk(round, nanos, "EC", 256, "SHA256withECDSA");
            jdk(round, nanos, "Ed25519", 0, "Ed25519");
        }
    }

    private static void measure(int round, long nanos, String name, SigningKey key) throws GeneralSecurityException {
        String signature = key.sign(STATEMENT);
        System.out.printf("round %d  %-34s sign %7.3f ms   verify %7.3f ms%n", round, name,
                perCall(nanos, () -> key.sign(STATEMENT)),
                perCall(nanos, () -> require(key.verify(STATEMENT, key.algorithm(), key.keyId(), signature))));
    }

    /** A fresh key, loaded the way the services load theirs: from a PKCS#8 PEM file. */
    private static SigningKey signingKey(String family, int bits) throws GeneralSecurityException, IOException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance(family);
        generator.initialize(bits);
        Path file = Files.createTempFile("signing-benchmark", ".pem");
        try {
            Files.writeString(file, Pem.write("PRIVATE KEY", generator.generateKeyPair().getPrivate().getEncoded()));
            return SigningKey.load(Optional.of(file.toString()), Optional.empty(), "bench", "none");
        } finally {
            Files.delete(file);
        }
    }

    private static void jdk(int round, long nanos, String family, int bits, String algorithm)
            throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance(family);
        if (bits > 0) {
            generator.initialize(bits);
        }
        KeyPair pair = generator.generateKeyPair();
        byte[] signature = sign(algorithm, pair);
        System.out.printf("round %d  %-34s sign %7.3f ms   verify %7.3f ms%n", round, algorithm,
                perCall(nanos, () -> sign(algorithm, pair)),
                perCall(nanos, () -> require(verify(algorithm, pair, signature))));
    }

    private static byte[] sign(String algorithm, KeyPair pair) throws GeneralSecurityException {
        Signature signature = Signature.getInstance(algorithm);
        signature.initSign(pair.getPrivate());
        signature.update(STATEMENT);
        return signature.sign();
    }

    private static boolean verify(String algorithm, KeyPair pair, byte[] value) throws GeneralSecurityException {
        Signature signature = Signature.getInstance(algorithm);
        signature.initVerify(pair.getPublic());
        signature.update(STATEMENT);
        return signature.verify(value);
    }

    private static Object require(boolean valid) {
        if (!valid) {
            throw new IllegalStateException("a signature did not verify");
        }
        return null;
    }

    private interface Call {
        Object run() throws GeneralSecurityException;
    }

    private static double perCall(long nanos, Call call) throws GeneralSecurityException {
        long calls = 0;
        long started = System.nanoTime();
        while (System.nanoTime() - started < nanos) {
            call.run();
            calls++;
        }
        return (System.nanoTime() - started) / 1e6 / calls;
    }
}
