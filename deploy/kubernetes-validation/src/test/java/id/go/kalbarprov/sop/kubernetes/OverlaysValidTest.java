package id.go.kalbarprov.sop.kubernetes;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Renders every kustomization under deploy/kubernetes (base, each overlay, the DB init) with {@code kubectl kustomize},
 * reads every object into fabric8's typed Kubernetes model (unknown kinds, wrong types and fields the API does not
 * have fail), and checks what the operators rely on. Without kubectl the tests are skipped, and say so.
 */
class OverlaysValidTest {

    /** The calls the design makes between the services (architecture.md, "Between the services"). */
    static final Map<String, Set<String>> CALLS = Map.of(
            "request-service", Set.of("review-service", "archive-service"),
            "review-service", Set.of("request-service", "archive-service"),
            "archive-service", Set.of("request-service"));

    /** Secrets the operators create in prod (README: "Secrets to create"); no credential is committed for prod. */
    static final Set<String> OPERATOR_SECRETS = Set.of(
            "request-service-db", "review-service-db", "archive-service-db",
            "request-service-db-owner", "review-service-db-owner", "archive-service-db-owner",
            "request-service-service-token-key", "review-service-service-token-key", "archive-service-service-token-key",
            "request-service-token-client", "review-service-token-client", "archive-service-token-client",
            "review-service-seal-key", "archive-service-chain-key", "sop-db-admin");

