package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.expr.Expr;
import ai.vibevoice.cicd.dsl.expr.InputRef;
import java.util.List;

@Rejects("An expression reads an input the workflow does not declare.")
public final class UndeclaredInput implements Rule {
  @Override
  public void checkExpression(Expr node, Sight at, Reporter r) {
    if (node instanceof InputRef ref && at.canRead(node) && !at.inputs().contains(ref.name())) {
      r.report(at, message(ref.text(), at.inputs()));
    }
  }

  public static String message(String ref, List<String> inputs) {
    return "reads ${{ %s }}, but the workflow declares no such input (inputs: %s)"
        .formatted(ref, inputs);
  }
}
