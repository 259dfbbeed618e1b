package ai.vibevoice.cicd.dsl.trigger;

import ai.vibevoice.cicd.dsl.util.Ordered;
import java.util.List;

/** {@code on.workflow_dispatch}: a manual run, with typed inputs (at most 25). */
public record WorkflowDispatch(List<WorkflowInput> inputs) implements Trigger {
  public WorkflowDispatch {
    inputs = Ordered.copyOf(inputs, "workflow_dispatch inputs");
    if (inputs.size() > 25)
      throw new IllegalArgumentException("workflow_dispatch takes at most 25 inputs");
  }

  public static WorkflowDispatch of(WorkflowInput... inputs) {
    return new WorkflowDispatch(List.of(inputs));
  }
}
