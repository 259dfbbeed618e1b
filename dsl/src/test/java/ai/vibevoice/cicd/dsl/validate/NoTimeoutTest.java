package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.workflow;

import ai.vibevoice.cicd.dsl.job.Job;
import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.step.Step;
import org.junit.jupiter.api.Test;

/**
 * {@link NoTimeout}: the literal text of its message, what it rejects and the near misses it
 * accepts.
 */
class NoTimeoutTest {

  @Test
  void rejects_a_job_without_timeout() {
    RunJob j = Job.builder("a").runsOn("ubuntu-24.04").step(Step.run("x").build()).build();
    RuleTesting.assertOnly(
        ".github/workflows/test.yml: job a: "
            + "the job has no timeout-minutes (a hung runner otherwise burns 6 hours)",
        workflow(j).build());
  }
}
