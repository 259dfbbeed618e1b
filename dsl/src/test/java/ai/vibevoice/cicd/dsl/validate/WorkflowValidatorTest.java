package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static ai.vibevoice.cicd.dsl.Fixtures.workflow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.vibevoice.cicd.dsl.expr.Contexts;
import ai.vibevoice.cicd.dsl.expr.Github;
import ai.vibevoice.cicd.dsl.expr.InputRef;
import ai.vibevoice.cicd.dsl.expr.MatrixRef;
import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.job.CallJob;
import ai.vibevoice.cicd.dsl.job.Job;
import ai.vibevoice.cicd.dsl.job.MatrixAxis;
import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.job.Strategy;
import ai.vibevoice.cicd.dsl.permission.Access;
import ai.vibevoice.cicd.dsl.permission.Permissions;
import ai.vibevoice.cicd.dsl.permission.Scope;
import ai.vibevoice.cicd.dsl.step.Step;
import ai.vibevoice.cicd.dsl.step.StepProblems;
import ai.vibevoice.cicd.dsl.trigger.Push;
import ai.vibevoice.cicd.dsl.trigger.Schedule;
import ai.vibevoice.cicd.dsl.trigger.WorkflowCall;
import ai.vibevoice.cicd.dsl.trigger.WorkflowInput;
import ai.vibevoice.cicd.dsl.workflow.LocalWorkflow;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The registry as a whole: a clean workflow, cases where several rules report at once, and model
 * invariants.
 */
class WorkflowValidatorTest {

  @Test
  void accepts_a_minimal_valid_workflow() {
    assertEquals(List.of(), RuleTesting.problems(workflow(job("a").build()).build()));
  }

