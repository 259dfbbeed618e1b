package ai.vibevoice.cicd.dsl.action;

/** Messages for misuse of typed actions, shared by the bindings and the tests. */
public final class ActionProblems {
  private ActionProblems() {}

  public static String missingRequiredInput(String action, String input) {
    return action + ": required input '" + input + "' is missing (it has no default)";
  }
}
