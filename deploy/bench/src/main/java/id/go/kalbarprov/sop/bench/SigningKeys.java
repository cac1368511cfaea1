package id.go.kalbarprov.sop.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

/**
 * The seal and chain keys the services sign with in a run ({@code --signing-keys}). {@code ec} (the default): EC P-256
 * keys the bench makes once under deploy/bench/target/keys and keeps (a kept database's chain stays verifiable), the
 * key type deploy/kubernetes/README.md recommends; {@code rsa}: the committed RSA-2048 development keys.
 */
final class SigningKeys {

    static final String EC = "ec";
    static final String RSA = "rsa";

    private SigningKeys() {
    }

    /** The PEM file of the {@code purpose} key ({@code seal} or {@code chain}) for this run. */
    static Path of(Path root, String kind, String purpose) {
        if (RSA.equals(kind)) {
            return root.resolve("deploy/local/keys/dev-" + purpose + "-private.pem");
        }
        Path file = root.resolve("deploy/bench/target/keys/ec-" + purpose + "-private.pem");
        if (!Files.exists(file)) {
            write(file);
        }
        return file;
    }

    private static synchronized void write(Path file) {
        try {
            if (Files.exists(file)) {
                return;
            }
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            String pem = "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(
                    generator.generateKeyPair().getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n";
            Files.createDirectories(file.getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            Files.writeString(partial, pem);
            Files.move(partial, file);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot make the bench's EC " + file.getFileName(), e);
        }
    }
}
