package ai.vibevoice.cicd.pipelines;

import ai.vibevoice.cicd.dsl.actions.DependencyReview;
import ai.vibevoice.cicd.dsl.actions.DownloadArtifact;
import ai.vibevoice.cicd.dsl.actions.TrivyAction;
import ai.vibevoice.cicd.dsl.actions.UploadSarif;
import ai.vibevoice.cicd.dsl.expr.Fn;
import ai.vibevoice.cicd.dsl.expr.Github;
import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.job.Concurrency;
import ai.vibevoice.cicd.dsl.job.Defaults;
import ai.vibevoice.cicd.dsl.job.Job;
import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.step.Step;
import ai.vibevoice.cicd.dsl.trigger.MergeGroup;
import ai.vibevoice.cicd.dsl.trigger.PullRequest;
import ai.vibevoice.cicd.dsl.trigger.Push;
import ai.vibevoice.cicd.dsl.trigger.Schedule;
import ai.vibevoice.cicd.dsl.trigger.WorkflowDispatch;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import ai.vibevoice.cicd.dsl.workflow.WorkflowSource;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code ci-security-deps.yml} (R7): pip-audit over the locked, hashed requirements for the JSON
 * report, Trivy over {@code uv.lock} for severities, SARIF and the gate (pip-audit has neither),
 * and GitHub's dependency review on pull requests. See CICD.md, "Dependency scanning".
 */
public final class CiSecurityDeps implements WorkflowSource {
  public static final String AUDIT_JOB = "Dependency audit";
  static final String REPORTS = "security-reports";
  private static final String REPORTS_ARTIFACT = "dependency-reports";

  @Override
  public Workflow workflow() {
    RunJob audit =
        Steps.uvJob("audit", AUDIT_JOB, 20)
            .step(
                Step.run(
                        "mkdir -p "
                            + REPORTS
                            + "\n"
                            + "uv export --locked --all-extras --no-emit-project"
                            + Platform.GIT_DEPENDENCIES.stream()
                                .map(d -> " --no-emit-package " + d)
                                .collect(Collectors.joining())
                            + " --format requirements-txt --output-file "
                            + REPORTS
                            + "/requirements.lock.txt")
                    .name(
                        "Export the locked requirements (with hashes; git dependencies left out)"))
            .step(Step.run(PIP_AUDIT).name("pip-audit (JSON report)"))
            .step(
                TrivyAction.builder()
                    .name("Trivy over uv.lock (SARIF, every severity)")
                    .version(Platform.TRIVY_VERSION)
                    .cache(true)
                    .scanType(TrivyAction.ScanType.FS)
                    .scanRef(Text.of(Platform.UV_LOCK))
                    .scanners("vuln")
                    .format(TrivyAction.Format.SARIF)
                    .output(REPORTS + "/trivy-deps.sarif")
                    .exitCode(0)
                    .build())
            .step(Steps.uploadReports("the reports", REPORTS_ARTIFACT, REPORTS, 30))
            .step(
                TrivyAction.builder()
                    .name(
                        "Fail on "
                            + Platform.DEPENDENCY_FAIL_SEVERITIES
                                .toLowerCase(Locale.ROOT)
                                .replace(",", " or ")
                            + " vulnerabilities")
                    .version(Platform.TRIVY_VERSION)
                    .skipSetupTrivy(true)
                    .cache(true)
                    .scanType(TrivyAction.ScanType.FS)
                    .scanRef(Text.of(Platform.UV_LOCK))
                    .scanners("vuln")
                    .severity(Platform.DEPENDENCY_FAIL_SEVERITIES.split(","))
                    .format(TrivyAction.Format.TABLE)
                    .exitCode(1)
                    .build())
            .build();
    // Its own job, so the audit (run for forks and the merge queue too) holds no write grant: only
    // this job gets security-events: write, and it is skipped for forks and the merge queue.
    RunJob codeScanning =
        Job.builder("code-scanning")
            .name("Upload SARIF to code scanning")
            .needs(audit)
            .ifCondition(
                Fn.notCancelled()
                    .and(Github.EVENT_NAME.ne("merge_group"))
                    .and(Steps.notForkPullRequest()))
            .runsOn(Platform.RUNNER)
            .timeoutMinutes(10)
            .step(Steps.checkout())
            .step(
                DownloadArtifact.builder()
                    .name("Download the reports")
                    .nameInput(Text.of(REPORTS_ARTIFACT + "-", Github.RUN_ATTEMPT))
                    .path(REPORTS)
                    .build())
            .step(
                UploadSarif.builder()
                    .name("Upload SARIF to code scanning")
                    .sarifFile(REPORTS + "/trivy-deps.sarif")
                    .category("dependencies")
                    .build())
            .build();
    RunJob review =
        Job.builder("dependency-review")
            .name("Dependency review")
            .ifCondition(Github.eventIs("pull_request"))
            .runsOn(Platform.RUNNER)
            .timeoutMinutes(10)
            // No checkout: the action compares base and head through the dependency graph API. No
            // comment
            // on the pull request (the action's default), so no pull-requests: write.
            .step(
                DependencyReview.builder()
                    .name("Review dependency changes")
                    .failOnSeverity(lowest(Platform.DEPENDENCY_FAIL_SEVERITIES))
                    .build())
            .build();
    return Workflow.builder("ci-security-deps.yml", "Dependency security scan")
        .description(
            "Audits the locked Python dependencies on every change and weekly; fails on "
                + Platform.DEPENDENCY_FAIL_SEVERITIES.toLowerCase(Locale.ROOT)
                + " vulnerabilities.")
        .on(
            Push.builder().branches(Platform.DEFAULT_BRANCH).build(),
            PullRequest.any(),
            new MergeGroup(),
            Schedule.cron(Platform.SECURITY_CRON),
            WorkflowDispatch.of())
        .concurrency(
            Concurrency.of(
                Text.of("ci-security-deps-", Github.REF), Github.eventIs("pull_request")))
        .defaults(Defaults.bash())
        .jobs(audit, codeScanning, review)
        .build();
  }

