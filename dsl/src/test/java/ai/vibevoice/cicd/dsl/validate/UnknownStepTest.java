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
 * {@link UnknownStep}: the literal text of its message, what it rejects and the near misses it
 * accepts.
 */
class UnknownStepTest {

  @Test
  void rejects_a_step_read_before_it_runs_or_never_declared() {
    RunJob j =
        job("a")
            .step(RuleTesting.readsOutcomeOf("later", "x"))
            .step(Step.run("y").id("later").build())
            .step(
                Step.run("z")
                    .id("z")
                    .env("B", new StepRef("none", StepRef.Property.CONCLUSION, null))
                    .build())
            .build();
    assertEquals(
        List.of(
            RuleTesting.AT
                + "job a: step x: reads ${{ steps.later.outcome }}, but no earlier step of the job has id 'later' (earlier step ids: [])",
            RuleTesting.AT
                + "job a: step z: reads ${{ steps.none.conclusion }}, but no earlier step of the job has id 'none' (earlier step ids: [x, later])"),
        RuleTesting.problems(new UnknownStep(), workflow(j).build()));
  }
}
