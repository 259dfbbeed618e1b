package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.step.InputRole;
import ai.vibevoice.cicd.dsl.step.Step;

@Rejects(
    "An action keeps the job's credentials on disk (an input of role keeps-credentials is not false) though the step does not push.")
public final class PersistedCredentials implements Rule {
  @Override
  public void checkStep(Sight at, Step step, Reporter r) {
    if (step.pushes()) return;
    step.inputRoles()
        .forEach(
            (input, role) -> {
              Text value = step.with().get(input);
              if (role == InputRole.KEEPS_CREDENTIALS
                  && (value == null || !value.render().equals("false"))) {
                r.report(at, message(input));
              }
            });
  }

  public static String message(String input) {
    return "keeps the job's credentials on disk; set %s: false (or declare the step pushes)"
        .formatted(input);
  }
}
