package ai.vibevoice.cicd.pipelines.contract;

import ai.vibevoice.cicd.dsl.file.DataFile;
import ai.vibevoice.cicd.dsl.repo.RepoPath;
import ai.vibevoice.cicd.dsl.validate.Problem;
import ai.vibevoice.cicd.dsl.validate.RepositoryPaths;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import ai.vibevoice.cicd.pipelines.Compose;
import ai.vibevoice.cicd.pipelines.Pipelines;
import ai.vibevoice.cicd.pipelines.Platform;
import ai.vibevoice.cicd.pipelines.Platform.HelmDependency;
import ai.vibevoice.cicd.pipelines.Platform.Service;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The workflows' contract with the platform repository they run in, checked against a checkout of
 * it: every path they name exists; the pytest marker is declared; each Compose stack a job starts
 * has the services it names, starts nothing else, runs a healthcheck its image can execute, and
 * sets only settings the service reads; every key of the CI Helm values exists in the chart; the
 * chart's dependencies are the ones the workflows build. Problems name the workflow and job and the
 * platform file.
 */
public final class PlatformContract {
  private final Path platform;
  private final Map<String, DataFile> generated;
  private final List<Problem> problems = new ArrayList<>();

  private PlatformContract(Path platform, Map<String, DataFile> generated) {
    this.platform = platform;
    this.generated = generated;
  }

  /**
   * True when {@code root} is a checkout of the platform (it has {@code pyproject.toml} and {@code
   * infra/}).
   */
  public static boolean isPlatformCheckout(Path root) {
    return Files.isRegularFile(root.resolve(Platform.PYPROJECT.path()))
        && Files.isDirectory(root.resolve("infra"));
  }

  /**
   * Every problem of {@code workflows} against the platform at {@code roots.get(0)}; paths may also
   * be found in the other roots (this project's own files when it is not inside the platform
   * checkout). Generated data files count as present.
   */
  public static List<Problem> check(List<Workflow> workflows, List<Path> roots) {
    Map<String, DataFile> generated = new LinkedHashMap<>();
    Pipelines.dataFiles().forEach(f -> generated.put(f.path(), f));
    PlatformContract c = new PlatformContract(roots.get(0), generated);
    c.problems.addAll(RepositoryPaths.check(workflows, roots, generated.keySet()));
    c.pytestMarkers();
    c.gitDependencies();
    c.settingsPrefixes();
    for (Compose.Stack stack : Compose.STACKS) c.stack(stack);
    c.helmValues();
    c.helmDependencies();
    return List.copyOf(c.problems);
  }

  private void report(String workflow, String job, String message) {
    problems.add(new Problem(workflow, job, null, message));
  }

  private void report(Compose.Stack stack, String message) {
    report(stack.workflow(), stack.job(), ContractProblems.inStack(stack, message));
  }

  // --- pytest ------------------------------------------------------------------------------------

  private void pytestMarkers() {
    String text = read(Platform.PYPROJECT);
    if (text == null) return;
    Matcher table =
        Pattern.compile("(?ms)^\\[tool\\.pytest\\.ini_options]\\s*$(.*?)(?=^\\[|\\z)")
            .matcher(text);
    Set<String> markers = new LinkedHashSet<>();
    if (table.find()) {
      Matcher list = Pattern.compile("(?s)markers\\s*=\\s*\\[(.*?)]").matcher(table.group(1));
      if (list.find()) {
        Matcher entry =
            Pattern.compile("\"([A-Za-z_][A-Za-z0-9_]*)\\s*[:\"]").matcher(list.group(1));
        while (entry.find()) markers.add(entry.group(1));
      }
    }
    if (!markers.contains(Platform.INTEGRATION_MARKER)) {
      report(
          "ci-test.yml",
          "test",
          ContractProblems.markerNotDeclared(Platform.INTEGRATION_MARKER, markers));
    }
  }

  /**
   * The audit leaves out exactly the dependencies pyproject.toml takes from git: a PEP 508 {@code
   * name @ git+...} requirement, or a {@code [tool.uv.sources]} entry with {@code git =}.
   */
  private void gitDependencies() {
    String text = read(Platform.PYPROJECT);
    if (text == null) return;
    Set<String> fromGit = new TreeSet<>();
    Matcher requirement =
        Pattern.compile("[\"']\\s*([A-Za-z0-9][A-Za-z0-9._-]*)\\s*(\\[[^\\]]*])?\\s*@\\s*git\\+")
            .matcher(text);
    while (requirement.find()) fromGit.add(normalized(requirement.group(1)));
    Matcher sources =
        Pattern.compile("(?ms)^\\[tool\\.uv\\.sources]\\s*$(.*?)(?=^\\[|\\z)").matcher(text);
    if (sources.find()) {
      Matcher source =
          Pattern.compile(
                  "(?m)^\\s*[\"']?([A-Za-z0-9][A-Za-z0-9._-]*)[\"']?\\s*=\\s*\\{[^}]*\\bgit\\s*=")
              .matcher(sources.group(1));
      while (source.find()) fromGit.add(normalized(source.group(1)));
    }
    Set<String> declared = new TreeSet<>();
    Platform.GIT_DEPENDENCIES.forEach(d -> declared.add(normalized(d)));
    if (!fromGit.equals(declared)) {
      report(
          "ci-security-deps.yml",
          "audit",
          ContractProblems.gitDependenciesDiffer(fromGit, Platform.GIT_DEPENDENCIES));
    }
  }

