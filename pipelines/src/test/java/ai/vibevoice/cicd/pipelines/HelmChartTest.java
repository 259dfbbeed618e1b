package ai.vibevoice.cicd.pipelines;

import static ai.vibevoice.cicd.pipelines.platform.Trees.map;
import static ai.vibevoice.cicd.pipelines.platform.Trees.select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.vibevoice.cicd.dsl.file.DataFile;
import ai.vibevoice.cicd.dsl.render.DataFileRenderer;
import ai.vibevoice.cicd.pipelines.Platform.Service;
import ai.vibevoice.cicd.pipelines.contract.YamlFiles;
import ai.vibevoice.cicd.pipelines.platform.Shared;
import ai.vibevoice.cicd.pipelines.platform.Trees;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The platform's chart through Helm itself, in-process (helm-java): {@code lint --strict} and
 * {@code template} with the default values and with the generated CI profile plus the workflow's
 * image overrides, and the CI manifests checked for what the profile is for. In this package, not
 * {@code platform}, because it reads the workflow's own {@code --set} string and pull secret name.
 */
class HelmChartTest {
  /**
   * The repository {@code ${GITHUB_REPOSITORY,,}} stands for (bash lower-cases it; this one is
   * already).
   */
  static final String REPOSITORY = "acme/voice-agent";

  /** The bash expansion in {@link CiHelmValidate#IMAGE_OVERRIDES}. */
  static final String GITHUB_REPOSITORY_LOWER = "${GITHUB_REPOSITORY,,}";

  @TempDir static Path shared;

  /**
   * A copy of the chart with stand-ins for its dependencies, and the generated CI values rendered
   * to a file.
   */
  static Path chart;

  static Path ciValues;
  private static List<Map<String, Object>> defaultManifests;
  private static List<Map<String, Object>> ciManifests;

  @TempDir Path tmp;

  @BeforeAll
  static void chartAndCiValues() throws IOException {
    chart = withDependencyStandIns(chartCopy(shared.resolve("chart")));
    ciValues = shared.resolve("helm-values-ci.yaml");
    Files.writeString(
        ciValues, DataFileRenderer.render(ciValuesFile(), List.of("Rendered by HelmChartTest.")));
  }

  /** {@code helm template voice-agent <chart>}, rendered once. */
  static List<Map<String, Object>> defaultManifests() {
    if (defaultManifests == null) {
      defaultManifests =
          manifests(new Helm(chart).template().withName(Platform.HELM_RELEASE).call());
    }
    return defaultManifests;
  }

  /**
   * {@code helm template voice-agent <chart> --values <CI values> <image overrides>}, as the
   * workflow runs it, rendered once.
   */
  static List<Map<String, Object>> ciManifests() {
    if (ciManifests == null) {
      TemplateCommand ci =
          new Helm(chart).template().withName(Platform.HELM_RELEASE).withValuesFile(ciValues);
      imageOverrides().forEach(ci::set);
      ciManifests = manifests(ci.call());
    }
    return ciManifests;
  }

  // --- lint -----------------------------------------------------------------------------------

  @Test
  void lint_fails_and_template_refuses_until_the_dependencies_are_in_charts() {
    Path bare = chartCopy(tmp.resolve("chart"));
    LintResult lint = new Helm(bare).lint().strict().call();
    assertTrue(lint.isFailed(), String.join("\n", lint.getMessages()));
    assertEquals(
        List.of(
            "[WARNING] "
                + bare
                + ": chart directory is missing these dependencies: prometheus,grafana"),
        problems(lint));
    IllegalStateException template =
        assertThrows(
            IllegalStateException.class,
            () -> new Helm(bare).template().withName(Platform.HELM_RELEASE).call());
    assertTrue(
        template.getMessage().contains("missing in charts/ directory: prometheus, grafana"),
        template.getMessage());
  }

  @Test
  void lint_strict_passes_with_the_default_values() {
    LintResult lint = new Helm(chart).lint().strict().call();
    assertEquals(List.of(), problems(lint));
    assertFalse(lint.isFailed(), String.join("\n", lint.getMessages()));
  }

