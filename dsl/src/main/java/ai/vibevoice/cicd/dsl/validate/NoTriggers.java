package ai.vibevoice.cicd.dsl.validate;

/** The workflow has no triggers. */
public final class NoTriggers implements Rule {
  @Override
  public String id() {
    return "no-triggers";
  }

  @Override
  public String summary() {
    return "The workflow has no triggers.";
  }

  @Override
  public String appliesTo() {
    return "workflow";
  }

  public static String message() {
    return "the workflow has no triggers ('on:')";
  }

  @Override
  public void checkWorkflow(Sight at, Reporter r) {
    if (at.workflow().triggers().isEmpty()) r.report(at, message());
  }
}
