package ai.vibevoice.cicd.dsl.validate;

@Rejects("The workflow has no triggers.")
public final class NoTriggers implements Rule {
  @Override
  public void checkWorkflow(Sight at, Reporter r) {
    if (at.workflow().triggers().isEmpty()) r.report(at, message());
  }

  public static String message() {
    return "the workflow has no triggers ('on:')";
  }
}
