package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.job.RunJob;

@Rejects("A job that runs steps has none.")
public final class NoSteps implements Rule {
  @Override
  public void checkRunJob(Sight at, RunJob job, Reporter r) {
    if (job.steps().isEmpty()) r.report(at, message());
  }

  public static String message() {
    return "the job runs steps but has none";
  }
}
