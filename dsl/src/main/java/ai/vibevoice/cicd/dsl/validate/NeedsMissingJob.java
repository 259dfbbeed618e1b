package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.job.Job;

/** A job needs a job the workflow does not have. */
public final class NeedsMissingJob implements Rule {
  @Override
  public String id() {
    return "needs-missing-job";
  }

  @Override
  public String summary() {
    return "A job needs a job the workflow does not have.";
  }

  public static String message(String missing) {
    return "needs '" + missing + "', which is not a job of this workflow";
  }

  @Override
  public void checkWorkflow(Sight at, Reporter r) {
    for (Job j : at.workflow().jobs()) {
      for (String n : j.needs()) {
        if (!at.jobs().containsKey(n)) r.report(at.ofJob(j), message(n));
      }
    }
  }
}
