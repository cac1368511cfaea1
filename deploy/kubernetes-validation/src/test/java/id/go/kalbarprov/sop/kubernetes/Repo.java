package id.go.kalbarprov.sop.kubernetes;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;

/** The repository, kubectl and fabric8's Kubernetes model, as the tests here use them. */
final class Repo {
    static final List<String> SERVICES = List.of("request-service", "review-service", "archive-service");
    static final Path ROOT = findRoot();
    static final Path K8S = ROOT.resolve("deploy/kubernetes");
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private Repo() {
    }

    private static Path findRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("deploy/kubernetes")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
        }
        throw new IllegalStateException("repository root (with deploy/kubernetes) not found above " + Path.of("").toAbsolutePath());
    }

    /** Services whose pom has quarkus-kubernetes, i.e. whose manifests Quarkus generates. */
    static List<String> servicesWithManifests() throws IOException {
        List<String> out = new ArrayList<>();
        for (String s : SERVICES) {
            if (Files.readString(ROOT.resolve(s).resolve("pom.xml")).contains("<artifactId>quarkus-kubernetes</artifactId>")) {
                out.add(s);
            }
        }
        return out;
    }

    /** kubectl on the PATH, or empty: callers skip visibly (JUnit assumption), they never pass. */
    static Optional<String> kubectl() {
        String override = System.getenv("KUBECTL");
        List<String> candidates = override != null ? List.of(override) : List.of("kubectl");
        for (String c : candidates) {
            try {
                Process p = new ProcessBuilder(c, "version", "--client").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return Optional.of(c);
                }
            } catch (IOException | InterruptedException e) {
                // not there
            }
        }
        return Optional.empty();
    }

    /** {@code kubectl kustomize DIR}: the rendered YAML, or a test failure with kubectl's message. */
    static String kustomize(String kubectl, Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(kubectl, "kustomize", dir.toString()).start();
        byte[] err = new byte[0];
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        err = p.getErrorStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            fail("kubectl kustomize " + ROOT.relativize(dir) + " failed: " + new String(err, StandardCharsets.UTF_8));
        }
        return out;
    }

    /**
     * Reads every YAML document into fabric8's typed model. A kind the model does not know, a value of the wrong type,
     * or a field the Kubernetes API does not have (it would land in additionalProperties) fails the test.
     */
    static List<HasMetadata> parse(String yaml, String where) {
        List<HasMetadata> out = new ArrayList<>();
        for (String doc : yaml.split("(?m)^---\\s*$")) {
            if (doc.lines().allMatch(l -> l.isBlank() || l.stripLeading().startsWith("#"))) {
                continue;
            }
            HasMetadata o;
            try {
                o = SERIALIZATION.unmarshal(doc, HasMetadata.class);
            } catch (RuntimeException e) {
                throw new AssertionError(where + ": not a valid Kubernetes object: " + e.getMessage() + "\n" + doc, e);
            }
            if (o instanceof GenericKubernetesResource) {
                fail(where + ": " + o.getApiVersion() + "/" + o.getKind() + " is not a Kubernetes API type known to the model");
            }
            List<String> unknown = new ArrayList<>();
            unknownFields(o, o.getKind() + " " + o.getMetadata().getName(), unknown, new IdentityHashMap<>());
            if (!unknown.isEmpty()) {
                fail(where + ": fields the Kubernetes API does not have: " + unknown);
            }
            out.add(o);
        }
        return out;
    }

    private static void unknownFields(Object o, String path, List<String> unknown, Map<Object, Boolean> seen) {
        if (o == null || seen.put(o, Boolean.TRUE) != null) {
            return;
        }
        if (o instanceof Collection<?> c) {
            int i = 0;
            for (Object e : c) {
                unknownFields(e, path + "[" + i++ + "]", unknown, seen);
            }
            return;
        }
        if (o instanceof Map<?, ?> m) {
            m.forEach((k, v) -> unknownFields(v, path + "." + k, unknown, seen));
            return;
        }
        if (!o.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method m : o.getClass().getMethods()) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || !m.getName().startsWith("get")
                    || m.getName().equals("getClass")) {
                continue;
            }
            Object v;
            try {
                v = m.invoke(o);
            } catch (ReflectiveOperationException e) {
                continue;
            }
            if (m.getName().equals("getAdditionalProperties")) {
                if (v instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    unknown.add(path + ": " + extra.keySet());
                }
            } else if (v != null && !(v instanceof String) && !(v instanceof Number) && !(v instanceof Boolean)) {
                unknownFields(v, path + "." + decap(m.getName().substring(3)), unknown, seen);
            }
        }
    }

    private static String decap(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
