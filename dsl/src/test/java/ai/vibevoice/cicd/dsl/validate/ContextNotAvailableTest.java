package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static ai.vibevoice.cicd.dsl.Fixtures.workflow;
import static ai.vibevoice.cicd.dsl.validate.RuleTesting.AT;
import static ai.vibevoice.cicd.dsl.validate.RuleTesting.notAvailable;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.vibevoice.cicd.dsl.Fixtures;
import ai.vibevoice.cicd.dsl.expr.Contexts;
import ai.vibevoice.cicd.dsl.expr.Github;
import ai.vibevoice.cicd.dsl.expr.JobRef;
import ai.vibevoice.cicd.dsl.expr.MatrixRef;
import ai.vibevoice.cicd.dsl.expr.StepRef;
import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.job.CallJob;
import ai.vibevoice.cicd.dsl.job.Concurrency;
import ai.vibevoice.cicd.dsl.job.Container;
import ai.vibevoice.cicd.dsl.job.Job;
import ai.vibevoice.cicd.dsl.job.MatrixAxis;
import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.job.RunsOn;
import ai.vibevoice.cicd.dsl.job.Strategy;
import ai.vibevoice.cicd.dsl.step.Step;
import ai.vibevoice.cicd.dsl.trigger.WorkflowCall;
import ai.vibevoice.cicd.dsl.trigger.WorkflowInput;
import ai.vibevoice.cicd.dsl.workflow.LocalWorkflow;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ContextNotAvailable}: the literal text of its message, what it rejects and the near misses
 * it accepts.
 */
class ContextNotAvailableTest {

  // Every place the validator checks contexts: one context GitHub provides there, one it does not.

  @Test
  void its_message_reads_as_written() {
    assertEquals(
        "reads ${{ secrets.X }}, but the secrets context is not available in run-name (available: github, vars)",
        ContextNotAvailable.message("secrets.X", "secrets", "run-name", List.of("github", "vars")));
  }

  @Test
  void rejects_a_context_where_github_does_not_provide_it() {
    RunJob j =
        job("a")
            .env("JAR", Text.of(Contexts.runner("temp"), "/x.jar"))
            .ifCondition(new MatrixRef("os").eq("linux"))
            .strategy(Strategy.builder().axis(MatrixAxis.of("os", "linux")).build())
            .build();
    assertEquals(
        List.of(
            ".github/workflows/test.yml: job a: "
                + ContextNotAvailable.message(
                    "matrix.os",
                    "matrix",
                    "the job's if",
                    List.of("github", "needs", "vars", "inputs")),
            ".github/workflows/test.yml: job a: "
                + ContextNotAvailable.message(
                    "runner.temp",
                    "runner",
                    "the job's env",
                    List.of("github", "needs", "strategy", "matrix", "vars", "secrets", "inputs"))),
        RuleTesting.problems(workflow(j).build()));
  }

  @Test
  void run_name_reads_github_and_vars_but_not_secrets() {
    assertEquals(
        List.of(),
        RuleTesting.problems(
            workflow(job("a").build())
                .runName(Text.of("Deploy ", Github.REF, " to ", Contexts.vars("STAGE")))
                .build()));
    RuleTesting.assertOnly(
        AT + notAvailable("secrets.TOKEN", "secrets", "run-name", "github inputs vars"),
        workflow(job("a").build()).runName(Text.of("Deploy ", Contexts.secrets("TOKEN"))).build());
  }

  @Test
  void workflow_concurrency_reads_github_but_not_secrets_in_its_group_or_its_cancel_flag() {
    assertEquals(
        List.of(),
        RuleTesting.problems(
            workflow(job("a").build())
                .concurrency(
                    Concurrency.of(Text.of("ci-", Github.REF), Github.EVENT_NAME.eq("push")))
                .build()));
    RuleTesting.assertOnly(
        AT
            + notAvailable(
                "secrets.X", "secrets", "the workflow's concurrency", "github inputs vars"),
        workflow(job("a").build())
            .concurrency(Concurrency.of(Text.of(Contexts.secrets("X")), true))
            .build());
    RuleTesting.assertOnly(
        AT
            + notAvailable(
                "secrets.X", "secrets", "the workflow's concurrency", "github inputs vars"),
        workflow(job("a").build())
            .concurrency(Concurrency.of(Text.of("ci"), Contexts.secrets("X").eq("1")))
            .build());
  }

