package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.trigger.PullRequestTarget;
import ai.vibevoice.cicd.dsl.workflow.Workflow;

@Rejects("The workflow runs on pull_request_target without a documented reason.")
public final class PullRequestTargetWithoutOptIn implements Rule {
  @Override
  public void checkWorkflow(Sight at, Reporter r) {
    Workflow w = at.workflow();
    if (w.on(PullRequestTarget.class)
        && (w.pullRequestTargetReason() == null || w.pullRequestTargetReason().isBlank())) {
      r.report(at, message());
    }
  }

  public static String message() {
    return "uses pull_request_target (secrets and a write token on fork events) without allowPullRequestTarget(reason)";
  }
}
