package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.validate.RuleTesting.AT;

import ai.vibevoice.cicd.dsl.trigger.Push;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import org.junit.jupiter.api.Test;

/**
 * {@link NoJobs}: the literal text of its message, what it rejects and the near misses it accepts.
 */
class NoJobsTest {

  @Test
  void rejects_a_workflow_without_jobs() {
    RuleTesting.assertOnly(
        AT + "the workflow has no jobs",
        Workflow.builder("test.yml", "Test").on(Push.any()).build());
  }
}
