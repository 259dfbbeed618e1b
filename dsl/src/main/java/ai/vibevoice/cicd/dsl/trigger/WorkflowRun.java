package ai.vibevoice.cicd.dsl.trigger;

import ai.vibevoice.cicd.dsl.util.Ordered;
import java.util.List;
import java.util.Set;

/**
 * {@code on.workflow_run}: runs after other workflows (named by their {@code name:}), with a write
 * token even when those ran for a fork. Validation checks every named workflow is generated here.
 */
public record WorkflowRun(List<String> workflows, List<String> types, List<String> branches)
    implements Trigger {
  private static final Set<String> TYPES = Set.of("completed", "requested", "in_progress");

  public WorkflowRun {
    workflows = Ordered.copyOf(workflows, "workflow_run workflows");
    types = Ordered.copyOf(types, "workflow_run types");
    branches = Ordered.copyOf(branches, "workflow_run branches");
    if (workflows.isEmpty()) throw new IllegalArgumentException("workflow_run needs a workflow");
    for (String t : types) {
      if (!TYPES.contains(t))
        throw new IllegalArgumentException("workflow_run type '" + t + "' is not one of " + TYPES);
    }
  }

  /** After {@code workflows} complete, on the given branches (none: any branch). */
  public static WorkflowRun completed(List<String> workflows, String... branches) {
    return new WorkflowRun(workflows, List.of("completed"), List.of(branches));
  }
}
