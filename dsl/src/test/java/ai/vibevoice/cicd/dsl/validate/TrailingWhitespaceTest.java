package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static ai.vibevoice.cicd.dsl.Fixtures.workflow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.step.Step;
import org.junit.jupiter.api.Test;

/**
 * {@link TrailingWhitespace}: the literal text of its message, what it rejects and the near misses
 * it accepts.
 */
class TrailingWhitespaceTest {

  @Test
  void its_message_reads_as_written() {
    assertEquals(
        "run script line 3 ends in white space, which would force the script out of its literal block",
        TrailingWhitespace.message(3));
  }

  @Test
  void rejects_trailing_white_space_in_a_multi_line_script() {
    RunJob j = job("a").step(Step.run("echo a \necho b").id("s").build()).build();
    RuleTesting.assertOnly(
        ".github/workflows/test.yml: job a: step s: " + TrailingWhitespace.message(1),
        workflow(j).build());
  }
}
