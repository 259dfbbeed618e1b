package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static ai.vibevoice.cicd.dsl.Fixtures.workflow;
import static ai.vibevoice.cicd.dsl.validate.RuleTesting.AT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.vibevoice.cicd.dsl.step.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link InvalidStepId}: the literal text of its message, what it rejects and the near misses it
 * accepts.
 */
class InvalidStepIdTest {

  @Test
  void rejects_an_invalid_step_id() {
    RuleTesting.assertOnly(
        AT
            + "job a: step 1st: step id '1st' must start with a letter or '_' and contain only letters,"
            + " digits, '-' and '_'",
        workflow(job("a").step(Step.run("x").id("1st")).build()).build());
    assertEquals(
        List.of(),
        RuleTesting.problems(workflow(job("a").step(Step.run("x").id("_a-1")).build()).build()));
  }
}
