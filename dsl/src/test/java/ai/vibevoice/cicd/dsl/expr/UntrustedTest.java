package ai.vibevoice.cicd.dsl.expr;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The allow-list of github.event properties an outsider cannot choose, and what is untrusted
 * besides.
 */
class UntrustedTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "event.number",
        "event.pull_request.number",
        "event.pull_request.head.sha",
        "event.pull_request.base.sha",
        "event.pull_request.head.repo.fork",
        "event.issue.number",
        "event.workflow_run.id",
        "event.repository.default_branch",
        "event.release.draft",
        "event.release.prerelease",
        "event.pull_request.draft",
        "sha",
        "ref",
        "repository",
        "event_name"
      })
  void github_properties_an_outsider_cannot_choose_are_trusted(String path) {
    assertFalse(Untrusted.isUntrusted(new ContextRef("github", path)), path);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "head_ref",
        "event.pull_request.title",
        "event.pull_request.head.ref",
        "event.issue.body",
        "event.pull_request.number.x",
        "event.comment.body",
        "event.head_commit.message"
      })
  void github_properties_an_outsider_can_choose_are_untrusted(String path) {
    assertTrue(Untrusted.isUntrusted(new ContextRef("github", path)), path);
  }

  @Test
  void inputs_outputs_and_unparsable_raw_text_are_untrusted_results_and_outcomes_are_not() {
    assertTrue(Untrusted.isUntrusted(new InputRef("x")));
    assertTrue(Untrusted.isUntrusted(new JobRef(JobRef.Context.NEEDS, "a", "out")));
    assertFalse(Untrusted.isUntrusted(new JobRef(JobRef.Context.NEEDS, "a", JobRef.RESULT)));
    assertTrue(Untrusted.isUntrusted(new StepRef("s", StepRef.Property.OUTPUT, "o")));
    assertFalse(Untrusted.isUntrusted(new StepRef("s", StepRef.Property.OUTCOME, null)));
    assertTrue(Untrusted.isUntrusted(Expr.raw("github.event.issue.title")));
    assertFalse(Untrusted.isUntrusted(Expr.raw("github.event.issue.number")));
    assertTrue(Untrusted.isUntrusted(Expr.raw("github.sha ==")));
    assertFalse(Untrusted.isUntrusted(new ContextRef("secrets", "event.title")));
    assertTrue(
        Untrusted.isUntrusted(Github.SHA.eq(new ContextRef("github", "head_ref"))),
        "any part untrusted");
  }

  /** Each kind that has parts, with the untrusted part in each place it can stand. */
  @Test
  void a_composite_is_untrusted_exactly_when_one_of_its_parts_is() {
    Expr title = new ContextRef("github", "event.pull_request.title");
    Expr sha = Github.SHA;
    Expr matrix = new MatrixRef("arch");
    assertFalse(Untrusted.isUntrusted(Expr.of("literal")));
    assertFalse(Untrusted.isUntrusted(matrix), "matrix values are the workflow's own");
    assertFalse(Untrusted.isUntrusted(sha.eq(matrix)));
    assertTrue(Untrusted.isUntrusted(title.eq(sha)), "left operand");
    assertTrue(Untrusted.isUntrusted(sha.eq(title)), "right operand");
    assertFalse(Untrusted.isUntrusted(sha.not()));
    assertTrue(Untrusted.isUntrusted(title.not()));
    assertFalse(Untrusted.isUntrusted(Fn.contains(sha, "a")));
    assertTrue(Untrusted.isUntrusted(Fn.contains(sha, title)), "any argument");
    assertFalse(Untrusted.isUntrusted(new Index(matrix, Expr.of(0L))));
    assertTrue(Untrusted.isUntrusted(new Index(title, Expr.of(0L))), "indexed value");
    assertTrue(Untrusted.isUntrusted(new Index(matrix, title)), "index");
    assertTrue(
        Untrusted.isUntrusted(Expr.raw("format('{0}', github.event.pull_request.title)")),
        "a reference inside parsed raw text");
  }
}
