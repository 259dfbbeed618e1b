package ai.vibevoice.cicd.generate;

import ai.vibevoice.cicd.dsl.action.codegen.BindingGenerator;
import ai.vibevoice.cicd.dsl.job.Job;
import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.manifest.ActionManifest;
import ai.vibevoice.cicd.dsl.manifest.ActionManifest.Input;
import ai.vibevoice.cicd.dsl.manifest.ActionManifest.InputType;
import ai.vibevoice.cicd.dsl.manifest.ActionManifest.TypeKind;
import ai.vibevoice.cicd.dsl.manifest.ManifestException;
import ai.vibevoice.cicd.dsl.manifest.json.ManifestJson;
import ai.vibevoice.cicd.dsl.step.ActionRef;
import ai.vibevoice.cicd.dsl.step.Step;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * {@code --add-action} and {@code --refresh-actions}. Adding writes the manifest of an action not
 * yet described, its inputs, defaults and outputs read from its {@code action.yml} at the pinned
 * commit; refreshing downloads each action's {@code action.yml} (or {@code action.yaml}) at its
 * pinned commit and brings the manifest's inputs, outputs, required flags, defaults and
 * deprecations up to date, keeping the types and notes, and marks it verified. Every manifest must
 * refresh, or nothing is written. Reusable workflows are not refreshed (their contract is a
 * workflow file, not an action.yml) and are listed as such.
 */
final class RefreshActions {
  /** GitHub's raw content host, where {@code <owner>/<repo>/<sha>/<path>/action.yml} is served. */
  static final URI DEFAULT_BASE = URI.create("https://raw.githubusercontent.com/");

  /**
   * What a refresh found: the manifests' new text by file, what changed, and what could not be
   * read.
   */
  record Result(Map<String, String> texts, List<String> changes, List<String> failures) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  /** What {@code --add-action} takes: {@code owner/repo[/path]@sha}. */
  private static final Pattern ACTION_AT_SHA =
      Pattern.compile("([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+)(/[A-Za-z0-9_./-]+)?@([0-9a-f]{40})");

  /** A manifest written by {@code --add-action}: its file (from the repository root) and text. */
  record Added(String file, String text, ActionManifest manifest) {}

  private RefreshActions() {}

