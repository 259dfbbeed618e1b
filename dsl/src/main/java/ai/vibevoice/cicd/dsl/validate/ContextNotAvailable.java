package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.expr.Expr;
import java.util.List;

@Rejects("An expression reads a context GitHub does not make available where it is read.")
public final class ContextNotAvailable implements Rule {
  @Override
  public void checkExpression(Expr node, Sight at, Reporter r) {
    if (at.canRead(node)) return;
    r.report(
        at, message(node.text(), node.readsContext(), at.place().description, at.place().contexts));
  }

  public static String message(String ref, String context, String place, List<String> available) {
    return "reads ${{ %s }}, but the %s context is not available in %s (available: %s)"
        .formatted(ref, context, place, String.join(", ", available));
  }
}
