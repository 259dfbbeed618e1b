package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.job.CallJob;

@Rejects("A call job does not pass a required secret of the called workflow.")
public final class MissingCallSecret implements Rule {
  @Override
  public void checkJob(Sight at, Reporter r) {
    if (!(at.job() instanceof CallJob job) || job.secretsInheritReason() != null) return;
    job.callee().contract().secrets().stream()
        .filter(s -> s.required() && !job.secrets().containsKey(s.name()))
        .forEach(s -> r.report(at, message(s.name())));
  }

  public static String message(String secret) {
    return "does not pass required secret '" + secret + "' of the called workflow";
  }
}
