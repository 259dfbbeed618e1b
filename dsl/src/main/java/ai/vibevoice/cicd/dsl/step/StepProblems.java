package ai.vibevoice.cicd.dsl.step;

import java.util.List;

/** Messages for misuse of steps, shared by the model's checks and the tests. */
public final class StepProblems {
  private StepProblems() {}

  public static String usesXorRun(String step) {
    return step + ": a step needs exactly one of 'uses' and 'run'";
  }

  public static String undeclaredOutput(String step, String output, List<String> declared) {
    return step + ": output '" + output + "' is not declared (declared: " + declared + ")";
  }
}
