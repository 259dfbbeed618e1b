package ai.vibevoice.cicd.dsl.job;

import ai.vibevoice.cicd.dsl.expr.Expr;
import ai.vibevoice.cicd.dsl.expr.MatrixRef;
import ai.vibevoice.cicd.dsl.util.Ordered;
import java.util.List;
import java.util.Objects;

/** One axis of a matrix; read its value in the job through {@link #ref()}. */
public record MatrixAxis(String name, List<Object> values) {
  public MatrixAxis {
    Objects.requireNonNull(name, "matrix axis name");
    values = Ordered.copyOf(values, "matrix axis " + name + ": values");
    if (values.isEmpty())
      throw new IllegalArgumentException("matrix axis " + name + " has no values");
    for (Object v : values) MatrixValues.check(v, "matrix axis " + name);
  }

  public static MatrixAxis of(String name, Object... values) {
    return new MatrixAxis(name, List.of(values));
  }

  /** {@code matrix.<name>}. */
  public Expr ref() {
    return new MatrixRef(name);
  }
}
