package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.job.Job;

@Rejects("A job needs a job the workflow does not have.")
public final class NeedsMissingJob implements Rule {
  @Override
  public void checkWorkflow(Sight at, Reporter r) {
    for (Job j : at.workflow().jobs()) {
      for (String n : j.needs()) {
        if (!at.jobs().containsKey(n)) r.report(at.ofJob(j), message(n));
      }
    }
  }

  public static String message(String missing) {
    return "needs '%s', which is not a job of this workflow".formatted(missing);
  }
}
