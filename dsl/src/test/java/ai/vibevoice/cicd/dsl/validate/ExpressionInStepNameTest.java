package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static ai.vibevoice.cicd.dsl.Fixtures.workflow;

import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.step.Step;
import org.junit.jupiter.api.Test;

/**
 * {@link ExpressionInStepName}: the literal text of its message, what it rejects and the near
 * misses it accepts.
 */
class ExpressionInStepNameTest {

  @Test
  void rejects_an_expression_typed_into_a_step_name() {
    RunJob j = job("a").step(Step.run("make").name("Build ${{ matrix.os }}").build()).build();
    RuleTesting.assertOnly(
        ".github/workflows/test.yml: job a: step 'Build ${{ matrix.os }}': "
            + "the step name has ${{ }} typed into it, which nothing checks; give the step a fixed name",
        workflow(j).build());
  }
}
