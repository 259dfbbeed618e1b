package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static ai.vibevoice.cicd.dsl.Fixtures.workflow;

import org.junit.jupiter.api.Test;

/**
 * {@link DuplicateJobId}: the literal text of its message, what it rejects and the near misses it
 * accepts.
 */
class DuplicateJobIdTest {

  @Test
  void rejects_duplicate_job_ids() {
    RuleTesting.assertOnly(
        ".github/workflows/test.yml: job a: job id 'a' is used by more than one job",
        workflow(job("a").build(), job("a").build()).build());
  }
}
