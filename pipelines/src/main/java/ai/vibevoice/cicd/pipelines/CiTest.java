package ai.vibevoice.cicd.pipelines;

import ai.vibevoice.cicd.dsl.expr.Fn;
import ai.vibevoice.cicd.dsl.expr.Github;
import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.job.Job;
import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.step.Step;
import ai.vibevoice.cicd.dsl.trigger.MergeGroup;
import ai.vibevoice.cicd.dsl.trigger.PullRequest;
import ai.vibevoice.cicd.dsl.trigger.Push;
import ai.vibevoice.cicd.dsl.trigger.WorkflowDispatch;
import ai.vibevoice.cicd.dsl.workflow.Concurrency;
import ai.vibevoice.cicd.dsl.workflow.Defaults;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import ai.vibevoice.cicd.dsl.workflow.WorkflowSource;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ci-test.yml} (R1): lint (ruff format, ruff check, mypy) and tests (pytest unit and
 * integration, coverage XML, JUnit XML) of the Python services, on Python 3.11 with the locked dev
 * environment. Both jobs are required checks, so they run on every push, pull request and merge queue.
 */
public final class CiTest implements WorkflowSource {
  public static final String LINT_JOB = "Lint (ruff, mypy)";
  public static final String TEST_JOB = "Tests (pytest)";
  static final String REPORTS = "reports";

  @Override
  public Workflow workflow() {
    List<String> branches = new ArrayList<>(List.of(Platform.DEFAULT_BRANCH));
    branches.addAll(Platform.FEATURE_BRANCHES);
    String dirs = String.join(" ", Platform.LINTED_DIRS);
    RunJob lint = Job.builder("lint")
        .name(LINT_JOB)
        .runsOn(Platform.RUNNER)
        .timeoutMinutes(15)
        .step(Steps.checkout())
        .step(Steps.setupUv())
        .step(Steps.installProject())
        .step(Step.run("uv run --frozen ruff format --check --diff " + dirs).name("ruff format --check"))
        .step(Step.run("uv run --frozen ruff check --output-format=github " + dirs).name("ruff check"))
        .step(Step.run("uv run --frozen mypy " + dirs).name("mypy"))
        .build();
    RunJob test = Job.builder("test")
        .name(TEST_JOB)
        .runsOn(Platform.RUNNER)
        .timeoutMinutes(30)
        .step(Steps.checkout())
        .step(Steps.setupUv())
        .step(Steps.installProject())
        .step(Step.run(pytest("unit", Platform.UNIT_TESTS, false)).id("unit").name("pytest: unit tests"))
        .step(Step.run(pytest("integration", Platform.INTEGRATION_TESTS, true))
            .id("integration")
            .name("pytest: integration tests")
            .ifCondition(Fn.success().or(Fn.failure())))
        .step(Steps.uploadReports("test results and coverage", "test-results", REPORTS, 14))
        .step(Step.run(SUMMARY).name("Summary").ifCondition(Fn.always()))
        .build();
    return Workflow.builder("ci-test.yml", "CI tests")
        .description("Lints and tests the Python services on every change; both jobs are required checks.")
        .on(
            Push.builder().branches(branches.toArray(String[]::new)).build(),
            PullRequest.any(),
            new MergeGroup(),
            WorkflowDispatch.of())
        .concurrency(Concurrency.of(Text.of("ci-test-", Github.REF), Github.eventIs("pull_request")))
        .defaults(Defaults.bash())
        .jobs(lint, test)
        .build();
  }

  /** One pytest run with coverage (appended for the second run) and a JUnit report. */
  private static String pytest(String name, String dir, boolean append) {
    return "uv run --frozen pytest " + dir
        + " --cov=" + Platform.COVERAGE_SOURCE + (append ? " --cov-append" : "")
        + " --cov-report=xml:" + REPORTS + "/coverage.xml"
        + " --junitxml=" + REPORTS + "/junit-" + name + ".xml";
  }

  /** Counts from the JUnit reports and the coverage total, for the job summary. */
  static final String SUMMARY = """
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