  @Test
  void lint_strict_passes_with_the_ci_values() throws IOException {
    LintResult lint = new Helm(withValues(chart, ciValues, tmp)).lint().strict().call();
    assertEquals(List.of(), problems(lint));
    assertFalse(lint.isFailed(), String.join("\n", lint.getMessages()));
  }

  @Test
  void lint_strict_fails_on_values_that_break_a_template() throws IOException {
    Path broken = tmp.resolve("broken-values.yaml");
    Files.writeString(broken, "ttsService:\n  persistence: null\n");
    LintResult lint = new Helm(withValues(chart, broken, tmp)).lint().strict().call();
    assertTrue(lint.isFailed(), String.join("\n", lint.getMessages()));
    assertTrue(
        problems(lint).stream()
            .anyMatch(m -> m.startsWith("[ERROR] templates/") && m.contains("persistence")),
        String.join("\n", lint.getMessages()));
  }

  // --- template: the image overrides ------------------------------------------------------------

  @Test
  void the_image_overrides_point_each_service_at_this_repository_s_default_branch_image() {
    assertEquals(
        Map.of(
            "ttsService.image.repository", "ghcr.io/acme/voice-agent/tts-service",
            "ttsService.image.tag", "main",
            "agentService.image.repository", "ghcr.io/acme/voice-agent/agent-service",
            "agentService.image.tag", "main"),
        imageOverrides());
  }

  // --- template: default values (what the CI profile turns off) -------------------------------

  @Test
  void the_default_values_ask_for_a_gpu_and_render_what_ci_turns_off() {
    assertEquals(
        List.of(
            "voice-agent-tts: container tts requests nvidia.com/gpu",
            "voice-agent-tts: container tts limits nvidia.com/gpu",
            "voice-agent-tts: nodeSelector nvidia.com/gpu.present",
            "voice-agent-tts: toleration nvidia.com/gpu"),
        gpuUse(defaultManifests()));
    assertEquals(
        Map.of("TTS_DEVICE", "cuda:0", "TTS_DTYPE", "float16"),
        select(
            env(container(defaultManifests(), Service.TTS)), "TTS_DEVICE", "TTS_DTYPE", "HF_HOME"));
    assertEquals(
        Map.of("voice-agent-tts", 1, "voice-agent-agent", 2), replicas(defaultManifests()));
    // The default values mount a claim the chart has no template for (a platform defect the CI
    // profile avoids).
    assertEquals(List.of("voice-agent-tts: voice-agent-tts-cache"), claims(defaultManifests()));
    assertEquals(
        List.of(
            "Deployment/voice-agent-agent",
            "Deployment/voice-agent-tts",
            "HorizontalPodAutoscaler/voice-agent-agent",
            "Ingress/voice-agent",
            "PodDisruptionBudget/voice-agent-agent",
            "PodDisruptionBudget/voice-agent-tts",
            "Service/voice-agent-agent",
            "Service/voice-agent-tts",
            "ServiceAccount/voice-agent"),
        kinds(defaultManifests()));
  }

  // --- template: the CI profile -----------------------------------------------------------------

  @Test
  void the_ci_profile_requests_no_gpu_and_neither_selects_nor_tolerates_gpu_nodes() {
    assertEquals(List.of(), gpuUse(ciManifests()));
  }

  @Test
  void the_ci_profile_runs_tts_on_the_cpu_in_float32_with_hf_home_where_the_image_user_can_write() {
    Map<String, String> env = env(container(ciManifests(), Service.TTS));
    assertEquals(
        Map.of("TTS_DEVICE", "cpu", "TTS_DTYPE", "float32"),
        select(env, "TTS_DEVICE", "TTS_DTYPE"));
    String hfHome = env.get("HF_HOME");
    assertTrue(
        hfHome != null && hfHome.startsWith("/") && !hfHome.startsWith("/root"),
        "HF_HOME must be set, absolute and outside /root (mode 0700, the image runs as ttsuser): "
            + hfHome);
  }

