package ai.vibevoice.cicd.dsl.workflow;

/**
 * A class that describes one workflow file; the generator names it in the file's header, so a
 * reader of the YAML knows which Java to edit.
 */
public interface WorkflowSource {
  Workflow workflow();
}
