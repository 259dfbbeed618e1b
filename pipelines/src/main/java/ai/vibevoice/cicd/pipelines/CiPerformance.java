package ai.vibevoice.cicd.pipelines;

import ai.vibevoice.cicd.dsl.actions.DownloadArtifact;
import ai.vibevoice.cicd.dsl.actions.GithubScript;
import ai.vibevoice.cicd.dsl.expr.Contexts;
import ai.vibevoice.cicd.dsl.expr.Expr;
import ai.vibevoice.cicd.dsl.expr.Fn;
import ai.vibevoice.cicd.dsl.expr.Github;
import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.job.Concurrency;
import ai.vibevoice.cicd.dsl.job.Defaults;
import ai.vibevoice.cicd.dsl.job.Job;
import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.job.RunsOn;
import ai.vibevoice.cicd.dsl.permission.Access;
import ai.vibevoice.cicd.dsl.permission.Need;
import ai.vibevoice.cicd.dsl.permission.Scope;
import ai.vibevoice.cicd.dsl.step.Step;
import ai.vibevoice.cicd.dsl.trigger.Schedule;
import ai.vibevoice.cicd.dsl.trigger.WorkflowDispatch;
import ai.vibevoice.cicd.dsl.trigger.WorkflowInput;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import ai.vibevoice.cicd.dsl.workflow.WorkflowSource;
import ai.vibevoice.cicd.pipelines.Platform.Service;

/**
 * {@code ci-performance.yml} (R5, R6): nightly and on demand, starts the TTS image (resolved once
 * to a digest, recorded in the metrics), runs {@code ci-helper load-test}, compares with the
 * baseline of the last successful default-branch run ({@code ci-helper check-regression}), warns or
 * fails per the verdict, opens or updates one issue on regression, and keeps the baseline alive.
 */
public final class CiPerformance implements WorkflowSource {
  static final WorkflowInput DURATION =
      WorkflowInput.string(
          "duration",
          "Measured load duration with a rate (e.g. 120s); without one, "
              + Platform.PERF_DEFAULT_REQUESTS
              + " requests are measured",
          Platform.PERF_DEFAULT_DURATION);
  static final WorkflowInput RATE =
      WorkflowInput.string(
          "rate",
          "Requests started per second (open model); empty: "
              + Platform.PERF_DEFAULT_CONCURRENCY
              + " request in flight (the service synthesizes one at a time)",
          "");
  static final WorkflowInput UPDATE_BASELINE =
      WorkflowInput.bool(
          "update-baseline",
          "Replace the baseline with this run's metrics if the check passes (default branch only)",
          false);
  static final WorkflowInput IMAGE =
      WorkflowInput.string(
          "image",
          "TTS image to measure (name:tag or name@digest); empty: the default branch's image",
          "");
  static final String FILE = "ci-performance.yml";
  static final String RESULTS = "perf";

  @Override
  public Workflow workflow() {
    RunJob helper = HelperJar.job();
    RunJob benchmark = benchmark(helper);
    RunJob notify = notify(benchmark);
    return Workflow.builder(FILE, "Performance benchmark")
        .description(
            "Measures TTS latency nightly (and on demand) against the default branch's baseline; "
                + "fails on regression and opens or updates one issue.")
        .on(
            Schedule.cron(Platform.PERF_CRON),
            WorkflowDispatch.of(DURATION, RATE, UPDATE_BASELINE, IMAGE))
        .concurrency(Concurrency.of(Text.of("ci-performance-", Github.REF), false))
        .defaults(Defaults.bash())
        .jobs(helper, benchmark, notify)
        .build();
  }

