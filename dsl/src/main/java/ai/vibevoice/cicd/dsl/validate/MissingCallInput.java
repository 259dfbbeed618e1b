package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.job.CallJob;

@Rejects("A call job does not pass a required input of the called workflow.")
public final class MissingCallInput implements Rule {
  @Override
  public void checkJob(Sight at, Reporter r) {
    if (!(at.job() instanceof CallJob job)) return;
    job.callee().contract().inputs().stream()
        .filter(i -> i.required() && !job.with().containsKey(i.name()))
        .forEach(i -> r.report(at, message(i.name())));
  }

  public static String message(String input) {
    return "does not pass required input '" + input + "' of the called workflow";
  }
}
