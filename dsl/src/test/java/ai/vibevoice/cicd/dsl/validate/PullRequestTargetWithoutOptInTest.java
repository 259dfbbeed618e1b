package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static ai.vibevoice.cicd.dsl.Fixtures.workflow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.vibevoice.cicd.dsl.trigger.Filters;
import ai.vibevoice.cicd.dsl.trigger.PullRequestTarget;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link PullRequestTargetWithoutOptIn}: the literal text of its message, what it rejects and the
 * near misses it accepts.
 */
class PullRequestTargetWithoutOptInTest {

  @Test
  void rejects_pull_request_target_without_opt_in_and_accepts_it_with_a_reason() {
    PullRequestTarget t = new PullRequestTarget(List.of(), Filters.NONE);
    RuleTesting.assertOnly(
        ".github/workflows/test.yml: "
            + "uses pull_request_target (secrets and a write token on fork events) without allowPullRequestTarget(reason)",
        workflow(job("a").build()).on(t).build());
    assertEquals(
        List.of(),
        RuleTesting.problems(
            workflow(job("a").build())
                .on(t)
                .allowPullRequestTarget("labels pull requests; never checks out their code")
                .build()));
  }
}
