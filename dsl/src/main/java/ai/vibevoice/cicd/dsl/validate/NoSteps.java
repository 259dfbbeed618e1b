package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.job.RunJob;

/** A job that runs steps has none. */
public final class NoSteps implements Rule {
  @Override
  public String id() {
    return "no-steps";
  }

  @Override
  public String summary() {
    return "A job that runs steps has none.";
  }

  @Override
  public String appliesTo() {
    return "job";
  }

  public static String message() {
    return "the job runs steps but has none";
  }

  @Override
  public void checkJob(Sight at, Reporter r) {
    if (at.job() instanceof RunJob job && job.steps().isEmpty()) r.report(at, message());
  }
}
