package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.vibevoice.cicd.dsl.trigger.Push;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link InvalidFileName}: the literal text of its message, what it rejects and the near misses it
 * accepts.
 */
class InvalidFileNameTest {

  @Test
  void rejects_a_file_name_that_is_not_a_plain_yaml_name() {
    Workflow spaced =
        Workflow.builder("my flow.yml", "Test").on(Push.any()).job(job("a").build()).build();
    RuleTesting.assertOnly(
        ".github/workflows/my flow.yml: file name 'my flow.yml' must be letters, digits, '.', '_' or '-'"
            + " ending in .yml or .yaml",
        spaced);
    assertEquals(1, RuleTesting.problems(spaced.toBuilder().fileName("test.json").build()).size());
    assertEquals(
        List.of(), RuleTesting.problems(spaced.toBuilder().fileName("Release_1.2-x.yaml").build()));
  }
}
