package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.workflow.Workflow;

@Rejects("The workflow has no triggers ('on:') or no jobs, both of which GitHub requires.")
public final class MissingRequiredKey implements Rule {
  @Override
  public void checkWorkflow(Sight at, Reporter r) {
    Workflow w = at.workflow();
    if (w.triggers().isEmpty()) r.report(at, message("triggers ('on:')"));
    if (w.jobs().isEmpty()) r.report(at, message("jobs"));
  }

  /** {@code what}: {@code triggers ('on:')} or {@code jobs}. */
  public static String message(String what) {
    return "the workflow has no " + what;
  }
}