  private static RunJob benchmark(RunJob helper) {
    Expr perfRunner = Contexts.vars(Platform.PERF_RUNNER_VARIABLE);
    Step resolve =
        Step.run(RESOLVE)
            .id("image")
            .name("Resolve the image under test to a digest (once)")
            .env("REQUESTED", IMAGE.orDefault())
            .outputs("reference")
            .build();
    Step findBaseline =
        Step.run(FIND_BASELINE)
            .id("baseline-run")
            .name("Find the baseline (last successful default-branch run)")
            .env("GH_TOKEN", Github.TOKEN)
            .outputs("run-id")
            .requires(
                new Need(Scope.ACTIONS, Access.READ, "list runs and artifacts of this workflow"))
            .build();
    Step check =
        Step.run(CHECK)
            .reads(HelperJar.LAUNCHER)
            .id("check")
            .name("Compare with the baseline (check-regression)")
            .env("UPDATE", UPDATE_BASELINE.orDefault())
            .outputs("verdict")
            .build();
    Expr verdict = check.output("verdict");
    // A passing default-branch run keeps the baseline alive when it is the nightly run, when asked
    // to update it, or when there was none (check-regression then made this run's metrics the
    // baseline).
    Expr keepsBaseline =
        Github.onBranch(Platform.DEFAULT_BRANCH)
            .and(
                Github.eventIs("schedule")
                    .or(UPDATE_BASELINE.orDefault())
                    .or(findBaseline.output("run-id").eq("")))
            .and(verdict.ne("fail"))
            // A dispatch with its own rate measures another load: never the nightly's baseline.
            .and(RATE.orDefault().eq(""));
    return Job.builder("benchmark")
        .name("Benchmark (TTS latency)")
        .needs(helper)
        .runsOn(RunsOn.expr(perfRunner.or(Expr.of(Platform.RUNNER))))
        // The readiness wait (15 min), 40 requests of up to 120 s and the pull: a run whose
        // requests all time out still ends in a verdict.
        .timeoutMinutes(110)
        .output("verdict", verdict)
        .env("CI_HELPER_JAR", HelperJar.jarPath())
        .env("MODEL_CACHE", Platform.MODEL_CACHE_ON_HOST)
        .step(Steps.freeDiskSpace())
        .step(Steps.checkout())
        .step(Steps.javaRuntime())
        .step(HelperJar.download())
        .step(Steps.ghcrLogin(Access.READ))
        .step(resolve)
        // Hosted runners have no GPU: the CPU override applies unless a performance runner is
        // configured.
        .steps(
            Compose.setUp(
                Text.of(
                    "files=(",
                    Platform.COMPOSE_FILE,
                    " ",
                    Platform.COMPOSE_CI_OVERRIDE,
                    ")\n",
                    "if [ -z \"",
                    perfRunner,
                    "\" ]; then files+=(",
                    Platform.COMPOSE_CPU_OVERRIDE,
                    "); fi")))
        .step(
            Step.run("docker pull \"$" + Service.TTS.composeVariable + "\"")
                .name("Pull the image by digest"))
        .step(Compose.up(Service.TTS))
        .step(
            Step.run(
                    HelperJar.command(
                        "smoke-test --tts-url http://localhost:"
                            + Service.TTS.port
                            + " --timeout "
                            + Platform.SMOKE_TIMEOUT
                            + " --request-timeout "
                            + Platform.PERF_REQUEST_TIMEOUT))
                .name("Wait until ready"))
        .step(
            Step.run(
                    "if [ -n \"$RATE\" ]; then load=(--rate \"$RATE\" --duration \"$DURATION\"); else load=(--concurrency "
                        + Platform.PERF_DEFAULT_CONCURRENCY
                        + " --requests "
                        + Platform.PERF_DEFAULT_REQUESTS
                        + "); fi\n"
                        + HelperJar.command(
                            "load-test --url http://localhost:"
                                + Service.TTS.port
                                + " \"${load[@]}\""
                                + " --warmup "
                                + Platform.PERF_WARMUP
                                + " --request-timeout "
                                + Platform.PERF_REQUEST_TIMEOUT
                                + " --image \"$IMAGE_REF\""
                                + " --output "
                                + RESULTS
                                + "/metrics.json --markdown "
                                + RESULTS
                                + "/report.md\n"
                                + "cat "
                                + RESULTS
                                + "/report.md >> \"$GITHUB_STEP_SUMMARY\""))
                .name("Load test")
                .env("RATE", RATE.orDefault())
                .env("DURATION", DURATION.orDefault())
                .env("IMAGE_REF", resolve.output("reference")))
        .step(findBaseline)
        .step(
            DownloadArtifact.builder()
                .name("Download the baseline")
                .ifCondition(findBaseline.output("run-id").ne(""))
                .nameInput(Platform.PERF_BASELINE_ARTIFACT)
                .path("baseline")
                .runId(Text.of(findBaseline.output("run-id")))
                .githubToken(Text.of(Github.TOKEN))
                .build())
        .step(check)
        .step(
            Steps.uploadRequired(
                "Keep the baseline alive (re-uploaded by every passing default-branch run)",
                keepsBaseline,
                "baseline/metrics.json",
                Platform.PERF_BASELINE_ARTIFACT,
                90))
        .step(Steps.uploadReports("metrics and reports", "perf-results", RESULTS, 90))
        .step(Step.run(GATE).name("Verdict").env("VERDICT", verdict))
        .step(Compose.down())
        .build();
  }

