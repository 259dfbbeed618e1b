package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static ai.vibevoice.cicd.dsl.Fixtures.workflow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link DuplicateJobId}: its message, a workflow it accepts, and the workflows it rejects. */
class DuplicateJobIdTest {

  @Test
  void its_message_reads_as_written() {
    assertEquals("job id 'a' is used by more than one job", DuplicateJobId.message("a"));
  }

  @Test
  void rejects_duplicate_job_ids() {
    RuleTesting.assertOnly(
        ".github/workflows/test.yml: job a: " + DuplicateJobId.message("a"),
        workflow(job("a").build(), job("a").build()).build());
  }
}
