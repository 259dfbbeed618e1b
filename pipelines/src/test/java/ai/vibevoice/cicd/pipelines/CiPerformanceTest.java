package ai.vibevoice.cicd.pipelines;

import static ai.vibevoice.cicd.pipelines.Model.assertGrants;
import static ai.vibevoice.cicd.pipelines.Model.condition;
import static ai.vibevoice.cicd.pipelines.Model.indexOf;
import static ai.vibevoice.cicd.pipelines.Model.onlyUse;
import static ai.vibevoice.cicd.pipelines.Model.runJob;
import static ai.vibevoice.cicd.pipelines.Model.runs;
import static ai.vibevoice.cicd.pipelines.Model.useWith;
import static ai.vibevoice.cicd.pipelines.Model.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.permission.Access;
import ai.vibevoice.cicd.dsl.permission.Scope;
import ai.vibevoice.cicd.dsl.step.Step;
import ai.vibevoice.cicd.dsl.trigger.Schedule;
import ai.vibevoice.cicd.dsl.trigger.WorkflowDispatch;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ci-performance.yml against R5 and R6, on the model. */
class CiPerformanceTest {
  final Workflow w = new CiPerformance().workflow();
  final RunJob bench = runJob(w, "benchmark");

  @Test
  void r5_1_runs_nightly_at_two_utc_and_by_hand_with_inputs() {
    assertEquals(List.of("0 2 * * *"), w.trigger(Schedule.class).orElseThrow().crons());
    assertEquals(
        List.of("duration", "rate", "update-baseline", "image"),
        w.trigger(WorkflowDispatch.class).orElseThrow().inputs().stream()
            .map(i -> i.name())
            .toList());
  }

  @Test
  void r5_2_starts_the_tts_service_on_a_configurable_runner_from_a_digest_resolved_once() {
    assertEquals(
        "${{ vars.PERF_RUNNER || 'ubuntu-24.04' }}", bench.runsOn().labels().get(0).render());
    // PERF_RUNNER may be a self-hosted machine: its directories are not the job's to delete.
    assertEquals(
        "runner.environment == 'github-hosted'", runs(bench, "sudo rm -rf").ifCondition().text());
    Step resolve = runs(bench, "docker buildx imagetools inspect");
    Step start = runs(bench, "docker compose up --detach --no-build --pull never tts");
    assertTrue(
        resolve.run().contains("echo \"TTS_IMAGE=$name@$digest\""),
        "the resolved digest is what Compose starts");
    assertTrue(indexOf(bench, resolve) < indexOf(bench, start));
    Step files = runs(bench, "COMPOSE_FILE=");
    assertTrue(
        files
            .run()
            .contains(
                "if [ -z \"${VARS_PERF_RUNNER}\" ]; then files+=("
                    + Platform.COMPOSE_CPU_OVERRIDE
                    + "); fi"),
        "hosted runners run on CPU: " + files.run());
  }

  @Test
  void r5_3_and_r5_4_runs_the_load_test_helper_recording_the_image() {
    Step load = runs(bench, "scripts/ci-helper load-test");
    assertTrue(
        load.run().contains("--image \"$IMAGE_REF\"")
            && load.run().contains("--output perf/metrics.json"),
        load.run());
    assertTrue(load.run().contains("--warmup"), load.run());
  }

  @Test
  void r5_5_uploads_metrics_and_reports_even_when_the_check_fails() {
    Step upload = useWith(bench, "actions/upload-artifact", "path", "perf/");
    assertEquals("always()", condition(upload));
    assertEquals("90", with(upload, "retention-days"));
  }

  @Test
  void r6_1_downloads_the_baseline_of_the_last_successful_default_branch_run() {
    Step find = runs(bench, "gh run list");
    assertTrue(find.run().contains("--branch main --status success"), find.run());
    assertTrue(
        find.run().contains("select(.event == \"schedule\" or .event == \"workflow_dispatch\")"),
        "never pull-request runs");
    Step download =
        useWith(bench, "actions/download-artifact", "name", Platform.PERF_BASELINE_ARTIFACT);
    assertEquals("${{ steps.baseline-run.outputs.run-id }}", with(download, "run-id"));
    assertGrants(bench, Scope.ACTIONS, Access.READ);
  }

  @Test
  void r6_2_and_r6_3_warns_or_fails_per_the_verdict_and_a_helper_crash_is_an_error() {
    Step check = runs(bench, "scripts/ci-helper check-regression");
    assertTrue(check.run().contains("if [ \"$status\" -ge 2 ]"), "exit 2 or 3 is not a verdict");
    Step gate = runs(bench, "case \"$VERDICT\" in");
    assertTrue(
        gate.run().contains("fail) echo \"::error::")
            && gate.run().contains("warn) echo \"::warning::"));
  }

  @Test
  void r6_4_opens_or_updates_one_issue() {
    RunJob notify = runJob(w, "notify");
    assertEquals(
        "always() && needs.benchmark.outputs.verdict == 'fail'", notify.ifCondition().text());
    Step script = onlyUse(notify, "actions/github-script");
    String js = with(script, "script");
    assertTrue(
        js.contains("issues.listForRepo")
            && js.contains("issues.update")
            && js.contains("issues.create"),
        js);
    // Scheduled and dispatched runs have no open pull request to comment on.
    assertFalse(js.contains("listPullRequestsAssociatedWithCommit"), js);
    assertGrants(notify, Scope.ISSUES, Access.WRITE);
    assertGrants(notify, Scope.PULL_REQUESTS, Access.NONE);
    assertGrants(bench, Scope.ISSUES, Access.NONE);
  }

  @Test
  void r6_5_missing_baseline_becomes_the_current_metrics_and_is_kept_alive() {
    Step keep = useWith(bench, "actions/upload-artifact", "name", Platform.PERF_BASELINE_ARTIFACT);
    assertEquals("baseline/metrics.json", with(keep, "path"));
    assertEquals(
        "github.ref == 'refs/heads/main' && (github.event_name == 'schedule' || inputs.update-baseline == true"
            + " || steps.baseline-run.outputs.run-id == '') && steps.check.outputs.verdict != 'fail'"
            // A dispatch with its own rate measured another load: never the nightly's baseline.
            + " && (inputs.rate || '') == ''",
        condition(keep),
        "the first baseline of a manual run is kept too");
    assertEquals("90", with(keep, "retention-days"));
  }
}
