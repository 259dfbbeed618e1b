package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static ai.vibevoice.cicd.dsl.Fixtures.workflow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * {@link InvalidJobId}: the literal text of its message, what it rejects and the near misses it
 * accepts.
 */
class InvalidJobIdTest {

  @Test
  void its_message_reads_as_written() {
    assertEquals(
        "job id '1a' must start with a letter or '_' and contain only letters, digits, '-' and '_'",
        InvalidJobId.message("1a"));
  }

  @Test
  void rejects_invalid_job_id() {
    RuleTesting.assertOnly(
        ".github/workflows/test.yml: job 1st: " + InvalidJobId.message("1st"),
        workflow(job("1st").build()).build());
  }
}