  private static RunJob notify(RunJob benchmark) {
    return Job.builder("notify")
        .name("Report the regression")
        .needs(benchmark)
        .ifCondition(Fn.always().and(benchmark.output("verdict").eq("fail")))
        .runsOn(Platform.RUNNER)
        .timeoutMinutes(10)
        .step(
            DownloadArtifact.builder()
                .name("Download the report")
                .nameInput(Text.of("perf-results-", Github.RUN_ATTEMPT))
                .path(RESULTS)
                .build())
        .step(
            GithubScript.builder(Text.of(NOTIFY))
                .name("Open or update the regression issue")
                .env("REPORT", Text.of(RESULTS + "/regression.md"))
                .requires(
                    new Need(Scope.ISSUES, Access.WRITE, "open or update the regression issue"))
                .build())
        .build();
  }

  static final String RESOLVE =
      String.join(
          "\n",
          "ref=\"${REQUESTED:-"
              + Platform.REGISTRY
              + "/${GITHUB_REPOSITORY,,}/"
              + Service.TTS.image
              + ":"
              + Platform.DEFAULT_BRANCH
              + "}\"",
          "digest=\"$(docker buildx imagetools inspect \"$ref\" --format '{{json .Manifest}}' | jq -r .digest)\"",
          "name=\"${ref%@*}\"",
          "# A tag follows the last colon only after the last slash (localhost:5000/tts-service has none).",
          "if [[ \"${name##*/}\" == *:* ]]; then name=\"${name%:*}\"; fi",
          "if [[ ! \"$digest\" =~ ^sha256:[0-9a-f]{64}$ ]]; then",
          "  echo \"::error::$ref did not resolve to a digest (got '$digest')\"",
          "  exit 1",
          "fi",
          "echo \"reference=$name@$digest\" >> \"$GITHUB_OUTPUT\"",
          "{",
          "  echo \"" + Service.TTS.composeVariable + "=$name@$digest\"",
          "  # The Compose override names both images; only "
              + Service.TTS.key
              + " starts, so the agent's needs a value only.",
          "  echo \"" + Service.AGENT.composeVariable + "=$name@$digest\"",
          "} >> \"$GITHUB_ENV\"",
          "echo \"Image under test: \\`$name@$digest\\` (from \\`$ref\\`)\" >> \"$GITHUB_STEP_SUMMARY\"");