  @Test
  void workflow_env_reads_secrets_but_not_matrix() {
    assertEquals(
        List.of(),
        RuleTesting.problems(
            workflow(job("a").build()).env("TOKEN", Contexts.secrets("TOKEN")).build()));
    RuleTesting.assertOnly(
        AT
            + notAvailable(
                "matrix.os", "matrix", "the workflow's env", "github secrets inputs vars"),
        workflow(job("a").build()).env("OS", new MatrixRef("os")).build());
  }

  @Test
  void runs_on_reads_matrix_but_not_secrets() {
    Strategy os =
        Strategy.builder().axis(MatrixAxis.of("os", "ubuntu-24.04", "ubuntu-22.04")).build();
    assertEquals(
        List.of(),
        RuleTesting.problems(
            workflow(job("a").strategy(os).runsOn(RunsOn.expr(new MatrixRef("os"))).build())
                .build()));
    RuleTesting.assertOnly(
        AT
            + "job a: "
            + notAvailable(
                "secrets.RUNNER", "secrets", "runs-on", "github needs strategy matrix vars inputs"),
        workflow(job("a").runsOn(RunsOn.expr(Contexts.secrets("RUNNER"))).build()).build());
  }

  @Test
  void job_outputs_read_steps_but_not_the_jobs_context() {
    Step probe = Step.run("echo").id("probe").outputs("v").build();
    assertEquals(
        List.of(),
        RuleTesting.problems(
            workflow(job("a").step(probe).output("v", probe.output("v")).build()).build()));
    RuleTesting.assertOnly(
        AT
            + "job a: "
            + notAvailable(
                "jobs.b.outputs.y",
                "jobs",
                "the job's outputs",
                "github needs strategy matrix job runner env vars secrets steps inputs"),
        workflow(job("a").output("y", new JobRef(JobRef.Context.JOBS, "b", "y")).build()).build());
  }

  @Test
  void services_and_containers_read_secrets_but_not_steps() {
    Container withSecret =
        Container.builder(Text.of("postgres:16"))
            .env("PASSWORD", Text.of(Contexts.secrets("DB")))
            .build();
    assertEquals(
        List.of(),
        RuleTesting.problems(
            workflow(job("a").service("db", withSecret).container(withSecret).build()).build()));
    Container readsStep =
        Container.builder(Text.of("postgres:16"))
            .env("P", Text.of(new StepRef("s", StepRef.Property.OUTCOME, null)))
            .build();
    String expected =
        AT
            + "job a: "
            + notAvailable(
                "steps.s.outcome",
                "steps",
                "a container or service",
                "github needs strategy matrix vars secrets inputs env job runner");
    RuleTesting.assertOnly(
        expected,
        workflow(job("a").step(Step.run("x").id("s").build()).service("db", readsStep).build())
            .build());
    RuleTesting.assertOnly(
        expected,
        workflow(job("a").step(Step.run("x").id("s").build()).container(readsStep).build())
            .build());
  }

  @Test
  void a_step_if_reads_steps_but_not_secrets() {
    Step first = Step.run("echo").id("first").build();
    assertEquals(
        List.of(),
        RuleTesting.problems(
            inJob(
                first, Step.run("y").id("y").ifCondition(first.outcome().eq("failure")).build())));
    RuleTesting.assertOnly(
        AT
            + "job a: step y: "
            + notAvailable(
                "secrets.X",
                "secrets",
                "the step's if",
                "github needs strategy matrix job runner env vars steps inputs"),
        inJob(Step.run("y").id("y").ifCondition(Contexts.secrets("X").ne("")).build()));
  }

