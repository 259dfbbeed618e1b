package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static ai.vibevoice.cicd.dsl.Fixtures.workflow;
import static ai.vibevoice.cicd.dsl.validate.RuleTesting.AT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.vibevoice.cicd.dsl.expr.Github;
import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.step.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link UntrustedInScriptInput}: its message, a workflow it accepts, and the workflows it rejects.
 */
class UntrustedInScriptInputTest {

  @Test
  void its_message_reads_as_written() {
    assertEquals(
        "interpolates ${{ github.head_ref }}, which an outsider can choose, into github-script's script"
            + " (code injection); pass it through env: and read process.env instead",
        UntrustedInScriptInput.message("github.head_ref"));
  }

  @Test
  void rejects_untrusted_expressions_in_a_github_script() {
    ai.vibevoice.cicd.dsl.step.ActionRef script =
        new ai.vibevoice.cicd.dsl.step.ActionRef(
            "actions/github-script", null, "ed597411d8f924073f98dfc5c65a23a2325f34cd", "v8.0.0");
    RunJob j =
        job("a")
            .step(
                Step.uses(script)
                    .id("gs")
                    .with("script", Text.of("core.info('", Github.event("issue.title"), "')"))
                    .build())
            .build();
    RuleTesting.assertOnly(
        ".github/workflows/test.yml: job a: step gs: "
            + UntrustedInScriptInput.message("github.event.issue.title"),
        workflow(j).build());
  }

  @Test
  void an_untrusted_expression_typed_into_a_github_script_is_refused_and_a_safe_one_accepted() {
    ai.vibevoice.cicd.dsl.step.ActionRef script =
        new ai.vibevoice.cicd.dsl.step.ActionRef(
            "actions/github-script", null, "ed597411d8f924073f98dfc5c65a23a2325f34cd", "v8.0.0");
    RunJob bad =
        job("a")
            .step(
                Step.uses(script)
                    .id("gs")
                    .with("script", Text.of("core.info('${{ github.event.pull_request.title }}')"))
                    .build())
            .build();
    RuleTesting.assertOnly(
        ".github/workflows/test.yml: job a: step gs: "
            + UntrustedInScriptInput.message("github.event.pull_request.title"),
        workflow(bad).build());
    RunJob safe =
        job("a")
            .step(
                Step.uses(script)
                    .id("gs")
                    .with(
                        "script",
                        Text.of(
                            "core.info('${{ github.event.pull_request.number }} ${{ github.sha }}')"))
                    .build())
            .build();
    assertEquals(List.of(), RuleTesting.problems(workflow(safe).build()));
  }

  @Test
  void a_safe_pull_request_number_is_accepted_in_a_github_script_and_an_unsafe_head_ref_refused() {
    ai.vibevoice.cicd.dsl.step.ActionRef script =
        new ai.vibevoice.cicd.dsl.step.ActionRef(
            "actions/github-script", null, "ed597411d8f924073f98dfc5c65a23a2325f34cd", "v8.0.0");
    RunJob safe =
        job("a")
            .step(
                Step.uses(script)
                    .id("gs")
                    .with(
                        "script", Text.of("core.info('", Github.event("pull_request.number"), "')"))
                    .build())
            .build();
    assertEquals(List.of(), RuleTesting.problems(workflow(safe).build()));
    RunJob unsafe =
        job("a")
            .step(
                Step.uses(script)
                    .id("gs")
                    .with(
                        "script",
                        Text.of("core.info('", Github.event("pull_request.head.ref"), "')"))
                    .build())
            .build();
    RuleTesting.assertOnly(
        AT
            + "job a: step gs: interpolates ${{ github.event.pull_request.head.ref }}, which an outsider can"
            + " choose, into github-script's script (code injection); pass it through env: and read process.env instead",
        workflow(unsafe).build());
  }
}
