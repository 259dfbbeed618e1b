package ai.vibevoice.cicd.pipelines.scripts;

import static ai.vibevoice.cicd.pipelines.scripts.TestValues.AMD64_DIGEST;
import static ai.vibevoice.cicd.pipelines.scripts.TestValues.ARM64_DIGEST;
import static ai.vibevoice.cicd.pipelines.scripts.TestValues.COMMIT;
import static ai.vibevoice.cicd.pipelines.scripts.TestValues.OTHER_DIGEST;
import static ai.vibevoice.cicd.pipelines.scripts.TestValues.TTS_DIGEST;
import static ai.vibevoice.cicd.pipelines.scripts.TestValues.hex;
import static ai.vibevoice.cicd.pipelines.scripts.TestValues.image;
import static ai.vibevoice.cicd.pipelines.scripts.TestValues.manifestJson;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.vibevoice.cicd.pipelines.CiBuildPush;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The scripts of ci-build-push.yml run against a stubbed {@code docker}: the merge jobs build the
 * manifest list from the metadata and exactly one digest per platform and publish its digest, the
 * promote job moves release tags without changing the digest; a missing tag, bad JSON, a missing
 * platform or a registry answering another digest fails the step instead of publishing something
 * else.
 */
class BuildPushScriptsTest {
  @TempDir Path tmp;

  static final String METADATA =
      """
      {"tags":["%1$s:%2$s"],"labels":{"org.opencontainers.image.revision":"%2$s"},
       "annotations":["index:org.opencontainers.image.revision=%2$s","index:org.opencontainers.image.source=https://github.com/acme/voice"]}""";

  // --- build: "Check the ref is one whose images can be signed"

