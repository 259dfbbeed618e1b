package ai.vibevoice.cicd.dsl.step;

import java.util.List;

/**
 * Messages of the step's model invariants, thrown at once by {@link Step}'s constructor and
 * accessors (a step that cannot be rendered, a typed read of an output the step does not declare)
 * rather than collected as validation rules: they depend on the step alone. The generator reports
 * them as problems naming the pipeline class and the step.
 */
public final class StepProblems {
  private StepProblems() {}

  public static String usesXorRun(String step) {
    return step + ": a step needs exactly one of 'uses' and 'run'";
  }

  public static String undeclaredOutput(String step, String output, List<String> declared) {
    return step + ": output '" + output + "' is not declared (declared: " + declared + ")";
  }
}
