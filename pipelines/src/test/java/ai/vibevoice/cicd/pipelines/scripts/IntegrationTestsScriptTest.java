package ai.vibevoice.cicd.pipelines.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.vibevoice.cicd.pipelines.CiTest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The integration pytest step of ci-test.yml with {@code uv} stubbed: pytest's exit 5 (no test
 * collected, as long as no test is marked {@code integration}) passes with a notice, any other
 * failure of pytest fails the step with pytest's status.
 */
class IntegrationTestsScriptTest {
  @TempDir Path tmp;

  private static ScriptRun.Result pytest(int exit, Path tmp) {
    return ScriptRun.of(PipelineStep.find(new CiTest(), "test", "integration"))
        .stub(Stub.command("uv").on("run --frozen pytest *", Answer.ok().exit(exit)))
        .run(tmp);
  }

  @Test
  void no_integration_test_collected_passes_with_a_notice() {
    ScriptRun.Result run = pytest(5, tmp).assertSucceeded();
    assertEquals("::notice::No test is marked 'integration' yet\n", run.stdout());
    assertEquals(
        List.of(
            List.of(
                "run",
                "--frozen",
                "pytest",
                "tests",
                "-m",
                "integration",
                "--cov=src",
                "--cov-append",
                "--cov-report=xml:reports/coverage.xml",
                "--junitxml=reports/junit-integration.xml")),
        run.calls("uv"));
  }

  @Test
  void passing_integration_tests_pass_quietly() {
    ScriptRun.Result run = pytest(0, tmp).assertSucceeded();
    assertEquals("", run.stdout());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 4})
  void failing_integration_tests_fail_the_step_with_pytests_status(int exit) {
    ScriptRun.Result run = pytest(exit, tmp).assertFailed();
    assertEquals(exit, run.exitCode());
    assertEquals("", run.stdout());
  }
}