  @Test
  void the_ci_profile_deploys_this_repository_s_images_with_the_pull_secret_the_kind_job_creates() {
    assertEquals(
        Map.of(
            "voice-agent-tts", "ghcr.io/acme/voice-agent/tts-service:main",
            "voice-agent-agent", "ghcr.io/acme/voice-agent/agent-service:main"),
        images(ciManifests()));
    Map<String, Object> expected =
        Map.of("imagePullSecrets", List.of(Map.of("name", SupportFiles.PULL_SECRET)));
    for (Map<String, Object> workload : workloads(ciManifests())) {
      assertEquals(expected, select(podSpec(workload), "imagePullSecrets"), name(workload));
    }
  }

  @Test
  void the_ci_profile_runs_one_replica_each_within_the_resources_of_a_kind_node() {
    assertEquals(Map.of("voice-agent-tts", 1, "voice-agent-agent", 1), replicas(ciManifests()));
    Map<String, Object> tts = map(container(ciManifests(), Service.TTS).get("resources"));
    Map<String, Object> limits = map(tts.get("limits"));
    assertTrue(
        quantity(limits.get("memory")).compareTo(quantity("6Gi")) <= 0,
        "TTS memory limit " + limits);
    assertTrue(
        quantity(limits.get("cpu")).compareTo(quantity("2")) <= 0, "TTS CPU limit " + limits);
    for (Map<String, Object> workload : workloads(ciManifests())) {
      for (Object c : list(podSpec(workload).get("containers"))) {
        Map<String, Object> resources = map(map(c).get("resources"));
        for (String resource : List.of("cpu", "memory")) {
          Object request = map(resources.get("requests")).get(resource);
          Object limit = map(resources.get("limits")).get(resource);
          assertTrue(
              request != null && limit != null && quantity(request).compareTo(quantity(limit)) <= 0,
              name(workload) + ": " + resource + " request " + request + " within limit " + limit);
        }
      }
    }
  }

  @Test
  void the_ci_profile_renders_no_claim_ingress_autoscaler_or_disruption_budget() {
    assertEquals(List.of(), claims(ciManifests()));
    assertEquals(
        List.of(
            "Deployment/voice-agent-agent",
            "Deployment/voice-agent-tts",
            "Service/voice-agent-agent",
            "Service/voice-agent-tts",
            "ServiceAccount/voice-agent"),
        kinds(ciManifests()));
  }

  // --- the chart and its values
  // -------------------------------------------------------------------

  /** A writable copy of the snapshot's chart, without its dependencies (as in a fresh checkout). */
  static Path chartCopy(Path into) {
    Shared.copyTree(Shared.platform().resolve(Platform.HELM_CHART.path()), into);
    return into;
  }

  /**
   * Puts minimal stand-ins for the dependencies Chart.yaml declares into {@code charts/}: a
   * Chart.yaml with the declared name and version and no templates. The real charts cannot be
   * downloaded here; the workflows run {@code helm dependency build}. Both are disabled by the
   * chart's values, so the stand-ins render nothing, as the real ones would not.
   */
  static Path withDependencyStandIns(Path chart) throws IOException {
    Map<String, Object> chartYaml =
        map(YamlFiles.read(Files.readString(chart.resolve("Chart.yaml")), "Chart.yaml"));
    for (Object d : list(chartYaml.get("dependencies"))) {
      Map<String, Object> dependency = map(d);
      Path standIn =
          Files.createDirectories(chart.resolve("charts").resolve((String) dependency.get("name")));
      Files.writeString(
          standIn.resolve("Chart.yaml"),
          "apiVersion: v2\nname: "
              + dependency.get("name")
              + "\nversion: "
              + dependency.get("version")
              + "\n");
    }
    return chart;
  }

  static DataFile ciValuesFile() {
    return Pipelines.dataFiles().stream()
        .filter(f -> f.path().equals(Platform.HELM_CI_VALUES.path()))
        .findFirst()
        .orElseThrow();
  }

