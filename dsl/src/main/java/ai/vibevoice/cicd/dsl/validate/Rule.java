package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.expr.Expr;
import ai.vibevoice.cicd.dsl.job.CallJob;
import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.step.Step;
import java.lang.reflect.Method;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One check of a workflow set, in the shape of an Error Prone bug checker: a class named for what
 * it checks, annotated with what it {@link Rejects}, and hooks the {@link Walker} calls at each
 * workflow, job, step and expression node. Every hook does nothing unless a rule overrides it;
 * {@link Rules#all()} lists every rule.
 */
public interface Rule {
  /**
   * The rule's name: its class's simple name in kebab-case ({@code NoTimeout} is {@code
   * no-timeout}).
   */
  default String id() {
    return getClass()
        .getSimpleName()
        .replaceAll("([a-z0-9])([A-Z])", "$1-$2")
        .toLowerCase(Locale.ROOT);
  }

  /** What the rule rejects: its {@link Rejects} annotation. */
  default String summary() {
    Rejects rejects = getClass().getAnnotation(Rejects.class);
    if (rejects == null) {
      throw new IllegalStateException(getClass().getName() + " is a Rule without @Rejects");
    }
    return rejects.value();
  }

  /** Where the rule applies: the level whose hooks it overrides (one level's, such as a job's). */
  default Level appliesTo() {
    Set<Level> levels = EnumSet.noneOf(Level.class);
    for (Method m : getClass().getDeclaredMethods()) {
      for (Level level : Level.values()) if (level.hooks.contains(m.getName())) levels.add(level);
    }
    if (levels.size() != 1) {
      throw new IllegalStateException(
          getClass().getName()
              + " overrides the hooks of "
              + levels
              + "; a rule overrides one level's");
    }
    return levels.iterator().next();
  }

  /** Called once per workflow; {@code at} sees the whole set through {@link Sight#workflows()}. */
  default void checkWorkflow(Sight at, Reporter r) {}

  /** Called once per job, before its expressions are checked. */
  default void checkJob(Sight at, Reporter r) {}

  /** Called once per job that runs steps, right after {@link #checkJob}. */
  default void checkRunJob(Sight at, RunJob job, Reporter r) {}

  /** Called once per job that calls a reusable workflow, right after {@link #checkJob}. */
  default void checkCallJob(Sight at, CallJob job, Reporter r) {}

  /** Called once per step of a run job, after the step's expressions are checked. */
  default void checkStep(Sight at, Step step, Reporter r) {}

  /** Called for every node of every expression, with where it is read and what is visible there. */
  default void checkExpression(Expr node, Sight at, Reporter r) {}

  /** Called for every {@code ${{ }}} that does not parse. */
  default void checkUnparsed(Unparsed expression, Sight at, Reporter r) {}

  /** The elements of a workflow a rule applies to, each with its hooks. */
  enum Level {
    WORKFLOW("checkWorkflow"),
    JOB("checkJob", "checkRunJob", "checkCallJob"),
    STEP("checkStep"),
    EXPRESSION("checkExpression", "checkUnparsed");

    private final List<String> hooks;

    Level(String... hooks) {
      this.hooks = List.of(hooks);
    }

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
