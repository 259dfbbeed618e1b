package ai.vibevoice.cicd.dsl.render;

import ai.vibevoice.cicd.dsl.workflow.Workflow;
import java.util.List;

/** Model to YAML text in one call: {@link WorkflowTree} then {@link YamlEmitter}. */
public final class WorkflowRenderer {
  private WorkflowRenderer() {}

  /** The workflow's YAML, with {@code header} as its leading comment lines. */
  public static String render(Workflow workflow, List<String> header) {
    return YamlEmitter.emit(WorkflowTree.document(workflow, header));
  }
}
