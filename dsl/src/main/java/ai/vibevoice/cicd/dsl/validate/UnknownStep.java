package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.expr.Expr;
import ai.vibevoice.cicd.dsl.expr.StepRef;

/** An expression reads a step id that no earlier step of the job has. */
public final class UnknownStep implements Rule {
  @Override
  public String id() {
    return "unknown-step";
  }

  @Override
  public String summary() {
    return "An expression reads a step id that no earlier step of the job has.";
  }

  @Override
  public String appliesTo() {
    return "expression";
  }

  public static String message(String ref, String stepId) {
    return "reads ${{ " + ref + " }}, but no earlier step of the job has id '" + stepId + "'";
  }

  @Override
  public void checkExpression(Expr node, Sight at, Reporter r) {
    if (node instanceof StepRef ref && at.canRead(node) && !at.steps().containsKey(ref.stepId())) {
      r.report(at, message(ref.text(), ref.stepId()));
    }
  }
}
