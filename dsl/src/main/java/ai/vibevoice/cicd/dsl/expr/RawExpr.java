package ai.vibevoice.cicd.dsl.expr;

import java.util.Objects;

/**
 * ESCAPE HATCH: expression text taken as written, unchecked. Made only by {@link Expr#raw(String)}
 * so every use is greppable; validation cannot follow references inside it.
 */
public record RawExpr(String text) implements Expr {
  public RawExpr {
    Objects.requireNonNull(text, "raw expression");
    if (text.isBlank() || text.contains("}}") || text.contains("${{")) {
      throw new IllegalArgumentException(
          "raw expression must be the bare text inside ${{ }}, got '" + text + "'");
    }
  }
}
