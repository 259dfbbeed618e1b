package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.step.Step;

@Rejects("A job's or a step's name has ${{ }} typed into a string, which nothing checks.")
public final class ExpressionInName implements Rule {
  private static final String TYPED = "${{";

  @Override
  public void checkJob(Sight at, Reporter r) {
    Text name = at.job().name();
    if (name != null && name.parts().stream().anyMatch(p -> p instanceof String s && typed(s))) {
      r.report(at, message());
    }
  }

  @Override
  public void checkRunJob(Sight at, RunJob job, Reporter r) {
    for (Step s : job.steps()) {
      if (typed(s.name())) r.report(at.atStep(s.label()), stepMessage());
    }
  }

  private static boolean typed(String s) {
    return s != null && s.contains(TYPED);
  }

  public static String message() {
    return "the name has ${{ }} typed into a string, which nothing checks; build it with Text.of(\"...\", expr)";
  }

  public static String stepMessage() {
    return "the step name has ${{ }} typed into it, which nothing checks; give the step a fixed name";
  }
}
