package id.go.kalbarprov.sop.platform.seal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.go.kalbarprov.sop.platform.event.Limits;
import id.go.kalbarprov.sop.platform.signing.KeyAlgorithms;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KeyringTest {

    private static List<PublishedKey> keys(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> new PublishedKey("seal-" + i, KeyAlgorithms.RSA_SHA256, "pem", i == 0)).toList();
    }

    @Test
    void holdsAsManyKeysAsTheDocumentStatesAndNoMore() {
        assertEquals(Keyring.MAX_KEYS, new Keyring(keys(Keyring.MAX_KEYS)).keys().size());
        assertThrows(IllegalArgumentException.class, () -> new Keyring(keys(Keyring.MAX_KEYS + 1)));
    }

    @Test
    void aKeyLongerThanTheDocumentStatesIsRefused() {
        new PublishedKey("k".repeat(Limits.KEY_ID), "a".repeat(Limits.ALGORITHM), "p".repeat(Limits.PUBLIC_KEY_PEM),
                true);
        assertThrows(IllegalArgumentException.class,
                () -> new PublishedKey("k".repeat(Limits.KEY_ID + 1), KeyAlgorithms.RSA_SHA256, "pem", true));
        assertThrows(IllegalArgumentException.class,
                () -> new PublishedKey("seal-1", "a".repeat(Limits.ALGORITHM + 1), "pem", true));
        assertThrows(IllegalArgumentException.class,
                () -> new PublishedKey("seal-1", KeyAlgorithms.RSA_SHA256, "p".repeat(Limits.PUBLIC_KEY_PEM + 1),
                        true));
    }
}
