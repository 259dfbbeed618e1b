package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static ai.vibevoice.cicd.dsl.Fixtures.workflow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.vibevoice.cicd.dsl.expr.Github;
import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.step.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ExpressionInName}: the literal text of its message, what it rejects and the near misses it
 * accepts.
 */
class ExpressionInNameTest {

  @Test
  void rejects_an_expression_typed_into_a_job_or_step_name_and_accepts_a_built_one() {
    assertEquals(
        List.of(
            RuleTesting.AT
                + "job typed: the name has ${{ }} typed into a string, which nothing checks; build it"
                + " with Text.of(\"...\", expr)",
            RuleTesting.AT
                + "job built: step 'Build ${{ matrix.os }}': the step name has ${{ }} typed into it,"
                + " which nothing checks; give the step a fixed name"),
        RuleTesting.problems(
            new ExpressionInName(),
            workflow(
                    job("typed").name("Build (${{ github.sha }})").build(),
                    job("built")
                        .name(Text.of("Build (", Github.SHA, ")"))
                        .step(Step.run("make").name("Build ${{ matrix.os }}"))
                        .step(Step.run("make").name("Build"))
                        .build())
                .build()));
  }
}
