package ai.vibevoice.cicd.dsl.job;

import ai.vibevoice.cicd.dsl.permission.Permissions;
import ai.vibevoice.cicd.dsl.trigger.WorkflowCall;

/**
 * The reusable workflow a {@link CallJob} calls: a published one ({@link RemoteWorkflow}) or one
 * generated in the same set ({@code workflow.LocalWorkflow}, which lives beside {@code Workflow} so
 * that jobs never depend on workflows).
 */
public interface Callee {
  /** The {@code uses:} value of the call job. */
  String uses();

  /** The comment after {@code uses:} (a version), or null: a local workflow has no version. */
  default String comment() {
    return null;
  }

  /** What the called workflow declares under {@code on.workflow_call}. */
  WorkflowCall contract();

  /**
   * What the caller must grant: the called jobs are capped by it, and a shortfall fails at start.
   */
  Permissions required();
}
