package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static ai.vibevoice.cicd.dsl.Fixtures.workflow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.vibevoice.cicd.dsl.workflow.Workflow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link MissingCallInput}: its message, a workflow it accepts, and the workflows it rejects. */
class MissingCallInputTest {

  @Test
  void its_message_reads_as_written() {
    assertEquals(
        "does not pass required input 'd' of the called workflow", MissingCallInput.message("d"));
  }

  @Test
  void accepts_a_workflow_without_the_mistake() {
    assertEquals(
        List.of(),
        RuleTesting.problems(new MissingCallInput(), workflow(job("a").build()).build()));
  }

  @Test
  void rejects_a_call_job_that_does_not_match_the_callee_alone() {
    Workflow callee = RuleTesting.callee();
    Workflow caller = RuleTesting.mismatchedCaller(callee);
    assertEquals(
        List.of(
            ".github/workflows/test.yml: job call: does not pass required input 'digest' of the called workflow"),
        RuleTesting.problems(new MissingCallInput(), caller, callee));
  }
}
