package ai.vibevoice.cicd.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code GenerateWorkflows plan}: the committed pipelines on an event, and usage errors with exit
 * 2.
 */
class PlanCommandTest {
  private final CommandRun command = new CommandRun();

  /** {@code plan} on this repository (the tests run in the module's directory). */
  private int plan(String... args) {
    return command.run(List.of("plan", "--root", RepoRoot.PATH.toString()), args);
  }

  @Test
  void a_tag_push_starts_the_release_workflow_and_says_which_filter_matched() {
    assertEquals(GenerateWorkflows.OK, plan("--event", "push", "--ref", "refs/tags/v1.2.3"));
    assertTrue(
        command
            .out()
            .contains(
                "ci-build-push.yml (Build and push images): runs - tag v1.2.3 matches 'v*.*.*'"),
        command.out());
    assertTrue(
        command
            .out()
            .contains("ci-test.yml - push filters only branches, so tag pushes do not run it"),
        command.out());
  }

  @Test
  void json_and_markdown_render_the_same_plan() {
    assertEquals(GenerateWorkflows.OK, plan("--event", "pull_request", "--fork", "--json"));
    assertTrue(command.out().contains("\"fork\" : true"), command.out());
    assertEquals(GenerateWorkflows.OK, plan("--event", "merge_group", "--markdown"));
    assertTrue(
        command.out().startsWith("## What runs on merge_group (checks_requested) into main"),
        command.out());
  }

  @Test
  void a_dispatch_input_reaches_the_condition() {
    assertEquals(
        GenerateWorkflows.OK,
        plan(
            "--event",
            "workflow_dispatch",
            "--workflow",
            "ci-helm-validate.yml",
            "--input",
            "kind=true"));
    assertTrue(command.out().contains("runs kind (Install on Kind)"), command.out());
  }

  @Test
  void bad_usage_exits_2_with_a_message() {
    assertEquals(GenerateWorkflows.INVALID, plan("--event", "issues"));
    assertTrue(command.err().contains("--event must be one of"));
    assertEquals(GenerateWorkflows.INVALID, plan("--event", "push", "--fork"));
    assertEquals(GenerateWorkflows.INVALID, plan());
    assertEquals(GenerateWorkflows.INVALID, plan("--event", "push", "--input", "novalue"));
  }

  @Test
  void a_root_without_the_action_manifests_is_refused() {
    String docs = RepoRoot.PATH.resolve("docs").toString();
    assertEquals(
        GenerateWorkflows.INVALID,
        command.run("plan", "--root", docs, "--event", "push"),
        command.err());
    assertTrue(
        command
            .err()
            .startsWith(
                "error: --root "
                    + docs
                    + " has no dsl/src/main/actions: plan needs the repository root, whose action"
                    + " manifests pin the workflows\n"),
        command.err());
  }

  @Test
  void the_launchers_root_before_plan_is_the_plans_root_unless_plan_names_its_own() {
    String root = RepoRoot.PATH.toString();
    assertEquals(
        GenerateWorkflows.OK,
        command.run("--root", root, "plan", "--event", "push"),
        command.err());
    assertTrue(command.out().contains("ci-test.yml"), command.out());
    assertEquals(
        GenerateWorkflows.OK,
        command.run("--root", "elsewhere", "plan", "--root", root, "--event", "push"),
        command.err());
  }
}
