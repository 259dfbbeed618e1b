package ai.vibevoice.cicd.dsl.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link CalleeNotGenerated}: its message, a workflow it accepts, and the workflows it rejects. */
class CalleeNotGeneratedTest {

  @Test
  void its_message_reads_as_written() {
    assertEquals(
        "calls ./.github/workflows/c.yml, which is not generated in this set",
        CalleeNotGenerated.message("c.yml"));
  }

  @Test
  void rejects_a_call_job_that_does_not_match_the_callee_alone() {
    assertEquals(
        List.of(
            RuleTesting.AT
                + "job call: calls ./.github/workflows/callee.yml, which is not generated in this set"),
        RuleTesting.problemsOfMismatchedCall(new CalleeNotGenerated(), false));
  }
}
