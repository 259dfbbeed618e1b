package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.job.CallJob;
import ai.vibevoice.cicd.dsl.trigger.WorkflowCall;
import ai.vibevoice.cicd.dsl.trigger.WorkflowInput;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

@Rejects("A call job passes an input or a secret the called workflow does not declare.")
public final class UnknownCallArgument implements Rule {
  @Override
  public void checkCallJob(Sight at, CallJob job, Reporter r) {
    WorkflowCall contract = job.callee().contract();
    report(
        at, r, "input", job.with().keySet(), contract.inputs().stream().map(WorkflowInput::name));
    if (job.secretsInheritReason() == null) {
      report(
          at,
          r,
          "secret",
          job.secrets().keySet(),
          contract.secrets().stream().map(WorkflowCall.Secret::name));
    }
  }

  private static void report(
      Sight at, Reporter r, String kind, Collection<String> passed, Stream<String> declaredNames) {
    List<String> declared = declaredNames.toList();
    passed.stream()
        .filter(k -> !declared.contains(k))
        .forEach(k -> r.report(at, message(kind, k, declared)));
  }

  /** {@code kind}: {@code input} or {@code secret}. */
  public static String message(String kind, String name, List<String> declared) {
    return "passes %s '%s', which the called workflow does not declare (%ss: %s)"
        .formatted(kind, name, kind, declared);
  }
}
