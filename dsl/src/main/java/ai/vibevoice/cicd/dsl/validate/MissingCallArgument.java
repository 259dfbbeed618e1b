package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.job.CallJob;
import ai.vibevoice.cicd.dsl.trigger.WorkflowCall;

@Rejects("A call job does not pass a required input or secret of the called workflow.")
public final class MissingCallArgument implements Rule {
  @Override
  public void checkCallJob(Sight at, CallJob job, Reporter r) {
    WorkflowCall contract = job.callee().contract();
    contract.inputs().stream()
        .filter(i -> i.required() && !job.with().containsKey(i.name()))
        .forEach(i -> r.report(at, message("input", i.name())));
    if (job.secretsInheritReason() != null) return;
    contract.secrets().stream()
        .filter(s -> s.required() && !job.secrets().containsKey(s.name()))
        .forEach(s -> r.report(at, message("secret", s.name())));
  }

  /** {@code kind}: {@code input} or {@code secret}. */
  public static String message(String kind, String name) {
    return "does not pass required %s '%s' of the called workflow".formatted(kind, name);
  }
}
