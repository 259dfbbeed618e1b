package ai.vibevoice.cicd.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code --add-action}: one command writes a new action's manifest from its action.yml and its
 * typed binding.
 */
class AddActionTest {
  private static final String SHA = "1d0ff469b7ec7b3cb9d8673fde0c81c44821de2a";
  private static final String NODE = "actions/setup-node/" + SHA + "/action.yml";
  private static final String MANIFEST = "dsl/src/main/actions/actions-setup-node.json";

  @RegisterExtension final ActionsRepo repo = new ActionsRepo();

  @BeforeEach
  void copyTheManifestsAndServe() throws IOException {
    repo.files.put(
        NODE,
        """
        name: Setup Node.js environment
        inputs:
          node-version:
            description: Version Spec of the version to use.
          check-latest:
            description: Check for the latest available version.
            default: false
          cache:
            description: Package manager for caching.
        outputs:
          cache-hit:
            description: A boolean value to indicate if a cache was hit.
          node-version:
            description: The installed node version.
        runs:
          using: node24
          main: dist/setup/index.js
        """);
  }

  @Test
  void writes_the_manifest_and_the_binding_in_one_run() throws IOException {
    assertEquals(
        GenerateWorkflows.OK,
        repo.run("--add-action", "actions/setup-node@" + SHA, "--action-version", "v6.0.0"),
        repo.err());
    String printed = repo.out();
    assertTrue(
        printed.contains(
            "added    "
                + MANIFEST
                + ": 3 inputs (2 of unknown type, strings until you type them),"
                + " 2 outputs, no permissions declared; binding SetupNode"),
        printed);
    assertTrue(
        printed.endsWith(
            "note: typed bindings changed; run the command again so the workflows and docs are"
                + " built with them (this run used the compiled ones, with the manifests' pins and input roles)\n"),
        printed);
    assertEquals(
        """
        {
          "class": "SetupNode",
          "kind": "action",
          "repository": "actions/setup-node",
          "version": "v6.0.0",
          "sha": "1d0ff469b7ec7b3cb9d8673fde0c81c44821de2a",
          "inputsVerified": true,
          "inputs": {
            "node-version": {
              "type": "string",
              "typeSource": "unknown"
            },
            "check-latest": {
              "default": "false",
              "type": "boolean",
              "typeSource": "default"
            },
            "cache": {
              "type": "string",
              "typeSource": "unknown"
            }
          },
          "outputs": [
            "cache-hit",
            "node-version"
          ],
          "permissions": []
        }
        """,
        Files.readString(repo.resolve(MANIFEST)));
    String binding =
        Files.readString(
            repo.resolve("dsl/src/main/java/ai/vibevoice/cicd/dsl/actions/SetupNode.java"));
    assertTrue(binding.contains("public Builder checkLatest(boolean value)"), binding);
    assertTrue(
        printed.contains("created  dsl/src/main/java/ai/vibevoice/cicd/dsl/actions/SetupNode.java"),
        printed);
  }

  @Test
  void an_action_already_described_or_a_taken_class_name_writes_nothing() throws IOException {
    String checkout = "actions/checkout@" + SHA;
    assertEquals(
        GenerateWorkflows.INVALID,
        repo.run("--add-action", checkout, "--action-version", "v9.0.0"));
    assertEquals(
        "error: --add-action "
            + checkout
            + ": dsl/src/main/actions/actions-checkout.json describes it already;"
            + " change its version and sha there, or run --refresh-actions\nnothing was written.\n",
        repo.err());
    assertEquals(
        GenerateWorkflows.INVALID,
        repo.run(
            "--add-action",
            "actions/setup-node@" + SHA,
            "--action-version",
            "v6.0.0",
            "--action-class",
            "Checkout"));
    assertTrue(
        repo.err()
            .contains("the class Checkout is taken by dsl/src/main/actions/actions-checkout.json"),
        repo.err());
    assertFalse(Files.exists(repo.resolve(MANIFEST)));
  }

  @Test
  void a_missing_action_yml_or_a_bad_reference_writes_nothing() {
    assertEquals(
        GenerateWorkflows.INVALID,
        repo.run("--add-action", "actions/setup-go@" + SHA, "--action-version", "v6.0.0"));
    assertTrue(
        repo.err().contains("--add-action actions/setup-go@" + SHA + ": http://127.0.0.1:"),
        repo.err());
    assertTrue(repo.err().contains("neither action.yml nor action.yaml (HTTP 404)"), repo.err());
    assertFalse(Files.exists(repo.resolve("dsl/src/main/actions/actions-setup-go.json")));
    assertEquals(
        GenerateWorkflows.INVALID,
        repo.run("--add-action", "actions/setup-node@v6", "--action-version", "v6.0.0"));
    assertEquals(
        "error: --add-action actions/setup-node@v6: expected owner/repo[/path]@<40-hex commit SHA>\nnothing was written.\n",
        repo.err());
    assertEquals(GenerateWorkflows.INVALID, repo.run("--add-action", "actions/setup-node@" + SHA));
    assertTrue(
        repo.err().startsWith("error: --add-action and --action-version go together"), repo.err());
  }

  @Test
  void class_names_follow_the_action() {
    assertEquals("SetupQemu", RefreshActions.className("docker/setup-qemu-action"));
    assertEquals("PipAudit", RefreshActions.className("pypa/gh-action-pip-audit"));
    assertEquals("UploadSarif", RefreshActions.className("upload-sarif"));
    assertEquals("Action3d", RefreshActions.className("x/3d"));
  }
}
