package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.job.CallJob;

@Rejects("A call job uses secrets: inherit without a documented reason.")
public final class SecretsInheritWithoutOptIn implements Rule {
  @Override
  public void checkCallJob(Sight at, CallJob job, Reporter r) {
    if (job.secretsInheritReason() != null && job.secretsInheritReason().isBlank()) {
      r.report(at, message());
    }
  }

  public static String message() {
    return "uses secrets: inherit without a documented reason; pass the secrets the callee needs by name";
  }
}
