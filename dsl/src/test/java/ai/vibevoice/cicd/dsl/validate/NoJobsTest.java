package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.validate.RuleTesting.AT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.vibevoice.cicd.dsl.trigger.Push;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import org.junit.jupiter.api.Test;

/** {@link NoJobs}: its message, a workflow it accepts, and the workflows it rejects. */
class NoJobsTest {

  @Test
  void its_message_reads_as_written() {
    assertEquals("the workflow has no jobs", NoJobs.message());
  }

  @Test
  void rejects_a_workflow_without_jobs() {
    RuleTesting.assertOnly(
        AT + "the workflow has no jobs",
        Workflow.builder("test.yml", "Test").on(Push.any()).build());
  }
}
