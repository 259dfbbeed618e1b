package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.expr.Expr;
import ai.vibevoice.cicd.dsl.expr.JobRef;

/** An expression reads the jobs context outside on.workflow_call.outputs. */
public final class JobsContextOutsideCallOutputs implements Rule {
  @Override
  public String id() {
    return "jobs-context-outside-call-outputs";
  }

  @Override
  public String summary() {
    return "An expression reads the jobs context outside on.workflow_call.outputs.";
  }

  @Override
  public String appliesTo() {
    return "expression";
  }

  public static String message(String ref) {
    return "reads ${{ " + ref + " }}; the jobs context exists only in on.workflow_call.outputs";
  }

  @Override
  public void checkExpression(Expr node, Sight at, Reporter r) {
    if (node instanceof JobRef ref && ref.scope() == JobRef.Scope.JOBS && at.callOutput() == null && at.canRead(node)) {
      r.report(at, message(ref.text()));
    }
  }
}