  /** A distribution name as PyPI compares them (PEP 503). */
  private static String normalized(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
  }

  // --- settings ----------------------------------------------------------------------------------

  private void settingsPrefixes() {
    String config = read(Platform.SETTINGS_MODULE);
    if (config == null) return;
    Set<String> declared = new LinkedHashSet<>();
    Matcher m = Pattern.compile("env_prefix\\s*=\\s*\"([A-Z_]+)\"").matcher(config);
    while (m.find()) declared.add(m.group(1));
    for (Service s : Service.values()) {
      if (!declared.contains(s.settingsPrefix)) {
        report("ci-smoke-test.yml", null, ContractProblems.prefixNotRead(s, declared));
      }
    }
    if (!declared.contains(Platform.OBSERVABILITY_PREFIX)) {
      report(
          "ci-smoke-test.yml",
          null,
          ContractProblems.prefixNotRead(Platform.OBSERVABILITY_PREFIX, declared));
    }
  }

  /**
   * An environment variable CI sets for {@code service}: its settings prefix, observability, or a
   * process variable.
   */
  private static boolean readByService(Service service, String variable) {
    return variable.startsWith(service.settingsPrefix)
        || variable.startsWith(Platform.OBSERVABILITY_PREFIX)
        || Platform.PROCESS_ENVIRONMENT.contains(variable);
  }

  // --- Compose -----------------------------------------------------------------------------------

  private void stack(Compose.Stack stack) {
    List<Object> files = new ArrayList<>();
    Set<String> declared = null;
    for (RepoPath file : stack.files()) {
      Object doc = document(file);
      if (doc == null) return; // a missing file is reported by the path check
      Map<String, Map<String, Object>> services = ComposeMerge.services(asMap(doc));
      if (declared == null) {
        declared = services.keySet();
      } else {
        for (String name : services.keySet()) {
          if (!declared.contains(name)) {
            report(
                stack.workflow(),
                stack.job(),
                ContractProblems.overrideNamesUnknownService(file, name, declared));
          }
        }
      }
      files.add(doc);
    }
    Map<String, Map<String, Object>> merged = ComposeMerge.services(ComposeMerge.merge(files));
    Set<String> started =
        stack.services().stream()
            .map(s -> s.key)
            .collect(Collectors.toCollection(LinkedHashSet::new));
    for (Service s : stack.services()) {
      Map<String, Object> service = merged.get(s.key);
      if (service == null) {
        report(stack, ContractProblems.serviceMissing(s.key, merged.keySet()));
        continue;
      }
      for (String dependency : dependsOn(service)) {
        if (!started.contains(dependency)) {
          report(stack, ContractProblems.dependencyNotStarted(s.key, dependency));
        }
      }
      String image = String.valueOf(service.get("image"));
      if (!image.startsWith("${" + s.composeVariable + ":")
          || !"never".equals(service.get("pull_policy"))) {
        report(stack, ContractProblems.imageNotUnderTest(s.key, image));
      }
      healthcheck(stack, s, service);
      environment(stack, s);
      ports(stack, s, service);
    }
  }

  private void healthcheck(Compose.Stack stack, Service s, Map<String, Object> service) {
    Object check = service.get("healthcheck");
    if (!(check instanceof Map<?, ?> hc)
        || !(hc.get("test") instanceof List<?> test)
        || test.size() < 2) return;
    String executable =
        String.valueOf(test.get(0)).equals("CMD-SHELL")
            ? String.valueOf(test.get(1)).trim().split("\\s+")[0]
            : String.valueOf(test.get(1));
    String dockerfile = read(s.dockerfile);
    if (dockerfile == null) return;
    if (!Dockerfiles.finalStageHas(dockerfile, executable)) {
      report(stack, ContractProblems.healthcheckCannotRun(s, executable));
    }
  }

