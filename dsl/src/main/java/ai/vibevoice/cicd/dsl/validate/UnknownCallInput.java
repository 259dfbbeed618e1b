package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.job.CallJob;
import ai.vibevoice.cicd.dsl.trigger.WorkflowInput;
import java.util.List;

@Rejects("A call job passes an input the called workflow does not declare.")
public final class UnknownCallInput implements Rule {
  @Override
  public void checkJob(Sight at, Reporter r) {
    if (!(at.job() instanceof CallJob job)) return;
    List<String> declared =
        job.callee().contract().inputs().stream().map(WorkflowInput::name).toList();
    job.with().keySet().stream()
        .filter(k -> !declared.contains(k))
        .forEach(k -> r.report(at, message(k, declared)));
  }

  public static String message(String input, List<String> declared) {
    return "passes input '%s', which the called workflow does not declare (inputs: %s)"
        .formatted(input, declared);
  }
}
