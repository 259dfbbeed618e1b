package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static ai.vibevoice.cicd.dsl.Fixtures.workflow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.vibevoice.cicd.dsl.Fixtures;
import ai.vibevoice.cicd.dsl.expr.Contexts;
import ai.vibevoice.cicd.dsl.expr.Github;
import ai.vibevoice.cicd.dsl.expr.InputRef;
import ai.vibevoice.cicd.dsl.expr.JobRef;
import ai.vibevoice.cicd.dsl.expr.MatrixRef;
import ai.vibevoice.cicd.dsl.expr.StepRef;
import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.job.CallJob;
import ai.vibevoice.cicd.dsl.job.Job;
import ai.vibevoice.cicd.dsl.job.LocalWorkflow;
import ai.vibevoice.cicd.dsl.job.MatrixAxis;
import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.job.Strategy;
import ai.vibevoice.cicd.dsl.permission.Access;
import ai.vibevoice.cicd.dsl.permission.Permissions;
import ai.vibevoice.cicd.dsl.permission.Scope;
import ai.vibevoice.cicd.dsl.step.Step;
import ai.vibevoice.cicd.dsl.trigger.PullRequest;
import ai.vibevoice.cicd.dsl.trigger.PullRequestTarget;
import ai.vibevoice.cicd.dsl.trigger.Schedule;
import ai.vibevoice.cicd.dsl.trigger.WorkflowCall;
import ai.vibevoice.cicd.dsl.trigger.WorkflowInput;
import ai.vibevoice.cicd.dsl.trigger.WorkflowRun;
import ai.vibevoice.cicd.dsl.workflow.Concurrency;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import ai.vibevoice.cicd.dsl.job.Container;
import ai.vibevoice.cicd.dsl.job.RunsOn;
import ai.vibevoice.cicd.dsl.trigger.Push;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkflowValidatorTest {

  private static List<String> problems(Workflow... workflows) {
    return WorkflowValidator.validate(List.of(workflows)).stream().map(Problem::toString).toList();
  }

  private static void assertOnly(String expected, Workflow... workflows) {
    assertEquals(List.of(expected), problems(workflows));
  }

  @Test
  void accepts_a_minimal_valid_workflow() {
    assertEquals(List.of(), problems(workflow(job("a").build()).build()));
  }

  @Test
  void rejects_invalid_job_id() {
    assertOnly(".github/workflows/test.yml: job 1st: " + InvalidJobId.message("1st"),
        workflow(job("1st").build()).build());
  }

  @Test
  void rejects_duplicate_job_ids() {
    assertOnly(".github/workflows/test.yml: job a: " + DuplicateJobId.message("a"),
        workflow(job("a").build(), job("a").build()).build());
  }

  @Test
  void rejects_duplicate_step_ids() {
    RunJob j = job("a").step(Step.run("x").id("s").build()).step(Step.run("y").id("s").build()).build();
    assertOnly(".github/workflows/test.yml: job a: step s: " + DuplicateStepId.message("s"), workflow(j).build());
  }

  @Test
  void rejects_needs_naming_a_missing_job() {
    RunJob elsewhere = job("elsewhere").build();
    assertOnly(".github/workflows/test.yml: job a: " + NeedsMissingJob.message("elsewhere"),
        workflow(job("a").needs(elsewhere).build()).build());
  }

  @Test
  void rejects_needs_cycle() {
    RunJob a = job("a").build();
    RunJob b = job("b").needs(a).build();
    RunJob c = job("c").needs(b).build();
    RunJob aCyclic = a.toBuilder().needs(c).build();
    assertOnly(".github/workflows/test.yml: job a: " + NeedsCycle.message(List.of("a", "c", "b", "a")),
        workflow(aCyclic, b, c).build());
  }

  @Test
  void rejects_a_job_without_steps() {
    RunJob empty = Job.builder("a").runsOn("ubuntu-24.04").timeoutMinutes(5).build();
    assertOnly(".github/workflows/test.yml: job a: " + NoSteps.message(), workflow(empty).build());
  }

  @Test
  void rejects_a_job_without_timeout() {
    RunJob j = Job.builder("a").runsOn("ubuntu-24.04").step(Step.run("x").build()).build();
    assertOnly(".github/workflows/test.yml: job a: " + NoTimeout.message(), workflow(j).build());
  }

  @Test
  void rejects_job_output_read_without_needs() {
    RunJob a = job("a").output("digest", Text.of("x")).build();
    RunJob b = job("b").env("D", a.output("digest")).build();
    assertOnly(".github/workflows/test.yml: job b: "
        + JobOutputNotNeeded.message("needs.a.outputs.digest", "a"), workflow(a, b).build());
  }

  @Test
  void rejects_undeclared_job_output() {
    RunJob a = job("a").build();
    RunJob b = job("b").needs(a).env("D", new JobRef(JobRef.Scope.NEEDS, "a", "digest")).build();
    assertOnly(".github/workflows/test.yml: job b: "
        + UndeclaredJobOutput.message("needs.a.outputs.digest", "a", List.of()), workflow(a, b).build());
  }

  @Test
  void typed_job_output_of_an_undeclared_name_fails_at_once() {
    RunJob a = job("a").build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.output("nope"));
    assertEquals("job a: output 'nope' is not declared (declared: [])", e.getMessage());
  }

  @Test
  void rejects_undeclared_step_output_and_unknown_step() {
    Step s = Step.run("echo").id("s").build();
    RunJob j = job("a").step(s)
        .step(Step.run("x").id("t").env("V", new StepRef("s", StepRef.Property.OUTPUT, "nope")).build())
        .step(Step.run("y").id("u").env("W", new StepRef("later", StepRef.Property.OUTCOME, null)).build())
        .step(Step.run("z").id("later").build())
        .build();
    assertEquals(List.of(
        ".github/workflows/test.yml: job a: step t: " + UndeclaredStepOutput.message("steps.s.outputs.nope", "s", List.of()),
        ".github/workflows/test.yml: job a: step u: " + UnknownStep.message("steps.later.outcome", "later")),
        problems(workflow(j).build()));
  }

  @Test
  void rejects_matrix_reference_to_undeclared_axis() {
    RunJob j = job("a").strategy(Strategy.builder().axis(MatrixAxis.of("os", "x")).build())
        .env("A", new MatrixRef("arch")).build();
    assertOnly(".github/workflows/test.yml: job a: " + UndeclaredMatrixKey.message("matrix.arch", List.of("os")),
        workflow(j).build());
  }

  @Test
  void rejects_a_context_where_github_does_not_provide_it() {
    RunJob j = job("a")
        .env("JAR", Text.of(ai.vibevoice.cicd.dsl.expr.Contexts.runner("temp"), "/x.jar"))
        .ifCondition(new MatrixRef("os").eq("linux"))
        .strategy(Strategy.builder().axis(MatrixAxis.of("os", "linux")).build())
        .build();
    assertEquals(List.of(
        ".github/workflows/test.yml: job a: " + ContextNotAvailable.message("matrix.os", "matrix", "the job's if",
            List.of("github", "needs", "vars", "inputs")),
        ".github/workflows/test.yml: job a: " + ContextNotAvailable.message("runner.temp", "runner", "the job's env",
            List.of("github", "needs", "strategy", "matrix", "vars", "secrets", "inputs"))),
        problems(workflow(j).build()));
  }

  @Test
  void job_names_interpolate_typed_matrix_values_and_refuse_typed_in_expressions() {
    MatrixAxis arch = MatrixAxis.of("arch", "amd64", "arm64");
    RunJob good = job("good").name(Text.of("Build (", arch.ref(), ")"))
        .strategy(Strategy.builder().axis(arch).build()).build();
    RunJob typed = job("typed").name("Build (${{ matrix.arch }})")
        .strategy(Strategy.builder().axis(arch).build()).build();
    RunJob undeclared = job("undeclared").name(Text.of("Build (", new MatrixRef("os"), ")")).build();
    assertEquals(List.of(
        ".github/workflows/test.yml: job typed: " + ExpressionInName.message(),
        ".github/workflows/test.yml: job undeclared: " + UndeclaredMatrixKey.message("matrix.os", List.of())),
        problems(workflow(good, typed, undeclared).build()));
  }

  @Test
  void rejects_an_expression_typed_into_a_step_name() {
    RunJob j = job("a").step(Step.run("make").name("Build ${{ matrix.os }}").build()).build();
    assertOnly(".github/workflows/test.yml: job a: step 'Build ${{ matrix.os }}': " + ExpressionInStepName.message(),
        workflow(j).build());
  }

  @Test
  void accepts_runner_and_steps_contexts_in_steps() {
    Step first = Step.run("echo").id("first").outputs("v").build();
    RunJob j = job("a").step(first)
        .step(Step.run("x").env("T", Text.of(ai.vibevoice.cicd.dsl.expr.Contexts.runner("temp"), first.output("v"))).build())
        .build();
    assertEquals(List.of(), problems(workflow(j).build()));
  }

  @Test
  void rejects_undeclared_input() {
    RunJob j = job("a").env("D", new InputRef("duration")).build();
    assertOnly(".github/workflows/test.yml: job a: " + UndeclaredInput.message("inputs.duration", List.of()),
        workflow(j).build());
  }

  @Test
  void rejects_invalid_cron() {
    Workflow w = workflow(job("a").build()).on(Schedule.cron("0 25 * * *")).build();
    assertOnly(".github/workflows/test.yml: "
        + InvalidCron.message("cron '0 25 * * *': hour field: '25' is not a value from 0 to 23"), w);
  }

  @Test
  void rejects_workflow_run_naming_a_workflow_not_generated() {
    Workflow w = workflow(job("a").build()).on(WorkflowRun.completed(List.of("Build"))).build();
    assertOnly(".github/workflows/test.yml: " + UnknownWorkflowRun.message("Build", List.of("Test")), w);
  }

  @Test
  void rejects_expression_text_spliced_into_a_script() {
    RunJob j = job("a").step(Step.run("echo ${{ github.head_ref }}").id("s").build()).build();
    assertOnly(".github/workflows/test.yml: job a: step s: " + ExpressionInScript.message(), workflow(j).build());
  }

  @Test
  void rejects_trailing_white_space_in_a_multi_line_script() {
    RunJob j = job("a").step(Step.run("echo a \necho b").id("s").build()).build();
    assertOnly(".github/workflows/test.yml: job a: step s: " + TrailingWhitespace.message(1), workflow(j).build());
  }

  @Test
  void rejects_write_permissions_at_workflow_level() {
    Workflow w = workflow(job("a").build()).permissions(Permissions.of(Scope.PACKAGES, Access.WRITE)).build();
    assertOnly(".github/workflows/test.yml: " + TopLevelWrite.message("packages"), w);
  }

  @Test
  void rejects_pull_request_target_without_opt_in_and_accepts_it_with_a_reason() {
    PullRequestTarget t = new PullRequestTarget(List.of(), ai.vibevoice.cicd.dsl.trigger.Filters.NONE);
    assertOnly(".github/workflows/test.yml: " + PullRequestTargetWithoutOptIn.message(),
        workflow(job("a").build()).on(t).build());
    assertEquals(List.of(), problems(workflow(job("a").build()).on(t)
        .allowPullRequestTarget("labels pull requests; never checks out their code").build()));
  }

  @Test
  void rejects_pull_request_workflow_without_cancelling_concurrency() {
    Workflow w = workflow(job("a").build()).on(PullRequest.any()).build();
    assertOnly(".github/workflows/test.yml: " + PullRequestWithoutConcurrency.message(), w);
    Workflow notCancelling = w.toBuilder().concurrency(Concurrency.of(Text.of(Github.REF), false)).build();
    assertOnly(".github/workflows/test.yml: " + PullRequestWithoutConcurrency.message(), notCancelling);
    Workflow ok = w.toBuilder().concurrency(Concurrency.of(Text.of(Github.REF), true)).build();
    assertEquals(List.of(), problems(ok));
  }

  @Test
  void rejects_checkout_that_persists_credentials_unless_the_step_pushes() {
    RunJob j = job("a").step(Step.uses(Fixtures.CHECKOUT).id("co").build()).build();
    assertOnly(".github/workflows/test.yml: job a: step co: " + CheckoutPersistsCredentials.message(), workflow(j).build());
    RunJob pushing = job("a").step(Step.uses(Fixtures.CHECKOUT).id("co").pushes().build()).build();
    assertEquals(List.of(), problems(workflow(pushing).build()));
  }

  @Test
  void rejects_artifact_names_that_collide_across_matrix_legs() {
    MatrixAxis service = MatrixAxis.of("service", "tts", "agent");
    MatrixAxis arch = MatrixAxis.of("arch", "amd64", "arm64");
    Strategy s = Strategy.builder().axis(service).axis(arch).build();
    RunJob j = job("a").strategy(s)
        .step(Step.uses(Fixtures.UPLOAD).id("up").with("name", Text.of("sbom-", service.ref())).with("path", "x").build())
        .build();
    assertOnly(".github/workflows/test.yml: job a: step up: "
        + ArtifactNameCollides.message("sbom-${{ matrix.service }}", List.of("service", "arch")), workflow(j).build());
    RunJob ok = job("a").strategy(s)
        .step(Step.uses(Fixtures.UPLOAD).with("name", Text.of("sbom-", service.ref(), "-", arch.ref())).with("path", "x").build())
        .build();
    assertEquals(List.of(), problems(workflow(ok).build()));
  }

  @Test
  void checks_call_jobs_against_the_called_workflow() {
    WorkflowInput digest = WorkflowInput.string("digest", "image digest", null).asRequired();
    Workflow callee = Workflow.builder("callee.yml", "Callee")
        .on(WorkflowCall.builder().input(digest).secret("token", "a token", true).build())
        .job(job("x").build()).build();
    CallJob call = Job.call("call", new LocalWorkflow(callee)).with("nope", "1").secret("other", Contexts.secrets("X")).build();
    Workflow caller = workflow(call).build();
    assertEquals(List.of(
        ".github/workflows/test.yml: job call: " + UnknownCallInput.message("nope", List.of("digest")),
        ".github/workflows/test.yml: job call: " + MissingCallInput.message("digest"),
        ".github/workflows/test.yml: job call: " + UnknownCallSecret.message("other", List.of("token")),
        ".github/workflows/test.yml: job call: " + MissingCallSecret.message("token")),
        problems(caller, callee));
    assertEquals(List.of(".github/workflows/test.yml: job call: " + CalleeNotGenerated.message("callee.yml")),
        problems(workflow(Job.call("call", new LocalWorkflow(callee)).with("digest", "d")
            .secret("token", Contexts.secrets("T")).build()).build()));
  }

  @Test
  void moves_attacker_controllable_contexts_out_of_run_scripts_into_env() {
    Step s = Step.run(Text.of("echo \"", Github.HEAD_REF, "\" \"", Github.event("pull_request.title"), "\"")).id("s").build();
    assertEquals("echo \"${EXPR_GITHUB_HEAD_REF}\" \"${EXPR_GITHUB_EVENT_PULL_REQUEST_TITLE}\"", s.run());
    assertEquals("${{ github.head_ref }}", s.env().get("EXPR_GITHUB_HEAD_REF").render());
    assertEquals("${{ github.event.pull_request.title }}", s.env().get("EXPR_GITHUB_EVENT_PULL_REQUEST_TITLE").render());
    assertEquals(List.of(), problems(workflow(job("a").step(s).build()).build()));
  }

  @Test
  void rejects_untrusted_expressions_in_a_github_script() {
    ai.vibevoice.cicd.dsl.action.ActionRef script = new ai.vibevoice.cicd.dsl.action.ActionRef(
        "actions/github-script", null, "ed597411d8f924073f98dfc5c65a23a2325f34cd", "v8.0.0");
    RunJob j = job("a").step(Step.uses(script).id("gs")
        .with("script", Text.of("core.info('", Github.event("issue.title"), "')")).build()).build();
    assertOnly(".github/workflows/test.yml: job a: step gs: " + UntrustedInScriptInput.message("github.event.issue.title"),
        workflow(j).build());
  }

  @Test
  void secrets_inherit_needs_a_reason() {
    Workflow callee = Workflow.builder("callee.yml", "Callee").on(WorkflowCall.builder().build()).job(job("x").build()).build();
    CallJob blank = Job.call("call", new LocalWorkflow(callee)).secretsInherit(" ").build();
    assertOnly(".github/workflows/test.yml: job call: " + SecretsInheritWithoutOptIn.message(), workflow(blank).build(), callee);
    assertThrows(NullPointerException.class, () -> Job.call("call", new LocalWorkflow(callee)).secretsInherit(null));
  }

  @Test
  void a_call_job_grants_what_the_called_jobs_need() {
    RunJob pushes = job("x").grant(Scope.PACKAGES, Access.WRITE, "push images").build();
    Workflow callee = Workflow.builder("callee.yml", "Callee").on(WorkflowCall.builder().build()).job(pushes).build();
    CallJob call = Job.call("call", new LocalWorkflow(callee)).build();
    assertEquals(Permissions.of(Scope.PACKAGES, Access.WRITE), call.permissions());
  }

  @Test
  void a_call_job_cannot_carry_steps_or_a_timeout_by_construction() {
    List<String> methods = java.util.Arrays.stream(CallJob.Builder.class.getMethods()).map(java.lang.reflect.Method::getName).toList();
    assertTrue(methods.stream().noneMatch(m -> m.equals("timeoutMinutes") || m.equals("step") || m.equals("steps")
        || m.equals("runsOn")), methods.toString());
    List<String> fields = java.util.Arrays.stream(CallJob.class.getRecordComponents()).map(c -> c.getName()).toList();
    assertTrue(fields.stream().noneMatch(f -> f.equals("timeoutMinutes") || f.equals("steps")), fields.toString());
  }

  @Test
  void collects_every_problem_before_failing() {
    RunJob bad = Job.builder("9").runsOn("ubuntu-24.04").build();
    Workflow w = workflow(bad, job("b").env("X", new InputRef("missing")).build())
        .on(Schedule.cron("61 * * * *")).build();
    ValidationException e = assertThrows(ValidationException.class, () -> WorkflowValidator.check(List.of(w)));
    assertEquals(5, e.problems().size(), e.getMessage());
    assertTrue(e.getMessage().startsWith("5 problem(s) in the workflows:"), e.getMessage());
  }

  @Test
  void a_step_needs_exactly_one_of_uses_and_run() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Step("s", null, null, null, java.util.Map.of(), null, null, null, java.util.Map.of(),
            null, null, List.of(), List.of(), false, List.of()));
    assertEquals(ai.vibevoice.cicd.dsl.step.StepProblems.usesXorRun("step s"), e.getMessage());
  }

  @Test
  void checks_expressions_typed_into_plain_strings_like_typed_ones() {
    RunJob j = job("a").strategy(Strategy.builder().axis(MatrixAxis.of("arch", "amd64")).build())
        .step(Step.run("echo").id("probe").outputs("p99").build())
        .step(Step.run("echo")
            .env("A", "${{ matrix.archh }}")
            .env("B", "pre-${{ steps.prob.outputs.p99 }}")
            .env("C", "${{ steps.probe.outputs.p99 }}")
            .build())
        .build();
    assertEquals(List.of(
        ".github/workflows/test.yml: job a: step: " + UndeclaredMatrixKey.message("matrix.archh", List.of("arch")),
        ".github/workflows/test.yml: job a: step: " + UnknownStep.message("steps.prob.outputs.p99", "prob")),
        problems(workflow(j).build()));
  }

  @Test
  void reports_an_expression_that_does_not_parse_with_its_position() {
    RunJob j = job("a").env("X", "v-${{ github.sha == }}").build();
    assertOnly(".github/workflows/test.yml: job a: " + ExpressionDoesNotParse.message(" github.sha == ", 20, "expression ends too early"),
        workflow(j).build());
    assertEquals("expression '${{ github.sha == }}' does not parse at position 20: expression ends too early",
        ExpressionDoesNotParse.message(" github.sha == ", 20, "expression ends too early"));
  }

  @Test
  void raw_expressions_go_through_the_parser() {
    RunJob j = job("a").ifCondition(ai.vibevoice.cicd.dsl.expr.Expr.raw("inputs.nope == 'x'")).build();
    assertOnly(".github/workflows/test.yml: job a: " + UndeclaredInput.message("inputs.nope", List.of()), workflow(j).build());
  }

  @Test
  void an_untrusted_expression_typed_into_a_github_script_is_refused_and_a_safe_one_accepted() {
    ai.vibevoice.cicd.dsl.action.ActionRef script = new ai.vibevoice.cicd.dsl.action.ActionRef(
        "actions/github-script", null, "ed597411d8f924073f98dfc5c65a23a2325f34cd", "v8.0.0");
    RunJob bad = job("a").step(Step.uses(script).id("gs")
        .with("script", Text.of("core.info('${{ github.event.pull_request.title }}')")).build()).build();
    assertOnly(".github/workflows/test.yml: job a: step gs: "
        + UntrustedInScriptInput.message("github.event.pull_request.title"), workflow(bad).build());
    RunJob safe = job("a").step(Step.uses(script).id("gs")
        .with("script", Text.of("core.info('${{ github.event.pull_request.number }} ${{ github.sha }}')")).build()).build();
    assertEquals(List.of(), problems(workflow(safe).build()));
  }

  @Test
  void a_dispatch_input_read_on_other_events_needs_its_fallback() {
    WorkflowInput rate = WorkflowInput.string("rate", "Rate", "2");
    WorkflowInput update = WorkflowInput.bool("update", "Update", false);
    WorkflowInput keep = WorkflowInput.bool("keep", "Keep", true);
    Workflow bare = workflow(job("a").env("R", rate.ref()).build())
        .on(Schedule.cron("0 2 * * *"), ai.vibevoice.cicd.dsl.trigger.WorkflowDispatch.of(rate)).build();
    assertOnly(".github/workflows/test.yml: job a: "
        + InputWithoutFallback.message("inputs.rate", List.of("push", "schedule")), bare);
    assertEquals("inputs.rate is empty on schedule (only workflow_dispatch sets it): read it with orDefault(),"
        + " which falls back to the declared default", InputWithoutFallback.message("inputs.rate", List.of("schedule")));
    Workflow fallback = workflow(job("a").env("R", rate.orDefault()).env("U", update.orDefault()).env("K", keep.orDefault()).build())
        .on(Schedule.cron("0 2 * * *"), ai.vibevoice.cicd.dsl.trigger.WorkflowDispatch.of(rate, update, keep)).build();
    assertEquals(List.of(), problems(fallback));
    Workflow dispatchOnly = Workflow.builder("test.yml", "Test")
        .on(ai.vibevoice.cicd.dsl.trigger.WorkflowDispatch.of(rate)).job(job("a").env("R", rate.ref()).build()).build();
    assertEquals(List.of(), problems(dispatchOnly), "no other event: the input is always set");
    assertEquals("inputs.rate || '2'", rate.orDefault().text());
    assertEquals("inputs.update == true", update.orDefault().text());
    assertEquals("format('{0}', inputs.keep) != 'false'", keep.orDefault().text(), "a dispatched false stays false");
  }

  @Test
  void a_called_workflow_reads_only_the_secrets_it_declares() {
    Workflow callee = workflow(job("a")
            .env("T", Contexts.secrets("GITHUB_TOKEN"))
            .env("K", Contexts.secrets("API_KEY"))
            .env("D", Contexts.secrets("DECLARED"))
            .build())
        .on(WorkflowCall.builder().secret("DECLARED", "a declared secret", false).build()).build();
    assertOnly(".github/workflows/test.yml: job a: "
        + UndeclaredSecretInCalledWorkflow.message("secrets.API_KEY", List.of("DECLARED")), callee);
  }

  // --- Every place the validator checks contexts: one context GitHub provides there, one it does not. ---

  private static final String AT = ".github/workflows/test.yml: ";

  private static String notAvailable(String ref, String context, String place, String... available) {
    return ContextNotAvailable.message(ref, context, place, List.of(available));
  }

  @Test
  void run_name_reads_github_and_vars_but_not_secrets() {
    assertEquals(List.of(), problems(workflow(job("a").build())
        .runName(Text.of("Deploy ", Github.REF, " to ", Contexts.vars("STAGE"))).build()));
    assertOnly(AT + notAvailable("secrets.TOKEN", "secrets", "run-name", "github", "inputs", "vars"),
        workflow(job("a").build()).runName(Text.of("Deploy ", Contexts.secrets("TOKEN"))).build());
  }

  @Test
  void workflow_concurrency_reads_github_but_not_secrets_in_its_group_or_its_cancel_flag() {
    assertEquals(List.of(), problems(workflow(job("a").build())
        .concurrency(Concurrency.of(Text.of("ci-", Github.REF), Github.EVENT_NAME.eq("push"))).build()));
    assertOnly(AT + notAvailable("secrets.X", "secrets", "the workflow's concurrency", "github", "inputs", "vars"),
        workflow(job("a").build()).concurrency(Concurrency.of(Text.of(Contexts.secrets("X")), true)).build());
    assertOnly(AT + notAvailable("secrets.X", "secrets", "the workflow's concurrency", "github", "inputs", "vars"),
        workflow(job("a").build()).concurrency(Concurrency.of(Text.of("ci"), Contexts.secrets("X").eq("1"))).build());
  }

  @Test
  void workflow_env_reads_secrets_but_not_matrix() {
    assertEquals(List.of(), problems(workflow(job("a").build()).env("TOKEN", Contexts.secrets("TOKEN")).build()));
    assertOnly(AT + notAvailable("matrix.os", "matrix", "the workflow's env", "github", "secrets", "inputs", "vars"),
        workflow(job("a").build()).env("OS", new MatrixRef("os")).build());
  }

  @Test
  void runs_on_reads_matrix_but_not_secrets() {
    Strategy os = Strategy.builder().axis(MatrixAxis.of("os", "ubuntu-24.04", "ubuntu-22.04")).build();
    assertEquals(List.of(), problems(workflow(job("a").strategy(os).runsOn(RunsOn.expr(new MatrixRef("os"))).build()).build()));
    assertOnly(AT + "job a: " + notAvailable("secrets.RUNNER", "secrets", "runs-on",
            "github", "needs", "strategy", "matrix", "vars", "inputs"),
        workflow(job("a").runsOn(RunsOn.expr(Contexts.secrets("RUNNER"))).build()).build());
  }

  @Test
  void job_outputs_read_steps_but_not_the_jobs_context() {
    Step probe = Step.run("echo").id("probe").outputs("v").build();
    assertEquals(List.of(), problems(workflow(job("a").step(probe).output("v", probe.output("v")).build()).build()));
    assertOnly(AT + "job a: " + notAvailable("jobs.b.outputs.y", "jobs", "the job's outputs", "github", "needs",
            "strategy", "matrix", "job", "runner", "env", "vars", "secrets", "steps", "inputs"),
        workflow(job("a").output("y", new JobRef(JobRef.Scope.JOBS, "b", "y")).build()).build());
  }

  @Test
  void services_and_containers_read_secrets_but_not_steps() {
    Container withSecret = new Container(Text.of("postgres:16"), Map.of("PASSWORD", Text.of(Contexts.secrets("DB"))),
        List.of(), List.of(), null);
    assertEquals(List.of(), problems(workflow(job("a").service("db", withSecret).container(withSecret).build()).build()));
    Container readsStep = new Container(Text.of("postgres:16"),
        Map.of("P", Text.of(new StepRef("s", StepRef.Property.OUTCOME, null))), List.of(), List.of(), null);
    String expected = AT + "job a: " + notAvailable("steps.s.outcome", "steps", "a container or service",
        "github", "needs", "strategy", "matrix", "vars", "secrets", "inputs", "env", "job", "runner");
    assertOnly(expected, workflow(job("a").step(Step.run("x").id("s").build()).service("db", readsStep).build()).build());
    assertOnly(expected, workflow(job("a").step(Step.run("x").id("s").build()).container(readsStep).build()).build());
  }

  @Test
  void a_step_if_reads_steps_but_not_secrets() {
    Step first = Step.run("echo").id("first").build();
    assertEquals(List.of(), problems(workflow(job("a").step(first)
        .step(Step.run("y").id("y").ifCondition(first.outcome().eq("failure"))).build()).build()));
    assertOnly(AT + "job a: step y: " + notAvailable("secrets.X", "secrets", "the step's if", "github", "needs",
            "strategy", "matrix", "job", "runner", "env", "vars", "steps", "inputs"),
        workflow(job("a").step(Step.run("y").id("y").ifCondition(Contexts.secrets("X").ne(""))).build()).build());
  }

  @Test
  void a_steps_with_reads_earlier_steps_but_not_the_jobs_context() {
    Step first = Step.run("echo").id("first").outputs("ref").build();
    assertEquals(List.of(), problems(workflow(job("a").step(first).step(Step.uses(Fixtures.CHECKOUT).id("co")
        .with("persist-credentials", "false").with("ref", Text.of(first.output("ref")))).build()).build()));
    assertOnly(AT + "job a: step co: " + notAvailable("jobs.b.outputs.y", "jobs", "the step", "github", "needs",
            "strategy", "matrix", "job", "runner", "env", "vars", "secrets", "steps", "inputs"),
        workflow(job("a").step(Step.uses(Fixtures.CHECKOUT).id("co").with("persist-credentials", "false")
            .with("ref", Text.of(new JobRef(JobRef.Scope.JOBS, "b", "y")))).build()).build());
    assertOnly(AT + "job a: step co: " + UnknownStep.message("steps.later.outputs.ref", "later"),
        workflow(job("a").step(Step.uses(Fixtures.CHECKOUT).id("co").with("persist-credentials", "false")
            .with("ref", "${{ steps.later.outputs.ref }}")).build()).build());
  }

  private static Workflow callee() {
    return Workflow.builder("callee.yml", "Callee")
        .on(WorkflowCall.builder().input(WorkflowInput.string("digest", "image digest", null))
            .secret("token", "a token", false).build())
        .job(job("x").build()).build();
  }

  private static CallJob.Builder call() {
    return Job.call("call", new LocalWorkflow(callee()))
        .strategy(Strategy.builder().axis(MatrixAxis.of("stage", "dev", "prod")).build());
  }

  @Test
  void a_call_job_reads_what_github_provides_in_its_if_name_with_and_secrets() {
    CallJob ok = call().ifCondition(Github.EVENT_NAME.eq("push"))
        .name(Text.of("Deploy ", new MatrixRef("stage")))
        .with("digest", Text.of(new MatrixRef("stage"), Contexts.vars("D")))
        .secret("token", Contexts.secrets("T")).build();
    assertEquals(List.of(), problems(workflow(ok).build(), callee()));
  }

  @Test
  void a_call_jobs_if_does_not_read_matrix() {
    assertOnly(AT + "job call: " + notAvailable("matrix.stage", "matrix", "the call job's if", "github", "needs", "vars", "inputs"),
        workflow(call().ifCondition(new MatrixRef("stage").eq("prod")).build()).build(), callee());
  }

  @Test
  void a_call_jobs_name_does_not_read_secrets() {
    assertOnly(AT + "job call: " + notAvailable("secrets.T", "secrets", "the job's name",
            "github", "needs", "strategy", "matrix", "vars", "inputs"),
        workflow(call().name(Text.of("Deploy ", Contexts.secrets("T"))).build()).build(), callee());
  }

  @Test
  void a_call_jobs_with_does_not_read_secrets() {
    assertOnly(AT + "job call: " + notAvailable("secrets.T", "secrets", "the call job's with",
            "github", "needs", "strategy", "matrix", "inputs", "vars"),
        workflow(call().with("digest", Text.of(Contexts.secrets("T"))).build()).build(), callee());
  }

  @Test
  void a_call_jobs_secrets_do_not_read_runner() {
    assertOnly(AT + "job call: " + notAvailable("runner.temp", "runner", "the call job's secrets",
            "github", "needs", "strategy", "matrix", "secrets", "inputs", "vars"),
        workflow(call().secret("token", Contexts.runner("temp")).build()).build(), callee());
  }

  @Test
  void a_context_refused_somewhere_reads_as_a_sentence() {
    assertEquals("reads ${{ secrets.X }}, but the secrets context is not available in run-name (available: github, inputs, vars)",
        notAvailable("secrets.X", "secrets", "run-name", "github", "inputs", "vars"));
  }

  // --- The structural rules, with the literal text a user reads. ---

  @Test
  void rejects_two_workflows_generated_into_one_file() {
    assertEquals(List.of(".github/workflows/test.yml: two workflows are generated into test.yml"),
        problems(workflow(job("a").build()).build(), workflow(job("b").build()).build()));
  }

  @Test
  void rejects_a_file_name_that_is_not_a_plain_yaml_name() {
    Workflow spaced = Workflow.builder("my flow.yml", "Test").on(Push.any()).job(job("a").build()).build();
    assertOnly(".github/workflows/my flow.yml: file name 'my flow.yml' must be letters, digits, '.', '_' or '-'"
        + " ending in .yml or .yaml", spaced);
    assertEquals(1, problems(spaced.toBuilder().fileName("test.json").build()).size());
    assertEquals(List.of(), problems(spaced.toBuilder().fileName("Release_1.2-x.yaml").build()));
  }

  @Test
  void rejects_a_workflow_without_triggers() {
    assertOnly(AT + "the workflow has no triggers ('on:')",
        Workflow.builder("test.yml", "Test").job(job("a").build()).build());
  }

  @Test
  void rejects_a_workflow_without_jobs() {
    assertOnly(AT + "the workflow has no jobs", Workflow.builder("test.yml", "Test").on(Push.any()).build());
  }

  @Test
  void rejects_a_trigger_declared_twice() {
    assertOnly(AT + "trigger push is declared twice", workflow(job("a").build()).on(Push.any()).build());
  }

  @Test
  void rejects_an_invalid_step_id() {
    assertOnly(AT + "job a: step 1st: step id '1st' must start with a letter or '_' and contain only letters,"
        + " digits, '-' and '_'", workflow(job("a").step(Step.run("x").id("1st")).build()).build());
    assertEquals(List.of(), problems(workflow(job("a").step(Step.run("x").id("_a-1")).build()).build()));
  }

  @Test
  void workflow_call_outputs_name_a_job_of_the_workflow_and_an_output_it_declares() {
    JobRef digest = new JobRef(JobRef.Scope.JOBS, "build", "digest");
    WorkflowCall call = WorkflowCall.builder().output("digest", "the image digest", Text.of(digest)).build();
    assertOnly(AT + "workflow_call output digest: needs 'build', which is not a job of this workflow",
        workflow(job("a").build()).on(call).build());
    assertOnly(AT + "workflow_call output digest: reads ${{ jobs.build.outputs.digest }}, but job build declares"
        + " no such output (declared: [])", workflow(job("build").build()).on(call).build());
    RunJob build = job("build").output("digest", Text.of("sha256:1")).build();
    assertEquals(List.of(), problems(workflow(build).on(call).build()));
    WorkflowCall result = WorkflowCall.builder()
        .output("ok", "the result", Text.of(new JobRef(JobRef.Scope.JOBS, "build", JobRef.RESULT))).build();
    assertEquals(List.of(), problems(workflow(job("build").build()).on(result).build()));
    WorkflowCall secret = WorkflowCall.builder().output("s", "a secret", Text.of(Contexts.secrets("X"))).build();
    assertOnly(AT + notAvailable("secrets.X", "secrets", "a workflow_call output", "github", "jobs", "vars", "inputs"),
        workflow(job("a").build()).on(secret).build());
  }

  @Test
  void a_safe_pull_request_number_is_accepted_in_a_github_script_and_an_unsafe_head_ref_refused() {
    ai.vibevoice.cicd.dsl.action.ActionRef script = new ai.vibevoice.cicd.dsl.action.ActionRef(
        "actions/github-script", null, "ed597411d8f924073f98dfc5c65a23a2325f34cd", "v8.0.0");
    RunJob safe = job("a").step(Step.uses(script).id("gs")
        .with("script", Text.of("core.info('", Github.event("pull_request.number"), "')")).build()).build();
    assertEquals(List.of(), problems(workflow(safe).build()));
    RunJob unsafe = job("a").step(Step.uses(script).id("gs")
        .with("script", Text.of("core.info('", Github.event("pull_request.head.ref"), "')")).build()).build();
    assertOnly(AT + "job a: step gs: interpolates ${{ github.event.pull_request.head.ref }}, which an outsider can"
        + " choose, into github-script's script (code injection); pass it through env: and read process.env instead",
        workflow(unsafe).build());
  }

  // --- Checks the model makes as it is built. ---

  @Test
  void a_timeout_of_zero_minutes_is_refused_for_jobs_and_steps_and_one_minute_accepted() {
    IllegalArgumentException job = assertThrows(IllegalArgumentException.class,
        () -> Job.builder("a").runsOn("ubuntu-24.04").timeoutMinutes(0).step(Step.run("x").build()).build());
    assertEquals("job a: timeout-minutes must be positive", job.getMessage());
    IllegalArgumentException step = assertThrows(IllegalArgumentException.class,
        () -> Step.run("x").id("s").timeoutMinutes(0).build());
    assertEquals("step s: timeout-minutes must be positive", step.getMessage());
    assertEquals(1, Job.builder("a").runsOn("ubuntu-24.04").timeoutMinutes(1).step(Step.run("x").build()).build().timeoutMinutes());
    assertEquals(1, Step.run("x").timeoutMinutes(1).build().timeoutMinutes());
  }

  @Test
  void a_filter_and_its_ignore_form_cannot_both_filter_one_event() {
    IllegalArgumentException branches = assertThrows(IllegalArgumentException.class,
        () -> Push.builder().branches("main").branchesIgnore("dev").build());
    assertEquals("branches and branches-ignore cannot both filter one event; use '!' patterns in branches", branches.getMessage());
    IllegalArgumentException tags = assertThrows(IllegalArgumentException.class,
        () -> Push.builder().tags("v*").tagsIgnore("v0*").build());
    assertEquals("tags and tags-ignore cannot both filter one event; use '!' patterns in tags", tags.getMessage());
    IllegalArgumentException paths = assertThrows(IllegalArgumentException.class,
        () -> Push.builder().paths("src/**").pathsIgnore("docs/**").build());
    assertEquals("paths and paths-ignore cannot both filter one event; use '!' patterns in paths", paths.getMessage());
    assertEquals(List.of("dev"), Push.builder().branchesIgnore("dev").tags("v*").pathsIgnore("docs/**").build()
        .filters().branchesIgnore());
  }

  @Test
  void reading_an_output_outcome_or_conclusion_of_a_step_without_id_fails_at_once() {
    Step named = Step.run("x").name("Probe").outputs("v").build();
    IllegalStateException output = assertThrows(IllegalStateException.class, () -> named.output("v"));
    assertEquals("step 'Probe': give the step an id to read its output v", output.getMessage());
    IllegalStateException outcome = assertThrows(IllegalStateException.class, () -> Step.run("x").build().outcome());
    assertEquals("step: give the step an id to read its outcome", outcome.getMessage());
    assertThrows(IllegalStateException.class, () -> Step.run("x").build().conclusion());
    assertEquals("steps.s.conclusion", Step.run("x").id("s").build().conclusion().text());
  }
}
