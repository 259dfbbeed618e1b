package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.expr.Expr;
import ai.vibevoice.cicd.dsl.expr.MatrixRef;
import java.util.List;

@Rejects("An expression reads a matrix axis the job's strategy does not declare.")
public final class UndeclaredMatrixKey implements Rule {
  @Override
  public void checkExpression(Expr node, Sight at, Reporter r) {
    if (node instanceof MatrixRef ref
        && at.canRead(node)
        && !at.matrixKeys().contains(ref.axis())) {
      r.report(at, message(ref.text(), at.matrixKeys()));
    }
  }

  public static String message(String ref, List<String> keys) {
    return "reads ${{ %s }}, but the job's matrix has no such axis (axes: %s)".formatted(ref, keys);
  }
}
