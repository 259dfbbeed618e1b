package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.workflow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.vibevoice.cicd.dsl.job.Job;
import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.step.Step;
import org.junit.jupiter.api.Test;

/** {@link NoTimeout}: its message, a workflow it accepts, and the workflows it rejects. */
class NoTimeoutTest {

  @Test
  void its_message_reads_as_written() {
    assertEquals(
        "the job has no timeout-minutes (a hung runner otherwise burns 6 hours)",
        NoTimeout.message());
  }

  @Test
  void rejects_a_job_without_timeout() {
    RunJob j = Job.builder("a").runsOn("ubuntu-24.04").step(Step.run("x").build()).build();
    RuleTesting.assertOnly(
        ".github/workflows/test.yml: job a: " + NoTimeout.message(), workflow(j).build());
  }
}
