package ai.vibevoice.cicd.dsl.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link MissingCallArgument}: the literal text of its messages and what it rejects. */
class MissingCallArgumentTest {
  @Test
  void rejects_a_call_that_leaves_out_a_required_input_and_a_required_secret() {
    assertEquals(
        List.of(
            RuleTesting.AT
                + "job call: does not pass required input 'digest' of the called workflow",
            RuleTesting.AT
                + "job call: does not pass required secret 'token' of the called workflow"),
        RuleTesting.problemsOfMismatchedCall(new MissingCallArgument(), true));
  }

  @Test
  void leaves_secrets_alone_when_the_call_inherits_them() {
    assertEquals(
        List.of(
            RuleTesting.AT
                + "job call: does not pass required input 'digest' of the called workflow"),
        RuleTesting.problemsOfInheritingCall(new MissingCallArgument()));
  }
}