  @Test
  void a_steps_with_reads_earlier_steps_but_not_the_jobs_context() {
    Step first = Step.run("echo").id("first").outputs("ref").build();
    assertEquals(
        List.of(),
        RuleTesting.problems(
            inJob(
                first,
                Step.uses(Fixtures.CHECKOUT)
                    .id("co")
                    .with("persist-credentials", "false")
                    .with("ref", Text.of(first.output("ref")))
                    .build())));
    RuleTesting.assertOnly(
        AT
            + "job a: step co: "
            + notAvailable(
                "jobs.b.outputs.y",
                "jobs",
                "the step",
                "github needs strategy matrix job runner env vars secrets steps inputs"),
        inJob(
            Step.uses(Fixtures.CHECKOUT)
                .id("co")
                .with("persist-credentials", "false")
                .with("ref", Text.of(new JobRef(JobRef.Context.JOBS, "b", "y")))
                .build()));
    RuleTesting.assertOnly(
        AT
            + "job a: step co: "
            + UnknownStep.message("steps.later.outputs.ref", "later", List.of()),
        inJob(
            Step.uses(Fixtures.CHECKOUT)
                .id("co")
                .with("persist-credentials", "false")
                .with("ref", "${{ steps.later.outputs.ref }}")
                .build()));
  }

  private static Workflow callee() {
    return Workflow.builder("callee.yml", "Callee")
        .on(
            WorkflowCall.builder()
                .input(WorkflowInput.string("digest", "image digest", null))
                .secret("token", "a token", false)
                .build())
        .job(job("x").build())
        .build();
  }

  private static CallJob.Builder call() {
    return Job.call("call", new LocalWorkflow(callee()))
        .strategy(Strategy.builder().axis(MatrixAxis.of("stage", "dev", "prod")).build());
  }

  @Test
  void a_call_job_reads_what_github_provides_in_its_if_name_with_and_secrets() {
    CallJob ok =
        call()
            .ifCondition(Github.EVENT_NAME.eq("push"))
            .name(Text.of("Deploy ", new MatrixRef("stage")))
            .with("digest", Text.of(new MatrixRef("stage"), Contexts.vars("D")))
            .secret("token", Contexts.secrets("T"))
            .build();
    assertEquals(List.of(), RuleTesting.problems(workflow(ok).build(), callee()));
  }

  @Test
  void a_call_jobs_if_does_not_read_matrix() {
    RuleTesting.assertOnly(
        AT
            + "job call: "
            + notAvailable(
                "matrix.stage", "matrix", "the call job's if", "github needs vars inputs"),
        workflow(call().ifCondition(new MatrixRef("stage").eq("prod")).build()).build(),
        callee());
  }

  @Test
  void a_call_jobs_name_does_not_read_secrets() {
    RuleTesting.assertOnly(
        AT
            + "job call: "
            + notAvailable(
                "secrets.T",
                "secrets",
                "the job's name",
                "github needs strategy matrix vars inputs"),
        workflow(call().name(Text.of("Deploy ", Contexts.secrets("T"))).build()).build(),
        callee());
  }

  @Test
  void a_call_jobs_with_does_not_read_secrets() {
    RuleTesting.assertOnly(
        AT
            + "job call: "
            + notAvailable(
                "secrets.T",
                "secrets",
                "the call job's with",
                "github needs strategy matrix inputs vars"),
        workflow(call().with("digest", Text.of(Contexts.secrets("T"))).build()).build(),
        callee());
  }

  @Test
  void a_call_jobs_secrets_do_not_read_runner() {
    RuleTesting.assertOnly(
        AT
            + "job call: "
            + notAvailable(
                "runner.temp",
                "runner",
                "the call job's secrets",
                "github needs strategy matrix secrets inputs vars"),
        workflow(call().secret("token", Contexts.runner("temp")).build()).build(),
        callee());
  }

  @Test
  void a_context_refused_somewhere_reads_as_a_sentence() {
    assertEquals(
        "reads ${{ secrets.X }}, but the secrets context is not available in run-name (available: github, inputs, vars)",
        notAvailable("secrets.X", "secrets", "run-name", "github inputs vars"));
  }

  /** A workflow whose one job, a, runs {@code steps}. */
  private static Workflow inJob(Step... steps) {
    return workflow(job("a").steps(List.of(steps)).build()).build();
  }
}
