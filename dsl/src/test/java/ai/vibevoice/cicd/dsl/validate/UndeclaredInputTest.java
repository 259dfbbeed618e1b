package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static ai.vibevoice.cicd.dsl.Fixtures.workflow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.vibevoice.cicd.dsl.expr.InputRef;
import ai.vibevoice.cicd.dsl.job.RunJob;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link UndeclaredInput}: the literal text of its message, what it rejects and the near misses it
 * accepts.
 */
class UndeclaredInputTest {

  @Test
  void its_message_reads_as_written() {
    assertEquals(
        "reads ${{ inputs.x }}, but the workflow declares no such input (inputs: [y])",
        UndeclaredInput.message("inputs.x", List.of("y")));
  }

  @Test
  void rejects_undeclared_input() {
    RunJob j = job("a").env("D", new InputRef("duration")).build();
    RuleTesting.assertOnly(
        ".github/workflows/test.yml: job a: "
            + UndeclaredInput.message("inputs.duration", List.of()),
        workflow(j).build());
  }
}
