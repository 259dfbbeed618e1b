package ai.vibevoice.cicd.dsl.validate;

/** The workflow has no jobs. */
public final class NoJobs implements Rule {
  @Override
  public String id() {
    return "no-jobs";
  }

  @Override
  public String summary() {
    return "The workflow has no jobs.";
  }

  @Override
  public String appliesTo() {
    return "workflow";
  }

  public static String message() {
    return "the workflow has no jobs";
  }

  @Override
  public void checkWorkflow(Sight at, Reporter r) {
    if (at.workflow().jobs().isEmpty()) r.report(at, message());
  }
}
