package ai.vibevoice.cicd.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.vibevoice.cicd.dsl.manifest.ActionManifest;
import ai.vibevoice.cicd.dsl.manifest.json.ManifestJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code --refresh-actions} against a local server that serves each action's {@code action.yml}
 * (made from its manifest, one of them changed upstream): the changes are listed and written; a
 * 404, a malformed file or a server that does not answer writes nothing.
 */
class RefreshActionsTest {
  private static final String UPLOAD = "dsl/src/main/actions/actions-upload-artifact.json";

  @RegisterExtension final ActionsRepo repo = new ActionsRepo();

  @BeforeEach
  void serveEveryActionYml() throws IOException {
    for (Path p : repo.manifests()) {
      ActionManifest m = ManifestJson.read(p);
      if (m.kind() == ActionManifest.Kind.ACTION) {
        repo.files.put(dir(m) + "action.yml", actionYml(m, ""));
      }
    }
  }

  private static String dir(ActionManifest m) {
    return m.repository() + "/" + m.sha() + "/" + (m.path() == null ? "" : m.path() + "/");
  }

  /**
   * An action.yml with the manifest's inputs and outputs, plus {@code extra} lines under inputs.
   */
  private static String actionYml(ActionManifest m, String extra) {
    StringBuilder y = new StringBuilder("name: " + m.className() + "\ninputs:\n");
    m.inputs()
        .forEach(
            (name, in) -> {
              y.append("  ")
                  .append(name)
                  .append(":\n    description: the ")
                  .append(name)
                  .append(" input\n");
              if (in.required() && in.requiredReason() == null) y.append("    required: true\n");
              if (in.defaultValue() != null)
                y.append("    default: '")
                    .append(in.defaultValue().replace("'", "''"))
                    .append("'\n");
              if (in.deprecated()) y.append("    deprecationMessage: gone soon\n");
            });
    y.append(extra).append("outputs:\n");
    m.outputs()
        .forEach(
            o ->
                y.append("  ")
                    .append(o)
                    .append(":\n    description: the ")
                    .append(o)
                    .append(" output\n"));
    return y.append("runs:\n  using: node24\n  main: index.js\n").toString();
  }

  private int refresh() {
    return repo.run("--refresh-actions");
  }

  private ActionManifest upload() throws IOException {
    return ManifestJson.read(repo.resolve(UPLOAD));
  }

  @Test
  void lists_what_changed_upstream_and_marks_the_manifests_verified() throws IOException {
    ActionManifest m = upload();
    String changed =
        actionYml(m, "  new-flag:\n    description: new\n    required: true\n")
            .replace("  retention-days:\n    description: the retention-days input\n", "");
    repo.files.put(dir(m) + "action.yml", changed);
    assertEquals(GenerateWorkflows.OK, refresh(), repo.err());
    String printed = repo.out();
    assertTrue(printed.contains("refresh: " + UPLOAD + ": new input new-flag (REQUIRED)"), printed);
    assertTrue(
        printed.contains(
            "refresh: " + UPLOAD + ": input retention-days was removed (THE PIPELINES SET IT)"),
        printed);
    assertTrue(upload().inputsVerified());
    assertEquals(
        ActionManifest.TypeKind.ENUM,
        upload().inputs().get("if-no-files-found").type().kind(),
        "types are kept");
    assertTrue(
        Files.readString(
                repo.resolve("dsl/src/main/java/ai/vibevoice/cicd/dsl/actions/UploadArtifact.java"))
            .contains("builder(Text path, Text newFlag)"),
        "the binding is regenerated in the same run");
  }

  @Test
  void an_action_yml_that_is_not_there_writes_nothing() throws IOException {
    ActionManifest m = upload();
    repo.files.remove(dir(m) + "action.yml");
    String before = Files.readString(repo.resolve(UPLOAD));
    assertEquals(GenerateWorkflows.INVALID, refresh());
    String printed = repo.err();
    assertTrue(
        printed.contains(
            UPLOAD
                + ": "
                + repo.baseUrl()
                + dir(m)
                + ": neither action.yml nor action.yaml (HTTP 404)"),
        printed);
    assertTrue(printed.contains("nothing was written."), printed);
    assertEquals(before, Files.readString(repo.resolve(UPLOAD)));
  }

  @Test
  void an_action_yaml_is_found_too() throws IOException {
    ActionManifest m = upload();
    repo.files.put(dir(m) + "action.yaml", repo.files.remove(dir(m) + "action.yml"));
    assertEquals(GenerateWorkflows.OK, refresh(), repo.err());
  }

  @Test
  void a_malformed_action_yml_writes_nothing() throws IOException {
    ActionManifest m = upload();
    repo.files.put(dir(m) + "action.yml", "inputs: [unclosed\n");
    String before = Files.readString(repo.resolve(UPLOAD));
    assertEquals(GenerateWorkflows.INVALID, refresh());
    assertTrue(repo.err().contains(UPLOAD + ": http://"), repo.err());
    assertTrue(repo.err().contains("action.yml: not YAML"), repo.err());
    assertEquals(before, Files.readString(repo.resolve(UPLOAD)));
  }

  @Test
  void a_server_that_does_not_answer_in_time_writes_nothing() throws IOException {
    ActionManifest m = upload();
    repo.stallOn = dir(m);
    String before = Files.readString(repo.resolve(UPLOAD));
    assertEquals(
        GenerateWorkflows.INVALID, repo.run("--refresh-actions", "--actions-timeout", "1"));
    assertTrue(repo.err().contains("action.yml: no answer within 1 s"), repo.err());
    assertEquals(before, Files.readString(repo.resolve(UPLOAD)));
  }
}
