package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static ai.vibevoice.cicd.dsl.Fixtures.workflow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.repo.RepoPath;
import ai.vibevoice.cicd.dsl.step.RawUses;
import ai.vibevoice.cicd.dsl.step.Step;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paths a step names and local actions it uses, checked against a checkout. */
class RepositoryPathsTest {
  @TempDir Path root;

  private Workflow naming(Object... parts) {
    return workflow(job("a").step(Step.run(Text.of(parts)).id("s").build()).build()).build();
  }

  @Test
  void its_messages_read_as_written() {
    assertEquals(
        "names a/b.txt, which is not in the repository (expected a file)",
        RepositoryPaths.pathMissing(RepoPath.file("a/b.txt")));
    assertEquals(
        "names a, which is not a directory in the repository",
        RepositoryPaths.pathWrongKind(RepoPath.directory("a")));
    assertEquals(
        "uses ./.github/actions/x, which has no action.yml or action.yaml in the repository",
        RepositoryPaths.localActionMissing("./.github/actions/x"));
  }

  @Test
  void a_named_path_must_exist_with_its_kind() throws IOException {
    Files.createDirectories(root.resolve("tests"));
    Files.writeString(root.resolve("uv.lock"), "");
    Workflow w =
        naming(
            "pytest ",
            RepoPath.directory("tests"),
            " ",
            RepoPath.file("uv.lock"),
            " ",
            RepoPath.directory("uv.lock"),
            " ",
            RepoPath.file("missing.txt"));
    assertEquals(
        List.of(
            ".github/workflows/test.yml: job a: step s: names uv.lock, which is not a directory in the repository",
            ".github/workflows/test.yml: job a: step s: names missing.txt, which is not in the repository (expected a file)"),
        RepositoryPaths.check(List.of(w), List.of(root), Set.of()).stream()
            .map(Problem::toString)
            .toList());
  }

  @Test
  void generated_files_and_other_roots_count_as_present() throws IOException {
    Path other = Files.createDirectories(root.resolve("other"));
    Files.writeString(other.resolve("mvnw"), "");
    Workflow w = naming(RepoPath.file(".github/ci/x.yml"), " ", RepoPath.file("mvnw"));
    assertEquals(
        List.of(),
        RepositoryPaths.check(List.of(w), List.of(root, other), Set.of(".github/ci/x.yml")));
  }

  @Test
  void a_local_action_needs_its_action_yml() throws IOException {
    Workflow w =
        workflow(
                job("a")
                    .step(Step.uses(new RawUses("./.github/actions/setup")).id("s").build())
                    .build())
            .build();
    assertEquals(
        List.of(
            ".github/workflows/test.yml: job a: step s: "
                + RepositoryPaths.localActionMissing("./.github/actions/setup")),
        RepositoryPaths.localActions(List.of(w), List.of(root)).stream()
            .map(Problem::toString)
            .toList());
    assertEquals(
        "uses ./.github/actions/setup, which has no action.yml or action.yaml in the repository",
        RepositoryPaths.localActionMissing("./.github/actions/setup"));
    Files.createDirectories(root.resolve(".github/actions/setup"));
    Files.writeString(root.resolve(".github/actions/setup/action.yaml"), "name: setup\n");
    assertEquals(List.of(), RepositoryPaths.localActions(List.of(w), List.of(root)));
  }
}
