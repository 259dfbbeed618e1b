package ai.vibevoice.cicd.dsl.builder;

import ai.vibevoice.cicd.dsl.expr.Expr;
import ai.vibevoice.cicd.dsl.expr.Text;

/**
 * A builder with an {@code env:} map (workflow, job, step, action step): each builder writes the
 * {@link Text} setter, the other overloads are written here once.
 */
public interface EnvBuilder<B extends EnvBuilder<B>> {
  /** Sets the variable {@code name} to {@code value}. */
  B env(String name, Text value);

  default B env(String name, Expr value) {
    return env(name, Text.of(value));
  }

  default B env(String name, String value) {
    return env(name, Text.of(value));
  }
}
