package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static ai.vibevoice.cicd.dsl.Fixtures.workflow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link DuplicateFile}: its message, a workflow it accepts, and the workflows it rejects. */
class DuplicateFileTest {

  @Test
  void its_message_reads_as_written() {
    assertEquals("two workflows are generated into ci.yml", DuplicateFile.message("ci.yml"));
  }

  @Test
  void rejects_two_workflows_generated_into_one_file() {
    assertEquals(
        List.of(".github/workflows/test.yml: two workflows are generated into test.yml"),
        RuleTesting.problems(
            workflow(job("a").build()).build(), workflow(job("b").build()).build()));
  }
}
