package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static ai.vibevoice.cicd.dsl.Fixtures.workflow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.vibevoice.cicd.dsl.expr.Github;
import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.job.Concurrency;
import ai.vibevoice.cicd.dsl.trigger.PullRequest;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link PullRequestWithoutConcurrency}: the literal text of its message, what it rejects and the
 * near misses it accepts.
 */
class PullRequestWithoutConcurrencyTest {

  @Test
  void rejects_pull_request_workflow_without_cancelling_concurrency() {
    Workflow w = workflow(job("a").build()).on(PullRequest.any()).build();
    RuleTesting.assertOnly(
        ".github/workflows/test.yml: "
            + "runs on pull_request but no concurrency group cancels superseded runs",
        w);
    Workflow notCancelling =
        w.toBuilder().concurrency(Concurrency.of(Text.of(Github.REF), false)).build();
    RuleTesting.assertOnly(
        ".github/workflows/test.yml: "
            + "runs on pull_request but no concurrency group cancels superseded runs",
        notCancelling);
    Workflow ok = w.toBuilder().concurrency(Concurrency.of(Text.of(Github.REF), true)).build();
    assertEquals(List.of(), RuleTesting.problems(ok));
  }
}
