package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.expr.Expr;
import ai.vibevoice.cicd.dsl.expr.JobRef;
import ai.vibevoice.cicd.dsl.job.Job;

@Rejects(
    "A workflow_call output reads a job the workflow does not have, or an output that job does not declare.")
public final class CallOutputJob implements Rule {
  @Override
  public void checkExpression(Expr node, Sight at, Reporter r) {
    if (at.callOutput() == null
        || !(node instanceof JobRef ref)
        || ref.context() != JobRef.Context.JOBS) return;
    Job target = at.jobs().get(ref.jobId());
    if (target == null) {
      r.report(at, message(at.callOutput(), NeedsMissingJob.message(ref.jobId())));
    } else if (!ref.isResult() && !target.outputNames().contains(ref.output())) {
      r.report(
          at,
          message(
              at.callOutput(),
              UndeclaredOutput.message(ref.text(), "job " + ref.jobId(), target.outputNames())));
    }
  }

  public static String message(String output, String problem) {
    return "workflow_call output %s: %s".formatted(output, problem);
  }
}
