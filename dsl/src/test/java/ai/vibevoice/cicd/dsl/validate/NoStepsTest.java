package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.workflow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.vibevoice.cicd.dsl.job.Job;
import ai.vibevoice.cicd.dsl.job.RunJob;
import org.junit.jupiter.api.Test;

/** {@link NoSteps}: its message, a workflow it accepts, and the workflows it rejects. */
class NoStepsTest {

  @Test
  void its_message_reads_as_written() {
    assertEquals("the job runs steps but has none", NoSteps.message());
  }

  @Test
  void rejects_a_job_without_steps() {
    RunJob empty = Job.builder("a").runsOn("ubuntu-24.04").timeoutMinutes(5).build();
    RuleTesting.assertOnly(
        ".github/workflows/test.yml: job a: " + NoSteps.message(), workflow(empty).build());
  }
}
