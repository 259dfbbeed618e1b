package ai.vibevoice.cicd.dsl.trigger;

import ai.vibevoice.cicd.dsl.expr.Expr;
import ai.vibevoice.cicd.dsl.expr.Fn;
import ai.vibevoice.cicd.dsl.expr.InputRef;
import ai.vibevoice.cicd.dsl.util.Ordered;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An input of {@code workflow_dispatch} or {@code workflow_call}. Read it in expressions through
 * {@link #ref()}, so the name cannot drift from the declaration.
 */
public record WorkflowInput(
    String name,
    Type type,
    String description,
    boolean required,
    Object defaultValue,
    List<String> options) {

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  /** Input types; choice and environment exist only for workflow_dispatch. */
  public enum Type {
    STRING,
    BOOLEAN,
    NUMBER,
    CHOICE,
    ENVIRONMENT;

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public WorkflowInput {
    Objects.requireNonNull(name, "input name");
    Objects.requireNonNull(type, () -> "input " + name + ": type");
    Objects.requireNonNull(description, () -> "input " + name + ": description");
    options = Ordered.copyOf(options, "input " + name + ": options");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("input name '" + name + "' must match " + NAME);
    }
    if ((type == Type.CHOICE) == options.isEmpty()) {
      throw new IllegalArgumentException(
          "input " + name + ": options go with type choice, and choice needs them");
    }
    if (defaultValue != null) {
      boolean ok =
          switch (type) {
            case BOOLEAN -> defaultValue instanceof Boolean;
            case NUMBER -> defaultValue instanceof Number;
            case CHOICE -> options.contains(defaultValue);
            case STRING, ENVIRONMENT -> defaultValue instanceof String;
          };
      if (!ok) {
        throw new IllegalArgumentException(
            "input "
                + name
                + ": default "
                + defaultValue
                + " does not fit type "
                + type.key()
                + (type == Type.CHOICE ? " with options " + options : ""));
      }
    }
  }

  public static WorkflowInput string(String name, String description, String defaultValue) {
    return new WorkflowInput(name, Type.STRING, description, false, defaultValue, List.of());
  }

  public static WorkflowInput bool(String name, String description, boolean defaultValue) {
    return new WorkflowInput(name, Type.BOOLEAN, description, false, defaultValue, List.of());
  }

  public static WorkflowInput number(String name, String description, Number defaultValue) {
    return new WorkflowInput(name, Type.NUMBER, description, false, defaultValue, List.of());
  }

  public static WorkflowInput choice(
      String name, String description, String defaultValue, String... options) {
    return new WorkflowInput(name, Type.CHOICE, description, false, defaultValue, List.of(options));
  }

  public static WorkflowInput environment(String name, String description) {
    return new WorkflowInput(name, Type.ENVIRONMENT, description, false, null, List.of());
  }

  /** A required copy (with no default: a required input with a default is never missing). */
  public WorkflowInput asRequired() {
    return new WorkflowInput(name, type, description, true, null, options);
  }

  /**
   * {@code inputs.<name>}; in a workflow that also runs on other events, read it with {@link
   * #orDefault()}.
   */
  public Expr ref() {
    return new InputRef(name);
  }

  /**
   * {@code inputs.<name>}, or the declared default when the input is empty, as it is on every event
   * but {@code workflow_dispatch} (a push or schedule run has no inputs): {@code inputs.rate ||
   * '2'}. A boolean compares its text, so a dispatched {@code false} stays false where the default
   * is true.
   */
  public Expr orDefault() {
    if (defaultValue == null) {
      throw new IllegalStateException("input " + name + " has no default to fall back to");
    }
    if (type == Type.BOOLEAN) {
      return (Boolean) defaultValue ? Fn.format("{0}", ref()).ne("false") : ref().eq(Expr.of(true));
    }
    return ref().or(Expr.of(defaultValue));
  }
}
