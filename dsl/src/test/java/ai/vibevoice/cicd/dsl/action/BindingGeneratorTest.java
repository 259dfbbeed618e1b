package ai.vibevoice.cicd.dsl.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.vibevoice.cicd.dsl.action.codegen.BindingGenerator;
import ai.vibevoice.cicd.dsl.actions.Cache;
import ai.vibevoice.cicd.dsl.actions.Checkout;
import ai.vibevoice.cicd.dsl.actions.DockerMetadata;
import ai.vibevoice.cicd.dsl.actions.DownloadArtifact;
import ai.vibevoice.cicd.dsl.actions.TrivyAction;
import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.manifest.ActionManifest;
import ai.vibevoice.cicd.dsl.manifest.json.ManifestJson;
import ai.vibevoice.cicd.dsl.permission.Access;
import ai.vibevoice.cicd.dsl.permission.Need;
import ai.vibevoice.cicd.dsl.permission.Scope;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

class BindingGeneratorTest {

  private static String resource(String name) throws IOException {
    try (InputStream in = BindingGeneratorTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static ActionManifest manifest(String name) throws IOException {
    return ManifestJson.parse(name, new ObjectMapper().readTree(resource(name)));
  }

  @Test
  void generates_the_golden_binding_of_an_action() throws IOException {
    assertEquals(
        resource("golden-action.java.txt"),
        BindingGenerator.generate(manifest("sample-action.json"), "sample-action.json"));
  }

  @Test
  void generates_the_golden_binding_of_a_reusable_workflow() throws IOException {
    assertEquals(
        resource("golden-workflow.java.txt"),
        BindingGenerator.generate(manifest("sample-workflow.json"), "sample-workflow.json"));
  }

  @Test
  void a_required_input_is_a_parameter_of_the_builder() {
    List<String> errors = compile("UploadArtifact.builder().nameInput(\"report\").build();");
    assertTrue(
        errors.stream().anyMatch(e -> e.contains("cannot be applied to given types")),
        errors.toString());
    assertEquals(
        List.of(),
        compile("UploadArtifact.builder(Text.of(\"reports/\")).nameInput(\"report\").build();"));
    // a required input with a default (metadata-action's context) is not a parameter
    assertEquals(List.of(), compile("DockerMetadata.builder().build();"));
  }

  @Test
  void typed_inputs_take_their_type_and_refuse_a_string() {
    for (String wrong :
        List.of(
            "UploadArtifact.builder(Text.of(\"x\")).retentionDays(\"thirty\");",
            "UploadArtifact.builder(Text.of(\"x\")).ifNoFilesFound(\"fail\");",
            "SetupJava.builder(SetupJava.Distribution.TEMURIN).checkLatest(\"maybe\");",
            "TrivyAction.builder().ignoreUnfixed(\"yes\");",
            "TrivyAction.builder().format(\"sarf\");")) {
      assertTrue(!compile(wrong).isEmpty(), wrong + " compiled");
    }
    assertEquals(
        List.of(),
        compile(
            "UploadArtifact.builder(Text.of(\"x\")).retentionDays(30)"
                + ".ifNoFilesFound(UploadArtifact.BehaviorIfNoFilesFound.ERROR).overwrite(Github.EVENT_NAME.eq(\"push\"));"));
  }

  @Test
  void list_inputs_join_their_items_with_the_actions_separator() {
    var trivy =
        TrivyAction.builder().severity("HIGH", "CRITICAL").vulnType("os", "library").build();
    assertEquals("HIGH,CRITICAL", trivy.step().with().get("severity").render());
    var cache = Cache.builder(Text.of("k"), Text.of("a")).restoreKeys("k-", "k").build();
    assertEquals("k-\nk", cache.step().with().get("restore-keys").render());
  }

  @Test
  void outputs_are_typed_expressions_of_the_step() {
    var meta =
        DockerMetadata.builder()
            .id("meta")
            .context(DockerMetadata.Context.GIT)
            .githubToken("t")
            .build();
    assertEquals("steps.meta.outputs.tags", meta.outputs().tags().text());
  }

  @Test
  void build_can_be_called_twice_and_gives_equal_steps() {
    var builder = DockerMetadata.builder().id("meta");
    assertEquals(builder.build().step(), builder.build().step());
  }

  @Test
  void permissions_come_from_the_manifest_and_from_inputs_that_need_more() {
    assertEquals(
        List.of(new Need(Scope.CONTENTS, Access.READ, "clone the repository")),
        Checkout.builder().persistCredentials(false).build().step().permissionNeeds());
    assertEquals(
        List.of(), DownloadArtifact.builder().nameInput("x").build().step().permissionNeeds());
    assertEquals(
        Access.READ,
        Need.union(DownloadArtifact.builder().runId("1").build().step().permissionNeeds())
            .access(Scope.ACTIONS));
  }

  @Test
  void code_that_sets_a_nonexistent_input_does_not_compile() {
    List<String> ok =
        compile("Checkout.builder().persistCredentials(false).fetchDepth(0).build();");
    assertEquals(List.of(), ok);
    List<String> errors = compile("Checkout.builder().persistCredentialz(false).build();");
    assertTrue(errors.stream().anyMatch(e -> e.contains("persistCredentialz")), errors.toString());
  }

  /**
   * Compiles a snippet against the bindings; returns what the compiler printed when it failed, and
   * nothing when it succeeded.
   */
  private static List<String> compile(String statement) {
    try {
      Path dir = Files.createDirectories(Path.of("target", "snippets"));
      Path file =
          Files.writeString(
              dir.resolve("Snippet.java"),
              "import ai.vibevoice.cicd.dsl.actions.*;\nimport ai.vibevoice.cicd.dsl.expr.*;\n"
                  + "class Snippet { void run() { "
                  + statement
                  + " } }\n");
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int exit =
          ToolProvider.getSystemJavaCompiler()
              .run(
                  null,
                  null,
                  err,
                  "-d",
                  dir.toString(),
                  "-classpath",
                  System.getProperty("java.class.path"),
                  file.toString());
      return exit == 0 ? List.of() : err.toString(StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
