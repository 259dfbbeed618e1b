package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.job.CallJob;

/** A call job does not pass a required secret of the called workflow. */
public final class MissingCallSecret implements Rule {
  @Override
  public String id() {
    return "missing-call-secret";
  }

  @Override
  public String summary() {
    return "A call job does not pass a required secret of the called workflow.";
  }

  @Override
  public String appliesTo() {
    return "job";
  }

  public static String message(String secret) {
    return "does not pass required secret '" + secret + "' of the called workflow";
  }

  @Override
  public void checkJob(Sight at, Reporter r) {
    if (!(at.job() instanceof CallJob job) || job.secretsInheritReason() != null) return;
    job.callee().contract().secrets().stream()
        .filter(s -> s.required() && !job.secrets().containsKey(s.name()))
        .forEach(s -> r.report(at, message(s.name())));
  }
}
