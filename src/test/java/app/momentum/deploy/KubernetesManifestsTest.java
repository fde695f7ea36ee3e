package app.momentum.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
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
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Every overlay of {@code deploy/k8s} renders with {@code kubectl kustomize} (no cluster needed), every rendered
 * object of a Kubernetes kind parses into fabric8's model with no field the model does not know (a misspelt or
 * misplaced field would otherwise be dropped silently by the API server's older versions, or refused by newer ones
 * only at deploy time), and the rendered installation keeps what running Momentum on several nodes needs.
 */
class KubernetesManifestsTest {

    private static final Path OVERLAYS = Path.of("deploy/k8s/overlays");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    /** The kinds parsed strictly, by their model class; others (operators' resources) as generic resources. */
    private static final Map<String, Class<? extends HasMetadata>> MODELS = Map.of(
            "Namespace", Namespace.class,
            "ConfigMap", ConfigMap.class,
            "Service", Service.class,
            "Deployment", Deployment.class,
            "Ingress", Ingress.class,
            "PodDisruptionBudget", PodDisruptionBudget.class,
            "HorizontalPodAutoscaler", HorizontalPodAutoscaler.class);
    private static final Set<String> OPERATED = Set.of("postgresql.cnpg.io/v1/Cluster",
            "k8s.keycloak.org/v2alpha1/Keycloak");

