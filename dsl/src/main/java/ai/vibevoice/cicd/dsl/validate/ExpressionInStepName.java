package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.step.Step;

@Rejects("A step's name has ${{ }} typed into it, which nothing checks.")
public final class ExpressionInStepName implements Rule {
  @Override
  public void checkStep(Sight at, Step step, Reporter r) {
    if (step.name() != null && step.name().contains("${{")) r.report(at, message());
  }

  public static String message() {
    return "the step name has ${{ }} typed into it, which nothing checks; give the step a fixed name";
  }
}
