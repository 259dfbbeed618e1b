package ai.vibevoice.cicd.dsl.expr;

import java.util.List;
import java.util.Objects;

/** A binary operator; operands are parenthesized only where precedence requires it. */
public record Binary(Op op, Expr left, Expr right) implements Expr {
  /** GitHub's binary operators. */
  public enum Op {
    OR,
    AND,
    EQ,
    NE,
    LT,
    LE,
    GT,
    GE;

    /** The operator as GitHub spells it. */
    public String symbol() {
      return switch (this) {
        case OR -> "||";
        case AND -> "&&";
        case EQ -> "==";
        case NE -> "!=";
        case LT -> "<";
        case LE -> "<=";
        case GT -> ">";
        case GE -> ">=";
      };
    }

    /**
     * How tightly the operator binds, higher tighter: GitHub's <a
     * href="https://docs.github.com/en/actions/reference/workflows-and-actions/expressions#operators">operator
     * table</a>, grouped as it groups them.
     */
    int precedence() {
      return switch (this) {
        case OR -> 1;
        case AND -> 2;
        case EQ, NE -> 3;
        case LT, LE, GT, GE -> 4;
      };
    }
  }

  public Binary {
    Objects.requireNonNull(op, "op");
    Objects.requireNonNull(left, "left operand");
    Objects.requireNonNull(right, "right operand");
  }

  /** How tightly the operator binds; higher binds tighter. */
  int precedence() {
    return op.precedence();
  }

  @Override
  public List<Expr> children() {
    return List.of(left, right);
  }
}
