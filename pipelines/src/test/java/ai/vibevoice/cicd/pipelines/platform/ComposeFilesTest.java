package ai.vibevoice.cicd.pipelines.platform;

import static ai.vibevoice.cicd.pipelines.platform.Trees.map;
import static ai.vibevoice.cicd.pipelines.platform.Trees.select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.vibevoice.cicd.dsl.file.DataFile;
import ai.vibevoice.cicd.dsl.file.YamlTag;
import ai.vibevoice.cicd.dsl.render.DataFileRenderer;
import ai.vibevoice.cicd.dsl.repo.RepoPath;
import ai.vibevoice.cicd.pipelines.Compose;
import ai.vibevoice.cicd.pipelines.Pipelines;
import ai.vibevoice.cicd.pipelines.Platform;
import ai.vibevoice.cicd.pipelines.Platform.Arch;
import ai.vibevoice.cicd.pipelines.Platform.Service;
import ai.vibevoice.cicd.pipelines.contract.ComposeMerge;
import ai.vibevoice.cicd.pipelines.contract.YamlFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Compose file a CI stack starts from, the platform's and the generated overrides as
 * rendered, against the Compose Specification's JSON schema; then each stack merged as Compose
 * merges it and checked for what the overrides are for: the images under test, a healthcheck the
 * image can run, the model cache as the runner's user, the CPU on hosted runners.
 */
class ComposeFilesTest {
  static {
    // networknt's validator logs through SLF4J; without a provider SLF4J prints a warning to
    // stderr.
    if (System.getProperty("slf4j.provider") == null) {
      System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
      System.setProperty("slf4j.internal.verbosity", "WARN");
    }
  }

  static final ObjectMapper JSON = new ObjectMapper();
  static final List<String> HEADER = List.of("Rendered by ComposeFilesTest.");
  private static JsonSchema schema;
  private static final Map<Compose.Stack, Map<String, Object>> MERGED = new HashMap<>();

  // --- each file against the schema
  // ---------------------------------------------------------------

