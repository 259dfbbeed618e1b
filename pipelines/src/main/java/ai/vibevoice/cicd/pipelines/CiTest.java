package ai.vibevoice.cicd.pipelines;

import ai.vibevoice.cicd.dsl.expr.Fn;
import ai.vibevoice.cicd.dsl.expr.Github;
import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.job.Concurrency;
import ai.vibevoice.cicd.dsl.job.Defaults;
import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.step.Step;
import ai.vibevoice.cicd.dsl.trigger.MergeGroup;
import ai.vibevoice.cicd.dsl.trigger.PullRequest;
import ai.vibevoice.cicd.dsl.trigger.Push;
import ai.vibevoice.cicd.dsl.trigger.WorkflowDispatch;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import ai.vibevoice.cicd.dsl.workflow.WorkflowSource;

/**
 * {@code ci-test.yml} (R1): lint (ruff format and ruff check over src and tests, mypy over src) and
 * tests (pytest over {@code tests}, split by the {@code integration} marker; coverage XML, JUnit
 * XML) of the Python services, on Python 3.11 with the locked environment. Both jobs are required
 * checks: they run on pull requests, the merge queue and pushes to the default branch (a branch
 * with a pull request is tested through it, once).
 */
public final class CiTest implements WorkflowSource {
  public static final String LINT_JOB = "Lint (ruff, mypy)";
  public static final String TEST_JOB = "Tests (pytest)";
  static final String REPORTS = "reports";

  @Override
  public Workflow workflow() {
    RunJob lint =
        Steps.uvJob("lint", LINT_JOB, 15)
            .step(Steps.installProject())
            .step(
                Step.run(
                        Text.of(
                            "uv run --frozen ruff format --check --diff ",
                            Steps.join(" ", Platform.LINTED_DIRS)))
                    .name("ruff format --check"))
            .step(
                Step.run(
                        Text.of(
                            "uv run --frozen ruff check --output-format=github ",
                            Steps.join(" ", Platform.LINTED_DIRS)))
                    .name("ruff check"))
            .step(
                Step.run(
                        Text.of(
                            "uv run --frozen mypy ", Steps.join(" ", Platform.TYPE_CHECKED_DIRS)))
                    .name("mypy"))
            .build();
    RunJob test =
        Steps.uvJob("test", TEST_JOB, 30)
            .step(Steps.installProject())
            .step(
                Step.run(pytest("unit", "not " + Platform.INTEGRATION_MARKER, false))
                    .id("unit")
                    .name("pytest: unit tests (not marked " + Platform.INTEGRATION_MARKER + ")"))
            .step(
                Step.run(integration())
                    .id("integration")
                    .name("pytest: integration tests (marked " + Platform.INTEGRATION_MARKER + ")")
                    .ifCondition(Fn.success().or(Fn.failure())))
            .step(Steps.uploadReports("test results and coverage", "test-results", REPORTS, 14))
            .step(Step.run(SUMMARY).name("Summary").ifCondition(Fn.always()))
            .build();
    return Workflow.builder("ci-test.yml", "CI tests")
        .description(
            "Lints and tests the Python services on every change; both jobs are required checks.")
        .on(
            Push.builder().branches(Platform.DEFAULT_BRANCH).build(),
            PullRequest.any(),
            new MergeGroup(),
            WorkflowDispatch.of())
        .concurrency(
            Concurrency.of(Text.of("ci-test-", Github.REF), Github.eventIs("pull_request")))
        .defaults(Defaults.bash())
        .jobs(lint, test)
        .build();
  }

  /**
   * One pytest run over the tests directory, selected by marker, with coverage (appended by the
   * second run) and a JUnit report.
   */
  private static Text pytest(String name, String markers, boolean append) {
    return Text.of(
        "uv run --frozen pytest ",
        Platform.TESTS,
        " -m \"" + markers + "\"",
        " --cov=",
        Platform.SOURCES,
        append ? " --cov-append" : "",
        " --cov-report=xml:" + REPORTS + "/coverage.xml",
        " --junitxml=" + REPORTS + "/junit-" + name + ".xml");
  }

  /**
   * The integration run: pytest exits 5 when the marker selects no test (the platform marks none
   * yet), which is not a failure; every other non-zero exit is.
   */
  private static Text integration() {
    return Text.of(
        "status=0\n",
        pytest("integration", Platform.INTEGRATION_MARKER, true),
        " || status=$?\n",
        "if [ \"$status\" -eq 5 ]; then\n",
        "  echo \"::notice::No test is marked '" + Platform.INTEGRATION_MARKER + "' yet\"\n",
        "  exit 0\n",
        "fi\n",
        "exit \"$status\"");
  }

  /** Counts from the JUnit reports and the coverage total, for the job summary. */
  static final String SUMMARY =
      """
      uv run --frozen python - <<'PY' >> "$GITHUB_STEP_SUMMARY"
      import glob, xml.etree.ElementTree as ET
      print("## Tests\\n\\n| suite | tests | failures | errors | skipped |\\n| --- | ---: | ---: | ---: | ---: |")
      for path in sorted(glob.glob("reports/junit-*.xml")):
          root = ET.parse(path).getroot()
          s = root if root.tag == "testsuite" else root.find("testsuite")
          print(f"| {path[14:-4]} | {s.get('tests')} | {s.get('failures')} | {s.get('errors')} | {s.get('skipped')} |")
      try:
          rate = float(ET.parse("reports/coverage.xml").getroot().get("line-rate"))
          print(f"\\nLine coverage: **{rate:.1%}**")
      except (OSError, ET.ParseError):
          print("\\nNo coverage report.")
      PY""";
}
