package ai.vibevoice.cicd.dsl.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link UnknownCallSecret}: its message, a workflow it accepts, and the workflows it rejects. */
class UnknownCallSecretTest {

  @Test
  void its_message_reads_as_written() {
    assertEquals(
        "passes secret 'x', which the called workflow does not declare (secrets: [t])",
        UnknownCallSecret.message("x", List.of("t")));
  }

  @Test
  void rejects_a_call_job_that_does_not_match_the_callee_alone() {
    assertEquals(
        List.of(
            RuleTesting.AT
                + "job call: passes secret 'other', which the called workflow does not declare (secrets: [token])"),
        RuleTesting.problemsOfMismatchedCall(new UnknownCallSecret(), true));
  }
}
