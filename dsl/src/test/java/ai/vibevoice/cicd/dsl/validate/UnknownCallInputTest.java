package ai.vibevoice.cicd.dsl.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link UnknownCallInput}: the literal text of its message, what it rejects and the near misses it
 * accepts.
 */
class UnknownCallInputTest {

  @Test
  void rejects_a_call_job_that_does_not_match_the_callee_alone() {
    assertEquals(
        List.of(
            RuleTesting.AT
                + "job call: passes input 'nope', which the called workflow does not declare (inputs: [digest])"),
        RuleTesting.problemsOfMismatchedCall(new UnknownCallInput(), true));
  }
}
