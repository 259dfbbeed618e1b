package ai.vibevoice.cicd.dsl.step;

import java.util.Objects;

/**
 * A step made by a typed action binding, with the action's outputs as typed expressions: {@code
 * metadata.outputs().tags()} instead of {@code steps.meta.outputs.tags}.
 */
public record ActionStep<O>(Step step, O outputs) {
  public ActionStep {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(outputs, "outputs");
  }
}
