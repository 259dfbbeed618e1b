package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.job.CallJob;
import ai.vibevoice.cicd.dsl.workflow.LocalWorkflow;

@Rejects("A job calls a local workflow that is not generated in the set.")
public final class CalleeNotGenerated implements Rule {
  @Override
  public void checkCallJob(Sight at, CallJob job, Reporter r) {
    if (job.callee() instanceof LocalWorkflow local
        && at.workflows().stream()
            .noneMatch(x -> x.fileName().equals(local.workflow().fileName()))) {
      r.report(at, message(local.workflow().fileName()));
    }
  }

  public static String message(String file) {
    return "calls ./.github/workflows/%s, which is not generated in this set".formatted(file);
  }
}
