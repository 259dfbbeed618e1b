package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static ai.vibevoice.cicd.dsl.Fixtures.workflow;
import static ai.vibevoice.cicd.dsl.validate.RuleTesting.AT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.vibevoice.cicd.dsl.Fixtures;
import ai.vibevoice.cicd.dsl.actions.GithubScript;
import ai.vibevoice.cicd.dsl.expr.Github;
import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.step.InputRole;
import ai.vibevoice.cicd.dsl.step.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link UntrustedInCodeInput}: its message, the steps it accepts, and the steps it rejects. */
class UntrustedInCodeInputTest {

  @Test
  void its_message_reads_as_written() {
    assertEquals(
        "interpolates ${{ github.head_ref }}, which an outsider can choose, into script, which the"
            + " action runs as code (code injection); pass it through env: and read it from the"
            + " environment",
        UntrustedInCodeInput.message("github.head_ref", "script"));
  }

  @Test
  void rejects_untrusted_expressions_typed_or_written_into_a_github_script() {
    assertEquals(
        List.of(
            AT
                + "job a: step gs: interpolates ${{ github.event.pull_request.head.ref }}, which an"
                + " outsider can choose, into script, which the action runs as code (code"
                + " injection); pass it through env: and read it from the environment",
            AT
                + "job a: step gs: "
                + UntrustedInCodeInput.message("github.event.issue.title", "script"),
            AT
                + "job a: step gs: "
                + UntrustedInCodeInput.message("github.event.pull_request.title", "script")),
        problems(
            script(Text.of("core.info('", Github.event("pull_request.head.ref"), "')")),
            script(Text.of("core.info('", Github.event("issue.title"), "')")),
            script(Text.of("core.info('${{ github.event.pull_request.title }}')"))));
  }

  @Test
  void accepts_expressions_an_outsider_cannot_choose() {
    assertEquals(
        List.of(),
        problems(
            script(Text.of("core.info('", Github.event("pull_request.number"), "')")),
            script(
                Text.of(
                    "core.info('${{ github.event.pull_request.number }} ${{ github.sha }}')"))));
  }

  @Test
  void applies_to_any_input_of_role_code_and_to_none_without() {
    Text untrusted = Text.of(Github.event("issue.title"));
    Step declared =
        Step.uses(Fixtures.CHECKOUT)
            .id("declared")
            .with("program", untrusted)
            .inputRole("program", InputRole.CODE)
            .build();
    Step raw = Step.uses(Fixtures.CHECKOUT).id("raw").with("script", untrusted).build();
    assertEquals(
        List.of(
            AT
                + "job a: step declared: "
                + UntrustedInCodeInput.message("github.event.issue.title", "program")),
        problems(declared, raw));
  }

  private static Step script(Text code) {
    return GithubScript.builder(code).id("gs").build().step();
  }

  private static List<String> problems(Step... steps) {
    return RuleTesting.problems(
        new UntrustedInCodeInput(), workflow(job("a").steps(List.of(steps)).build()).build());
  }
}
