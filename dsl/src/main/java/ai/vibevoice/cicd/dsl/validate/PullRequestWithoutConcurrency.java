package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.expr.Literal;
import ai.vibevoice.cicd.dsl.job.Concurrency;
import ai.vibevoice.cicd.dsl.trigger.PullRequest;

@Rejects("The workflow runs on pull_request but no concurrency group cancels superseded runs.")
public final class PullRequestWithoutConcurrency implements Rule {
  @Override
  public void checkWorkflow(Sight at, Reporter r) {
    if (at.workflow().on(PullRequest.class) && !cancels(at.workflow().concurrency()))
      r.report(at, message());
  }

  private static boolean cancels(Concurrency c) {
    return c != null
        && !(c.cancelInProgress() instanceof Literal l && Boolean.FALSE.equals(l.value()));
  }

  public static String message() {
    return "runs on pull_request but no concurrency group cancels superseded runs";
  }
}
