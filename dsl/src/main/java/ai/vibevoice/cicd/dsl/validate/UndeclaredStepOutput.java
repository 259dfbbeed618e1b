package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.expr.Expr;
import ai.vibevoice.cicd.dsl.expr.StepRef;
import ai.vibevoice.cicd.dsl.step.Step;
import java.util.List;

/** An expression reads an output an earlier step does not declare. */
public final class UndeclaredStepOutput implements Rule {
  @Override
  public String id() {
    return "undeclared-step-output";
  }

  @Override
  public String summary() {
    return "An expression reads an output an earlier step does not declare.";
  }

  @Override
  public String appliesTo() {
    return "expression";
  }

  public static String message(String ref, String stepId, List<String> declared) {
    return "reads ${{ "
        + ref
        + " }}, but step "
        + stepId
        + " declares no such output (declared: "
        + declared
        + ")";
  }

  @Override
  public void checkExpression(Expr node, Sight at, Reporter r) {
    if (!(node instanceof StepRef ref)
        || !at.canRead(node)
        || ref.property() != StepRef.Property.OUTPUT) return;
    Step target = at.steps().get(ref.stepId());
    if (target != null && !target.outputs().contains(ref.output())) {
      r.report(at, message(ref.text(), ref.stepId(), target.outputs()));
    }
  }
}
