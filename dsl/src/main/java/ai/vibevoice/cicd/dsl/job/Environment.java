package ai.vibevoice.cicd.dsl.job;

import ai.vibevoice.cicd.dsl.expr.Text;
import java.util.Objects;

/**
 * {@code environment:}: a deployment environment (its protection rules gate the job), with an
 * optional URL.
 */
public record Environment(String name, Text url) {
  public Environment {
    Objects.requireNonNull(name, "environment name");
  }

  public static Environment of(String name) {
    return new Environment(name, null);
  }
}
