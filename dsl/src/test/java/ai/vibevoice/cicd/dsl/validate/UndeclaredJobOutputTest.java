package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static ai.vibevoice.cicd.dsl.Fixtures.workflow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.vibevoice.cicd.dsl.expr.JobRef;
import ai.vibevoice.cicd.dsl.job.RunJob;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link UndeclaredJobOutput}: its message, a workflow it accepts, and the workflows it rejects.
 */
class UndeclaredJobOutputTest {

  @Test
  void its_message_reads_as_written() {
    assertEquals(
        "reads ${{ needs.a.outputs.d }}, but job a declares no such output (declared: [x, y])",
        UndeclaredJobOutput.message("needs.a.outputs.d", "a", List.of("x", "y")));
  }

  @Test
  void accepts_a_workflow_without_the_mistake() {
    assertEquals(
        List.of(),
        RuleTesting.problems(new UndeclaredJobOutput(), workflow(job("a").build()).build()));
  }

  @Test
  void rejects_undeclared_job_output() {
    RunJob a = job("a").build();
    RunJob b = job("b").needs(a).env("D", new JobRef(JobRef.Context.NEEDS, "a", "digest")).build();
    RuleTesting.assertOnly(
        ".github/workflows/test.yml: job b: "
            + UndeclaredJobOutput.message("needs.a.outputs.digest", "a", List.of()),
        workflow(a, b).build());
  }
}
