package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.step.Step;

/** A run script has ${{ typed into it, spliced into the shell as text. */
public final class ExpressionInScript implements Rule {
  @Override
  public String id() {
    return "expression-in-script";
  }

  @Override
  public String summary() {
    return "A run script has ${{ typed into it, spliced into the shell as text.";
  }

  @Override
  public String appliesTo() {
    return "step";
  }

  public static String message() {
    return "run script contains '${{', spliced into the shell as text (script injection);"
        + " pass values with Step.run(Text.of(...)) or env: instead";
  }

  @Override
  public void checkStep(Sight at, Step step, Reporter r) {
    if (step.run() != null && step.run().contains("${{")) r.report(at, message());
  }
}
