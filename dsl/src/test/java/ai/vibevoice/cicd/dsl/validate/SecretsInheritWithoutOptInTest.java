package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static ai.vibevoice.cicd.dsl.Fixtures.workflow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.vibevoice.cicd.dsl.job.CallJob;
import ai.vibevoice.cicd.dsl.job.Job;
import ai.vibevoice.cicd.dsl.trigger.WorkflowCall;
import ai.vibevoice.cicd.dsl.workflow.LocalWorkflow;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import org.junit.jupiter.api.Test;

/**
 * {@link SecretsInheritWithoutOptIn}: the literal text of its message, what it rejects and the near
 * misses it accepts.
 */
class SecretsInheritWithoutOptInTest {

  @Test
  void secrets_inherit_needs_a_reason() {
    Workflow callee =
        Workflow.builder("callee.yml", "Callee")
            .on(WorkflowCall.builder().build())
            .job(job("x").build())
            .build();
    CallJob blank = Job.call("call", new LocalWorkflow(callee)).secretsInherit(" ").build();
    RuleTesting.assertOnly(
        ".github/workflows/test.yml: job call: "
            + "uses secrets: inherit without a documented reason; pass the secrets the callee needs by name",
        workflow(blank).build(),
        callee);
    assertThrows(
        NullPointerException.class,
        () -> Job.call("call", new LocalWorkflow(callee)).secretsInherit(null));
  }
}
