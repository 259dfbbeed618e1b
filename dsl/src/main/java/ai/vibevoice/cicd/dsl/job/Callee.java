package ai.vibevoice.cicd.dsl.job;

import ai.vibevoice.cicd.dsl.permission.Permissions;
import ai.vibevoice.cicd.dsl.trigger.WorkflowCall;

/** The reusable workflow a {@link CallJob} calls: one generated here, or a published one. */
public sealed interface Callee permits LocalWorkflow, RemoteWorkflow {
  /** The {@code uses:} value of the call job. */
  String uses();

  /** The comment after {@code uses:} (a version), or null. */
  String comment();

  /** What the called workflow declares under {@code on.workflow_call}. */
  WorkflowCall contract();

  /** What the caller must grant: the called jobs are capped by it, and a shortfall fails at start. */
  Permissions required();
}
