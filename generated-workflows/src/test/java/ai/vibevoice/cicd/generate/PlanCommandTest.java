package ai.vibevoice.cicd.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@code GenerateWorkflows plan}: the committed pipelines on an event, and usage errors with exit
 * 2.
 */
class PlanCommandTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return GenerateWorkflows.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void a_tag_push_starts_the_release_workflow_and_says_which_filter_matched() {
    assertEquals(GenerateWorkflows.OK, run("plan", "--event", "push", "--ref", "refs/tags/v1.2.3"));
    assertTrue(
        out()
            .contains(
                "ci-build-push.yml (Build and push images): runs - tag v1.2.3 matches 'v*.*.*'"),
        out());
    assertTrue(
        out().contains("ci-test.yml - push filters only branches, so tag pushes do not run it"),
        out());
  }

  @Test
  void json_and_markdown_render_the_same_plan() {
    assertEquals(GenerateWorkflows.OK, run("plan", "--event", "pull_request", "--fork", "--json"));
    assertTrue(out().contains("\"fork\" : true"), out());
    out.reset();
    assertEquals(GenerateWorkflows.OK, run("plan", "--event", "merge_group", "--markdown"));
    assertTrue(out().startsWith("## What runs on merge_group (checks_requested) into main"), out());
  }

  @Test
  void a_dispatch_input_reaches_the_condition() {
    assertEquals(
        GenerateWorkflows.OK,
        run(
            "plan",
            "--event",
            "workflow_dispatch",
            "--workflow",
            "ci-helm-validate.yml",
            "--input",
            "kind=true"));
    assertTrue(out().contains("runs kind (Install on Kind)"), out());
  }

  @Test
  void bad_usage_exits_2_with_a_message() {
    assertEquals(GenerateWorkflows.INVALID, run("plan", "--event", "issues"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--event must be one of"));
    assertEquals(GenerateWorkflows.INVALID, run("plan", "--event", "push", "--fork"));
    assertEquals(GenerateWorkflows.INVALID, run("plan"));
    assertEquals(GenerateWorkflows.INVALID, run("plan", "--event", "push", "--input", "novalue"));
  }
}
