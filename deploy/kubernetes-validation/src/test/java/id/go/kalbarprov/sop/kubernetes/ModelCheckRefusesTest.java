package id.go.kalbarprov.sop.kubernetes;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The check that every rendered object goes through does refuse what the Kubernetes API would. */
class ModelCheckRefusesTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: x}
            spec:
              %s
              selector: {matchLabels: {app: x}}
              template:
                metadata: {labels: {app: x}}
                spec:
                  containers: [{name: x, image: "x:1"}]
            """;

    @Test
    void acceptsAValidDeployment() {
        assertEquals(1, Repo.parse(DEPLOYMENT.formatted("replicas: 2"), "valid").size());
    }

    @Test
    void refusesAFieldTheApiDoesNotHave() {
        AssertionError e = assertThrows(AssertionError.class, () -> Repo.parse(DEPLOYMENT.formatted("replica: 2"), "misspelt"));
        assertTrue(e.getMessage().contains("replica"), e.getMessage());
    }

    @Test
    void refusesAValueOfTheWrongType() {
        assertThrows(AssertionError.class, () -> Repo.parse(DEPLOYMENT.formatted("replicas: two"), "wrong type"));
    }

    @Test
    void refusesAKindTheApiDoesNotHave() {
        assertThrows(AssertionError.class, () -> Repo.parse("apiVersion: apps/v1\nkind: Deploymnet\nmetadata: {name: x}\n", "kind"));
    }
}
