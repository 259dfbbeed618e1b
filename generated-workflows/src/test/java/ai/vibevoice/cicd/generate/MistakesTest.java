package ai.vibevoice.cicd.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.vibevoice.cicd.dsl.action.codegen.Bindings;
import ai.vibevoice.cicd.dsl.validate.InputWithoutFallback;
import ai.vibevoice.cicd.dsl.validate.Problem;
import ai.vibevoice.cicd.dsl.validate.RepositoryPaths;
import ai.vibevoice.cicd.dsl.validate.UndeclaredMatrixKey;
import ai.vibevoice.cicd.dsl.validate.UndeclaredSecretInCalledWorkflow;
import ai.vibevoice.cicd.dsl.validate.UnknownStep;
import ai.vibevoice.cicd.dsl.validate.UntrustedInCodeInput;
import ai.vibevoice.cicd.dsl.validate.ValidationException;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import ai.vibevoice.cicd.dsl.workflow.WorkflowSource;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The mistakes a new engineer makes with the DSL (src/test/resources/mistakes, one small class
 * each), compiled with the JDK's compiler: a type error must not compile; everything else must fail
 * generation with the expected problem, naming its place, never as an internal error.
 */
class MistakesTest {
  private static final Path ROOT = RepoRoot.PATH;
  private static final String IMPORTS =
      String.join(
          "\n",
          "package mistakes;",
          "import ai.vibevoice.cicd.dsl.step.RawUses;",
          "import ai.vibevoice.cicd.dsl.actions.*;",
          "import ai.vibevoice.cicd.dsl.expr.*;",
          "import ai.vibevoice.cicd.dsl.job.*;",
          "import ai.vibevoice.cicd.dsl.step.Step;",
          "import ai.vibevoice.cicd.dsl.trigger.*;",
          "import ai.vibevoice.cicd.dsl.workflow.*;",
          "");

  @TempDir Path classes;

  @ParameterizedTest(name = "{0} does not compile")
  @CsvSource(
      delimiter = '|',
      value = {
        "RetentionAsText       | retentionDays",
        "CheckLatestMaybe      | checkLatest",
        "IgnoreUnfixedYes      | ignoreUnfixed",
        "IfNoFilesFoundFail    | ifNoFilesFound",
        "TrivyFormatSarf       | format",
        "RequiredInputLeftOut  | builder"
      })
  void a_type_error_does_not_compile(String mistake, String method) throws IOException {
    List<String> errors = compile(mistake);
    assertTrue(errors.stream().anyMatch(e -> e.contains(method)), mistake + ": " + errors);
  }

  @Test
  void every_other_mistake_is_a_problem_with_its_place() throws Exception {
    assertEquals(
        List.of(
            ".github/workflows/mistake.yml: job j: step: "
                + UndeclaredMatrixKey.message("matrix.archh", List.of("arch"))),
        problems("MatrixTypoInString"));
    assertEquals(
        List.of(
            ".github/workflows/mistake.yml: job j: step: "
                + UnknownStep.message("steps.prob.outputs.p99", "prob", List.of("probe"))),
        problems("StepTypoInInput"));
    assertEquals(
        List.of(
            ".github/workflows/mistake.yml: job j: step: "
                + UntrustedInCodeInput.message("github.event.pull_request.title", "script")),
        problems("UntrustedInScript"));
    assertEquals(
        List.of("mistakes.NoRunner (building its workflow): job j: runs-on is required"),
        problems("NoRunner"));
    assertEquals(
        List.of(
            "mistakes.UndeclaredOutput (building its workflow): step probe: output 'p99' is not declared"
                + " (declared: [])"),
        problems("UndeclaredOutput"));
    assertTrue(
        problems("UntypedUses")
            .get(0)
            .startsWith(
                "mistakes.UntypedUses (building its workflow): untyped uses"
                    + " 'actions/checkout@v4' must be a local ./ action or a docker:// image"),
        problems("UntypedUses").toString());
    assertEquals(
        List.of(
            ".github/workflows/mistake.yml: job j: step: "
                + UndeclaredSecretInCalledWorkflow.message("secrets.API_KEY", List.of())),
        problems("UndeclaredSecret"));
    assertEquals(
        List.of(
            ".github/workflows/mistake.yml: job j: step: "
                + InputWithoutFallback.message("inputs.duration", List.of("schedule"))),
        problems("InputWithoutFallback"));
    assertEquals(
        List.of(
            ".github/workflows/mistake.yml: job j: step: "
                + RepositoryPaths.localActionMissing("./.github/actions/setup-env")),
        problems("MissingLocalAction"));
    assertEquals(
        List.of(
            ".github/workflows/mistake.yml: job j: "
                + UndeclaredMatrixKey.message("matrix.runnr", List.of("arch", "runner"))),
        problems("IncludeKeyTypo"));
    assertEquals(
        List.of(
            "mistakes.ListItemWithSeparator (building its workflow): aquasecurity/trivy-action: input severity:"
                + " item 'HIGH,CRITICAL' contains the list separator ','; give the items one by one"),
        problems("ListItemWithSeparator"));
  }

  /** What the generate command reports for one source (validation, then the local-action check). */
  private List<String> problems(String mistake) throws Exception {
    List<String> errors = compile(mistake);
    assertEquals(List.of(), errors, mistake + " should compile");
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      WorkflowSource source =
          (WorkflowSource)
              loader.loadClass("mistakes." + mistake).getDeclaredConstructor().newInstance();
      List<Problem> found = new ArrayList<>();
      try {
        List<Workflow> models =
            GeneratedFiles.workflowsOf(
                GeneratedFiles.models(List.of(source), Bindings.manifests(ROOT)));
        found.addAll(RepositoryPaths.localActions(models, List.of(classes)));
      } catch (ValidationException e) {
        found.addAll(e.problems());
      }
      return found.stream().map(Problem::toString).toList();
    }
  }

  private List<String> compile(String mistake) throws IOException {
    String body;
    try (InputStream in = getClass().getResourceAsStream("/mistakes/" + mistake + ".java.txt")) {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String source = IMPORTS + body;
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavaFileObject file =
        new SimpleJavaFileObject(
            URI.create("string:///mistakes/" + mistake + ".java"), JavaFileObject.Kind.SOURCE) {
          @Override
          public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return source;
          }
        };
    compiler
        .getTask(
            null,
            null,
            diagnostics,
            List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path")),
            null,
            List.of(file))
        .call();
    return diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> d.getMessage(null))
        .collect(Collectors.toList());
  }
}