  /**
   * A copy of {@code chart} whose values.yaml is its own coalesced with {@code values}, as Helm
   * coalesces them: helm-java's lint takes no values files (Helm's {@code lint --values} does, and
   * lints the chart with exactly this coalesced result). Helm does the coalescing here too: a chart
   * with the same values and only a template printing {@code .Values} is rendered with {@code
   * values}.
   */
  static Path withValues(Path chart, Path values, Path into) throws IOException {
    Path probe = into.resolve("values-probe");
    Shared.copyTree(chart, probe);
    try (var templates = Files.list(probe.resolve("templates"))) {
      for (Path t : templates.toList()) Files.delete(t);
    }
    Files.writeString(
        probe.resolve("templates/values.yaml"), "coalescedValues: {{ toJson .Values }}\n");
    Object coalesced =
        manifests(
                new Helm(probe)
                    .template()
                    .withName(Platform.HELM_RELEASE)
                    .withValuesFile(values)
                    .call())
            .get(0)
            .get("coalescedValues");
    Path linted = into.resolve("linted");
    Shared.copyTree(chart, linted);
    Files.writeString(
        linted.resolve("values.yaml"), new ObjectMapper().writeValueAsString(coalesced));
    return linted;
  }

  /**
   * The workflow's {@code --set} arguments, {@code ${GITHUB_REPOSITORY,,}} replaced by {@link
   * #REPOSITORY}.
   */
  static Map<String, String> imageOverrides() {
    String args = CiHelmValidate.IMAGE_OVERRIDES.replace(GITHUB_REPOSITORY_LOWER, REPOSITORY);
    assertFalse(args.contains("$"), "a shell expansion the test does not know: " + args);
    List<String> words = new ArrayList<>();
    Matcher word = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(args);
    while (word.find()) words.add(word.group(1) != null ? word.group(1) : word.group(2));
    Map<String, String> sets = new LinkedHashMap<>();
    for (int i = 0; i < words.size(); i += 2) {
      assertEquals("--set", words.get(i), args);
      String assignment = words.get(i + 1);
      int eq = assignment.indexOf('=');
      sets.put(assignment.substring(0, eq), assignment.substring(eq + 1));
    }
    return sets;
  }

  /** Lint messages other than {@code [INFO]}: with {@code --strict} any of them fails the lint. */
  static List<String> problems(LintResult lint) {
    return lint.getMessages().stream().filter(m -> !m.startsWith("[INFO]")).toList();
  }

  // --- the rendered manifests
  // ---------------------------------------------------------------------

  static List<Map<String, Object>> manifests(String rendered) {
    List<Map<String, Object>> documents = new ArrayList<>();
    for (Object document :
        new Load(LoadSettings.builder().setLabel("helm template").build())
            .loadAllFromString(rendered)) {
      if (document != null) documents.add(map(document));
    }
    return documents;
  }

  /** Objects with a pod template (the chart renders Deployments). */
  static List<Map<String, Object>> workloads(List<Map<String, Object>> manifests) {
    return manifests.stream()
        .filter(
            m -> List.of("Deployment", "StatefulSet", "DaemonSet", "Job").contains(m.get("kind")))
        .toList();
  }

  static Map<String, Object> podSpec(Map<String, Object> workload) {
    return map(map(map(workload.get("spec")).get("template")).get("spec"));
  }

  static String name(Map<String, Object> manifest) {
    return (String) map(manifest.get("metadata")).get("name");
  }

  /** The container {@code service.key} of the Deployment {@code <release>-<service.key>}. */
  static Map<String, Object> container(List<Map<String, Object>> manifests, Service service) {
    Map<String, Object> workload =
        workloads(manifests).stream()
            .filter(w -> name(w).equals(Platform.HELM_RELEASE + "-" + service.key))
            .findFirst()
            .orElseThrow();
    return list(podSpec(workload).get("containers")).stream()
        .map(Trees::map)
        .filter(c -> service.key.equals(c.get("name")))
        .findFirst()
        .orElseThrow();
  }

  static Map<String, String> env(Map<String, Object> container) {
    Map<String, String> env = new LinkedHashMap<>();
    for (Object e : list(container.get("env")))
      env.put((String) map(e).get("name"), (String) map(e).get("value"));
    return env;
  }

