package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static ai.vibevoice.cicd.dsl.Fixtures.workflow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link DuplicateFile}: the literal text of its message, what it rejects and the near misses it
 * accepts.
 */
class DuplicateFileTest {

  @Test
  void rejects_two_workflows_generated_into_one_file() {
    assertEquals(
        List.of(".github/workflows/test.yml: two workflows are generated into test.yml"),
        RuleTesting.problems(
            workflow(job("a").build()).build(), workflow(job("b").build()).build()));
  }
}