  @Test
  void typed_job_output_of_an_undeclared_name_fails_at_once() {
    RunJob a = job("a").build();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> a.output("nope"));
    assertEquals("job a: output 'nope' is not declared (declared: [])", e.getMessage());
  }

  @Test
  void job_names_interpolate_typed_matrix_values_and_refuse_typed_in_expressions() {
    MatrixAxis arch = MatrixAxis.of("arch", "amd64", "arm64");
    RunJob good =
        job("good")
            .name(Text.of("Build (", arch.ref(), ")"))
            .strategy(Strategy.builder().axis(arch).build())
            .build();
    RunJob typed =
        job("typed")
            .name("Build (${{ matrix.arch }})")
            .strategy(Strategy.builder().axis(arch).build())
            .build();
    RunJob undeclared =
        job("undeclared").name(Text.of("Build (", new MatrixRef("os"), ")")).build();
    assertEquals(
        List.of(
            ".github/workflows/test.yml: job typed: " + ExpressionInName.message(),
            ".github/workflows/test.yml: job undeclared: "
                + UndeclaredMatrixKey.message("matrix.os", List.of())),
        RuleTesting.problems(workflow(good, typed, undeclared).build()));
  }

  @Test
  void accepts_runner_and_steps_contexts_in_steps() {
    Step first = Step.run("echo").id("first").outputs("v").build();
    RunJob j =
        job("a")
            .step(first)
            .step(
                Step.run("x").env("T", Text.of(Contexts.runner("temp"), first.output("v"))).build())
            .build();
    assertEquals(List.of(), RuleTesting.problems(workflow(j).build()));
  }

  @Test
  void checks_call_jobs_against_the_called_workflow() {
    WorkflowInput digest = WorkflowInput.string("digest", "image digest", null).asRequired();
    Workflow callee =
        Workflow.builder("callee.yml", "Callee")
            .on(WorkflowCall.builder().input(digest).secret("token", "a token", true).build())
            .job(job("x").build())
            .build();
    CallJob call =
        Job.call("call", new LocalWorkflow(callee))
            .with("nope", "1")
            .secret("other", Contexts.secrets("X"))
            .build();
    Workflow caller = workflow(call).build();
    assertEquals(
        List.of(
            ".github/workflows/test.yml: job call: "
                + UnknownCallArgument.message("input", "nope", List.of("digest")),
            ".github/workflows/test.yml: job call: "
                + UnknownCallArgument.message("secret", "other", List.of("token")),
            ".github/workflows/test.yml: job call: "
                + MissingCallArgument.message("input", "digest"),
            ".github/workflows/test.yml: job call: "
                + MissingCallArgument.message("secret", "token")),
        RuleTesting.problems(caller, callee));
    assertEquals(
        List.of(
            ".github/workflows/test.yml: job call: " + CalleeNotGenerated.message("callee.yml")),
        RuleTesting.problems(
            workflow(
                    Job.call("call", new LocalWorkflow(callee))
                        .with("digest", "d")
                        .secret("token", Contexts.secrets("T"))
                        .build())
                .build()));
  }

  @Test
  void moves_attacker_controllable_contexts_out_of_run_scripts_into_env() {
    Step s =
        Step.run(
                Text.of(
                    "echo \"", Github.HEAD_REF, "\" \"", Github.event("pull_request.title"), "\""))
            .id("s")
            .build();
    assertEquals(
        "echo \"${EXPR_GITHUB_HEAD_REF}\" \"${EXPR_GITHUB_EVENT_PULL_REQUEST_TITLE}\"", s.run());
    assertEquals("${{ github.head_ref }}", s.env().get("EXPR_GITHUB_HEAD_REF").render());
    assertEquals(
        "${{ github.event.pull_request.title }}",
        s.env().get("EXPR_GITHUB_EVENT_PULL_REQUEST_TITLE").render());
    assertEquals(List.of(), RuleTesting.problems(workflow(job("a").step(s).build()).build()));
  }

  @Test
  void a_call_job_grants_what_the_called_jobs_need() {
    RunJob pushes = job("x").grant(Scope.PACKAGES, Access.WRITE, "push images").build();
    Workflow callee =
        Workflow.builder("callee.yml", "Callee")
            .on(WorkflowCall.builder().build())
            .job(pushes)
            .build();
    CallJob call = Job.call("call", new LocalWorkflow(callee)).build();
    assertEquals(Permissions.of(Scope.PACKAGES, Access.WRITE), call.permissions());
  }

  @Test
  void a_call_job_cannot_carry_steps_or_a_timeout_by_construction() {
    List<String> methods =
        Arrays.stream(CallJob.Builder.class.getMethods()).map(Method::getName).toList();
    assertTrue(
        methods.stream()
            .noneMatch(
                m ->
                    m.equals("timeoutMinutes")
                        || m.equals("step")
                        || m.equals("steps")
                        || m.equals("runsOn")),
        methods.toString());
    List<String> fields =
        Arrays.stream(CallJob.class.getRecordComponents()).map(c -> c.getName()).toList();
    assertTrue(
        fields.stream().noneMatch(f -> f.equals("timeoutMinutes") || f.equals("steps")),
        fields.toString());
  }

  @Test
  void collects_every_problem_before_failing() {
    RunJob bad = Job.builder("9").runsOn("ubuntu-24.04").build();
    Workflow w =
        workflow(bad, job("b").env("X", new InputRef("missing")).build())
            .on(Schedule.cron("61 * * * *"))
            .build();
    ValidationException e =
        assertThrows(ValidationException.class, () -> WorkflowValidator.check(List.of(w)));
    assertEquals(5, e.problems().size(), e.getMessage());
    assertTrue(e.getMessage().startsWith("5 problem(s) in the workflows:"), e.getMessage());
  }

  @Test
  void a_step_needs_exactly_one_of_uses_and_run() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new Step(
                    "s", null, null, null, Map.of(), null, null, null, Map.of(), null, null,
                    List.of(), List.of(), false, List.of(), Map.of()));
    assertEquals(StepProblems.usesXorRun("step s"), e.getMessage());
  }

  @Test
  void checks_expressions_typed_into_plain_strings_like_typed_ones() {
    RunJob j =
        job("a")
            .strategy(Strategy.builder().axis(MatrixAxis.of("arch", "amd64")).build())
            .step(Step.run("echo").id("probe").outputs("p99").build())
            .step(
                Step.run("echo")
                    .env("A", "${{ matrix.archh }}")
                    .env("B", "pre-${{ steps.prob.outputs.p99 }}")
                    .env("C", "${{ steps.probe.outputs.p99 }}")
                    .build())
            .build();
    assertEquals(
        List.of(
            ".github/workflows/test.yml: job a: step: "
                + UndeclaredMatrixKey.message("matrix.archh", List.of("arch")),
            ".github/workflows/test.yml: job a: step: "
                + UnknownStep.message("steps.prob.outputs.p99", "prob", List.of("probe"))),
        RuleTesting.problems(workflow(j).build()));
  }

  @Test
  void a_timeout_of_zero_minutes_is_refused_for_jobs_and_steps_and_one_minute_accepted() {
    IllegalArgumentException job =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Job.builder("a")
                    .runsOn("ubuntu-24.04")
                    .timeoutMinutes(0)
                    .step(Step.run("x").build())
                    .build());
    assertEquals("job a: timeout-minutes must be positive", job.getMessage());
    IllegalArgumentException step =
        assertThrows(
            IllegalArgumentException.class, () -> Step.run("x").id("s").timeoutMinutes(0).build());
    assertEquals("step s: timeout-minutes must be positive", step.getMessage());
    assertEquals(
        1,
        Job.builder("a")
            .runsOn("ubuntu-24.04")
            .timeoutMinutes(1)
            .step(Step.run("x").build())
            .build()
            .timeoutMinutes());
    assertEquals(1, Step.run("x").timeoutMinutes(1).build().timeoutMinutes());
  }

  @Test
  void a_filter_and_its_ignore_form_cannot_both_filter_one_event() {
    List<Executable> both =
        List.of(
            () -> Push.builder().branches("main").branchesIgnore("dev").build(),
            () -> Push.builder().tags("v*").tagsIgnore("v0*").build(),
            () -> Push.builder().paths("src/**").pathsIgnore("docs/**").build());
    assertEquals(
        List.of(
            "branches and branches-ignore cannot both filter one event; use '!' patterns in branches",
            "tags and tags-ignore cannot both filter one event; use '!' patterns in tags",
            "paths and paths-ignore cannot both filter one event; use '!' patterns in paths"),
        both.stream()
            .map(b -> assertThrows(IllegalArgumentException.class, b).getMessage())
            .toList());
    assertEquals(
        List.of("dev"),
        Push.builder()
            .branchesIgnore("dev")
            .tags("v*")
            .pathsIgnore("docs/**")
            .build()
            .filters()
            .branchesIgnore());
  }

  @Test
  void reading_an_output_outcome_or_conclusion_of_a_step_without_id_fails_at_once() {
    Step named = Step.run("x").name("Probe").outputs("v").build();
    IllegalStateException output =
        assertThrows(IllegalStateException.class, () -> named.output("v"));
    assertEquals("step 'Probe': give the step an id to read its output v", output.getMessage());
    IllegalStateException outcome =
        assertThrows(IllegalStateException.class, () -> Step.run("x").build().outcome());
    assertEquals("step: give the step an id to read its outcome", outcome.getMessage());
    assertThrows(IllegalStateException.class, () -> Step.run("x").build().conclusion());
    assertEquals("steps.s.conclusion", Step.run("x").id("s").build().conclusion().text());
  }
}
