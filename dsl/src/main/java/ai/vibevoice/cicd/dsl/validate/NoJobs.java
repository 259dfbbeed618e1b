package ai.vibevoice.cicd.dsl.validate;

@Rejects("The workflow has no jobs.")
public final class NoJobs implements Rule {
  @Override
  public void checkWorkflow(Sight at, Reporter r) {
    if (at.workflow().jobs().isEmpty()) r.report(at, message());
  }

  public static String message() {
    return "the workflow has no jobs";
  }
}
