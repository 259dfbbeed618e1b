package ai.vibevoice.cicd.dsl.job;

import ai.vibevoice.cicd.dsl.expr.Expr;
import ai.vibevoice.cicd.dsl.expr.Text;
import java.util.Objects;

/**
 * A {@code concurrency:} group; {@code cancelInProgress} is a literal boolean or an expression
 * (cancel only for pull requests, say). See <a
 * href="https://docs.github.com/en/actions/how-tos/write-workflows/choose-when-workflows-run/control-workflow-concurrency">concurrency</a>.
 */
public record Concurrency(Text group, Expr cancelInProgress) {
  public Concurrency {
    Objects.requireNonNull(group, "concurrency group");
    Objects.requireNonNull(cancelInProgress, "concurrency cancel-in-progress");
  }

  public static Concurrency of(Text group, boolean cancelInProgress) {
    return new Concurrency(group, Expr.of(cancelInProgress));
  }

  public static Concurrency of(Text group, Expr cancelInProgress) {
    return new Concurrency(group, cancelInProgress);
  }
}
