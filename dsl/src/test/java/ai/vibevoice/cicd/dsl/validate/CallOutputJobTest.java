package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static ai.vibevoice.cicd.dsl.Fixtures.workflow;
import static ai.vibevoice.cicd.dsl.validate.RuleTesting.AT;
import static ai.vibevoice.cicd.dsl.validate.RuleTesting.notAvailable;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.vibevoice.cicd.dsl.expr.Contexts;
import ai.vibevoice.cicd.dsl.expr.JobRef;
import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.trigger.WorkflowCall;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link CallOutputJob}: the literal text of its message, what it rejects and the near misses it
 * accepts.
 */
class CallOutputJobTest {

  @Test
  void workflow_call_outputs_name_a_job_of_the_workflow_and_an_output_it_declares() {
    JobRef digest = new JobRef(JobRef.Context.JOBS, "build", "digest");
    WorkflowCall call =
        WorkflowCall.builder().output("digest", "the image digest", Text.of(digest)).build();
    RuleTesting.assertOnly(
        AT + "workflow_call output digest: needs 'build', which is not a job of this workflow",
        workflow(job("a").build()).on(call).build());
    RuleTesting.assertOnly(
        AT
            + "workflow_call output digest: reads ${{ jobs.build.outputs.digest }}, but job build declares"
            + " no such output (declared: [])",
        workflow(job("build").build()).on(call).build());
    RunJob build = job("build").output("digest", Text.of("sha256:1")).build();
    assertEquals(List.of(), RuleTesting.problems(workflow(build).on(call).build()));
    WorkflowCall result =
        WorkflowCall.builder()
            .output(
                "ok",
                "the result",
                Text.of(new JobRef(JobRef.Context.JOBS, "build", JobRef.RESULT)))
            .build();
    assertEquals(
        List.of(), RuleTesting.problems(workflow(job("build").build()).on(result).build()));
    WorkflowCall secret =
        WorkflowCall.builder().output("s", "a secret", Text.of(Contexts.secrets("X"))).build();
    RuleTesting.assertOnly(
        AT
            + notAvailable(
                "secrets.X", "secrets", "a workflow_call output", "github jobs vars inputs"),
        workflow(job("a").build()).on(secret).build());
  }
}
