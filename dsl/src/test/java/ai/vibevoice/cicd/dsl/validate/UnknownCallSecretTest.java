package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static ai.vibevoice.cicd.dsl.Fixtures.workflow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link UnknownCallSecret}: its message, a workflow it accepts, and the workflows it rejects. */
class UnknownCallSecretTest {

  @Test
  void its_message_reads_as_written() {
    assertEquals("passes secret 'x', which the called workflow does not declare (secrets: [t])",
        UnknownCallSecret.message("x", List.of("t")));
  }

  @Test
  void accepts_a_workflow_without_the_mistake() {
    assertEquals(List.of(), RuleTesting.problems(new UnknownCallSecret(), workflow(job("a").build()).build()));
  }
}
