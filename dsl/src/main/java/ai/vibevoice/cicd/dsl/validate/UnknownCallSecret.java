package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.job.CallJob;
import ai.vibevoice.cicd.dsl.trigger.WorkflowCall;
import java.util.List;

@Rejects("A call job passes a secret the called workflow does not declare.")
public final class UnknownCallSecret implements Rule {
  @Override
  public void checkJob(Sight at, Reporter r) {
    if (!(at.job() instanceof CallJob job) || job.secretsInheritReason() != null) return;
    List<String> declared =
        job.callee().contract().secrets().stream().map(WorkflowCall.Secret::name).toList();
    job.secrets().keySet().stream()
        .filter(k -> !declared.contains(k))
        .forEach(k -> r.report(at, message(k, declared)));
  }

  public static String message(String secret, List<String> declared) {
    return "passes secret '%s', which the called workflow does not declare (secrets: %s)"
        .formatted(secret, declared);
  }
}
