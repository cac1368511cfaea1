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
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
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
            "review-service-seal-key", "archive-service-chain-key");

    /** The PostgreSQL administrator's Secret: only in db-init's own namespace, never where the services run. */
    static final String DB_ADMIN_SECRET = "sop-db-admin";

    /** A digest-pinned image reference. */
    static final java.util.regex.Pattern BY_DIGEST = java.util.regex.Pattern.compile(".+@sha256:[0-9a-f]{64}");

    static List<Path> kustomizations() throws IOException {
        try (Stream<Path> s = Files.walk(Repo.K8S)) {
            return s.filter(p -> p.getFileName().toString().equals("kustomization.yaml"))
                    .filter(p -> !Repo.K8S.relativize(p).startsWith("target"))
                    .filter(p -> !isComponent(p))
                    // the Prometheus Operator's objects, not the Kubernetes API's: AlertRulesTest checks them
                    .filter(p -> !Repo.K8S.relativize(p).startsWith("monitoring"))
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
            boolean prod = name.equals("overlays/prod");
            List<DynamicTest> tests = new ArrayList<>();
            tests.add(DynamicTest.dynamicTest(name + ": renders objects of the Kubernetes API",
                    () -> assertFalse(objects.isEmpty())));
            if (!name.equals("db-init")) {
                tests.add(DynamicTest.dynamicTest(name + ": every service has a hardened Deployment with probes and resources",
                        () -> deployments(objects)));
                tests.add(DynamicTest.dynamicTest(name + ": a Service, an autoscaler and a disruption budget per Deployment",
                        () -> companions(objects)));
                tests.add(DynamicTest.dynamicTest(name + ": the chain verification CronJob runs archive-service's image as a hardened job, outside the Service",
                        () -> chainVerification(objects)));
                tests.add(DynamicTest.dynamicTest(name + ": NetworkPolicies allow only the calls the design makes",
                        () -> networkPolicies(objects)));
                tests.add(DynamicTest.dynamicTest(name + ": /q/* only on the management port, which only monitoring reaches",
                        () -> managementInterface(objects)));
            }
            if (prod) {
                tests.add(DynamicTest.dynamicTest(name + ": egress only to the configured addresses, never 0.0.0.0/0",
                        () -> prodEgress(objects)));
                tests.add(DynamicTest.dynamicTest(name + ": every image is pinned by digest",
                        () -> pinnedByDigest(objects)));
                tests.add(DynamicTest.dynamicTest(name + ": the Ingress limits each address and reaches only the API ports",
                        () -> prodIngress(objects)));
            }
            if (name.equals("db-init")) {
                tests.add(DynamicTest.dynamicTest(name + ": its own namespace, the only one with the administrator's Secret; image by digest",
                        () -> dbInit(objects)));
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

    @Test
    void theReadmeCreatesTheAdministratorsSecretOnlyInDbInitsNamespace() throws IOException {
        List<String> creations = Files.readString(Repo.K8S.resolve("README.md")).lines()
                .filter(l -> l.contains("create secret") && l.contains(DB_ADMIN_SECRET)).toList();
        assertFalse(creations.isEmpty(), "the README says how to create " + DB_ADMIN_SECRET);
        creations.forEach(l -> assertTrue(l.contains("-n sop-db-init "), "created in sop-db-init only: " + l));
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
            assertTrue(pod.getSecurityContext().getRunAsGroup() != null && pod.getSecurityContext().getRunAsGroup() > 0,
                    n + " runs with a non-root group, not 0: " + pod.getSecurityContext().getRunAsGroup());
            assertTrue(pod.getSecurityContext().getFsGroup() != null && pod.getSecurityContext().getFsGroup() > 0,
                    n + " fsGroup is not 0: " + pod.getSecurityContext().getFsGroup());
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

    static final String CHAIN_JOB = "archive-chain-verification";

    /**
     * The nightly walk of the chain: archive-service's image with {@code verify-chain}, its configuration but not the
     * serving JVM options (sop-jvm), the Deployments' hardening, one attempt, and pod labels that put it under
     * archive-service's NetworkPolicy but under no Service.
     */
    static void chainVerification(List<HasMetadata> objects) {
        List<CronJob> jobs = objects.stream().filter(CronJob.class::isInstance).map(CronJob.class::cast).toList();
        assertEquals(List.of(CHAIN_JOB), jobs.stream().map(j -> j.getMetadata().getName()).toList(), "the CronJobs");
        CronJob job = jobs.get(0);
        String n = CHAIN_JOB;
        Deployment archive = deploymentsOf(objects).stream().filter(d -> d.getMetadata().getName().equals("archive-service"))
                .findFirst().orElseThrow();
        Container served = archive.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertEquals("Forbid", job.getSpec().getConcurrencyPolicy(), n + " never runs two walks at once");
        assertNotNull(job.getSpec().getStartingDeadlineSeconds(), n + " startingDeadlineSeconds");
        var jobSpec = job.getSpec().getJobTemplate().getSpec();
        assertTrue(jobSpec.getBackoffLimit() != null && jobSpec.getBackoffLimit() <= 1, n + " is not retried into noise");
        assertNotNull(jobSpec.getActiveDeadlineSeconds(), n + " activeDeadlineSeconds");
        assertNotNull(jobSpec.getTtlSecondsAfterFinished(), n + " ttlSecondsAfterFinished");
        PodSpec pod = jobSpec.getTemplate().getSpec();
        assertEquals("Never", pod.getRestartPolicy(), n + " restartPolicy");
        assertEquals(1, pod.getContainers().size(), n);
        Container c = pod.getContainers().get(0);
        assertEquals(served.getImage(), c.getImage(), n + " runs the Deployment's image, retagged alike");
        assertEquals(List.of("verify-chain"), c.getArgs(), n + " args");

        Set<String> envFrom = c.getEnvFrom().stream().map(OverlaysValidTest::envFromName).collect(Collectors.toCollection(TreeSet::new));
        Set<String> servedEnvFrom = served.getEnvFrom().stream().map(OverlaysValidTest::envFromName)
                .filter(e -> !e.equals("sop-jvm")).collect(Collectors.toCollection(TreeSet::new));
        assertFalse(envFrom.contains("sop-jvm"), n + " has JVM options of its own, not the serving pods' sop-jvm");
        assertEquals(servedEnvFrom, envFrom, n + " reads the Deployment's ConfigMaps and Secrets");
        Map<String, io.fabric8.kubernetes.api.model.EnvVar> env = c.getEnv().stream()
                .collect(Collectors.toMap(io.fabric8.kubernetes.api.model.EnvVar::getName, e -> e));
        served.getEnv().forEach(e -> assertEquals(e, env.get(e.getName()), n + " env " + e.getName() + " as the Deployment's"));
        assertTrue(env.containsKey("JAVA_TOOL_OPTIONS"), n + " JAVA_TOOL_OPTIONS");
        assertFalse(env.get("JAVA_TOOL_OPTIONS").getValue().contains("TieredStopAtLevel"), n + " keeps the C2 compiler");
        assertEquals("false", env.get("QUARKUS_SCHEDULER_ENABLED").getValue(), n + " runs no relays or checkpoints");
        Set<Volume> servedVolumes = Set.copyOf(archive.getSpec().getTemplate().getSpec().getVolumes());
        assertEquals(servedVolumes, Set.copyOf(pod.getVolumes()), n + " has the Deployment's volumes (keys, /tmp)");
        assertEquals(Set.copyOf(served.getVolumeMounts()), Set.copyOf(c.getVolumeMounts()), n + " mounts them alike");

        assertEquals(Boolean.FALSE, pod.getAutomountServiceAccountToken(), n + " no Kubernetes API token");
        assertEquals(Boolean.TRUE, pod.getSecurityContext().getRunAsNonRoot(), n + " runAsNonRoot");
        assertTrue(pod.getSecurityContext().getRunAsUser() != null && pod.getSecurityContext().getRunAsUser() > 0, n + " non-root uid");
        assertTrue(pod.getSecurityContext().getRunAsGroup() != null && pod.getSecurityContext().getRunAsGroup() > 0, n + " non-root group");
        assertTrue(pod.getSecurityContext().getFsGroup() != null && pod.getSecurityContext().getFsGroup() > 0, n + " fsGroup");
        assertEquals("RuntimeDefault", pod.getSecurityContext().getSeccompProfile().getType(), n + " seccomp");
        assertEquals(Boolean.FALSE, c.getSecurityContext().getAllowPrivilegeEscalation(), n + " allowPrivilegeEscalation");
        assertEquals(Boolean.TRUE, c.getSecurityContext().getReadOnlyRootFilesystem(), n + " readOnlyRootFilesystem");
        assertEquals(List.of("ALL"), c.getSecurityContext().getCapabilities().getDrop(), n + " drops all capabilities");
        for (String kind : List.of("cpu", "memory")) {
            Quantity req = c.getResources().getRequests().get(kind);
            Quantity lim = c.getResources().getLimits().get(kind);
            assertTrue(req != null && lim != null, n + " requests and limits " + kind);
            assertTrue(Quantity.getAmountInBytes(req).compareTo(Quantity.getAmountInBytes(lim)) <= 0, n + " request <= limit " + kind);
        }

        Map<String, String> labels = jobSpec.getTemplate().getMetadata().getLabels();
        assertFalse(labels.containsKey("app.kubernetes.io/part-of"), n + " pod is not part-of sop45: " + labels);
        objects.stream().filter(io.fabric8.kubernetes.api.model.Service.class::isInstance)
                .map(io.fabric8.kubernetes.api.model.Service.class::cast)
                .forEach(svc -> assertFalse(labels.entrySet().containsAll(svc.getSpec().getSelector().entrySet()),
                        "Service " + svc.getMetadata().getName() + " would route requests to the " + n + " pod"));
        assertTrue(labels.entrySet().containsAll(policyOf(objects, "archive-service").getSpec().getPodSelector().getMatchLabels().entrySet()),
                n + " pod is under archive-service's NetworkPolicy (egress to PostgreSQL)");
    }

    /** The ConfigMap or Secret an envFrom entry reads, without kustomize's hash suffix. */
    static String envFromName(EnvFromSource e) {
        return base(e.getConfigMapRef() != null ? e.getConfigMapRef().getName() : e.getSecretRef().getName());
    }

    static void probe(String n, String what, Probe p, String path) {
        assertNotNull(p, n + " has a " + what + " probe");
        HTTPGetAction get = p.getHttpGet();
        assertNotNull(get, n + " " + what + " probe is an HTTP GET");
        assertEquals(path, get.getPath(), n + " " + what + " probe path");
    }

    /** The container port named {@code name} (http: the API; management: /q/*). */
    static int containerPort(Deployment d, String name) {
        return d.getSpec().getTemplate().getSpec().getContainers().get(0).getPorts().stream()
                .filter(p -> name.equals(p.getName())).findFirst()
                .orElseThrow(() -> new AssertionError(d.getMetadata().getName() + " has no container port named " + name))
                .getContainerPort();
    }

    /**
     * Health, metrics and the OpenAPI document are on the management interface's port: the probes and the Prometheus
     * scrape go there, the Service carries only the API port, and the NetworkPolicy lets only the monitoring namespace
     * reach the management port (the kubelet's probes are not subject to NetworkPolicy).
     */
    static void managementInterface(List<HasMetadata> objects) {
        for (Deployment d : deploymentsOf(objects)) {
            String n = d.getMetadata().getName();
            int api = containerPort(d, "http");
            int management = containerPort(d, "management");
            assertTrue(api != management, n + " management port is not the API port");
            Container c = d.getSpec().getTemplate().getSpec().getContainers().get(0);
            for (Probe p : List.of(c.getLivenessProbe(), c.getReadinessProbe(), c.getStartupProbe())) {
                assertEquals(management, p.getHttpGet().getPort().getIntVal(), n + " probes " + p.getHttpGet().getPath() + " on the management port");
            }
            assertEquals(Integer.toString(management), d.getSpec().getTemplate().getMetadata().getAnnotations().get("prometheus.io/port"),
                    n + " Prometheus scrapes the management port");
            io.fabric8.kubernetes.api.model.Service svc = objects.stream().filter(io.fabric8.kubernetes.api.model.Service.class::isInstance)
                    .map(io.fabric8.kubernetes.api.model.Service.class::cast).filter(s -> s.getMetadata().getName().equals(n))
                    .findFirst().orElseThrow();
            assertEquals(1, svc.getSpec().getPorts().size(), n + " Service exposes one port: " + svc.getSpec().getPorts());
            io.fabric8.kubernetes.api.model.IntOrString target = svc.getSpec().getPorts().get(0).getTargetPort();
            assertTrue(Integer.valueOf(api).equals(target.getIntVal()) || "http".equals(target.getStrVal()),
                    n + " Service targets the API port only: " + target);
            NetworkPolicy np = policyOf(objects, n);
            for (NetworkPolicyIngressRule r : np.getSpec().getIngress()) {
                boolean toManagement = r.getPorts() == null || r.getPorts().isEmpty()
                        || r.getPorts().stream().anyMatch(p -> p.getPort() == null || p.getPort().getIntVal() == management);
                boolean fromMonitoringOnly = r.getFrom() != null && !r.getFrom().isEmpty() && r.getFrom().stream()
                        .allMatch(peer -> peer.getPodSelector() == null && peer.getIpBlock() == null && peer.getNamespaceSelector() != null
                                && peer.getNamespaceSelector().getMatchLabels() != null
                                && peer.getNamespaceSelector().getMatchLabels().values().stream().anyMatch(v -> v.contains("monitoring")));
                if (toManagement) {
                    assertTrue(fromMonitoringOnly, n + ": only the monitoring namespace reaches the management port: " + r);
                    assertTrue(r.getPorts().stream().allMatch(p -> p.getPort().getIntVal() == management),
                            n + ": the monitoring rule opens the management port only: " + r);
                }
            }
            assertTrue(np.getSpec().getIngress().stream().anyMatch(r -> r.getPorts() != null
                    && r.getPorts().stream().anyMatch(p -> p.getPort() != null && p.getPort().getIntVal() == management)),
                    n + ": Prometheus may reach the management port");
        }
    }

    static NetworkPolicy policyOf(List<HasMetadata> objects, String svc) {
        return objects.stream().filter(NetworkPolicy.class::isInstance).map(NetworkPolicy.class::cast)
                .filter(p -> svc.equals(p.getSpec().getPodSelector().getMatchLabels().get("app.kubernetes.io/name")))
                .findFirst().orElseThrow(() -> new AssertionError("no NetworkPolicy selects " + svc));
    }

    /**
     * Prod egress goes to the other services, DNS, and the database, identity provider and signing service addresses
     * of overlays/prod/network.yaml: no rule to 0.0.0.0/0 (or ::/0), no rule without a destination, no port left
     * unset.
     */
    static void prodEgress(List<HasMetadata> objects) {
        java.util.regex.Pattern cidr = java.util.regex.Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}/([0-9]|[12][0-9]|3[0-2])|[0-9a-fA-F:]+/[0-9]{1,3}");
        for (NetworkPolicy np : objects.stream().filter(NetworkPolicy.class::isInstance).map(NetworkPolicy.class::cast).toList()) {
            String n = np.getMetadata().getName();
            int ranges = 0;
            for (NetworkPolicyEgressRule r : np.getSpec().getEgress()) {
                assertTrue(r.getTo() != null && !r.getTo().isEmpty(), n + ": an egress rule without a destination allows everything: " + r);
                assertTrue(r.getPorts() != null && !r.getPorts().isEmpty(), n + ": an egress rule without ports allows every port: " + r);
                for (NetworkPolicyPeer peer : r.getTo()) {
                    if (peer.getIpBlock() != null) {
                        ranges++;
                        String block = peer.getIpBlock().getCidr();
                        assertTrue(cidr.matcher(block).matches(), n + ": egress to an address range, not " + block);
                        assertFalse(block.endsWith("/0"), n + ": no egress to the whole internet (" + block + ")");
                    }
                }
                r.getPorts().forEach(p -> assertTrue(p.getPort() != null && p.getPort().getIntVal() != null
                        && p.getPort().getIntVal() > 0, n + ": egress port set: " + p));
            }
            assertTrue(ranges >= 2, n + ": egress to the database and the identity provider");
        }
    }

    /** What README "Rate limits" says belongs at the ingress: a per-address limit, over TLS, to the API ports only. */
    static void prodIngress(List<HasMetadata> objects) {
        List<Ingress> ingresses = objects.stream().filter(Ingress.class::isInstance).map(Ingress.class::cast).toList();
        assertEquals(1, ingresses.size(), "one Ingress for the three services");
        Ingress ingress = ingresses.get(0);
        Map<String, String> annotations = ingress.getMetadata().getAnnotations();
        for (String limit : List.of("limit-rps", "limit-burst-multiplier", "limit-connections", "proxy-body-size")) {
            assertNotNull(annotations.get("nginx.ingress.kubernetes.io/" + limit), "ingress-nginx " + limit);
        }
        assertTrue(Integer.parseInt(annotations.get("nginx.ingress.kubernetes.io/limit-rps")) > 0, "a positive rate");
        Set<String> hosts = new TreeSet<>();
        Set<String> backends = new TreeSet<>();
        for (IngressRule rule : ingress.getSpec().getRules()) {
            hosts.add(rule.getHost());
            for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                assertTrue(path.getPath().startsWith("/api/"), "only the API is published, not " + path.getPath());
                IngressServiceBackend backend = path.getBackend().getService();
                assertEquals("http", backend.getPort().getName(), backend.getName() + ": the API port, never management");
                backends.add(backend.getName());
            }
        }
        assertEquals(Set.of("request-service", "review-service", "archive-service"), backends);
        assertTrue(names(objects, "Service").containsAll(backends), "every backend is a rendered Service");
        assertEquals(hosts, new TreeSet<>(ingress.getSpec().getTls().get(0).getHosts()), "every host over TLS");
    }

    static void pinnedByDigest(List<HasMetadata> objects) {
        for (Deployment d : deploymentsOf(objects)) {
            for (Container c : d.getSpec().getTemplate().getSpec().getContainers()) {
                assertTrue(BY_DIGEST.matcher(c.getImage()).matches(),
                        d.getMetadata().getName() + ": prod image by digest (@sha256:…, written by build-images.sh --push), not " + c.getImage());
            }
        }
    }

    static void dbInit(List<HasMetadata> objects) {
        List<Namespace> ns = objects.stream().filter(Namespace.class::isInstance).map(Namespace.class::cast).toList();
        assertEquals(1, ns.size(), "db-init brings its own namespace");
        String own = ns.get(0).getMetadata().getName();
        assertEquals("restricted", ns.get(0).getMetadata().getLabels().get("pod-security.kubernetes.io/enforce"));
        assertFalse(Set.of("sop", "sop-dev").contains(own), "db-init's namespace is not a services' namespace: " + own);
        namespace(objects);
        for (HasMetadata o : objects) {
            if (o instanceof io.fabric8.kubernetes.api.model.batch.v1.Job job) {
                PodSpec pod = job.getSpec().getTemplate().getSpec();
                for (Container c : pod.getContainers()) {
                    assertTrue(BY_DIGEST.matcher(c.getImage()).matches(), "db-init image by digest, not " + c.getImage());
                }
            }
        }
    }

    static boolean isComponent(Path kustomizationFile) {
        try {
            return Files.readString(kustomizationFile).lines().anyMatch(l -> l.strip().equals("kind: Component"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
        for (String svc : Repo.SERVICES) {
            NetworkPolicy np = policyOf(objects, svc);
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
        List<PodSpec> pods = new ArrayList<>();
        deploymentsOf(objects).forEach(d -> pods.add(d.getSpec().getTemplate().getSpec()));
        objects.stream().filter(CronJob.class::isInstance).map(CronJob.class::cast)
                .forEach(j -> pods.add(j.getSpec().getJobTemplate().getSpec().getTemplate().getSpec()));
        for (PodSpec pod : pods) {
            for (EnvFromSource e : pod.getContainers().get(0).getEnvFrom()) {
                if (e.getConfigMapRef() != null) {
                    assertTrue(configMaps.contains(e.getConfigMapRef().getName()), "ConfigMap " + e.getConfigMapRef().getName());
                }
                if (e.getSecretRef() != null) {
                    secret(e.getSecretRef().getName(), secrets, prod);
                }
            }
            for (io.fabric8.kubernetes.api.model.EnvVar e : pod.getContainers().get(0).getEnv()) {
                if (e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null) {
                    secret(e.getValueFrom().getSecretKeyRef().getName(), secrets, prod);
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
        assertFalse(DB_ADMIN_SECRET.equals(name), "the services never read the database administrator's Secret");
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
