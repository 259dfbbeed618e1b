package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static ai.vibevoice.cicd.dsl.validate.RuleTesting.AT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.vibevoice.cicd.dsl.trigger.Push;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link MissingRequiredKey}: the literal text of its messages, what it rejects and the near misses
 * it accepts.
 */
class MissingRequiredKeyTest {
  private final MissingRequiredKey rule = new MissingRequiredKey();

  @Test
  void rejects_a_workflow_without_jobs() {
    RuleTesting.assertOnly(
        AT + "the workflow has no jobs",
        Workflow.builder("test.yml", "Test").on(Push.any()).build());
  }

  @Test
  void rejects_a_workflow_without_triggers() {
    RuleTesting.assertOnly(
        AT + "the workflow has no triggers ('on:')",
        Workflow.builder("test.yml", "Test").job(job("a").build()).build());
  }

  @Test
  void names_both_keys_when_both_are_missing_and_accepts_a_workflow_with_both() {
    assertEquals(
        List.of(AT + "the workflow has no triggers ('on:')", AT + "the workflow has no jobs"),
        RuleTesting.problems(rule, Workflow.builder("test.yml", "Test").build()));
    assertEquals(
        List.of(),
        RuleTesting.problems(
            rule,
            Workflow.builder("test.yml", "Test").on(Push.any()).job(job("a").build()).build()));
  }
}
