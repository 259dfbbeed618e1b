package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static ai.vibevoice.cicd.dsl.Fixtures.workflow;
import static ai.vibevoice.cicd.dsl.validate.RuleTesting.AT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.vibevoice.cicd.dsl.trigger.Push;
import org.junit.jupiter.api.Test;

/** {@link DuplicateTrigger}: its message, a workflow it accepts, and the workflows it rejects. */
class DuplicateTriggerTest {

  @Test
  void its_message_reads_as_written() {
    assertEquals("trigger push is declared twice", DuplicateTrigger.message("push"));
  }

  @Test
  void rejects_a_trigger_declared_twice() {
    RuleTesting.assertOnly(
        AT + "trigger push is declared twice", workflow(job("a").build()).on(Push.any()).build());
  }
}
