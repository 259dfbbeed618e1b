package ai.vibevoice.cicd.dsl.action;

import ai.vibevoice.cicd.dsl.builder.EnvBuilder;
import ai.vibevoice.cicd.dsl.expr.Expr;
import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.permission.Need;
import ai.vibevoice.cicd.dsl.repo.RepoPath;
import ai.vibevoice.cicd.dsl.step.ActionRef;
import ai.vibevoice.cicd.dsl.step.ActionStep;
import ai.vibevoice.cicd.dsl.step.InputRole;
import ai.vibevoice.cicd.dsl.step.Step;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The base of every generated binding's builder: the step fields every action shares, and the
 * checks a manifest implies (required inputs, permissions needed when an input is set).
 */
public abstract class ActionBuilder<B extends ActionBuilder<B, O>, O> implements EnvBuilder<B> {
  private final ActionRef ref;
  private final List<Need> needs;
  private final Map<String, List<Need>> needsWhenSet;
  private final Map<String, InputRole> inputRoles;
  private final List<String> outputs;
  private final Step.Builder step;
  private final Map<String, Text> inputs = new LinkedHashMap<>();

  protected ActionBuilder(
      ActionRef ref,
      List<Need> needs,
      Map<String, List<Need>> needsWhenSet,
      Map<String, InputRole> inputRoles,
      List<String> outputs) {
    this.ref = ref;
    this.needs = needs;
    this.needsWhenSet = needsWhenSet;
    this.inputRoles = inputRoles;
    this.outputs = outputs;
    this.step = Step.uses(ref);
  }

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /** Sets a key of the step under construction; the keys below are Step.Builder's, by name. */
  private B step(Consumer<Step.Builder> key) {
    key.accept(step);
    return self();
  }

  public B id(String id) {
    return step(s -> s.id(id));
  }

  public B name(String name) {
    return step(s -> s.name(name));
  }

  @Override
  public B env(String name, Text value) {
    return step(s -> s.env(name, value));
  }

  public B ifCondition(Expr condition) {
    return step(s -> s.ifCondition(condition));
  }

  public B continueOnError(boolean value) {
    return step(s -> s.continueOnError(value));
  }

  /** See {@link Step.Builder#reads}. */
  public B reads(RepoPath... paths) {
    return step(s -> s.reads(paths));
  }

  public B timeoutMinutes(int minutes) {
    return step(s -> s.timeoutMinutes(minutes));
  }

  /**
   * Declares a permission the step requires beyond the manifest's (what the script of github-script
   * does, say).
   */
  public B requires(Need need) {
    return step(s -> s.requires(need));
  }

  /** Declares that the step pushes with the checked-out credentials. */
  public B pushes() {
    return step(Step.Builder::pushes);
  }

  /** Sets an input the manifest lists; the generated typed methods call this. */
  protected B input(String name, Text value) {
    inputs.put(
        name, Objects.requireNonNull(value, () -> ref.name() + ": input " + name + " is null"));
    return self();
  }

  /**
   * Sets a list input, its items joined by the action's separator; an item holding the separator
   * would read as several items, so it is refused ({@code severity("HIGH,CRITICAL")} where the
   * items are {@code "HIGH", "CRITICAL"}).
   */
  protected B list(String name, String separator, List<String> items) {
    for (String item : items) {
      if (item.contains(separator)) {
        throw new IllegalArgumentException(
            ref.name()
                + ": input "
                + name
                + ": item '"
                + item.replace("\n", "\\n")
                + "' contains the list separator '"
                + separator.replace("\n", "\\n")
                + "'; give the items one by one");
      }
    }
    return input(name, Text.of(String.join(separator, items)));
  }

  /**
   * ESCAPE HATCH: an input the manifest does not list (an action upgraded by Dependabot whose new
   * inputs were not yet re-verified). Update the manifest instead whenever you can.
   */
  public B uncheckedInput(String name, Text value) {
    return input(name, value);
  }

  /** The outputs object of the generated binding, reading from the built step. */
  protected abstract O outputs(Step step);

  /**
   * The step, with the manifest's permissions, input roles and outputs. Required inputs are
   * parameters of the binding's {@code builder(...)}, so none can be missing; calling this twice
   * gives equal steps.
   */
  public ActionStep<O> build() {
    Step.Builder b = step.build().toBuilder();
    needs.forEach(b::requires);
    new TreeMap<>(inputRoles).forEach(b::inputRole); // Map.of has no order; input names do
    inputs.forEach(
        (k, v) -> {
          b.with(k, v);
          if (!v.render().equals("false"))
            needsWhenSet.getOrDefault(k, List.of()).forEach(b::requires);
        });
    b.outputs(outputs.toArray(String[]::new));
    Step built = b.build();
    return new ActionStep<>(built, outputs(built));
  }
}