  /**
   * Newest successful schedule or dispatch run on the default branch that still has an unexpired
   * baseline.
   */
  static final String FIND_BASELINE =
      String.join(
          "\n",
          "run_id=\"\"",
          "# Assignments, so a failing gh fails the step: `for id in $(gh ...)` and `if gh ... | grep -q .` would read",
          "# a failure as \"no baseline\", and this run's metrics would silently replace the baseline.",
          "ids=\"$(gh run list --repo \"$GITHUB_REPOSITORY\" --workflow "
              + FILE
              + " --branch "
              + Platform.DEFAULT_BRANCH
              + " --status success --limit 20 --json databaseId,event --jq '.[] | select(.event == \"schedule\" or .event == \"workflow_dispatch\") | .databaseId')\"",
          "for id in $ids; do",
          "  baseline=\"$(gh api \"repos/$GITHUB_REPOSITORY/actions/runs/$id/artifacts\" --jq '.artifacts[] | select(.name == \""
              + Platform.PERF_BASELINE_ARTIFACT
              + "\" and (.expired | not)) | .id')\"",
          "  if [ -n \"$baseline\" ]; then",
          "    run_id=\"$id\"",
          "    break",
          "  fi",
          "done",
          "echo \"run-id=$run_id\" >> \"$GITHUB_OUTPUT\"",
          "[ -n \"$run_id\" ] || echo \"::notice::No baseline found: this run's metrics become the baseline\"");

  /**
   * Exit 0 or 1 is a verdict; 2 or 3 means the helper could not judge, which is an error, not a
   * regression.
   */
  static final String CHECK =
      String.join(
          "\n",
          "args=(--current "
              + RESULTS
              + "/metrics.json --baseline baseline/metrics.json --output "
              + RESULTS
              + "/result.json --markdown "
              + RESULTS
              + "/regression.md)",
          "if [ \"$UPDATE\" = \"true\" ]; then args+=(--update-baseline); fi",
          "status=0",
          "scripts/ci-helper check-regression \"${args[@]}\" || status=$?",
          "if [ \"$status\" -ge 2 ]; then",
          "  echo \"::error::check-regression could not compare (exit $status)\"",
          "  exit \"$status\"",
          "fi",
          "# An assignment, so an unreadable result fails the step; `echo \"verdict=$(jq ...)\"` would pass an empty verdict.",
          "verdict=\"$(jq -r .verdict " + RESULTS + "/result.json)\"",
          "case \"$verdict\" in",
          "  pass | warn | fail) ;;",
          "  *) echo \"::error::check-regression wrote no verdict to "
              + RESULTS
              + "/result.json (got '$verdict')\"; exit 1 ;;",
          "esac",
          "echo \"verdict=$verdict\" >> \"$GITHUB_OUTPUT\"",
          "cat " + RESULTS + "/regression.md >> \"$GITHUB_STEP_SUMMARY\"");

  static final String GATE =
      String.join(
          "\n",
          "case \"$VERDICT\" in",
          "  fail) echo \"::error::Performance regression (see the job summary)\"; exit 1 ;;",
          "  warn) echo \"::warning::Latency above the warning threshold (see the job summary)\" ;;",
          "  pass) echo \"No regression\" ;;",
          "  *) echo \"::error::Unknown verdict '$VERDICT' from check-regression\"; exit 1 ;;",
          "esac");

  static final String NOTIFY =
      String.join(
          "\n",
          "const fs = require('fs');",
          "const report = fs.readFileSync(process.env.REPORT, 'utf8');",
          "const label = '" + Platform.PERF_ISSUE_LABEL + "';",
          "const run = `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}/actions/runs/${context.runId}`;",
          "const body = `${report}\\n\\nRun: ${run} (commit ${context.sha})`;",
          "const open = await github.rest.issues.listForRepo({...context.repo, state: 'open', labels: label, per_page: 1});",
          "if (open.data.length > 0) {",
          "  await github.rest.issues.update({...context.repo, issue_number: open.data[0].number, body});",
          "  await github.rest.issues.createComment({...context.repo, issue_number: open.data[0].number, body: `Still regressed: ${run}`});",
          "} else {",
          "  await github.rest.issues.create({...context.repo, title: 'Performance regression', labels: [label], body});",
          "}");
}
