package ai.vibevoice.cicd.dsl.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.vibevoice.cicd.dsl.actions.BuildPush;
import ai.vibevoice.cicd.dsl.actions.Cache;
import ai.vibevoice.cicd.dsl.actions.SetupPython;
import ai.vibevoice.cicd.dsl.expr.Contexts;
import ai.vibevoice.cicd.dsl.expr.Expr;
import ai.vibevoice.cicd.dsl.expr.Github;
import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.job.CallJob;
import ai.vibevoice.cicd.dsl.job.Job;
import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.permission.Access;
import ai.vibevoice.cicd.dsl.permission.Scope;
import ai.vibevoice.cicd.dsl.plan.Plan.JobPlan;
import ai.vibevoice.cicd.dsl.plan.Plan.WorkflowPlan;
import ai.vibevoice.cicd.dsl.step.InputRole;
import ai.vibevoice.cicd.dsl.step.RawUses;
import ai.vibevoice.cicd.dsl.step.Step;
import ai.vibevoice.cicd.dsl.trigger.PullRequest;
import ai.vibevoice.cicd.dsl.trigger.Push;
import ai.vibevoice.cicd.dsl.trigger.WorkflowCall;
import ai.vibevoice.cicd.dsl.workflow.LocalWorkflow;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The planner over small workflows: outcomes, reusable workflows, grants, secrets and the longest
 * path.
 */
class PlannerTest {
  private static RunJob job(String id, int minutes, Job... needs) {
    return Job.builder(id)
        .runsOn("ubuntu-24.04")
        .timeoutMinutes(minutes)
        .needs(needs)
        .step(Step.run("echo " + id).name("Say " + id))
        .build();
  }

  private static Workflow callee() {
    RunJob publish =
        Job.builder("publish")
            .runsOn("ubuntu-24.04")
            .timeoutMinutes(10)
            .step(
                Step.run("publish")
                    .name("Publish")
                    .requires(Scope.PACKAGES, Access.WRITE, "pushes the image")
                    .env("TOKEN", Contexts.secrets("REGISTRY_TOKEN"))
                    .env("OTHER", Contexts.secrets("NOT_PASSED")))
            .build();
    RunJob check =
        Job.builder("check")
            .runsOn("ubuntu-24.04")
            .timeoutMinutes(5)
            .step(
                Step.run("read")
                    .name("Read")
                    .requires(Scope.CONTENTS, Access.READ, "reads the repository"))
            .build();
    return Workflow.builder("publish.yml", "Publish")
        .on(WorkflowCall.builder().secret("REGISTRY_TOKEN", "registry", true).build())
        .jobs(publish, check)
        .build();
  }

  private static Workflow caller() {
    RunJob build = job("build", 30);
    CallJob publish =
        Job.call("publish", new LocalWorkflow(callee()))
            .needs(build)
            .grant(Scope.CONTENTS, Access.READ, "the caller grants contents too")
            .secret("REGISTRY_TOKEN", Contexts.secrets("REGISTRY_TOKEN"))
            .ifCondition(Github.onBranch("main"))
            .build();
    RunJob lint = job("lint", 5);
    return Workflow.builder("ci.yml", "CI")
        .on(Push.builder().branches("main", "feature/**").build(), PullRequest.any())
        .jobs(build, publish, lint)
        .build();
  }

  @Test
  void a_workflow_starts_with_the_filter_that_matched_as_its_reason() {
    // https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#onpushbranchestagsbranches-ignoretags-ignore
    WorkflowPlan w =
        Planner.plan(Event.push("refs/heads/feature/x"), List.of(caller())).workflows().get(0);
    assertEquals(Outcome.RUN, w.outcome());
    assertTrue(w.reason().contains("matches 'feature/**'"), w.reason());
    WorkflowPlan tag =
        Planner.plan(Event.push("refs/tags/v1.2.3"), List.of(caller())).workflows().get(0);
    assertEquals(Outcome.SKIPPED, tag.outcome());
  }

