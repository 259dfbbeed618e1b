package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static ai.vibevoice.cicd.dsl.Fixtures.workflow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.vibevoice.cicd.dsl.job.RunJob;
import org.junit.jupiter.api.Test;

/**
 * {@link NeedsMissingJob}: the literal text of its message, what it rejects and the near misses it
 * accepts.
 */
class NeedsMissingJobTest {

  @Test
  void its_message_reads_as_written() {
    assertEquals("needs 'b', which is not a job of this workflow", NeedsMissingJob.message("b"));
  }

  @Test
  void rejects_needs_naming_a_missing_job() {
    RunJob elsewhere = job("elsewhere").build();
    RuleTesting.assertOnly(
        ".github/workflows/test.yml: job a: " + NeedsMissingJob.message("elsewhere"),
        workflow(job("a").needs(elsewhere).build()).build());
  }
}
