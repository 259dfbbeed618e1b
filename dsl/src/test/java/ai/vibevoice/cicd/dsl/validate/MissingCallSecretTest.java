package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static ai.vibevoice.cicd.dsl.Fixtures.workflow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link MissingCallSecret}: its message, a workflow it accepts, and the workflows it rejects. */
class MissingCallSecretTest {

  @Test
  void its_message_reads_as_written() {
    assertEquals("does not pass required secret 't' of the called workflow",
        MissingCallSecret.message("t"));
  }

  @Test
  void accepts_a_workflow_without_the_mistake() {
    assertEquals(List.of(), RuleTesting.problems(new MissingCallSecret(), workflow(job("a").build()).build()));
  }
}
