package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static ai.vibevoice.cicd.dsl.Fixtures.workflow;
import static ai.vibevoice.cicd.dsl.validate.RuleTesting.AT;

import ai.vibevoice.cicd.dsl.trigger.Push;
import org.junit.jupiter.api.Test;

/**
 * {@link DuplicateTrigger}: the literal text of its message, what it rejects and the near misses it
 * accepts.
 */
class DuplicateTriggerTest {

  @Test
  void rejects_a_trigger_declared_twice() {
    RuleTesting.assertOnly(
        AT + "trigger push is declared twice", workflow(job("a").build()).on(Push.any()).build());
  }
}
