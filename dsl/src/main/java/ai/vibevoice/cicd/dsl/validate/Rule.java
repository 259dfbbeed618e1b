package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.expr.Expr;
import ai.vibevoice.cicd.dsl.step.Step;

/**
 * One check of a workflow set, in the shape of an Error Prone bug checker: an id, a one-line
 * summary, and hooks the {@link Walker} calls at each workflow, job, step and expression node.
 * Every hook does nothing unless a rule overrides it; {@link Rules#all()} lists every rule.
 */
public interface Rule {
  /** The rule's name in kebab-case, unique in {@link Rules#all()}. */
  String id();

  /** What the rule rejects, in one line (the guide's table shows it). */
  String summary();

  /**
   * Where the rule applies: a workflow, a job, a step or an expression (the guide's table shows
   * it).
   */
  default String appliesTo() {
    return "workflow";
  }

  /** Called once per workflow; {@code at} sees the whole set through {@link Sight#workflows()}. */
  default void checkWorkflow(Sight at, Reporter r) {}

  /** Called once per job, before its expressions are checked. */
  default void checkJob(Sight at, Reporter r) {}

  /** Called once per step of a run job, after the step's expressions are checked. */
  default void checkStep(Sight at, Step step, Reporter r) {}

  /** Called for every node of every expression, with where it is read and what is visible there. */
  default void checkExpression(Expr node, Sight at, Reporter r) {}

  /** Called for every {@code ${{ }}} that does not parse. */
  default void checkUnparsed(Unparsed expression, Sight at, Reporter r) {}
}
