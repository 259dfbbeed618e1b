package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static ai.vibevoice.cicd.dsl.validate.RuleTesting.AT;

import ai.vibevoice.cicd.dsl.workflow.Workflow;
import org.junit.jupiter.api.Test;

/**
 * {@link NoTriggers}: the literal text of its message, what it rejects and the near misses it
 * accepts.
 */
class NoTriggersTest {

  @Test
  void rejects_a_workflow_without_triggers() {
    RuleTesting.assertOnly(
        AT + "the workflow has no triggers ('on:')",
        Workflow.builder("test.yml", "Test").job(job("a").build()).build());
  }
}
