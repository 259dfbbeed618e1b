package ai.vibevoice.cicd.dsl.expr;

import ai.vibevoice.cicd.dsl.util.Ordered;
import java.util.List;
import java.util.Objects;

/** A call of one of GitHub's expression functions; build it through {@link Fn}. */
public record Call(String function, List<Expr> args) implements Expr {
  public Call {
    Objects.requireNonNull(function, "function");
    args = Ordered.copyOf(args, "arguments of " + function + "()");
  }

  @Override
  public List<Expr> children() {
    return args;
  }
}
