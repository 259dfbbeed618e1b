package ai.vibevoice.cicd.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generate command on a scratch copy of the repository: writes, check mode, stale and unknown
 * files.
 */
class GenerateWorkflowsTest {
  @TempDir Path repo;
  private final CommandRun command = new CommandRun();

  @BeforeEach
  void copyManifests() throws IOException {
    RepoRoot.copyManifests(repo);
  }

  private int run(String... args) {
    return command.run(List.of("--root", repo.toString()), args);
  }

  @Test
  void writes_every_file_then_reports_nothing_to_do() throws IOException {
    assertEquals(GenerateWorkflows.DRIFT, run("--check"));
    assertEquals(GenerateWorkflows.OK, run());
    assertTrue(
        command.out().contains("created  .github/workflows/ci-workflows.yml"), command.out());
    assertTrue(
        Files.readString(repo.resolve(".github/workflows/ci-workflows.yml"))
            .startsWith("# " + Header.MARKER));
    assertEquals(GenerateWorkflows.OK, run());
    assertEquals("generated files are up to date.\n", command.out());
    assertEquals(GenerateWorkflows.OK, run("--check"));
  }

  @Test
  void check_mode_prints_a_unified_diff_and_writes_nothing() throws IOException {
    run();
    Path wf = repo.resolve(".github/workflows/ci-workflows.yml");
    String edited = Files.readString(wf).replace("timeout-minutes: 30", "timeout-minutes: 99");
    Files.writeString(wf, edited);
    assertEquals(GenerateWorkflows.DRIFT, run("--check"));
    assertTrue(
        command.out().contains("-    timeout-minutes: 99\n+    timeout-minutes: 30\n"),
        command.out());
    assertTrue(
        command.err().contains("changed  .github/workflows/ci-workflows.yml"), command.err());
    assertTrue(command.err().contains(Header.COMMAND), command.err());
    assertEquals(edited, Files.readString(wf));
  }

  @Test
  void check_mode_sees_line_ending_and_final_newline_drift() throws IOException {
    run();
    Path wf = repo.resolve(".github/workflows/ci-workflows.yml");
    String text = Files.readString(wf);
    Files.writeString(wf, text.substring(0, text.length() - 1));
    assertEquals(GenerateWorkflows.DRIFT, run("--check"));
    assertTrue(command.out().contains("no newline at end of file"), command.out());
    Files.writeString(wf, text.replace("\n", "\r\n"));
    assertEquals(GenerateWorkflows.DRIFT, run("--check"));
  }

  /**
   * Adds a generated file no source produces ({@code stale}) and a hand-written one ({@code hand})
   * to a generated tree: {@code --check} reports the stale file, a run removes it and keeps the
   * other. Returns what {@code --check} wrote to stderr.
   */
  private String removesStaleAndKeepsHandWritten(
      String stale, String staleText, String hand, String handText) throws IOException {
    run();
    Path stalePath = repo.resolve(stale);
    Files.writeString(stalePath, staleText);
    Path handPath = repo.resolve(hand);
    Files.writeString(handPath, handText);
    assertEquals(GenerateWorkflows.DRIFT, run("--check"));
    String check = command.err();
    assertTrue(check.contains("stale    " + stale), check);
    assertEquals(GenerateWorkflows.OK, run());
    assertFalse(Files.exists(stalePath));
    assertTrue(Files.exists(handPath));
    return check;
  }

  @Test
  void removes_generated_files_no_pipeline_produces_and_leaves_hand_written_ones()
      throws IOException {
    String check =
        removesStaleAndKeepsHandWritten(
            ".github/workflows/old.yml",
            "# " + Header.MARKER + " from Old.\nname: old\n",
            ".github/workflows/hand.yml",
            "name: hand\n");
    assertTrue(check.contains("stale    .github/workflows/old.yml"), check);
    assertTrue(check.contains("unknown  .github/workflows/hand.yml"), check);
    assertTrue(command.out().contains("removed  .github/workflows/old.yml"), command.out());
    assertTrue(command.err().contains("left alone"), command.err());
  }

