package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.job.CallJob;
import ai.vibevoice.cicd.dsl.workflow.LocalWorkflow;

/** A job calls a local workflow that is not generated in the set. */
public final class CalleeNotGenerated implements Rule {
  @Override
  public String id() {
    return "callee-not-generated";
  }

  @Override
  public String summary() {
    return "A job calls a local workflow that is not generated in the set.";
  }

  @Override
  public String appliesTo() {
    return "job";
  }

  public static String message(String file) {
    return "calls ./.github/workflows/" + file + ", which is not generated in this set";
  }

  @Override
  public void checkJob(Sight at, Reporter r) {
    if (at.job() instanceof CallJob job
        && job.callee() instanceof LocalWorkflow local
        && at.workflows().stream()
            .noneMatch(x -> x.fileName().equals(local.workflow().fileName()))) {
      r.report(at, message(local.workflow().fileName()));
    }
  }
}
