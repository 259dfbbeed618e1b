package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.expr.Expr;
import ai.vibevoice.cicd.dsl.expr.JobRef;
import ai.vibevoice.cicd.dsl.job.Job;
import java.util.List;

/** An expression reads an output a needed job does not declare. */
public final class UndeclaredJobOutput implements Rule {
  @Override
  public String id() {
    return "undeclared-job-output";
  }

  @Override
  public String summary() {
    return "An expression reads an output a needed job does not declare.";
  }

  @Override
  public String appliesTo() {
    return "expression";
  }

  public static String message(String ref, String jobId, List<String> declared) {
    return "reads ${{ "
        + ref
        + " }}, but job "
        + jobId
        + " declares no such output (declared: "
        + declared
        + ")";
  }

  @Override
  public void checkExpression(Expr node, Sight at, Reporter r) {
    if (!(node instanceof JobRef ref)
        || ref.context() == JobRef.Context.JOBS
        || !at.canRead(node)
        || !at.needs().contains(ref.jobId())) {
      return;
    }
    Job target = at.jobs().get(ref.jobId());
    if (target != null && !ref.isResult() && !target.outputNames().contains(ref.output())) {
      r.report(at, message(ref.text(), ref.jobId(), target.outputNames()));
    }
  }
}