  @Test
  void removes_stale_generated_data_files_and_keeps_hand_written_ones() throws IOException {
    String check =
        removesStaleAndKeepsHandWritten(
            ".github/ci/old-override.yml",
            "# "
                + Header.MARKER
                + " from ai.vibevoice.cicd.pipelines.SupportFiles.\nservices: {}\n",
            ".github/ci/notes.yml",
            "mine: true\n");
    assertTrue(check.contains("stale    .github/ci/old-override.yml"), check);
  }

  @Test
  void bad_usage_and_bad_manifests_exit_2_and_write_nothing() throws IOException {
    assertEquals(GenerateWorkflows.INVALID, run("--bogus"));
    assertTrue(command.err().contains("unknown argument '--bogus'"), command.err());
    Files.writeString(repo.resolve("dsl/src/main/actions/actions-checkout.json"), "{\"class\": 1}");
    assertEquals(GenerateWorkflows.INVALID, run());
    assertTrue(
        command.err().contains("actions-checkout.json: $.class: must be a string"), command.err());
    assertFalse(Files.exists(repo.resolve(".github")));
  }

  @Test
  void a_dependabot_pin_update_is_adopted_into_the_manifest_and_then_regenerates_identically()
      throws IOException {
    run();
    Path wf = repo.resolve(".github/workflows/ci-workflows.yml");
    String oldPin = "actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1";
    String newPin = "actions/checkout@1111111111111111111111111111111111111111 # v7.1.0";
    String dependabot = Files.readString(wf).replace(oldPin, newPin);
    assertTrue(dependabot.contains(newPin));
    Files.writeString(wf, dependabot);

    assertEquals(GenerateWorkflows.DRIFT, run("--check"));
    assertTrue(
        command.err().contains("action pins in the workflows differ from the manifests"),
        command.err());
    assertTrue(command.err().contains(".github/workflows/ci-workflows.yml:"), command.err());
    assertTrue(command.err().contains("--adopt-pins"), command.err());

    Path manifestFile = repo.resolve("dsl/src/main/actions/actions-checkout.json");
    String before = Files.readString(manifestFile);
    assertEquals(GenerateWorkflows.OK, run("--adopt-pins"));
    assertTrue(command.out().contains("adopted  actions/checkout v7.0.1 -> v7.1.0"), command.out());
    // The manifest keeps its formatting: exactly the three pin lines differ.
    assertEquals(
        before
            .replace("\"version\": \"v7.0.1\"", "\"version\": \"v7.1.0\"")
            .replace(
                "\"sha\": \"3d3c42e5aac5ba805825da76410c181273ba90b1\"",
                "\"sha\": \"1111111111111111111111111111111111111111\"")
            .replace("\"inputsVerified\": true", "\"inputsVerified\": false"),
        Files.readString(manifestFile));
    assertEquals(dependabot, Files.readString(wf), "regenerating reproduces the Dependabot edit");
    String binding =
        Files.readString(
            repo.resolve("dsl/src/main/java/ai/vibevoice/cicd/dsl/actions/Checkout.java"));
    assertTrue(binding.contains("INPUTS NOT RE-VERIFIED"), binding);
    assertEquals(GenerateWorkflows.OK, run("--check"), command.err());
  }

  @Test
  void two_different_pins_of_one_action_are_not_adopted() throws IOException {
    run();
    Path wf = repo.resolve(".github/workflows/ci-workflows.yml");
    Files.writeString(
        repo.resolve(".github/workflows/other.yml"),
        Files.readString(wf)
            .replace(
                "3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1",
                "2222222222222222222222222222222222222222 # v7.2.0"));
    Files.writeString(
        wf,
        Files.readString(wf)
            .replace(
                "3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1",
                "1111111111111111111111111111111111111111 # v7.1.0"));
    assertEquals(GenerateWorkflows.INVALID, run("--adopt-pins"));
    assertTrue(
        command
            .err()
            .contains(
                "actions/checkout is pinned to v7.1.0 at .github/workflows/ci-workflows.yml:"),
        command.err());
  }

  @Test
  void leaves_no_temporary_files_behind() throws IOException {
    run();
    try (Stream<Path> s = Files.walk(repo)) {
      assertEquals(0, s.filter(p -> p.getFileName().toString().endsWith(".tmp")).count());
    }
    try (Stream<Path> s = Files.walk(repo)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
