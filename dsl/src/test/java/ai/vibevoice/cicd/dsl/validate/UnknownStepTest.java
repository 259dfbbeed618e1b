package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static ai.vibevoice.cicd.dsl.Fixtures.workflow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link UnknownStep}: its message, a workflow it accepts, and the workflows it rejects. */
class UnknownStepTest {

  @Test
  void its_message_reads_as_written() {
    assertEquals(
        "reads ${{ steps.s.outcome }}, but no earlier step of the job has id 's'",
        UnknownStep.message("steps.s.outcome", "s"));
  }

  @Test
  void accepts_a_workflow_without_the_mistake() {
    assertEquals(
        List.of(), RuleTesting.problems(new UnknownStep(), workflow(job("a").build()).build()));
  }
}
