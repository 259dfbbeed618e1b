package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static ai.vibevoice.cicd.dsl.Fixtures.workflow;
import static ai.vibevoice.cicd.dsl.validate.RuleTesting.AT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.vibevoice.cicd.dsl.expr.JobRef;
import ai.vibevoice.cicd.dsl.expr.StepRef;
import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.step.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link UndeclaredOutput}: the literal text of its message, what it rejects and the near misses it
 * accepts.
 */
class UndeclaredOutputTest {

  @Test
  void accepts_declared_outputs_results_and_outcomes() {
    Step s = Step.run("echo").id("s").outputs("v").build();
    RunJob a = job("a").step(s).output("digest", s.output("v")).build();
    RunJob b =
        job("b")
            .needs(a)
            .env("D", new JobRef(JobRef.Context.NEEDS, "a", "digest"))
            .env("R", a.result())
            .step(Step.run("x").env("V", s.output("v")).build())
            .build();
    assertEquals(List.of(), RuleTesting.problems(new UndeclaredOutput(), workflow(a, b).build()));
  }

  @Test
  void rejects_an_undeclared_job_output() {
    RunJob a = job("a").build();
    RunJob b = job("b").needs(a).env("D", new JobRef(JobRef.Context.NEEDS, "a", "digest")).build();
    RuleTesting.assertOnly(
        AT
            + "job b: reads ${{ needs.a.outputs.digest }}, but job a declares no such output (declared: [])",
        workflow(a, b).build());
  }

  @Test
  void rejects_an_undeclared_step_output_and_leaves_unknown_steps_to_their_rule() {
    Step s = Step.run("echo").id("s").build();
    RunJob j =
        job("a")
            .step(s)
            .step(
                Step.run("x")
                    .id("t")
                    .env("V", new StepRef("s", StepRef.Property.OUTPUT, "nope"))
                    .build())
            .step(RuleTesting.readsOutcomeOf("later", "u"))
            .step(Step.run("z").id("later").build())
            .build();
    assertEquals(
        List.of(
            AT
                + "job a: step t: reads ${{ steps.s.outputs.nope }}, but step s declares no such"
                + " output (declared: [])",
            AT
                + "job a: step u: "
                + UnknownStep.message("steps.later.outcome", "later", List.of("s", "t"))),
        RuleTesting.problems(workflow(j).build()));
  }

  @Test
  void leaves_an_output_of_an_unknown_step_or_job_to_their_own_rules() {
    RunJob j =
        job("a")
            .env("J", new JobRef(JobRef.Context.NEEDS, "gone", "digest"))
            .step(Step.run("x").env("S", new StepRef("gone", StepRef.Property.OUTPUT, "o")).build())
            .build();
    assertEquals(List.of(), RuleTesting.problems(new UndeclaredOutput(), workflow(j).build()));
  }
}