    static Stream<String> overlays() throws IOException {
        try (Stream<Path> dirs = Files.list(OVERLAYS)) {
            List<String> names = dirs.filter(Files::isDirectory).map(dir -> dir.getFileName().toString()).sorted()
                    .toList();
            assertThat(names).contains("demo", "production");
            return names.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyObjectParsesStrictly(String overlay) throws Exception {
        List<HasMetadata> objects = render(overlay);

        assertThat(objects).extracting(HasMetadata::getKind).contains("Deployment", "Service", "Ingress",
                "PodDisruptionBudget", "HorizontalPodAutoscaler", "ConfigMap", "Cluster", "Keycloak");
        for (HasMetadata object : objects) {
            if (!(object instanceof GenericKubernetesResource)) {
                assertThat(unknownFields(object, "", new IdentityHashMap<>()))
                        .as("fields the model does not know in %s %s", object.getKind(),
                                object.getMetadata().getName())
                        .isEmpty();
            }
        }
        // an operator's resource, or a hand-made database: PostgreSQL only through CloudNativePG
        assertThat(objects).noneMatch(object -> object.getKind().equals("StatefulSet"));
        assertThat(objects).noneMatch(object -> object.getKind().equals("Secret"));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void severalReplicasThatDrainAndStartSafely(String overlay) throws Exception {
        List<HasMetadata> objects = render(overlay);
        Deployment deployment = one(objects, Deployment.class);
        var pod = deployment.getSpec().getTemplate().getSpec();
        Container app = pod.getContainers().getFirst();

        assertThat(deployment.getSpec().getReplicas()).isGreaterThanOrEqualTo(2);
        assertThat(deployment.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getIntVal()).isZero();
        assertProbe(app.getStartupProbe(), "/actuator/health/liveness");
        assertProbe(app.getLivenessProbe(), "/actuator/health/liveness");
        assertProbe(app.getReadinessProbe(), "/actuator/health/readiness");
        assertThat(app.getResources().getRequests()).containsKeys("cpu", "memory");
        assertThat(app.getResources().getLimits()).containsKey("memory");
        assertThat(pod.getTopologySpreadConstraints()).extracting("topologyKey")
                .contains("kubernetes.io/hostname", "topology.kubernetes.io/zone");
        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();

        // the pod is given longer to stop than it takes: the pause before the drain plus the drain itself
        ConfigMap config = configOf(objects, app);
        int drain = seconds(config.getData().get("SPRING_LIFECYCLE_TIMEOUT_PER_SHUTDOWN_PHASE"));
        assertThat(config.getData()).containsEntry("SERVER_SHUTDOWN", "graceful");
        // several pods: live edits must reach the users of the others
        assertThat(config.getData()).containsEntry("MOMENTUM_LIVE_TRANSPORT", "postgres");
        // the preStop hook: the drain notice to open tabs, which answers after the notice time
        var preStop = app.getLifecycle().getPreStop().getHttpGet();
        assertThat(preStop.getPath()).isEqualTo("/actuator/drain");
        assertThat(preStop.getPort().getStrVal()).isEqualTo("management");
        int pause = seconds(config.getData().get("MOMENTUM_DRAIN_NOTICE_TIME"));
        assertThat(pod.getTerminationGracePeriodSeconds()).isGreaterThan((long) pause + drain);

        PodDisruptionBudget budget = one(objects, PodDisruptionBudget.class);
        assertThat(deployment.getSpec().getTemplate().getMetadata().getLabels())
                .containsAllEntriesOf(budget.getSpec().getSelector().getMatchLabels());
        assertThat(budget.getSpec().getMaxUnavailable().getIntVal()).isLessThan(deployment.getSpec().getReplicas());

        HorizontalPodAutoscaler scaler = one(objects, HorizontalPodAutoscaler.class);
        assertThat(scaler.getSpec().getScaleTargetRef().getName()).isEqualTo(deployment.getMetadata().getName());
        assertThat(scaler.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2)
                .isLessThanOrEqualTo(deployment.getSpec().getReplicas());
        assertThat(scaler.getSpec().getMaxReplicas()).isGreaterThan(scaler.getSpec().getMinReplicas());
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void stickySessionsOverTlsToTheApplicationPortOnly(String overlay) throws Exception {
        List<HasMetadata> objects = render(overlay);
        Deployment deployment = one(objects, Deployment.class);
        Service service = one(objects, Service.class);
        Ingress ingress = one(objects, Ingress.class);

        assertThat(deployment.getSpec().getTemplate().getMetadata().getLabels())
                .containsAllEntriesOf(service.getSpec().getSelector());
        assertThat(service.getSpec().getPorts()).extracting(port -> port.getTargetPort().getStrVal())
                .containsExactly("http"); // health and metrics stay off the Service
        assertThat(ingress.getMetadata().getAnnotations())
                .containsEntry("nginx.ingress.kubernetes.io/affinity", "cookie")
                .containsEntry("nginx.ingress.kubernetes.io/affinity-mode", "persistent");
        assertThat(ingress.getSpec().getTls()).isNotEmpty().allSatisfy(tls -> {
            assertThat(tls.getSecretName()).isNotBlank();
            assertThat(tls.getHosts()).contains(ingress.getSpec().getRules().getFirst().getHost());
        });
        var backend = ingress.getSpec().getRules().getFirst().getHttp().getPaths().getFirst().getBackend()
                .getService();
        assertThat(backend.getName()).isEqualTo(service.getMetadata().getName());
        assertThat(service.getSpec().getPorts()).extracting("name").contains(backend.getPort().getName());
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void secretsComeFromSecretsAndTheDatabasesFromOperators(String overlay) throws Exception {
        List<HasMetadata> objects = render(overlay);
        Deployment deployment = one(objects, Deployment.class);
        Container app = deployment.getSpec().getTemplate().getSpec().getContainers().getFirst();

        for (ConfigMap config : all(objects, ConfigMap.class)) {
            assertThat(config.getData().keySet()).as("ConfigMap %s", config.getMetadata().getName())
                    .noneMatch(key -> key.matches("(?i).*(password|secret|token|credential).*"));
        }
        for (EnvVar env : app.getEnv()) {
            if (env.getName().matches("(?i).*(password|secret|token|username).*")) {
                assertThat(env.getValueFrom().getSecretKeyRef()).as(env.getName()).isNotNull();
            }
        }
        // the application's database is the CloudNativePG cluster whose read-write service the URL names and whose
        // operator-written Secret holds the credentials
        Map<String, Object> database = operated(objects, "Cluster", "momentum-db");
        String url = configOf(objects, app).getData().get("SPRING_DATASOURCE_URL");
        assertThat(url).startsWith("jdbc:postgresql://" + name(database) + "-rw:5432/");
        assertThat(app.getEnv()).filteredOn(env -> env.getName().startsWith("SPRING_DATASOURCE_"))
                .extracting(env -> env.getValueFrom().getSecretKeyRef().getName())
                .containsOnly(name(database) + "-app");
        Map<String, Object> keycloak = operated(objects, "Keycloak", "keycloak");
        @SuppressWarnings("unchecked")
        Map<String, Object> keycloakDb = (Map<String, Object>) ((Map<String, Object>) keycloak.get("spec")).get("db");
        Map<String, Object> keycloakCluster = operated(objects, "Cluster", "keycloak-db");
        assertThat(keycloakDb.get("host")).isEqualTo(name(keycloakCluster) + "-rw");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everythingLivesInTheOverlaysNamespace(String overlay) throws Exception {
        List<HasMetadata> objects = render(overlay);
        Namespace namespace = one(objects, Namespace.class);

        assertThat(objects).filteredOn(object -> !(object instanceof Namespace))
                .allSatisfy(object -> assertThat(object.getMetadata().getNamespace())
                        .isEqualTo(namespace.getMetadata().getName()));
    }

    private static void assertProbe(Probe probe, String path) {
        assertThat(probe).as(path).isNotNull();
        assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
        assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo("management");
    }

    private static ConfigMap configOf(List<HasMetadata> objects, Container app) {
        String name = app.getEnvFrom().getFirst().getConfigMapRef().getName();
        return all(objects, ConfigMap.class).stream().filter(config -> config.getMetadata().getName().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no ConfigMap " + name + " in the render"));
    }

    /** "30s" → 30. */
    private static int seconds(String duration) {
        assertThat(duration).matches("\\d+s");
        return Integer.parseInt(duration.substring(0, duration.length() - 1));
    }

    private static <T extends HasMetadata> T one(List<HasMetadata> objects, Class<T> type) {
        List<T> found = all(objects, type);
        assertThat(found).as(type.getSimpleName()).hasSize(1);
        return found.getFirst();
    }

    private static <T extends HasMetadata> List<T> all(List<HasMetadata> objects, Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** An operator's resource by kind and name, as plain maps. */
    private static Map<String, Object> operated(List<HasMetadata> objects, String kind, String name) {
        return objects.stream().filter(GenericKubernetesResource.class::isInstance)
                .map(GenericKubernetesResource.class::cast)
                .filter(object -> object.getKind().equals(kind) && object.getMetadata().getName().equals(name))
                .findFirst().map(GenericKubernetesResource::getAdditionalProperties)
                .map(fields -> {
                    Map<String, Object> all = new java.util.HashMap<>(fields);
                    all.put("name", name);
                    return all;
                })
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    private static String name(Map<String, Object> operated) {
        return (String) operated.get("name");
    }

    /** The overlay as {@code kubectl kustomize} renders it, each object in its model (see {@link #MODELS}). */
    private static List<HasMetadata> render(String overlay) throws IOException, InterruptedException {
        Process kubectl = new ProcessBuilder("kubectl", "kustomize", OVERLAYS.resolve(overlay).toString())
                .redirectErrorStream(true).start();
        String output = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(kubectl.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(kubectl.exitValue()).as("kubectl kustomize %s:%n%s", overlay, output).isZero();
        List<HasMetadata> objects = new ArrayList<>();
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(output)) {
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                String kind = document.path("kind").asText();
                String apiVersion = document.path("apiVersion").asText();
                Class<? extends HasMetadata> model = MODELS.get(kind);
                if (model == null) {
                    assertThat(OPERATED).as("a kind this test knows").contains(apiVersion + "/" + kind);
                    objects.add(YAML.treeToValue(document, GenericKubernetesResource.class));
                } else {
                    objects.add(YAML.treeToValue(document, model));
                }
            }
        }
        return objects;
    }

    /**
     * The paths of fields that a model object kept aside as "additional properties" because its class has no such
     * field, anywhere in the object.
     */
    private static List<String> unknownFields(Object object, String path, IdentityHashMap<Object, Boolean> seen) {
        List<String> unknown = new ArrayList<>();
        if (object == null || seen.put(object, true) != null) {
            return unknown;
        }
        if (object instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                unknown.addAll(unknownFields(item, path + "[" + i++ + "]", seen));
            }
            return unknown;
        }
        if (object instanceof Map<?, ?> map) {
            map.forEach((key, value) -> unknown.addAll(unknownFields(value, path + "." + key, seen)));
            return unknown;
        }
        if (!object.getClass().getPackageName().startsWith("io.fabric8.kubernetes.api.model")) {
            return unknown;
        }
        for (Method getter : object.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getName().equals("getClass")) {
                continue;
            }
            try {
                Object value = getter.invoke(object);
                if (getter.getName().equals("getAdditionalProperties")) {
                    if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                        extra.keySet().forEach(key -> unknown.add(path + "." + key));
                    }
                } else {
                    unknown.addAll(unknownFields(value, path + "." + getter.getName().substring(3), seen));
                }
            } catch (ReflectiveOperationException e) {
                throw new AssertionError("cannot read " + getter, e);
            }
        }
        return unknown;
    }
}
