package ai.vibevoice.cicd.dsl.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link MissingCallInput}: its message, a workflow it accepts, and the workflows it rejects. */
class MissingCallInputTest {

  @Test
  void its_message_reads_as_written() {
    assertEquals(
        "does not pass required input 'd' of the called workflow", MissingCallInput.message("d"));
  }

  @Test
  void rejects_a_call_job_that_does_not_match_the_callee_alone() {
    assertEquals(
        List.of(
            RuleTesting.AT
                + "job call: does not pass required input 'digest' of the called workflow"),
        RuleTesting.problemsOfMismatchedCall(new MissingCallInput(), true));
  }
}
