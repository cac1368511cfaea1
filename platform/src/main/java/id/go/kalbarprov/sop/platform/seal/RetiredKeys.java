package id.go.kalbarprov.sop.platform.seal;

import id.go.kalbarprov.sop.platform.signing.SigningKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The public keys a service signed with before a key rotation, as configured ({@code sop.review.seal.retired-public-keys},
 * {@code sop.archive.chain.retired-public-keys}): they sign nothing new, but what they signed still verifies. Each entry
 * is {@code [keyId=]location}, the location a PEM file (file:, a path, classpath) or a directory of {@code *.pem}. A key
 * without an id is known by the id the service gave it when it was current and none was configured
 * ({@link SigningKey#keyIdOf}); {@code keyId=location} names a key that was signing under a configured key id.
 */
public final class RetiredKeys {

    private RetiredKeys() {
    }

    /** The keyring of a service's signing key: the key itself, current, and the retired ones configured. */
    public static Keyring keyring(SigningKey current, Optional<List<String>> retired, String purpose) {
        return new Keyring(Stream.concat(Stream.of(PublishedKey.of(current.keyId(), current.publicKey(), true)),
                read(retired, purpose).stream()).toList());
    }

    /**
     * The retired keys of the entries, in their order (a directory's files by name).
     *
     * @param purpose what the keys signed ({@code seal}, {@code chain}): the prefix of an id derived from a key
     */
    public static List<PublishedKey> read(Optional<List<String>> entries, String purpose) {
        return entries.orElse(List.of()).stream().filter(entry -> !entry.isBlank())
                .flatMap(entry -> entry(entry.strip(), purpose)).toList();
    }

    private static Stream<PublishedKey> entry(String entry, String purpose) {
        int eq = entry.indexOf('=');
        String keyId = eq > 0 && !entry.substring(0, eq).contains("/") ? entry.substring(0, eq).strip() : null;
        String location = (keyId == null ? entry : entry.substring(eq + 1)).strip();
        Path directory = Path.of(location.startsWith("file:") ? location.substring("file:".length()) : location);
        if (keyId == null && Files.isDirectory(directory)) {
            try (Stream<Path> files = Files.list(directory)) {
                return files.filter(f -> f.toString().endsWith(".pem")).sorted()
                        .map(f -> retired(null, PublishedKey.read(f.toString()), purpose)).toList().stream();
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read the retired " + purpose + " keys in " + location, e);
            }
        }
        return Stream.of(retired(keyId, PublishedKey.read(location), purpose));
    }

    private static PublishedKey retired(String keyId, PublicKey key, String purpose) {
        return PublishedKey.of(keyId == null ? SigningKey.keyIdOf(purpose, key) : keyId, key, false);
    }
}
