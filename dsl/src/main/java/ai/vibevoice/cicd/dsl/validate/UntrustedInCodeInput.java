package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.expr.Untrusted;
import ai.vibevoice.cicd.dsl.step.InputRole;
import ai.vibevoice.cicd.dsl.step.Step;

@Rejects(
    "An input the action runs as code (role code, like github-script's script) interpolates an expression an outsider can choose.")
public final class UntrustedInCodeInput implements Rule {
  @Override
  public void checkStep(Sight at, Step step, Reporter r) {
    step.inputRoles()
        .forEach(
            (input, role) -> {
              if (role != InputRole.CODE || !step.with().containsKey(input)) return;
              step.with().get(input).parsedExpressions((text, unparsed) -> {}).stream()
                  .filter(Untrusted::isUntrusted)
                  .forEach(e -> r.report(at, message(e.text(), input)));
            });
  }

  public static String message(String expression, String input) {
    return ("interpolates ${{ %s }}, which an outsider can choose, into %s, which the action runs as"
            + " code (code injection); pass it through env: and read it from the environment")
        .formatted(expression, input);
  }
}
