package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.trigger.Trigger;
import ai.vibevoice.cicd.dsl.trigger.WorkflowRun;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import java.util.List;

@Rejects("A workflow_run trigger names a workflow that is not generated in the set.")
public final class UnknownWorkflowRun implements Rule {
  @Override
  public void checkWorkflow(Sight at, Reporter r) {
    List<String> names = at.workflows().stream().map(Workflow::name).toList();
    for (Trigger t : at.workflow().triggers()) {
      if (t instanceof WorkflowRun run) {
        run.workflows().stream()
            .filter(n -> !names.contains(n))
            .forEach(n -> r.report(at, message(n, names)));
      }
    }
  }

  public static String message(String name, List<String> generated) {
    return "workflow_run names workflow '%s', which is not generated here (generated: %s)"
        .formatted(name, generated);
  }
}
