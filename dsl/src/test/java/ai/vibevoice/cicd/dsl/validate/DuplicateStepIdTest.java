package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static ai.vibevoice.cicd.dsl.Fixtures.workflow;

import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.step.Step;
import org.junit.jupiter.api.Test;

/**
 * {@link DuplicateStepId}: the literal text of its message, what it rejects and the near misses it
 * accepts.
 */
class DuplicateStepIdTest {

  @Test
  void rejects_duplicate_step_ids() {
    RunJob j =
        job("a").step(Step.run("x").id("s").build()).step(Step.run("y").id("s").build()).build();
    RuleTesting.assertOnly(
        ".github/workflows/test.yml: job a: step s: "
            + "step id 's' is used by more than one step of the job",
        workflow(j).build());
  }
}
