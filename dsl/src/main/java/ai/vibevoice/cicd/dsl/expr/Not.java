package ai.vibevoice.cicd.dsl.expr;

import java.util.List;
import java.util.Objects;

/** Logical negation, {@code !operand}. */
public record Not(Expr operand) implements Expr {
  public Not {
    Objects.requireNonNull(operand, "operand");
  }

  @Override
  public List<Expr> children() {
    return List.of(operand);
  }
}
