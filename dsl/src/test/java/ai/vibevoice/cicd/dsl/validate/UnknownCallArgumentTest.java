package ai.vibevoice.cicd.dsl.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link UnknownCallArgument}: the literal text of its messages and what it rejects. */
class UnknownCallArgumentTest {
  @Test
  void rejects_an_input_and_a_secret_the_callee_does_not_declare() {
    assertEquals(
        List.of(
            RuleTesting.AT
                + "job call: passes input 'nope', which the called workflow does not declare"
                + " (inputs: [digest])",
            RuleTesting.AT
                + "job call: passes secret 'other', which the called workflow does not declare"
                + " (secrets: [token])"),
        RuleTesting.problemsOfMismatchedCall(new UnknownCallArgument(), true));
  }

  @Test
  void leaves_secrets_alone_when_the_call_inherits_them() {
    assertEquals(
        List.of(
            RuleTesting.AT
                + "job call: passes input 'nope', which the called workflow does not declare"
                + " (inputs: [digest])"),
        RuleTesting.problemsOfInheritingCall(new UnknownCallArgument()));
  }
}
