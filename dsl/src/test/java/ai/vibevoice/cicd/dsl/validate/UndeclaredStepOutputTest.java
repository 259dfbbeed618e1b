package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static ai.vibevoice.cicd.dsl.Fixtures.workflow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.vibevoice.cicd.dsl.expr.StepRef;
import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.step.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link UndeclaredStepOutput}: its message, a workflow it accepts, and the workflows it rejects.
 */
class UndeclaredStepOutputTest {

  @Test
  void its_message_reads_as_written() {
    assertEquals(
        "reads ${{ steps.s.outputs.o }}, but step s declares no such output (declared: [v])",
        UndeclaredStepOutput.message("steps.s.outputs.o", "s", List.of("v")));
  }

  @Test
  void accepts_a_workflow_without_the_mistake() {
    assertEquals(
        List.of(),
        RuleTesting.problems(new UndeclaredStepOutput(), workflow(job("a").build()).build()));
  }

  @Test
  void rejects_undeclared_step_output_and_unknown_step() {
    Step s = Step.run("echo").id("s").build();
    RunJob j =
        job("a")
            .step(s)
            .step(
                Step.run("x")
                    .id("t")
                    .env("V", new StepRef("s", StepRef.Property.OUTPUT, "nope"))
                    .build())
            .step(
                Step.run("y")
                    .id("u")
                    .env("W", new StepRef("later", StepRef.Property.OUTCOME, null))
                    .build())
            .step(Step.run("z").id("later").build())
            .build();
    assertEquals(
        List.of(
            ".github/workflows/test.yml: job a: step t: "
                + UndeclaredStepOutput.message("steps.s.outputs.nope", "s", List.of()),
            ".github/workflows/test.yml: job a: step u: "
                + UnknownStep.message("steps.later.outcome", "later")),
        RuleTesting.problems(workflow(j).build()));
  }
}