  /** Variables the generated overrides set for the service must be ones it reads. */
  private void environment(Compose.Stack stack, Service s) {
    for (RepoPath file : stack.files()) {
      DataFile data = generated.get(file.path());
      if (data == null) continue;
      Map<String, Object> own =
          asMap(ComposeMerge.services(data.content()).getOrDefault(s.key, Map.of()));
      if (own.get("environment") instanceof Map<?, ?> set) {
        for (Object variable : set.keySet()) {
          if (!readByService(s, (String) variable)) {
            report(
                stack.workflow(),
                stack.job(),
                ContractProblems.variableNotRead(file, s, (String) variable));
          }
        }
      }
    }
  }

  private void ports(Compose.Stack stack, Service s, Map<String, Object> service) {
    String published = s.port + ":" + s.port;
    if (!(service.get("ports") instanceof List<?> ports)
        || ports.stream().noneMatch(p -> String.valueOf(p).equals(published))) {
      report(stack, ContractProblems.portNotPublished(s, published));
    }
  }

  private static List<String> dependsOn(Map<String, Object> service) {
    Object d = service.get("depends_on");
    if (d instanceof Map<?, ?> map) return map.keySet().stream().map(String::valueOf).toList();
    if (d instanceof List<?> list) return list.stream().map(String::valueOf).toList();
    return List.of();
  }

  // --- Helm --------------------------------------------------------------------------------------

  private void helmValues() {
    Object defaults = document(Platform.HELM_VALUES);
    DataFile ci = generated.get(Platform.HELM_CI_VALUES.path());
    if (defaults == null || ci == null) return;
    keys(asMap(defaults), ci.content(), "");
    String templates = templates();
    for (String freeForm : Platform.HELM_FREE_FORM_VALUES) {
      if (!templates.contains("range $key, $value := .Values." + freeForm + " ")) {
        report("ci-helm-validate.yml", "validate", ContractProblems.notRangedOver(freeForm));
      }
    }
    Map<String, Object> ciValues = ci.content();
    for (Service s : Service.values()) {
      Object env = asMap(ciValues.getOrDefault(s.helmKey, Map.of())).get("env");
      if (env instanceof Map<?, ?> map) {
        for (Object variable : map.keySet()) {
          if (!readByService(s, (String) variable)) {
            report(
                "ci-helm-validate.yml",
                "validate",
                ContractProblems.variableNotRead(Platform.HELM_CI_VALUES, s, (String) variable));
          }
        }
      }
    }
  }

  private void keys(Map<String, Object> defaults, Map<String, Object> values, String path) {
    values.forEach(
        (key, value) -> {
          String at = path.isEmpty() ? key : path + "." + key;
          if (Platform.HELM_FREE_FORM_VALUES.contains(path)) return;
          if (!defaults.containsKey(key)) {
            report(
                "ci-helm-validate.yml",
                "validate",
                ContractProblems.helmKeyUnknown(at, defaults.keySet()));
          } else if (value instanceof Map<?, ?> nested
              && defaults.get(key) instanceof Map<?, ?> base) {
            keys(asMap(base), asMap(nested), at);
          }
        });
  }

  private String templates() {
    Path dir = platform.resolve(Platform.HELM_CHART.path()).resolve("templates");
    if (!Files.isDirectory(dir)) return "";
    try (var files = Files.list(dir)) {
      StringBuilder all = new StringBuilder();
      for (Path f : files.sorted().toList()) all.append(Files.readString(f)).append('\n');
      return all.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void helmDependencies() {
    Object chart = document(Platform.HELM_CHART_YAML);
    if (chart == null) return;
    List<HelmDependency> declared = new ArrayList<>();
    if (asMap(chart).get("dependencies") instanceof List<?> list) {
      for (Object d : list) {
        Map<String, Object> dep = asMap(d);
        HelmDependency known =
            Platform.HELM_DEPENDENCIES.stream()
                .filter(h -> h.name().equals(dep.get("name")))
                .findFirst()
                .orElse(null);
        declared.add(
            new HelmDependency(
                String.valueOf(dep.get("name")),
                String.valueOf(dep.get("version")),
                String.valueOf(dep.get("repository")),
                known == null ? "?" : known.repositoryName()));
      }
    }
    if (!declared.equals(Platform.HELM_DEPENDENCIES)) {
      report(
          "ci-helm-validate.yml",
          "validate",
          ContractProblems.helmDependenciesDiffer(declared, Platform.HELM_DEPENDENCIES));
    }
  }

  // --- files -------------------------------------------------------------------------------------

  private String read(RepoPath path) {
    Path file = platform.resolve(path.path());
    if (!Files.isRegularFile(file)) return null;
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A YAML file of the platform, or a generated data file (not written yet when the generator
   * checks).
   */
  private Object document(RepoPath path) {
    DataFile data = generated.get(path.path());
    if (data != null) return data.content();
    String text = read(path);
    return text == null ? null : YamlFiles.read(text, path.path());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object value) {
    return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }
}
