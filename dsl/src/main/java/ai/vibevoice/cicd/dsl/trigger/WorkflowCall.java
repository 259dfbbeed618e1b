package ai.vibevoice.cicd.dsl.trigger;

import ai.vibevoice.cicd.dsl.codegen.Buildable;
import ai.vibevoice.cicd.dsl.expr.Contexts;
import ai.vibevoice.cicd.dsl.expr.Expr;
import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.util.Ordered;
import java.util.List;
import java.util.Objects;

/**
 * {@code on.workflow_call}: makes the workflow reusable. Inputs are string, boolean or number;
 * outputs map to {@code jobs.<id>.outputs.<name>} of this workflow's jobs. See <a
 * href="https://docs.github.com/en/actions/how-tos/reuse-automations/reuse-workflows">reusing
 * workflows</a>.
 */
@Buildable
public record WorkflowCall(
    @Buildable.Adder("input") List<WorkflowInput> inputs,
    List<Secret> secrets,
    List<Output> outputs)
    implements Trigger {

  /** A secret the caller passes in. */
  public record Secret(String name, String description, boolean required) {
    public Secret {
      Objects.requireNonNull(name, "secret name");
      Objects.requireNonNull(description, () -> "secret " + name + ": description");
    }

    /** {@code secrets.<name>} inside the called workflow. */
    public Expr ref() {
      return Contexts.secrets(name);
    }
  }

  /**
   * An output of the called workflow, read by callers as {@code needs.<call job>.outputs.<name>}.
   */
  public record Output(String name, String description, Text value) {
    public Output {
      Objects.requireNonNull(name, "output name");
      Objects.requireNonNull(description, () -> "output " + name + ": description");
      Objects.requireNonNull(value, () -> "output " + name + ": value");
    }
  }

  public WorkflowCall {
    inputs = Ordered.copyOf(inputs, "workflow_call inputs");
    secrets = Ordered.copyOf(secrets, "workflow_call secrets");
    outputs = Ordered.copyOf(outputs, "workflow_call outputs");
    for (WorkflowInput i : inputs) {
      if (i.type() == WorkflowInput.Type.CHOICE || i.type() == WorkflowInput.Type.ENVIRONMENT) {
        throw new IllegalArgumentException(
            "workflow_call input "
                + i.name()
                + ": type "
                + i.type().key()
                + " exists only for workflow_dispatch");
      }
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** The declared output named {@code name}, or an exception naming the ones there are. */
  public Output output(String name) {
    return outputs.stream()
        .filter(o -> o.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "workflow_call declares no output '"
                        + name
                        + "'; it has "
                        + outputs.stream().map(Output::name).toList()));
  }

  public static final class Builder extends WorkflowCallBuilderBase {
    private Builder() {}

    public Builder secret(String name, String description, boolean required) {
      secrets.add(new Secret(name, description, required));
      return this;
    }

    public Builder output(String name, String description, Text value) {
      outputs.add(new Output(name, description, value));
      return this;
    }
  }
}
