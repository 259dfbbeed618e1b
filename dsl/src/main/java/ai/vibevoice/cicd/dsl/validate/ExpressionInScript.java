package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.step.Step;

@Rejects("A run script has ${{ typed into it, spliced into the shell as text.")
public final class ExpressionInScript implements Rule {
  @Override
  public void checkStep(Sight at, Step step, Reporter r) {
    if (step.run() != null && step.run().contains("${{")) r.report(at, message());
  }

  public static String message() {
    return "run script contains '${{', spliced into the shell as text (script injection);"
        + " pass values with Step.run(Text.of(...)) or env: instead";
  }
}
