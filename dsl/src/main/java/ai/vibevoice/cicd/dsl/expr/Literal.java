package ai.vibevoice.cicd.dsl.expr;

/** A literal: a string (single-quoted in the expression), a number, a boolean or null. */
public record Literal(Object value) implements Expr {
  public Literal {
    if (value != null
        && !(value instanceof String)
        && !(value instanceof Number)
        && !(value instanceof Boolean)) {
      throw new IllegalArgumentException(
          "expression literal must be a string, number, boolean or null, not " + value.getClass());
    }
  }
}