  @ParameterizedTest
  @ValueSource(strings = {"refs/heads/main", "refs/tags/v1.2.3", "refs/tags/v1.2.3-rc.1"})
  void a_ref_whose_signatures_verify_builds(String ref) {
    ScriptRun.of(
            PipelineStep.find(
                new CiBuildPush(), "build", "Check the ref is one whose images can be signed"))
        .env("GITHUB_REF", ref)
        .run(tmp)
        .assertSucceeded();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"refs/heads/feature/x", "refs/tags/v1.2.x", "refs/tags/v1", "refs/heads/main2"})
  void any_other_ref_fails_before_anything_is_pushed(String ref) {
    ScriptRun.Result run =
        ScriptRun.of(
                PipelineStep.find(
                    new CiBuildPush(), "build", "Check the ref is one whose images can be signed"))
            .env("GITHUB_REF", ref)
            .run(tmp)
            .assertFailed();
    assertEquals(
        "::error::"
            + ref
            + " is neither main nor a release tag vX.Y.Z[-pre]: ci-provenance.yml would refuse the"
            + " signatures of its images\n",
        run.stdout());
  }

  // --- merge-<service>: "Create the multi-arch manifest list"

  /** The manifest step of {@code service} before any platform digest is recorded. */
  private static ScriptRun.Builder withoutDigests(
      String service, String metadata, String inspectAnswer) {
    String image = image(service);
    return ScriptRun.of(PipelineStep.find(new CiBuildPush(), "merge-" + service, "manifest"))
        .env("METADATA", metadata)
        .env("IMAGE", image)
        .env("TAG", COMMIT)
        .stub(
            Stub.command("docker")
                .on("buildx imagetools create *", Answer.ok())
                .on("buildx imagetools inspect *", Answer.stdout(inspectAnswer)));
  }

  /** Runs {@code step}, which must fail without ever calling docker. */
  private ScriptRun.Result failsBeforeDocker(ScriptRun.Builder step) {
    ScriptRun.Result run = step.run(tmp).assertFailed();
    assertEquals(List.of(), run.calls("docker"));
    return run;
  }

  /** The manifest step of {@code service} with the digests of both platforms recorded. */
  private static ScriptRun.Builder manifest(String service, String metadata, String inspectAnswer) {
    return withoutDigests(service, metadata, inspectAnswer)
        .runnerTempFile("digests/" + hex(AMD64_DIGEST), "")
        .runnerTempFile("digests/" + hex(ARM64_DIGEST), "");
  }

  private static ScriptRun.Builder manifest(String service) {
    return manifest(service, METADATA.formatted(image(service), COMMIT), manifestJson(TTS_DIGEST));
  }

  @ParameterizedTest
  @ValueSource(strings = {"tts", "agent"})
  void the_manifest_list_gets_the_tag_the_annotations_and_one_source_per_platform(String service) {
    String image = image(service);
    ScriptRun.Result run = manifest(service).run(tmp).assertSucceeded();
    assertEquals(
        List.of(
            List.of(
                "buildx",
                "imagetools",
                "create",
                "--tag=" + image + ":" + COMMIT,
                "--annotation=index:org.opencontainers.image.revision=" + COMMIT,
                "--annotation=index:org.opencontainers.image.source=https://github.com/acme/voice",
                image + "@" + AMD64_DIGEST,
                image + "@" + ARM64_DIGEST),
            List.of(
                "buildx",
                "imagetools",
                "inspect",
                image + ":" + COMMIT,
                "--format",
                "{{json .Manifest}}")),
        run.calls("docker"));
    assertEquals(Map.of("digest", TTS_DIGEST), run.outputs());
    assertEquals(
        "### " + image + ":" + COMMIT + "\n`" + TTS_DIGEST + "` from 2 platform images\n",
        run.summary());
  }

  @Test
  void metadata_without_a_tag_fails_before_creating_anything() {
    String metadata =
        """
        {"tags":[],"labels":{},"annotations":["index:org.opencontainers.image.revision=%s"]}"""
            .formatted(COMMIT);
    ScriptRun.Result run = failsBeforeDocker(manifest("tts", metadata, manifestJson(TTS_DIGEST)));
    assertEquals("::error::docker/metadata-action gave no tag\n", run.stdout());
    assertEquals(Map.of(), run.outputs());
  }

  static Stream<Arguments> unreadableMetadata() {
    return Stream.of(
        Arguments.of("{\"tags\": [", "parse error: Unfinished JSON term at EOF"),
        Arguments.of(
            "{\"tags\":[\"ghcr.io/acme/voice/tts-service:x\"]}", "Cannot iterate over null"));
  }

  @ParameterizedTest
  @MethodSource("unreadableMetadata")
  void metadata_jq_cannot_read_fails_before_creating_anything(String metadata, String jqError) {
    ScriptRun.Result run = failsBeforeDocker(manifest("tts", metadata, manifestJson(TTS_DIGEST)));
    // jq's own wording (1.6 and 1.7 differ in the prefix only).
    run.assertStderrContains(jqError);
    assertEquals(Map.of(), run.outputs());
  }

  @Test
  void one_platform_digest_instead_of_two_fails_before_creating_anything() {
    ScriptRun.Result run =
        failsBeforeDocker(
            withoutDigests(
                    "tts", METADATA.formatted(image("tts"), COMMIT), manifestJson(TTS_DIGEST))
                .runnerTempFile("digests/" + hex(AMD64_DIGEST), ""));
    assertEquals("::error::expected 2 platform digests, found 1\n", run.stdout());
  }

  @Test
  void no_platform_digest_at_all_is_counted_as_none() {
    ScriptRun.Result run =
        failsBeforeDocker(
            withoutDigests(
                "tts", METADATA.formatted(image("tts"), COMMIT), manifestJson(TTS_DIGEST)));
    assertEquals("::error::expected 2 platform digests, found 0\n", run.stdout());
  }

  static Stream<Arguments> answersWithoutDigest() {
    return Stream.of(
        Arguments.of("{}", "null"),
        Arguments.of("", ""),
        Arguments.of("{\"digest\":\"sha256:abc\"}", "sha256:abc"),
        Arguments.of("{\"digest\":\"latest\"}", "latest"));
  }

  @ParameterizedTest
  @MethodSource("answersWithoutDigest")
  void an_inspect_answer_without_a_digest_fails_the_step(String answer, String got) {
    ScriptRun.Result run =
        manifest("tts", METADATA.formatted(image("tts"), COMMIT), answer).run(tmp).assertFailed();
    assertEquals(
        "::error::" + image("tts") + ":" + COMMIT + " has no digest (got '" + got + "')\n",
        run.stdout());
    assertEquals(Map.of(), run.outputs());
  }

  @Test
  void a_garbage_inspect_answer_fails_the_step() {
    ScriptRun.Result run =
        manifest("tts", METADATA.formatted(image("tts"), COMMIT), "ERROR: not json")
            .run(tmp)
            .assertFailed();
    run.assertStderrContains("parse error: Invalid numeric literal at line 1, column 6");
    assertEquals("", run.stdout());
    assertEquals(Map.of(), run.outputs());
  }

  @Test
  void a_failing_inspect_fails_the_step() {
    ScriptRun.Result run =
        ScriptRun.of(PipelineStep.find(new CiBuildPush(), "merge-tts", "manifest"))
            .env("METADATA", METADATA.formatted(image("tts"), COMMIT))
            .env("IMAGE", image("tts"))
            .env("TAG", COMMIT)
            .runnerTempFile("digests/" + hex(AMD64_DIGEST), "")
            .runnerTempFile("digests/" + hex(ARM64_DIGEST), "")
            .stub(
                Stub.command("docker")
                    .on("buildx imagetools create *", Answer.ok())
                    .on(
                        "buildx imagetools inspect *",
                        Answer.fails(1, "ERROR: " + image("tts") + ":" + COMMIT + ": not found")))
            .run(tmp)
            .assertFailed();
    assertEquals("ERROR: " + image("tts") + ":" + COMMIT + ": not found\n", run.stderr());
    assertEquals(Map.of(), run.outputs());
  }

  // --- build: "Record the digest", read by the merge job

  @Test
  void the_recorded_digest_is_a_file_named_by_its_hex_digits() throws Exception {
    ScriptRun.Result run =
        ScriptRun.of(PipelineStep.find(new CiBuildPush(), "build", "Record the digest"))
            .env("DIGEST", AMD64_DIGEST)
            .expr("matrix.image", "tts-service")
            .run(tmp)
            .assertSucceeded();
    try (var files = Files.list(run.runnerTemp().resolve("digests"))) {
      assertEquals(List.of(hex(AMD64_DIGEST)), files.map(p -> p.getFileName().toString()).toList());
    }
  }

  // --- promote: "Tag <service> without changing its digest"

  static final String RELEASE_METADATA =
      """
      {"tags":["%1$s:1.4.2","%1$s:1.4","%1$s:latest"],"labels":{},"annotations":[]}""";

  private static ScriptRun.Builder promote(String service, String metadata, Stub docker) {
    return ScriptRun.of(
            PipelineStep.find(
                new CiBuildPush(), "promote", "Tag " + service + " without changing its digest"))
        .env("METADATA", metadata)
        .env("IMAGE", image(service))
        .env("DIGEST", TTS_DIGEST)
        .stub(docker);
  }

  @ParameterizedTest
  @ValueSource(strings = {"tts", "agent"})
  void each_release_tag_is_created_on_the_digest_and_checked(String service) {
    String image = image(service);
    ScriptRun.Result run =
        promote(
                service,
                RELEASE_METADATA.formatted(image),
                Stub.command("docker")
                    .on("buildx imagetools create *", Answer.ok())
                    .on("buildx imagetools inspect *", Answer.stdout(manifestJson(TTS_DIGEST))))
            .run(tmp)
            .assertSucceeded();
    List<List<String>> expected = new ArrayList<>();
    StringBuilder summary = new StringBuilder();
    for (String tag : List.of("1.4.2", "1.4", "latest")) {
      expected.add(
          List.of(
              "buildx",
              "imagetools",
              "create",
              "--tag",
              image + ":" + tag,
              image + "@" + TTS_DIGEST));
      expected.add(
          List.of(
              "buildx",
              "imagetools",
              "inspect",
              image + ":" + tag,
              "--format",
              "{{json .Manifest}}"));
      summary
          .append("- `")
          .append(image)
          .append(':')
          .append(tag)
          .append("` -> `")
          .append(TTS_DIGEST)
          .append("`\n");
    }
    assertEquals(expected, run.calls("docker"));
    assertEquals(summary.toString(), run.summary());
  }

  @Test
  void a_tag_that_resolves_to_another_digest_fails_the_step_there() {
    String image = image("tts");
    ScriptRun.Result run =
        promote(
                "tts",
                RELEASE_METADATA.formatted(image),
                Stub.command("docker")
                    .on("buildx imagetools create *", Answer.ok())
                    .on(
                        "buildx imagetools inspect " + image + ":1.4 *",
                        Answer.stdout(manifestJson(OTHER_DIGEST)))
                    .on("buildx imagetools inspect *", Answer.stdout(manifestJson(TTS_DIGEST))))
            .run(tmp)
            .assertFailed();
    assertEquals(
        "::error::"
            + image
            + ":1.4 resolves to "
            + OTHER_DIGEST
            + ", expected "
            + TTS_DIGEST
            + "\n",
        run.stdout());
    assertEquals(
        4, run.calls("docker").size(), "no tag after the wrong one: " + run.calls("docker"));
    assertEquals("- `" + image + ":1.4.2` -> `" + TTS_DIGEST + "`\n", run.summary());
  }

  @Test
  void an_empty_tag_list_fails_the_step_without_tagging() {
    ScriptRun.Result run =
        failsBeforeDocker(
            promote(
                "tts", "{\"tags\":[],\"labels\":{},\"annotations\":[]}", Stub.command("docker")));
    assertEquals("::error::docker/metadata-action gave no tag to promote\n", run.stdout());
  }

  @Test
  void metadata_jq_cannot_read_fails_the_step_without_tagging() {
    ScriptRun.Result run = failsBeforeDocker(promote("tts", "{\"tags\":", Stub.command("docker")));
    run.assertStderrContains("parse error: Unfinished JSON term at EOF");
    assertEquals("", run.stdout());
  }
}
