package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.workflow;

import ai.vibevoice.cicd.dsl.job.Job;
import ai.vibevoice.cicd.dsl.job.RunJob;
import org.junit.jupiter.api.Test;

/**
 * {@link NoSteps}: the literal text of its message, what it rejects and the near misses it accepts.
 */
class NoStepsTest {

  @Test
  void rejects_a_job_without_steps() {
    RunJob empty = Job.builder("a").runsOn("ubuntu-24.04").timeoutMinutes(5).build();
    RuleTesting.assertOnly(
        ".github/workflows/test.yml: job a: the job runs steps but has none",
        workflow(empty).build());
  }
}
