package ai.vibevoice.cicd.dsl.expr;

import java.util.List;
import java.util.Objects;

/** A binary operator; operands are parenthesized only where precedence requires it. */
public record Binary(Op op, Expr left, Expr right) implements Expr {
  /** GitHub's binary operators, with their precedence (higher binds tighter). */
  public enum Op {
    OR("||", 1),
    AND("&&", 2),
    EQ("==", 3),
    NE("!=", 3),
    LT("<", 4),
    LE("<=", 4),
    GT(">", 4),
    GE(">=", 4);

    private final String symbol;
    private final int precedence;

    Op(String symbol, int precedence) {
      this.symbol = symbol;
      this.precedence = precedence;
    }

    public String symbol() {
      return symbol;
    }
  }

  public Binary {
    Objects.requireNonNull(op, "op");
    Objects.requireNonNull(left, "left operand");
    Objects.requireNonNull(right, "right operand");
  }

  /** How tightly the operator binds; higher binds tighter. */
  int precedence() {
    return op.precedence;
  }

  @Override
  public List<Expr> children() {
    return List.of(left, right);
  }
}
