package ai.vibevoice.cicd.dsl.job;

import ai.vibevoice.cicd.dsl.expr.Expr;
import ai.vibevoice.cicd.dsl.expr.MatrixRef;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A key that matrix {@code include} entries add beside the axes ({@code runner}, {@code platform}):
 * declare it once, use it in {@link Strategy.Builder#include} and read it through {@link #ref()},
 * so neither side can be misspelt. The validator knows the include keys of each job.
 */
public record MatrixKey(String name) {
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  public MatrixKey {
    Objects.requireNonNull(name, "matrix key");
    if (!NAME.matcher(name).matches())
      throw new IllegalArgumentException("matrix key '" + name + "' must match " + NAME);
  }

  public static MatrixKey of(String name) {
    return new MatrixKey(name);
  }

  /** {@code matrix.<name>}. */
  public Expr ref() {
    return new MatrixRef(name);
  }
}
