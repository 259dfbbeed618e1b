package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static ai.vibevoice.cicd.dsl.validate.RuleTesting.AT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.vibevoice.cicd.dsl.workflow.Workflow;
import org.junit.jupiter.api.Test;

/** {@link NoTriggers}: its message, a workflow it accepts, and the workflows it rejects. */
class NoTriggersTest {

  @Test
  void its_message_reads_as_written() {
    assertEquals("the workflow has no triggers ('on:')", NoTriggers.message());
  }

  @Test
  void rejects_a_workflow_without_triggers() {
    RuleTesting.assertOnly(
        AT + "the workflow has no triggers ('on:')",
        Workflow.builder("test.yml", "Test").job(job("a").build()).build());
  }
}
