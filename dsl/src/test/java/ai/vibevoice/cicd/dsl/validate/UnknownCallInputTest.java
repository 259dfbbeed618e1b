package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static ai.vibevoice.cicd.dsl.Fixtures.workflow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.vibevoice.cicd.dsl.workflow.Workflow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link UnknownCallInput}: its message, a workflow it accepts, and the workflows it rejects. */
class UnknownCallInputTest {

  @Test
  void its_message_reads_as_written() {
    assertEquals(
        "passes input 'x', which the called workflow does not declare (inputs: [d])",
        UnknownCallInput.message("x", List.of("d")));
  }

  @Test
  void accepts_a_workflow_without_the_mistake() {
    assertEquals(
        List.of(),
        RuleTesting.problems(new UnknownCallInput(), workflow(job("a").build()).build()));
  }

  @Test
  void rejects_a_call_job_that_does_not_match_the_callee_alone() {
    Workflow callee = RuleTesting.callee();
    Workflow caller = RuleTesting.mismatchedCaller(callee);
    assertEquals(
        List.of(
            ".github/workflows/test.yml: job call: passes input 'nope', which the called workflow does not declare (inputs: [digest])"),
        RuleTesting.problems(new UnknownCallInput(), caller, callee));
  }
}
