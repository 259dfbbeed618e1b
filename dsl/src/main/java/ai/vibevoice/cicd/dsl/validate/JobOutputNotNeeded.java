package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.expr.Expr;
import ai.vibevoice.cicd.dsl.expr.JobRef;

@Rejects("An expression reads the output or result of a job that is not in the needs of its job.")
public final class JobOutputNotNeeded implements Rule {
  @Override
  public void checkExpression(Expr node, Sight at, Reporter r) {
    if (node instanceof JobRef ref
        && ref.context() != JobRef.Context.JOBS
        && at.canRead(node)
        && !at.needs().contains(ref.jobId())) {
      r.report(at, message(ref.text(), ref.jobId()));
    }
  }

  public static String message(String ref, String jobId) {
    return "reads ${{ %s }}, but job %s is not in its needs".formatted(ref, jobId);
  }
}
