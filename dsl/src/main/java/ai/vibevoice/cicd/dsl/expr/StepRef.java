package ai.vibevoice.cicd.dsl.expr;

import java.util.Objects;

/**
 * {@code steps.<id>.outputs.<name>}, {@code .outcome} or {@code .conclusion}; made by the step
 * object.
 */
public record StepRef(String stepId, Property property, String output) implements Ref {
  /** What of the step is read. */
  public enum Property {
    OUTPUT,
    OUTCOME,
    CONCLUSION
  }

  public StepRef {
    Objects.requireNonNull(stepId, "step id");
    Objects.requireNonNull(property, () -> "step " + stepId + ": property");
    if ((property == Property.OUTPUT) != (output != null)) {
      throw new IllegalArgumentException(
          "step " + stepId + ": an output name goes with OUTPUT only");
    }
  }
}
