package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.expr.Expr;
import ai.vibevoice.cicd.dsl.expr.StepRef;
import java.util.List;

@Rejects("An expression reads a step id that no earlier step of the job has.")
public final class UnknownStep implements Rule {
  @Override
  public void checkExpression(Expr node, Sight at, Reporter r) {
    if (node instanceof StepRef ref && at.canRead(node) && !at.steps().containsKey(ref.stepId())) {
      r.report(at, message(ref.text(), ref.stepId(), List.copyOf(at.steps().keySet())));
    }
  }

  public static String message(String ref, String stepId, List<String> earlierIds) {
    return "reads ${{ %s }}, but no earlier step of the job has id '%s' (earlier step ids: %s)"
        .formatted(ref, stepId, earlierIds);
  }
}
