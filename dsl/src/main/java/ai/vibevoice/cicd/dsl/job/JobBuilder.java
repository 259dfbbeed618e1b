package ai.vibevoice.cicd.dsl.job;

import ai.vibevoice.cicd.dsl.expr.Expr;
import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.permission.Access;
import ai.vibevoice.cicd.dsl.permission.Need;
import ai.vibevoice.cicd.dsl.permission.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What {@link RunJob.Builder} and {@link CallJob.Builder} share: the keys every job has, each
 * setter written once; their generated bases extend it ({@code @Buildable(extending = ...)}), so
 * these keys are copied and built there. See <a
 * href="https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#jobs">jobs</a>.
 */
public abstract class JobBuilder<B extends JobBuilder<B>> {
  String id;
  Text name;
  final List<String> needs = new ArrayList<>();
  Expr ifCondition;
  final List<Need> grants = new ArrayList<>();
  Concurrency concurrency;
  Strategy strategy;

  JobBuilder() {}

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  public B id(String id) {
    this.id = id;
    return self();
  }

  public B name(String name) {
    return name(name == null ? null : Text.of(name));
  }

  /**
   * A name that interpolates values, such as the matrix entry: {@code Text.of("Build (",
   * axis.ref(), ")")}.
   */
  public B name(Text name) {
    this.name = name;
    return self();
  }

  /** Waits for {@code jobs}; referenced by object so a rename follows. */
  public B needs(Job... jobs) {
    for (Job j : jobs) needs.add(Objects.requireNonNull(j, "needs: job").id());
    return self();
  }

  public B ifCondition(Expr condition) {
    this.ifCondition = condition;
    return self();
  }

  /**
   * An explicit grant, for permissions no step or callee declares (the reason lands in the
   * generated docs).
   */
  public B grant(Scope scope, Access access, String reason) {
    grants.add(new Need(scope, access, reason));
    return self();
  }

  public B concurrency(Concurrency concurrency) {
    this.concurrency = concurrency;
    return self();
  }

  public B strategy(Strategy strategy) {
    this.strategy = strategy;
    return self();
  }
}
