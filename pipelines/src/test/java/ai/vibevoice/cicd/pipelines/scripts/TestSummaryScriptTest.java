package ai.vibevoice.cicd.pipelines.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.vibevoice.cicd.pipelines.CiTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "Summary" step of ci-test.yml, its embedded Python run by the real python3 behind a {@code
 * uv} stub: one table row per JUnit report (named from the file name, with either root element) and
 * the line coverage, or a line saying there is no coverage report.
 */
class TestSummaryScriptTest {
  @TempDir Path tmp;

  static final String HEADER =
      """
      ## Tests

      | suite | tests | failures | errors | skipped |
      | --- | ---: | ---: | ---: | ---: |
      """;

  /**
   * The interpreter itself, not a version manager's shim that needs the developer's environment.
   */
  private static String python() throws Exception {
    Path python3 =
        ScriptRun.onPath("python3").orElseThrow(() -> new AssertionError("python3 is not on PATH"));
    Process p =
        new ProcessBuilder(python3.toString(), "-c", "import sys; print(sys.executable)").start();
    String executable =
        new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertEquals(0, p.waitFor(), executable);
    return executable;
  }

  private ScriptRun.Builder summary() throws Exception {
    return ScriptRun.of(PipelineStep.find(new CiTest(), "test", "Summary"))
        .stub(
            Stub.command("uv")
                .on("run --frozen python -", Answer.script("exec " + Stub.quote(python()) + " -")));
  }

  @Test
  void each_junit_report_is_a_row_and_the_coverage_a_percentage() throws Exception {
    ScriptRun.Result run =
        summary()
            .file(
                "reports/junit-unit.xml",
                """
            <?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest" errors="0" failures="1" \
            skipped="2" tests="42"></testsuite></testsuites>""")
            .file(
                "reports/junit-integration.xml",
                """
            <?xml version="1.0" encoding="utf-8"?><testsuite name="pytest" errors="1" failures="0" skipped="0" tests="3">\
            </testsuite>""")
            .file(
                "reports/coverage.xml",
                "<?xml version=\"1.0\" ?><coverage line-rate=\"0.8734\" branch-rate=\"0\"></coverage>")
            .run(tmp)
            .assertSucceeded();
    assertEquals(List.of(List.of("run", "--frozen", "python", "-")), run.calls("uv"));
    assertEquals(
        HEADER
            + "| integration | 3 | 0 | 1 | 0 |\n"
            + "| unit | 42 | 1 | 0 | 2 |\n"
            + "\nLine coverage: **87.3%**\n",
        run.summary());
  }

  @Test
  void without_a_readable_coverage_report_the_summary_says_so() throws Exception {
    ScriptRun.Result run =
        summary()
            .file(
                "reports/junit-unit.xml",
                "<testsuite tests=\"1\" failures=\"0\" errors=\"0\" skipped=\"0\"/>")
            .file("reports/coverage.xml", "<coverage")
            .run(tmp)
            .assertSucceeded();
    assertEquals(HEADER + "| unit | 1 | 0 | 0 | 0 |\n\nNo coverage report.\n", run.summary());
  }

  @Test
  void without_any_report_the_table_is_empty() throws Exception {
    ScriptRun.Result run = summary().run(tmp).assertSucceeded();
    assertEquals(HEADER + "\nNo coverage report.\n", run.summary());
  }
}
