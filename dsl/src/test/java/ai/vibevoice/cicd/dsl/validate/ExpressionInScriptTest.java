package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static ai.vibevoice.cicd.dsl.Fixtures.workflow;

import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.step.Step;
import org.junit.jupiter.api.Test;

/**
 * {@link ExpressionInScript}: the literal text of its message, what it rejects and the near misses
 * it accepts.
 */
class ExpressionInScriptTest {

  @Test
  void rejects_expression_text_spliced_into_a_script() {
    RunJob j = job("a").step(Step.run("echo ${{ github.head_ref }}").id("s").build()).build();
    RuleTesting.assertOnly(
        ".github/workflows/test.yml: job a: step s: "
            + "run script contains '${{', spliced into the shell as text (script injection);"
            + " pass values with Step.run(Text.of(...)) or env: instead",
        workflow(j).build());
  }
}