  /** Each file of a stack once, in the order the stacks name them. */
  static Stream<String> composeFiles() {
    return Compose.STACKS.stream().flatMap(s -> s.files().stream()).map(RepoPath::path).distinct();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("composeFiles")
  void each_compose_file_of_a_stack_is_valid_by_the_compose_specification(String path) {
    assertEquals(List.of(), schemaErrors(path, YamlFiles.read(text(path), path)));
  }

  @Test
  void schema_errors_name_the_file_and_the_json_path() {
    String broken =
        text(Platform.COMPOSE_FILE.path())
            .replace(
                "    container_name: vibevoice-tts\n",
                "    container_name: vibevoice-tts\n    gpu: true\n")
            .replace("      retries: 5\n", "      retries: [5]\n");
    assertEquals(
        List.of(
            "docker-compose.yml: $.services.tts.healthcheck.retries: array found, [number, string] expected",
            "docker-compose.yml: $.services.tts: property 'gpu' is not defined in the schema and the schema does not"
                + " allow additional properties"),
        schemaErrors("docker-compose.yml", YamlFiles.read(broken, "docker-compose.yml")));
  }

  @Test
  void compose_tags_become_their_values_before_the_schema_sees_them() {
    assertEquals(
        "{\"deploy\":null,\"volumes\":[\"./cache:/cache\"],\"retries\":3}",
        json(YamlFiles.read(
                "deploy: !reset null\nvolumes: !override ['./cache:/cache']\nretries: 3\n",
                "test.yml"))
            .toString());
  }

  // --- each stack merged ------------------------------------------------------------------------

  static Stream<Arguments> stacks() {
    return Compose.STACKS.stream()
        .map(
            s ->
                Arguments.of(Named.of(s.workflow() + " " + s.job() + " (" + s.variant() + ")", s)));
  }

  /** The stacks that start the agent too. */
  static Stream<Arguments> stacksWithTheAgent() {
    return stacks()
        .filter(
            a ->
                ((Compose.Stack) ((Named<?>) a.get()[0]).getPayload())
                    .services()
                    .contains(Service.AGENT));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stacks")
  void each_stack_merges_to_a_valid_model_with_the_services_it_starts(Compose.Stack stack) {
    Map<String, Object> merged = merged(stack);
    assertEquals(List.of(), schemaErrors("merged", merged));
    assertTrue(
        ComposeMerge.services(merged)
            .keySet()
            .containsAll(stack.services().stream().map(s -> s.key).toList()),
        "starts " + stack.services() + ", has " + ComposeMerge.services(merged).keySet());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stacks")
  void tts_runs_the_image_under_test_with_the_python_readiness_probe(Compose.Stack stack) {
    Map<String, Object> tts = serviceRunningTheImageUnderTest(stack, Service.TTS);
    assertEquals(
        Map.of("test", Platform.TTS_HEALTHCHECK, "start_period", Platform.TTS_START_PERIOD),
        select(map(tts.get("healthcheck")), "test", "start_period"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stacks")
  void tts_keeps_the_model_cache_in_the_mounted_directory_only_as_the_runner_s_user(
      Compose.Stack stack) {
    Map<String, Object> tts = service(stack, Service.TTS);
    // The base file's named volume at /root/.cache/huggingface is gone (!override): only the cache
    // mount is left.
    assertEquals(
        List.of(
            "${MODEL_CACHE:-"
                + Platform.MODEL_CACHE_ON_HOST
                + "}:"
                + Platform.MODEL_CACHE_IN_CONTAINER),
        tts.get("volumes"));
    assertEquals(Platform.MODEL_CACHE_IN_CONTAINER, map(tts.get("environment")).get("HF_HOME"));
    assertTrue(
        Pattern.matches(
            "\\$\\{CI_UID:\\?[^}]+}:\\$\\{CI_GID:\\?[^}]+}", String.valueOf(tts.get("user"))),
        "user " + tts.get("user"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stacks")
  void tts_runs_on_the_cpu_without_a_device_reservation_unless_the_stack_is_for_the_gpu_runner(
      Compose.Stack stack) {
    Map<String, Object> tts = service(stack, Service.TTS);
    Map<String, Object> environment = map(tts.get("environment"));
    if (stack.files().contains(Platform.COMPOSE_CPU_OVERRIDE)) {
      assertNull(tts.get("deploy"), "deploy (the GPU reservation) on a CPU stack");
      assertEquals(
          Map.of("TTS_DEVICE", "cpu", "TTS_DTYPE", "float32"),
          select(environment, "TTS_DEVICE", "TTS_DTYPE"));
    } else {
      Object baseDeploy =
          service(ComposeMerge.merge(List.of(document(Platform.COMPOSE_FILE.path()))), Service.TTS)
              .get("deploy");
      assertEquals(
          baseDeploy, tts.get("deploy"), "the GPU stack keeps the base file's device reservation");
      assertTrue(
          String.valueOf(baseDeploy).contains("gpu"),
          "the base file reserves a GPU: " + baseDeploy);
      assertNotEquals("cpu", environment.get("TTS_DEVICE"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stacks")
  void arm64_stacks_and_only_they_pin_both_services_to_linux_arm64(Compose.Stack stack) {
    String expected =
        stack.files().contains(Platform.COMPOSE_ARM64_FILE) ? Arch.ARM64.platform : null;
    for (Service s : Service.values()) {
      assertEquals(expected, service(stack, s).get("platform"), s.key);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stacksWithTheAgent")
  void the_agent_runs_the_image_under_test_once_tts_is_healthy(Compose.Stack stack) {
    Map<String, Object> agent = serviceRunningTheImageUnderTest(stack, Service.AGENT);
    assertEquals(
        Map.of("condition", "service_healthy"),
        map(map(agent.get("depends_on")).get(Service.TTS.key)));
  }

  // --- files, merge, schema
  // -----------------------------------------------------------------------

  /**
   * A Compose file's text: a generated one rendered from its DataFile, the others read from the
   * platform snapshot.
   */
  static String text(String path) {
    for (DataFile generated : Pipelines.dataFiles()) {
      if (generated.path().equals(path)) return DataFileRenderer.render(generated, HEADER);
    }
    try {
      return Files.readString(Shared.platform().resolve(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Object document(String path) {
    return YamlFiles.read(text(path), path);
  }

  static Map<String, Object> merged(Compose.Stack stack) {
    return MERGED.computeIfAbsent(
        stack, s -> ComposeMerge.merge(s.files().stream().map(f -> document(f.path())).toList()));
  }

  static Map<String, Object> service(Compose.Stack stack, Service service) {
    return service(merged(stack), service);
  }

  static Map<String, Object> service(Map<String, Object> merged, Service service) {
    Map<String, Object> found = ComposeMerge.services(merged).get(service.key);
    assertTrue(
        found != null,
        "no service " + service.key + " in " + ComposeMerge.services(merged).keySet());
    return found;
  }

  /**
   * The service in the merged stack, after checking it runs the image the job pulled and never
   * pulls another.
   */
  static Map<String, Object> serviceRunningTheImageUnderTest(Compose.Stack stack, Service service) {
    Map<String, Object> found = service(stack, service);
    assertTrue(
        imageUnderTest(service).matcher(String.valueOf(found.get("image"))).matches(),
        "image " + found.get("image"));
    assertEquals("never", found.get("pull_policy"));
    return found;
  }

  /**
   * {@code ${VARIABLE:?message}}: the image the job pulled by digest, an error if it is not set.
   */
  static Pattern imageUnderTest(Service service) {
    return Pattern.compile("\\$\\{" + Pattern.quote(service.composeVariable) + ":\\?[^}]+}");
  }

  /** Every schema error of {@code document}, as {@code file: $.json.path: message}, sorted. */
  static List<String> schemaErrors(String file, Object document) {
    return schema().validate(json(document)).stream()
        .map(m -> file + ": " + m.getMessage())
        .sorted()
        .toList();
  }

  static synchronized JsonSchema schema() {
    if (schema == null) {
      try {
        // Read with its file's URI as the base: the schema's $id ("compose_spec.json") is relative.
        schema =
            JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(
                    Shared.composeSchema().toUri(), JSON.readTree(Shared.composeSchema().toFile()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return schema;
  }

  /**
   * The plain data of {@link YamlFiles#read} as a JSON tree. The schema knows no YAML tags: a tag
   * becomes its value, {@code !reset} null (what Compose leaves once the files are merged).
   */
  static JsonNode json(Object value) {
    if (value instanceof YamlTag tag) {
      return tag.tag().equals("!reset") ? NullNode.instance : json(tag.value());
    }
    if (value instanceof Map<?, ?> map) {
      ObjectNode object = JSON.createObjectNode();
      map.forEach((k, v) -> object.set((String) k, json(v)));
      return object;
    }
    if (value instanceof List<?> list) {
      ArrayNode array = JSON.createArrayNode();
      list.forEach(item -> array.add(json(item)));
      return array;
    }
    return JSON.valueToTree(value);
  }
}
