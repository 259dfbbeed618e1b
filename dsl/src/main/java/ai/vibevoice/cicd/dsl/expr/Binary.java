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
    LT("<", 3),
    LE("<=", 3),
    GT(">", 3),
    GE(">=", 3);

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

  @Override
  public String text() {
    return operand(left) + " " + op.symbol + " " + operand(right);
  }

  private String operand(Expr e) {
    if (e instanceof Binary b) {
      boolean associativeChain = b.op == op && (op == Op.AND || op == Op.OR);
      if (b.op.precedence < op.precedence || (b.op.precedence == op.precedence && !associativeChain)) {
        return "(" + b.text() + ")";
      }
    }
    return e.text();
  }

  @Override
  public List<Expr> children() {
    return List.of(left, right);
  }

  @Override
  public <R> R accept(ExprVisitor<R> visitor) {
    return visitor.visitBinary(this);
  }
}
