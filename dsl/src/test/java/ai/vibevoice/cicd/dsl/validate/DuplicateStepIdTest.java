package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static ai.vibevoice.cicd.dsl.Fixtures.workflow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.step.Step;
import org.junit.jupiter.api.Test;

/** {@link DuplicateStepId}: its message, a workflow it accepts, and the workflows it rejects. */
class DuplicateStepIdTest {

  @Test
  void its_message_reads_as_written() {
    assertEquals(
        "step id 's' is used by more than one step of the job", DuplicateStepId.message("s"));
  }

  @Test
  void rejects_duplicate_step_ids() {
    RunJob j =
        job("a").step(Step.run("x").id("s").build()).step(Step.run("y").id("s").build()).build();
    RuleTesting.assertOnly(
        ".github/workflows/test.yml: job a: step s: " + DuplicateStepId.message("s"),
        workflow(j).build());
  }
}
