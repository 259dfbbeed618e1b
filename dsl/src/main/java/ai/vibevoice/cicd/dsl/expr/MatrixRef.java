package ai.vibevoice.cicd.dsl.expr;

import java.util.Objects;

/** {@code matrix.<axis>}; validated against the axes (and include keys) the job declares. */
public record MatrixRef(String axis) implements Ref {
  public MatrixRef {
    Objects.requireNonNull(axis, "matrix axis");
  }
}
