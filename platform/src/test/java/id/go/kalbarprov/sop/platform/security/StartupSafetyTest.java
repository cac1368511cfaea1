package id.go.kalbarprov.sop.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.platform.signing.Pem;
import id.go.kalbarprov.sop.platform.testing.SealFixtures;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupSafetyTest {

    private static final SecurityConfig NO_EXCEPTIONS = new SecurityConfig() {
        @Override
        public boolean selfSignedServiceTokensAllowed() {
            return false;
        }

        @Override
        public boolean developmentKeysAllowed() {
            return false;
        }
    };

    @Test
    void aRetiredKeyCommittedToTheRepositoryIsRefused(@TempDir Path dir) throws Exception {
        Path own = Files.writeString(dir.resolve("chain-retired.pem"), Pem.write("PUBLIC KEY",
                KeyPairGenerator.getInstance("RSA").generateKeyPair().getPublic().getEncoded()));

        List<String> refusals = StartupSafety.read(config(Map.of(
                "sop.review.seal.retired-public-keys", SealFixtures.PUBLIC_KEY_LOCATION,
                "sop.archive.chain.retired-public-keys", "file:" + own)), NO_EXCEPTIONS).refusals();

        List<String> committed = refusals.stream().filter(r -> r.contains("retired-public-keys")).toList();
        assertEquals(1, committed.size(), refusals.toString());
        assertTrue(committed.get(0).startsWith("sop.review.seal.retired-public-keys (" + SealFixtures.keyId()
                + ") is a key committed to the repository"), committed.get(0));
    }

    @Test
    void ownRetiredKeysAreNotRefused(@TempDir Path dir) throws Exception {
        Path own = Files.writeString(dir.resolve("chain-retired.pem"), Pem.write("PUBLIC KEY",
                KeyPairGenerator.getInstance("RSA").generateKeyPair().getPublic().getEncoded()));

        UnsafeSettings settings = StartupSafety.read(config(Map.of("sop.archive.chain.retired-public-keys",
                "file:" + own)), NO_EXCEPTIONS);

        assertEquals(1, settings.otherKeys().size(), settings.otherKeys().toString());
        assertTrue(settings.otherKeys().keySet().iterator().next()
                .startsWith("sop.archive.chain.retired-public-keys (chain-"), settings.otherKeys().toString());
        assertTrue(settings.refusals().stream().noneMatch(r -> r.contains("retired-public-keys")));
    }

    private static Config config(Map<String, String> values) {
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(values, "test", 500)).build();
    }
}
