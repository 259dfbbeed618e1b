package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.job.CallJob;

/** A call job does not pass a required input of the called workflow. */
public final class MissingCallInput implements Rule {
  @Override
  public String id() {
    return "missing-call-input";
  }

  @Override
  public String summary() {
    return "A call job does not pass a required input of the called workflow.";
  }

  @Override
  public String appliesTo() {
    return "job";
  }

  public static String message(String input) {
    return "does not pass required input '" + input + "' of the called workflow";
  }

  @Override
  public void checkJob(Sight at, Reporter r) {
    if (!(at.job() instanceof CallJob job)) return;
    job.callee().contract().inputs().stream()
        .filter(i -> i.required() && !job.with().containsKey(i.name()))
        .forEach(i -> r.report(at, message(i.name())));
  }
}
