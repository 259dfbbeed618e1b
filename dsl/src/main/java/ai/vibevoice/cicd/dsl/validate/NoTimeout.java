package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.job.RunJob;

@Rejects("A job that runs steps has no timeout-minutes.")
public final class NoTimeout implements Rule {
  @Override
  public void checkRunJob(Sight at, RunJob job, Reporter r) {
    if (job.timeoutMinutes() == null) r.report(at, message());
  }

  public static String message() {
    return "the job has no timeout-minutes (a hung runner otherwise burns 6 hours)";
  }
}
