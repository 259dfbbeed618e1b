package ai.vibevoice.cicd.helper.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.vibevoice.cicd.helper.InputException;
import ai.vibevoice.cicd.helper.io.Json;
import ai.vibevoice.cicd.helper.testing.Cli;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BuildMetadataTest {
  static final String SHA = "0123456789abcdef0123456789abcdef01234567";
  static final Instant NOW = Instant.parse("2026-11-22T10:15:30.123Z");

  static Map<String, String> actionsEnv() {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("GITHUB_SHA", SHA);
    env.put("GITHUB_REF", "refs/tags/v1.2.3");
    env.put("GITHUB_REPOSITORY", "vibevoice/realtime-agent");
    env.put("GITHUB_RUN_ID", "987654321");
    env.put("GITHUB_RUN_ATTEMPT", "2");
    env.put(
        "GITHUB_WORKFLOW_REF",
        "vibevoice/realtime-agent/.github/workflows/ci-provenance.yml@refs/tags/v1.2.3");
    env.put("GITHUB_SERVER_URL", "https://github.com");
    env.put("RUNNER_OS", "Linux");
    env.put("RUNNER_ARCH", "ARM64");
    return env;
  }

  static final BuildMetadata.Git NO_GIT =
      new BuildMetadata.Git() {
        @Override
        public Optional<String> sha() {
          return Optional.empty();
        }

        @Override
        public Optional<String> ref() {
          return Optional.empty();
        }
      };

  @Test
  void actions_environment_gives_a_document_valid_against_the_schema() {
    ObjectNode doc =
        BuildMetadata.collect(
            actionsEnv(),
            NO_GIT,
            NOW,
            new BuildMetadata.Image(
                "ghcr.io/vibevoice/realtime-agent/tts-service",
                "sha256:" + "a".repeat(64),
                "linux/arm64"),
            Json.parse("matrix", "{\"service\":\"tts\",\"platform\":\"linux/arm64\"}"));
    assertEquals(List.of(), BuildMetadata.validate(doc));
    assertEquals(
        """
        {
          "git_sha" : "0123456789abcdef0123456789abcdef01234567",
          "git_ref" : "refs/tags/v1.2.3",
          "repository" : "vibevoice/realtime-agent",
          "workflow_run_id" : "987654321",
          "run_attempt" : 2,
          "workflow_ref" : "vibevoice/realtime-agent/.github/workflows/ci-provenance.yml@refs/tags/v1.2.3",
          "build_timestamp" : "2026-11-22T10:15:30Z",
          "builder" : {
            "id" : "https://github.com/vibevoice/realtime-agent/.github/workflows/ci-provenance.yml@refs/tags/v1.2.3",
            "runner_os" : "Linux",
            "runner_arch" : "ARM64"
          },
          "matrix" : {
            "service" : "tts",
            "platform" : "linux/arm64"
          },
          "image" : "ghcr.io/vibevoice/realtime-agent/tts-service",
          "digest" : "sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "platform" : "linux/arm64"
        }
        """,
        Json.write(doc));
  }

  @Test
  void without_matrix_the_matrix_is_an_empty_object() {
    ObjectNode doc = BuildMetadata.collect(actionsEnv(), NO_GIT, NOW, null, null);
    assertTrue(doc.get("matrix").isObject() && doc.get("matrix").isEmpty());
    assertEquals(List.of(), BuildMetadata.validate(doc));
  }

  @Test
  void outside_actions_commit_and_ref_come_from_git() {
    Map<String, String> env = actionsEnv();
    env.remove("GITHUB_SHA");
    env.remove("GITHUB_REF");
    BuildMetadata.Git git =
        new BuildMetadata.Git() {
          @Override
          public Optional<String> sha() {
            return Optional.of(SHA);
          }

          @Override
          public Optional<String> ref() {
            return Optional.of("refs/heads/main");
          }
        };
    ObjectNode doc = BuildMetadata.collect(env, git, NOW, null, null);
    assertEquals("refs/heads/main", doc.get("git_ref").asText());
  }

  @Test
  void missing_values_are_all_named_with_their_source() {
    BuildMetadata.MissingValues e =
        assertThrows(
            BuildMetadata.MissingValues.class,
            () -> BuildMetadata.collect(Map.of("GITHUB_SHA", SHA), NO_GIT, NOW, null, null));
    assertEquals(
        List.of("git_ref", "repository", "workflow_run_id", "run_attempt", "builder"), e.fields());
    assertEquals(
        "missing required values: git_ref (GITHUB_REF or git), repository (GITHUB_REPOSITORY),"
            + " workflow_run_id (GITHUB_RUN_ID), run_attempt (GITHUB_RUN_ATTEMPT), builder (GITHUB_WORKFLOW_REF)",
        e.getMessage());
  }

  @Test
  void matrix_must_be_an_object() {
    InputException e =
        assertThrows(
            InputException.class,
            () ->
                BuildMetadata.collect(
                    actionsEnv(), NO_GIT, NOW, null, Json.parse("--matrix", "[1]")));
    assertTrue(e.getMessage().startsWith("--matrix: expected a JSON object"), e.getMessage());
  }

  @Test
  void schema_rejects_a_document_with_a_wrong_field() {
    ObjectNode doc = BuildMetadata.collect(actionsEnv(), NO_GIT, NOW, null, null);
    doc.put("git_sha", "not-a-sha");
    doc.put("surprise", 1);
    List<String> problems = BuildMetadata.validate(doc);
    assertEquals(2, problems.size(), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.contains("git_sha")), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.contains("surprise")), problems.toString());
  }

  @Test
  void command_rejects_a_bad_digest_and_bad_matrix_with_exit_2() {
    Cli digest = Cli.run("build-metadata", "--output", "x.json", "--digest", "sha256:xyz");
    assertEquals(2, digest.exitCode(), digest.toString());
    assertTrue(digest.err().contains("--digest: 'sha256:xyz'"), digest.toString());
    Cli matrix = Cli.run("build-metadata", "--output", "x.json", "--matrix", "{oops");
    assertEquals(2, matrix.exitCode(), matrix.toString());
    assertTrue(matrix.err().contains("--matrix: line 1"), matrix.toString());
  }

  @Test
  void command_prints_the_schema() {
    Cli cli = Cli.run("build-metadata", "--print-schema");
    assertEquals(0, cli.exitCode(), cli.toString());
    assertTrue(
        cli.out().contains("\"$id\": \"" + BuildMetadata.PREDICATE_TYPE + "/schema.json\""),
        cli.out());
    assertFalse(cli.out().isBlank());
  }
}
