package ai.vibevoice.cicd.dsl.manifest.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.vibevoice.cicd.dsl.manifest.ActionManifest;
import ai.vibevoice.cicd.dsl.manifest.ManifestException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ManifestJsonTest {
  private static final String VALID =
      "{'class':'X','kind':'action','repository':'o/r','version':'v1.2.3',"
          + "'sha':'0123456789abcdef0123456789abcdef01234567','inputsVerified':true,"
          + "'inputs':{'a':{'required':true}},'outputs':['o'],'permissions':[]}";

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'class':'X'|'class':'x y'|m.json: $.class: 'x y' is not a Java class name",
        "'kind':'action'|'kind':'docker'|m.json: $.kind: must be 'action' or 'reusable-workflow', not 'docker'",
        "'version':'v1.2.3'|'version':'1.2'|m.json: $.version: '1.2' is not a vX.Y.Z tag",
        "'sha':'0123456789abcdef0123456789abcdef01234567'|'sha':'main'|m.json: $.sha: 'main' is not a full 40-hex commit SHA",
        "'inputsVerified':true|'inputsVerified':'yes'|m.json: $.inputsVerified: must be true or false",
        "'required':true|'required':1|m.json: $.inputs.a.required: must be true or false",
        "'outputs':['o']|'outputs':[1]|m.json: $.outputs[0]: must be a string",
        "'permissions':[]|'permissions':[{'scope':'code','access':'read','reason':'r'}]|m.json: $.permissions[0].scope: 'code' is not a GITHUB_TOKEN scope",
        "'permissions':[]|'permissions':[{'scope':'contents','access':'read'}]|m.json: $.permissions[0].reason: is required",
        "'required':true|'type':'number-ish'|m.json: $.inputs.a.type: 'number-ish' is not string, boolean, integer, float, number, list or enum",
        "'required':true|'type':'enum'|m.json: $.inputs.a.allowedValues: an enum needs its allowed values",
        "'required':true|'type':'list','listItem':'string'|m.json: $.inputs.a.separator: is required",
        "'required':true|'type':'boolean','default':'yes'|m.json: $.inputs.a.default: 'yes' does not fit type boolean",
        "'required':true|'type':'enum','allowedValues':['a'],'default':'b'|m.json: $.inputs.a.default: 'b' does not fit type enum [a]",
        "'required':true|'role':'shell'|m.json: $.inputs.a.role: 'shell' is not a role; one of code, artifact-name, keeps-credentials, cache-key, enables-cache, cache-to"
      })
  void names_the_json_path_of_every_bad_field(String from, String to, String message)
      throws Exception {
    String json = VALID.replace(from, to).replace('\'', '"');
    ManifestException e =
        assertThrows(
            ManifestException.class,
            () -> ManifestJson.parse("m.json", new ObjectMapper().readTree(json)));
    assertEquals(message, e.getMessage());
  }

  @Test
  void every_committed_manifest_writes_back_byte_for_byte() throws Exception {
    Path root = Path.of(System.getProperty("repo.root", "..")).toAbsolutePath().normalize();
    try (var files = Files.list(root.resolve("dsl/src/main/actions"))) {
      for (Path f : files.sorted().toList()) {
        assertEquals(Files.readString(f), ManifestJson.toJson(ManifestJson.read(f)), f.toString());
      }
    }
  }

  @Test
  void round_trips_through_its_json_form() throws Exception {
    ActionManifest m =
        ManifestJson.parse("m.json", new ObjectMapper().readTree(VALID.replace('\'', '"')));
    assertEquals(
        m, ManifestJson.parse("m.json", new ObjectMapper().readTree(ManifestJson.toJson(m))));
  }
}
