package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static ai.vibevoice.cicd.dsl.Fixtures.workflow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.vibevoice.cicd.dsl.expr.Contexts;
import ai.vibevoice.cicd.dsl.trigger.WorkflowCall;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link UndeclaredSecretInCalledWorkflow}: the literal text of its message and what it rejects.
 */
class UndeclaredSecretInCalledWorkflowTest {

  @Test
  void a_called_workflow_reads_only_the_secrets_it_declares_and_the_token() {
    Workflow callee =
        workflow(
                job("a")
                    .env("T", Contexts.secrets("GITHUB_TOKEN"))
                    .env("K", Contexts.secrets("API_KEY"))
                    .env("D", Contexts.secrets("DECLARED"))
                    .build())
            .on(WorkflowCall.builder().secret("DECLARED", "a declared secret", false).build())
            .build();
    assertEquals(
        List.of(
            RuleTesting.AT
                + "job a: secrets.API_KEY is not a secret this called workflow declares (declared:"
                + " [DECLARED]); callers pass only declared secrets, so it is always empty"),
        RuleTesting.problems(callee));
  }
}
