package ai.vibevoice.cicd.dsl.expr;

import java.util.List;
import java.util.Objects;

/**
 * ESCAPE HATCH: expression text taken as written. Made only by {@link Expr#raw(String)} so every
 * use is greppable; its {@link #children()} are what the text parses to, so validation, the secrets
 * a job reads and the untrusted-data check follow the references inside it.
 */
public record RawExpr(String text) implements Expr {
  public RawExpr {
    Objects.requireNonNull(text, "raw expression");
    if (text.isBlank() || text.contains("}}") || text.contains("${{")) {
      throw new IllegalArgumentException(
          "raw expression must be the bare text inside ${{ }}, got '" + text + "'");
    }
  }

  /** What the text parses to; none when it does not parse (validation reports that). */
  @Override
  public List<Expr> children() {
    try {
      return List.of(ExprParser.parse(text));
    } catch (ExprParser.ParseException e) {
      return List.of();
    }
  }
}