  @Test
  void cache_writes_come_from_the_input_roles_of_the_steps_actions() {
    RunJob writes =
        Job.builder("writes")
            .runsOn("ubuntu-24.04")
            .timeoutMinutes(5)
            .step(Cache.builder(Text.of("k"), Text.of("~/.cache")).build())
            .step(SetupPython.builder().cache(SetupPython.PackageManager.PIP).build())
            .step(BuildPush.builder().cacheTo("type=registry,ref=ghcr.io/o/r:cache").build())
            .step(BuildPush.builder().cacheTo("type=gha").build())
            .step(
                Step.uses(new RawUses("./.github/actions/warm"))
                    .with("cache", "true")
                    .inputRole("cache", InputRole.ENABLES_CACHE))
            .step(SetupPython.builder().build())
            .step(Step.uses(new RawUses("./.github/actions/other")).with("cache", "true"))
            .build();
    Workflow w = Workflow.builder("c.yml", "C").on(Push.any()).jobs(writes).build();
    String scope = "actions cache, scope refs/heads/main";
    assertEquals(
        List.of(
            scope,
            scope + " (actions/setup-python)",
            "registry cache (shared by every ref): type=registry,ref=ghcr.io/o/r:cache",
            scope,
            scope + " (./.github/actions/warm)"),
        Planner.plan(Event.push("refs/heads/main"), List.of(w))
            .workflows()
            .get(0)
            .jobs()
            .get(0)
            .cacheWrites());
  }

  @Test
  void a_secret_written_into_a_plain_string_is_read_like_a_typed_one() {
    RunJob j =
        Job.builder("pat")
            .runsOn("ubuntu-24.04")
            .timeoutMinutes(5)
            .step(
                Step.uses(new RawUses("./.github/actions/clone"))
                    .with("token", "${{ secrets.PAT }}")
                    .env("TYPED", Contexts.secrets("TYPED")))
            .build();
    Workflow w = Workflow.builder("p.yml", "P").on(Push.any()).jobs(j).build();
    assertEquals(
        List.of("GITHUB_TOKEN", "PAT", "TYPED"),
        Planner.plan(Event.push("refs/heads/main"), List.of(w))
            .workflows()
            .get(0)
            .jobs()
            .get(0)
            .secrets());
  }

  @Test
  void a_calling_job_names_the_secrets_it_passes() {
    assertEquals(
        List.of("REGISTRY_TOKEN"), List.copyOf(Planner.referencedSecrets(caller().jobs().get(1))));
  }

  @Test
  void a_called_workflow_is_expanded_under_its_calling_job() {
    // https://docs.github.com/en/actions/how-tos/reuse-automations/reuse-workflows: the called
    // workflow's jobs
    // run as part of the caller's run, after the jobs the calling job needs
    WorkflowPlan w =
        Planner.plan(Event.push("refs/heads/main"), List.of(caller())).workflows().get(0);
    JobPlan inner = w.job("publish/publish").orElseThrow();
    assertEquals("publish", inner.calledBy());
    assertEquals(Outcome.RUN, inner.outcome());
    assertEquals(List.of("build"), inner.needs());
  }

  @Test
  void a_called_job_gets_the_callers_grant_intersected_with_what_it_asks() {
    // https://docs.github.com/en/actions/how-tos/reuse-automations/reuse-workflows#supported-keywords-for-jobs-that-call-a-reusable-workflow
    // "The GITHUB_TOKEN permissions passed from the caller workflow can be only downgraded by the
    // called workflow."
    WorkflowPlan w =
        Planner.plan(Event.push("refs/heads/main"), List.of(caller())).workflows().get(0);
    assertEquals(
        Map.of("contents", "read", "packages", "write"),
        w.job("publish").orElseThrow().permissions());
    assertEquals(Map.of("packages", "write"), w.job("publish/publish").orElseThrow().permissions());
    assertEquals(Map.of("contents", "read"), w.job("publish/check").orElseThrow().permissions());
  }