  static Result refresh(
      Map<String, ActionManifest> manifests, List<Workflow> workflows, URI base, Duration timeout)
      throws InterruptedException {
    HttpClient http =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    Map<String, String> texts = new LinkedHashMap<>();
    List<String> changes = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, ActionManifest> e : manifests.entrySet()) {
      ActionManifest m = e.getValue();
      if (m.kind() != ActionManifest.Kind.ACTION) {
        changes.add(
            e.getKey()
                + ": a reusable workflow, not refreshed (compare its workflow_call by hand)");
        continue;
      }
      try {
        Map<String, Object> yml = download(http, base, m, timeout);
        ActionManifest refreshed = merge(m, yml, used(workflows, m.name()), e.getKey(), changes);
        String text = ManifestJson.toJson(refreshed);
        ManifestJson.parse(e.getKey(), JSON.readTree(text));
        texts.put(e.getKey(), text);
      } catch (IOException | IllegalArgumentException | ManifestException ex) {
        failures.add(e.getKey() + ": " + ex.getMessage());
      }
    }
    return new Result(texts, changes, failures);
  }

  /**
   * The manifest of the action at {@code ref} ({@code owner/repo[/path]@sha}, released as {@code
   * version}): inputs, defaults, required flags and outputs from its action.yml, types from the
   * defaults (else strings of unknown type), its binding class named {@code className} or after the
   * action.
   */
  static Added add(
      Map<String, ActionManifest> manifests,
      String ref,
      String version,
      String className,
      URI base,
      Duration timeout)
      throws IOException, InterruptedException {
    Matcher m = ACTION_AT_SHA.matcher(ref);
    if (!m.matches()) {
      throw new ManifestException(
          "--add-action " + ref + ": expected owner/repo[/path]@<40-hex commit SHA>");
    }
    String repository = m.group(1);
    String path = m.group(2) == null ? null : m.group(2).substring(1);
    String cls = className != null ? className : className(path != null ? path : repository);
    for (Map.Entry<String, ActionManifest> e : manifests.entrySet()) {
      ActionManifest other = e.getValue();
      if (other.repository().equalsIgnoreCase(repository) && Objects.equals(other.path(), path)) {
        throw new ManifestException(
            "--add-action "
                + ref
                + ": "
                + e.getKey()
                + " describes it already; change its version and sha there, or run --refresh-actions");
      }
      if (other.className().equals(cls)) {
        throw new ManifestException(
            "--add-action "
                + ref
                + ": the class "
                + cls
                + " is taken by "
                + e.getKey()
                + "; name another with --action-class");
      }
    }
    String file =
        BindingGenerator.MANIFEST_DIR
            + "/"
            + (repository + (path == null ? "" : "/" + path))
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
            + ".json";
    ObjectNode skeleton =
        JSON.createObjectNode()
            .put("class", cls)
            .put("kind", "action")
            .put("repository", repository);
    if (path != null) skeleton.put("path", path);
    skeleton.put("version", version).put("sha", m.group(3)).put("inputsVerified", false);
    ActionManifest bare = ManifestJson.parse(file, skeleton);
    HttpClient http =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    ActionManifest full =
        merge(bare, download(http, base, bare, timeout), Set.of(), file, new ArrayList<>());
    String text = ManifestJson.toJson(full);
    ManifestJson.parse(file, JSON.readTree(text));
    return new Added(file, text, full);
  }

  /**
   * {@code docker/setup-qemu-action} -> {@code SetupQemu}: the last path segment in PascalCase,
   * without "-action".
   */
  static String className(String repositoryOrPath) {
    String last =
        repositoryOrPath
            .substring(repositoryOrPath.lastIndexOf('/') + 1)
            .replaceFirst("(?i)\\.ya?ml$", "")
            .replaceFirst("(?i)^gh-action-", "")
            .replaceFirst("(?i)-action$", "");
    StringBuilder name = new StringBuilder();
    for (String word : last.split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty())
        name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    if (name.length() == 0 || !Character.isLetter(name.charAt(0))) name.insert(0, "Action");
    return name.toString();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> download(
      HttpClient http, URI base, ActionManifest m, Duration timeout)
      throws IOException, InterruptedException {
    String dir = m.repository() + "/" + m.sha() + "/" + (m.path() == null ? "" : m.path() + "/");
    for (String name : List.of("action.yml", "action.yaml")) {
      URI uri = base.resolve(dir + name);
      HttpResponse<String> response;
      try {
        response =
            http.send(
                HttpRequest.newBuilder(uri).timeout(timeout).GET().build(),
                HttpResponse.BodyHandlers.ofString());
      } catch (HttpTimeoutException t) {
        throw new IOException(uri + ": no answer within " + timeout.toSeconds() + " s");
      }
      if (response.statusCode() == 404) continue;
      if (response.statusCode() != 200)
        throw new IOException(uri + ": HTTP " + response.statusCode());
      Object doc;
      try {
        doc =
            new Load(LoadSettings.builder().setLabel(uri.toString()).build())
                .loadFromString(response.body());
      } catch (YamlEngineException y) {
        throw new IOException(uri + ": not YAML: " + y.getMessage().lines().findFirst().orElse(""));
      }
      if (!(doc instanceof Map<?, ?> map))
        throw new IOException(uri + ": not an action.yml (no mapping at the top)");
      return (Map<String, Object>) map;
    }
    throw new IOException(base.resolve(dir) + ": neither action.yml nor action.yaml (HTTP 404)");
  }

  /** The inputs of the action that the pipelines set. */
  private static Set<String> used(List<Workflow> workflows, String action) {
    Set<String> used = new LinkedHashSet<>();
    for (Workflow w : workflows) {
      for (Job j : w.jobs()) {
        if (!(j instanceof RunJob run)) continue;
        for (Step s : run.steps()) {
          if (s.uses() instanceof ActionRef a && a.name().equals(action))
            used.addAll(s.with().keySet());
        }
      }
    }
    return used;
  }

  private static ActionManifest merge(
      ActionManifest m,
      Map<String, Object> yml,
      Set<String> used,
      String file,
      List<String> changes) {
    Map<String, Input> inputs = new LinkedHashMap<>();
    Map<String, Object> declared = map(yml.get("inputs"), "inputs");
    for (Map.Entry<String, Object> e : declared.entrySet()) {
      String name = e.getKey();
      Map<String, Object> spec = map(e.getValue(), "inputs." + name);
      Input old = m.inputs().get(name);
      String defaultValue =
          spec.get("default") == null ? null : String.valueOf(spec.get("default"));
      boolean required =
          Boolean.TRUE.equals(spec.get("required"))
              || (old != null && old.requiredReason() != null);
      boolean deprecated = spec.get("deprecationMessage") != null;
      InputType type =
          old != null && fits(old.type(), defaultValue) ? old.type() : inferred(defaultValue);
      if (old == null) {
        changes.add(
            file + ": new input " + name + (required && defaultValue == null ? " (REQUIRED)" : ""));
      } else {
        if (old.required() != required)
          changes.add(
              file
                  + ": input "
                  + name
                  + (required ? " is now required" : " is no longer required"));
        if (!Objects.equals(old.defaultValue(), defaultValue)) {
          changes.add(
              file + ": input " + name + ": default " + old.defaultValue() + " -> " + defaultValue);
        }
        if (old.type() != type)
          changes.add(
              file
                  + ": input "
                  + name
                  + ": its type no longer fits the default; now "
                  + type.kind().key());
        if (!old.deprecated() && deprecated)
          changes.add(file + ": input " + name + " is deprecated");
      }
      inputs.put(
          name,
          new Input(
              required,
              old == null ? null : old.requiredReason(),
              defaultValue,
              deprecated,
              type,
              old == null ? null : old.role()));
    }
    for (String name : m.inputs().keySet()) {
      if (!inputs.containsKey(name)) {
        changes.add(
            file
                + ": input "
                + name
                + " was removed"
                + (used.contains(name) ? " (THE PIPELINES SET IT)" : ""));
      }
    }
    List<String> outputs = new ArrayList<>(map(yml.get("outputs"), "outputs").keySet());
    outputs.stream()
        .filter(o -> !m.outputs().contains(o))
        .forEach(o -> changes.add(file + ": new output " + o));
    m.outputs().stream()
        .filter(o -> !outputs.contains(o))
        .forEach(o -> changes.add(file + ": output " + o + " was removed"));
    return new ActionManifest(
        m.className(),
        m.kind(),
        m.repository(),
        m.path(),
        m.version(),
        m.sha(),
        m.pinByTagReason(),
        true,
        inputs,
        outputs,
        m.secrets(),
        m.permissions(),
        m.permissionsWhenSet());
  }

  private static boolean fits(InputType type, String defaultValue) {
    if (defaultValue == null || defaultValue.contains("${{")) return true;
    return switch (type.kind()) {
      case BOOLEAN -> defaultValue.equals("true") || defaultValue.equals("false");
      case INTEGER -> defaultValue.matches("-?[0-9]{1,9}");
      case FLOAT, NUMBER -> defaultValue.matches("-?[0-9]+(\\.[0-9]+)?");
      case ENUM -> type.allowedValues().contains(defaultValue);
      default -> true;
    };
  }

  /** A new input's type: what its default shows, else a string of unknown type. */
  private static InputType inferred(String defaultValue) {
    if ("true".equals(defaultValue) || "false".equals(defaultValue))
      return InputType.of(TypeKind.BOOLEAN, "default");
    if (defaultValue != null && defaultValue.matches("-?[0-9]{1,9}"))
      return InputType.of(TypeKind.INTEGER, "default");
    return InputType.of(TypeKind.STRING, "unknown");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value, String what) {
    if (value == null) return Map.of();
    if (!(value instanceof Map<?, ?> m))
      throw new IllegalArgumentException("action.yml: " + what + " is not a mapping");
    Map<String, Object> out = new LinkedHashMap<>();
    ((Map<Object, Object>) m)
        .forEach((k, v) -> out.put(String.valueOf(k), v == null ? Map.of() : v));
    return out;
  }
}
