package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static ai.vibevoice.cicd.dsl.Fixtures.workflow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.job.RunJob;
import org.junit.jupiter.api.Test;

/**
 * {@link JobOutputNotNeeded}: the literal text of its message, what it rejects and the near misses
 * it accepts.
 */
class JobOutputNotNeededTest {

  @Test
  void its_message_reads_as_written() {
    assertEquals(
        "reads ${{ needs.a.outputs.d }}, but job a is not in its needs",
        JobOutputNotNeeded.message("needs.a.outputs.d", "a"));
  }

  @Test
  void rejects_job_output_read_without_needs() {
    RunJob a = job("a").output("digest", Text.of("x")).build();
    RunJob b = job("b").env("D", a.output("digest")).build();
    RuleTesting.assertOnly(
        ".github/workflows/test.yml: job b: "
            + JobOutputNotNeeded.message("needs.a.outputs.digest", "a"),
        workflow(a, b).build());
  }
}
