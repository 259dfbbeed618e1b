package ai.vibevoice.cicd.dsl.workflow;

import ai.vibevoice.cicd.dsl.job.Callee;
import ai.vibevoice.cicd.dsl.job.Job;
import ai.vibevoice.cicd.dsl.permission.Permissions;
import ai.vibevoice.cicd.dsl.trigger.WorkflowCall;
import java.util.Objects;

/**
 * A reusable workflow generated in the same set, called as {@code ./.github/workflows/<file>}. The
 * caller's grant is computed from the called workflow's jobs, so it can never fall short.
 */
public record LocalWorkflow(Workflow workflow) implements Callee {
  public LocalWorkflow {
    Objects.requireNonNull(workflow, "called workflow");
    if (workflow.workflowCall() == null) {
      throw new IllegalArgumentException(
          "workflow "
              + workflow.fileName()
              + " has no workflow_call trigger, so it cannot be called");
    }
  }

  @Override
  public String uses() {
    return "./.github/workflows/" + workflow.fileName();
  }

  @Override
  public WorkflowCall contract() {
    return workflow.workflowCall();
  }

  @Override
  public Permissions required() {
    Permissions p = Permissions.none();
    for (Job j : workflow.jobs()) p = p.union(j.permissions());
    return p;
  }
}