  @Test
  void a_called_job_reads_only_the_secrets_the_caller_passes() {
    // https://docs.github.com/en/actions/how-tos/reuse-automations/reuse-workflows#passing-inputs-and-secrets-to-a-reusable-workflow
    // a called workflow receives only the secrets its caller passes (or all with secrets: inherit)
    WorkflowPlan w =
        Planner.plan(Event.push("refs/heads/main"), List.of(caller())).workflows().get(0);
    assertEquals(
        List.of("GITHUB_TOKEN", "REGISTRY_TOKEN"),
        w.job("publish/publish").orElseThrow().secrets());
  }

  @Test
  void a_skipped_calling_job_skips_the_called_jobs() {
    // https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#jobsjob_idif
    // a job whose if is false is skipped, and so is everything it would run
    WorkflowPlan w = Planner.plan(Event.pullRequest("main"), List.of(caller())).workflows().get(0);
    assertEquals(Outcome.SKIPPED, w.job("publish").orElseThrow().outcome());
    assertEquals(Outcome.SKIPPED, w.job("publish/publish").orElseThrow().outcome());
    assertEquals(
        "github.ref == 'refs/heads/main'", w.job("publish").orElseThrow().condition().text());
  }

  @Test
  void a_job_needing_a_skipped_job_is_skipped_unless_its_condition_says_always() {
    // https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#jobsjob_idneeds
    // "If a job fails or is skipped, all jobs that need it are skipped unless the jobs use a
    // conditional expression"
    RunJob first =
        Job.builder("first")
            .runsOn("ubuntu-24.04")
            .ifCondition(Github.eventIs("schedule"))
            .step(Step.run("x").name("X"))
            .build();
    RunJob then = job("then", 5, first);
    RunJob report =
        Job.builder("report")
            .runsOn("ubuntu-24.04")
            .needs(first)
            .ifCondition(Expr.raw("always()"))
            .step(Step.run("y").name("Y"))
            .build();
    Workflow w = Workflow.builder("w.yml", "W").on(Push.any()).jobs(first, then, report).build();
    WorkflowPlan p = Planner.plan(Event.push("refs/heads/main"), List.of(w)).workflows().get(0);
    assertEquals(Outcome.SKIPPED, p.job("then").orElseThrow().outcome());
    assertEquals(Outcome.RUN, p.job("report").orElseThrow().outcome());
    assertNull(p.job("then").orElseThrow().condition());
  }

  @Test
  void a_condition_on_something_only_the_run_knows_depends_on_the_run() {
    // https://docs.github.com/en/actions/reference/workflows-and-actions/contexts#vars-context
    RunJob gated =
        Job.builder("gated")
            .runsOn("ubuntu-24.04")
            .ifCondition(Contexts.vars("ENABLED").eq("true"))
            .step(Step.run("x").name("X"))
            .build();
    Workflow w = Workflow.builder("w.yml", "W").on(Push.any()).jobs(gated).build();
    JobPlan j =
        Planner.plan(Event.push("refs/heads/main"), List.of(w))
            .workflows()
            .get(0)
            .job("gated")
            .orElseThrow();
    assertEquals(Outcome.DEPENDS_ON_RUNTIME, j.outcome());
    assertEquals(List.of("vars.ENABLED"), j.condition().unknowns());
  }

  @Test
  void the_longest_path_follows_needs_by_timeout_minutes() {
    // https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#jobsjob_idtimeout-minutes
    // "The maximum number of minutes to let a job run before GitHub automatically cancels it.
    // Default: 360"
    WorkflowPlan w =
        Planner.plan(Event.push("refs/heads/main"), List.of(caller())).workflows().get(0);
    assertEquals(List.of("build", "publish/publish", "publish"), w.longestPath());
    assertEquals(40, w.longestMinutes());
  }

  @Test
  void the_renderers_name_every_started_workflow_and_job() {
    Plan plan = Planner.plan(Event.push("refs/heads/main"), List.of(caller()));
    assertTrue(PlanRenderer.text(plan).contains("runs publish/publish"));
    assertTrue(
        PlanRenderer.markdown(plan).contains("| `publish/publish` publish | runs |"),
        PlanRenderer.markdown(plan));
    assertTrue(PlanRenderer.json(plan).contains("\"id\" : \"publish/publish\""));
  }
}