  /** Every request or limit of a GPU, and every GPU node selector or toleration, by workload. */
  static List<String> gpuUse(List<Map<String, Object>> manifests) {
    List<String> found = new ArrayList<>();
    for (Map<String, Object> workload : workloads(manifests)) {
      Map<String, Object> pod = podSpec(workload);
      List<Object> containers = new ArrayList<>(list(pod.get("initContainers")));
      containers.addAll(list(pod.get("containers")));
      for (Object c : containers) {
        Map<String, Object> resources = map(map(c).get("resources"));
        for (String kind : List.of("requests", "limits")) {
          for (String resource : map(resources.get(kind)).keySet()) {
            if (resource.contains("nvidia.com/gpu")) {
              found.add(
                  name(workload)
                      + ": container "
                      + map(c).get("name")
                      + " "
                      + kind
                      + " "
                      + resource);
            }
          }
        }
      }
      for (String label : map(pod.get("nodeSelector")).keySet()) {
        if (label.contains("nvidia.com/gpu")) found.add(name(workload) + ": nodeSelector " + label);
      }
      for (Object t : list(pod.get("tolerations"))) {
        if (String.valueOf(map(t).get("key")).contains("nvidia.com/gpu")) {
          found.add(name(workload) + ": toleration " + map(t).get("key"));
        }
      }
    }
    return found;
  }

  static Map<String, Object> replicas(List<Map<String, Object>> manifests) {
    Map<String, Object> replicas = new TreeMap<>();
    for (Map<String, Object> w : workloads(manifests))
      replicas.put(name(w), map(w.get("spec")).get("replicas"));
    return replicas;
  }

  static Map<String, String> images(List<Map<String, Object>> manifests) {
    Map<String, String> images = new TreeMap<>();
    for (Map<String, Object> w : workloads(manifests)) {
      for (Object c : list(podSpec(w).get("containers")))
        images.put(name(w), (String) map(c).get("image"));
    }
    return images;
  }

  /** Claims the pods mount, as {@code workload: claim}. */
  static List<String> claims(List<Map<String, Object>> manifests) {
    List<String> claims = new ArrayList<>();
    for (Map<String, Object> w : workloads(manifests)) {
      for (Object v : list(podSpec(w).get("volumes"))) {
        Object claim = map(v).get("persistentVolumeClaim");
        if (claim != null) claims.add(name(w) + ": " + map(claim).get("claimName"));
      }
    }
    for (Map<String, Object> m : manifests) {
      if ("PersistentVolumeClaim".equals(m.get("kind")))
        claims.add("PersistentVolumeClaim " + name(m));
    }
    return claims;
  }

  static List<String> kinds(List<Map<String, Object>> manifests) {
    return manifests.stream().map(m -> m.get("kind") + "/" + name(m)).sorted().toList();
  }

  /** A Kubernetes quantity ({@code 500m}, {@code 2}, {@code 6Gi}, {@code 1G}) as a number. */
  static BigDecimal quantity(Object value) {
    Matcher m = Pattern.compile("([0-9.]+)(m|k|M|G|T|Ki|Mi|Gi|Ti)?").matcher(String.valueOf(value));
    assertTrue(m.matches(), "not a quantity: " + value);
    BigDecimal number = new BigDecimal(m.group(1));
    return switch (m.group(2) == null ? "" : m.group(2)) {
      case "m" -> number.movePointLeft(3);
      case "k" -> number.movePointRight(3);
      case "M" -> number.movePointRight(6);
      case "G" -> number.movePointRight(9);
      case "T" -> number.movePointRight(12);
      case "Ki" -> number.multiply(BigDecimal.valueOf(1L << 10));
      case "Mi" -> number.multiply(BigDecimal.valueOf(1L << 20));
      case "Gi" -> number.multiply(BigDecimal.valueOf(1L << 30));
      case "Ti" -> number.multiply(BigDecimal.valueOf(1L << 40));
      default -> number;
    };
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object value) {
    return value instanceof List<?> l ? (List<Object>) l : List.of();
  }
}
