package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static ai.vibevoice.cicd.dsl.Fixtures.workflow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link UndeclaredSecretInCalledWorkflow}: its message, a workflow it accepts, and the workflows
 * it rejects.
 */
class UndeclaredSecretInCalledWorkflowTest {

  @Test
  void its_message_reads_as_written() {
    assertEquals(
        "secrets.K is not a secret this called workflow declares (declared: [D]); callers pass only declared secrets,"
            + " so it is always empty",
        UndeclaredSecretInCalledWorkflow.message("secrets.K", List.of("D")));
  }

  @Test
  void accepts_a_workflow_without_the_mistake() {
    assertEquals(
        List.of(),
        RuleTesting.problems(
            new UndeclaredSecretInCalledWorkflow(), workflow(job("a").build()).build()));
  }
}