  /** dependency-review takes the lowest failing severity (Trivy's MEDIUM is its moderate). */
  private static DependencyReview.Severity lowest(String severities) {
    String[] order = {"LOW", "MODERATE", "MEDIUM", "HIGH", "CRITICAL"};
    for (String s : order) {
      if (severities.contains(s)) {
        return DependencyReview.Severity.valueOf(s.equals("MEDIUM") ? "MODERATE" : s);
      }
    }
    throw new IllegalArgumentException("no severity in " + severities);
  }

  /**
   * Vulnerabilities in the report never fail the job (Trivy gates) and its exit code is kept in the
   * summary; a report pip-audit could not write (it refused the requirements) fails the step.
   */
  static final String PIP_AUDIT =
      String.join(
          "\n",
          "status=0",
          "uvx --python "
              + Platform.PYTHON_VERSION
              + " pip-audit@"
              + Platform.PIP_AUDIT_VERSION
              + " --requirement "
              + REPORTS
              + "/requirements.lock.txt --require-hashes --disable-pip"
              + " --format json --output "
              + REPORTS
              + "/pip-audit.json || status=$?",
          "if [ ! -s " + REPORTS + "/pip-audit.json ]; then",
          "  echo \"::error::pip-audit wrote no report (exit $status): it could not audit the exported requirements\"",
          "  exit 1",
          "fi",
          "# Skipped dependencies (not on PyPI) have no vulns key: .vulns[]? yields nothing for them.",
          "count=\"$(jq '[.dependencies[].vulns[]?] | length' " + REPORTS + "/pip-audit.json)\"",
          "echo \"pip-audit: $count known vulnerabilities (exit $status); the gate is Trivy's severity check below\" >> \"$GITHUB_STEP_SUMMARY\"",
          "echo \"Not audited by pip-audit (git dependencies, no hashes): "
              + String.join(", ", Platform.GIT_DEPENDENCIES)
              + "\" >> \"$GITHUB_STEP_SUMMARY\"");
}
