package ai.vibevoice.cicd.dsl.expr;

import java.util.List;
import java.util.Objects;

/**
 * Index access with a computed key, {@code target[key]} ({@code fromJSON(x)[0]}, {@code
 * github.event.inputs[matrix.name]}); a literal string key on a context is parsed as a property.
 */
public record Index(Expr target, Expr key) implements Expr {
  public Index {
    Objects.requireNonNull(target, "indexed expression");
    Objects.requireNonNull(key, "index");
  }

  @Override
  public List<Expr> children() {
    return List.of(target, key);
  }
}