    static List<Path> kustomizations() throws IOException {
        try (Stream<Path> s = Files.walk(Repo.K8S)) {
            return s.filter(p -> p.getFileName().toString().equals("kustomization.yaml"))
                    .filter(p -> !Repo.K8S.relativize(p).startsWith("target"))
                    .map(Path::getParent).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicContainer> everyKustomizationRendersToValidObjects() throws IOException {
        String kubectl = Repo.kubectl().orElse(null);
        Assumptions.assumeTrue(kubectl != null,
                "SKIPPED, NOT VALIDATED: kubectl (with kustomize) is not on the PATH, so no overlay was rendered or checked");
        List<Path> dirs = kustomizations();
        assertTrue(dirs.stream().anyMatch(d -> d.endsWith("overlays/prod")), "overlays/prod exists");
        assertTrue(dirs.stream().anyMatch(d -> d.endsWith("overlays/dev")), "overlays/dev exists");
        return dirs.stream().map(dir -> {
            String name = Repo.K8S.relativize(dir).toString();
            List<HasMetadata> objects;
            try {
                objects = Repo.parse(Repo.kustomize(kubectl, dir), name);
            } catch (IOException | InterruptedException e) {
                throw new AssertionError(e);
            }
            boolean overlay = name.startsWith("overlays/");
            List<DynamicTest> tests = new ArrayList<>();
            tests.add(DynamicTest.dynamicTest(name + ": renders objects of the Kubernetes API",
                    () -> assertFalse(objects.isEmpty())));
            if (!name.equals("db-init")) {
                tests.add(DynamicTest.dynamicTest(name + ": every service has a hardened Deployment with probes and resources",
                        () -> deployments(objects)));
                tests.add(DynamicTest.dynamicTest(name + ": a Service, an autoscaler and a disruption budget per Deployment",
                        () -> companions(objects)));
                tests.add(DynamicTest.dynamicTest(name + ": NetworkPolicies allow only the calls the design makes",
                        () -> networkPolicies(objects)));
            }
            if (overlay) {
                tests.add(DynamicTest.dynamicTest(name + ": every ConfigMap and Secret a pod uses is there or operator-provided",
                        () -> references(objects, name.endsWith("prod"))));
                tests.add(DynamicTest.dynamicTest(name + ": one namespace, enforcing the restricted Pod Security Standard",
                        () -> namespace(objects)));
            }
            return DynamicContainer.dynamicContainer(name, tests);
        });
    }

    static List<Deployment> deploymentsOf(List<HasMetadata> objects) {
        return objects.stream().filter(Deployment.class::isInstance).map(Deployment.class::cast).toList();
    }

    static void deployments(List<HasMetadata> objects) throws IOException {
        Set<String> names = deploymentsOf(objects).stream().map(d -> d.getMetadata().getName()).collect(Collectors.toSet());
        assertEquals(new TreeSet<>(Repo.servicesWithManifests()), new TreeSet<>(names), "a Deployment per service with manifests");
        for (Deployment d : deploymentsOf(objects)) {
            String n = d.getMetadata().getName();
            PodSpec pod = d.getSpec().getTemplate().getSpec();
            assertEquals(1, pod.getContainers().size(), n);
            Container c = pod.getContainers().get(0);
            assertNotNull(c.getImage(), n + " image");
            assertFalse(c.getImage().endsWith(":latest") || !c.getImage().contains(":"), n + " image has a version tag: " + c.getImage());
            probe(n, "liveness", c.getLivenessProbe(), "/q/health/live");
            probe(n, "readiness", c.getReadinessProbe(), "/q/health/ready");
            probe(n, "startup", c.getStartupProbe(), "/q/health/started");
            for (String kind : List.of("cpu", "memory")) {
                Quantity req = c.getResources().getRequests().get(kind);
                Quantity lim = c.getResources().getLimits().get(kind);
                assertNotNull(req, n + " requests " + kind);
                assertNotNull(lim, n + " limits " + kind);
                assertTrue(Quantity.getAmountInBytes(req).compareTo(Quantity.getAmountInBytes(lim)) <= 0, n + " request <= limit " + kind);
            }
            assertEquals(Boolean.TRUE, pod.getSecurityContext().getRunAsNonRoot(), n + " runAsNonRoot");
            assertTrue(pod.getSecurityContext().getRunAsUser() != null && pod.getSecurityContext().getRunAsUser() > 0, n + " non-root uid");
            assertEquals(Boolean.FALSE, c.getSecurityContext().getAllowPrivilegeEscalation(), n + " allowPrivilegeEscalation");
            assertEquals(Boolean.TRUE, c.getSecurityContext().getReadOnlyRootFilesystem(), n + " readOnlyRootFilesystem");
            assertEquals(List.of("ALL"), c.getSecurityContext().getCapabilities().getDrop(), n + " drops all capabilities");
            assertEquals("RuntimeDefault", pod.getSecurityContext().getSeccompProfile().getType(), n + " seccomp");
            Set<String> env = c.getEnv().stream().map(e -> e.getName()).collect(Collectors.toSet());
            assertTrue(env.contains("SERVICE_TOKEN_KEY_LOCATION"), n + " signs service tokens with a mounted key");
            assertTrue(c.getEnvFrom().stream().anyMatch(e -> e.getConfigMapRef() != null && "sop-common".equals(base(e.getConfigMapRef().getName()))),
                    n + " reads sop-common");
            assertTrue(c.getEnvFrom().stream().anyMatch(e -> e.getSecretRef() != null && (n + "-db").equals(base(e.getSecretRef().getName()))),
                    n + " reads its DB credentials from a Secret");
        }
    }

    static void probe(String n, String what, Probe p, String path) {
        assertNotNull(p, n + " has a " + what + " probe");
        HTTPGetAction get = p.getHttpGet();
        assertNotNull(get, n + " " + what + " probe is an HTTP GET");
        assertEquals(path, get.getPath(), n + " " + what + " probe path");
    }

    static void companions(List<HasMetadata> objects) throws IOException {
        for (Deployment d : deploymentsOf(objects)) {
            String n = d.getMetadata().getName();
            assertTrue(objects.stream().anyMatch(o -> o.getKind().equals("Service") && o.getMetadata().getName().equals(n)), n + " Service");
            HorizontalPodAutoscaler hpa = objects.stream().filter(HorizontalPodAutoscaler.class::isInstance)
                    .map(HorizontalPodAutoscaler.class::cast).filter(h -> h.getSpec().getScaleTargetRef().getName().equals(n))
                    .findFirst().orElseThrow(() -> new AssertionError(n + " has no HorizontalPodAutoscaler"));
            assertTrue(hpa.getSpec().getMinReplicas() >= 1 && hpa.getSpec().getMaxReplicas() >= hpa.getSpec().getMinReplicas(), n + " HPA range");
            assertTrue(objects.stream().filter(PodDisruptionBudget.class::isInstance).map(PodDisruptionBudget.class::cast)
                    .anyMatch(p -> n.equals(p.getSpec().getSelector().getMatchLabels().get("app.kubernetes.io/name"))), n + " PodDisruptionBudget");
        }
        for (HasMetadata o : objects) {
            if (o instanceof HorizontalPodAutoscaler h) {
                String target = h.getSpec().getScaleTargetRef().getName();
                if (Repo.servicesWithManifests().contains(target)) {
                    assertTrue(deploymentsOf(objects).stream().anyMatch(d -> d.getMetadata().getName().equals(target)), "HPA target " + target);
                }
            }
        }
    }

    static void networkPolicies(List<HasMetadata> objects) {
        List<NetworkPolicy> policies = objects.stream().filter(NetworkPolicy.class::isInstance).map(NetworkPolicy.class::cast).toList();
        for (String svc : Repo.SERVICES) {
            NetworkPolicy np = policies.stream()
                    .filter(p -> svc.equals(p.getSpec().getPodSelector().getMatchLabels().get("app.kubernetes.io/name")))
                    .findFirst().orElseThrow(() -> new AssertionError("no NetworkPolicy selects " + svc));
            assertEquals(Set.of("Ingress", "Egress"), Set.copyOf(np.getSpec().getPolicyTypes()), svc + " policy types");
            Set<String> callersAllowed = new TreeSet<>();
            for (NetworkPolicyIngressRule r : np.getSpec().getIngress()) {
                for (NetworkPolicyPeer peer : r.getFrom()) {
                    if (peer.getPodSelector() != null && peer.getNamespaceSelector() == null) {
                        callersAllowed.add(peer.getPodSelector().getMatchLabels().get("app.kubernetes.io/name"));
                    }
                    assertTrue(peer.getIpBlock() == null, svc + ": no ingress from address ranges");
                }
            }
            Set<String> expectedCallers = CALLS.entrySet().stream().filter(e -> e.getValue().contains(svc)).map(Map.Entry::getKey)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(expectedCallers, callersAllowed, svc + " accepts calls from exactly the services the design says");
            Set<String> calleesAllowed = new TreeSet<>();
            for (NetworkPolicyEgressRule r : np.getSpec().getEgress()) {
                for (NetworkPolicyPeer peer : r.getTo()) {
                    if (peer.getPodSelector() != null && peer.getNamespaceSelector() == null) {
                        calleesAllowed.add(peer.getPodSelector().getMatchLabels().get("app.kubernetes.io/name"));
                    }
                    if (peer.getIpBlock() != null) {
                        assertTrue(r.getPorts().stream().allMatch(p -> Set.of(5432, 443).contains(p.getPort().getIntVal())),
                                svc + ": address ranges only for PostgreSQL and HTTPS");
                    }
                }
            }
            assertEquals(new TreeSet<>(CALLS.get(svc)), calleesAllowed, svc + " calls exactly the services the design says");
        }
    }

    static void references(List<HasMetadata> objects, boolean prod) {
        Set<String> configMaps = names(objects, "ConfigMap");
        Set<String> secrets = names(objects, "Secret");
        for (Deployment d : deploymentsOf(objects)) {
            PodSpec pod = d.getSpec().getTemplate().getSpec();
            for (EnvFromSource e : pod.getContainers().get(0).getEnvFrom()) {
                if (e.getConfigMapRef() != null) {
                    assertTrue(configMaps.contains(e.getConfigMapRef().getName()), "ConfigMap " + e.getConfigMapRef().getName());
                }
                if (e.getSecretRef() != null) {
                    secret(e.getSecretRef().getName(), secrets, prod);
                }
            }
            for (Volume v : pod.getVolumes()) {
                if (v.getConfigMap() != null) {
                    assertTrue(configMaps.contains(v.getConfigMap().getName()), "ConfigMap " + v.getConfigMap().getName());
                }
                if (v.getSecret() != null) {
                    secret(v.getSecret().getSecretName(), secrets, prod);
                }
            }
        }
        if (prod) {
            assertTrue(secrets.isEmpty(), "prod commits no Secret: " + secrets);
        }
    }

    static void secret(String name, Set<String> rendered, boolean prod) {
        if (prod) {
            assertTrue(OPERATOR_SECRETS.contains(name), "prod Secret " + name + " is listed in the README for operators to create");
        } else {
            assertTrue(rendered.contains(name), "Secret " + name + " is generated");
        }
    }

    static void namespace(List<HasMetadata> objects) {
        List<Namespace> ns = objects.stream().filter(Namespace.class::isInstance).map(Namespace.class::cast).toList();
        assertEquals(1, ns.size(), "one Namespace");
        assertEquals("restricted", ns.get(0).getMetadata().getLabels().get("pod-security.kubernetes.io/enforce"));
        for (HasMetadata o : objects) {
            if (!(o instanceof Namespace)) {
                assertEquals(ns.get(0).getMetadata().getName(), o.getMetadata().getNamespace(), o.getKind() + " " + o.getMetadata().getName());
            }
        }
    }

    static Set<String> names(List<HasMetadata> objects, String kind) {
        return objects.stream().filter(o -> o.getKind().equals(kind)).map(o -> o.getMetadata().getName()).collect(Collectors.toSet());
    }

    /** A generated name without kustomize's hash suffix. */
    static String base(String name) {
        return name.replaceFirst("-[a-z0-9]{10}$", "");
    }

}
