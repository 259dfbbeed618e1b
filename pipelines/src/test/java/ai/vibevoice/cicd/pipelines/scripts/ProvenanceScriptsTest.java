package ai.vibevoice.cicd.pipelines.scripts;

import static ai.vibevoice.cicd.pipelines.scripts.TestValues.TTS_DIGEST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.vibevoice.cicd.pipelines.CiProvenance;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The verify job of ci-provenance.yml with {@code cosign} stubbed: each image is verified three
 * times (signature, build metadata, SLSA provenance) against identities anchored on this
 * repository's provenance workflow and on the SLSA generator, with the regular expressions bash
 * really passes; any failed verification fails the step.
 */
class ProvenanceScriptsTest {
  @TempDir Path tmp;

  static final String REPOSITORY = "acme/voice.agent";
  static final String ISSUER = "https://token.actions.githubusercontent.com";
  static final String BUILD_METADATA = "https://vibevoice.ai/attestations/build-metadata/v1";

  /**
   * The identity regexp for this repository's own signatures: dots escaped, anchored, main or a
   * release tag.
   */
  static final String SIGNER =
      "^https://github\\.com/acme/voice\\.agent/\\.github/workflows/ci-provenance\\.yml"
          + "@refs/(heads/main|tags/v[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?)$";

  static final String SLSA_SIGNER =
      "^https://github\\.com/slsa-framework/slsa-github-generator/\\.github/workflows/"
          + "generator_container_slsa3\\.yml@refs/tags/v[0-9]+\\.[0-9]+\\.[0-9]+$";

  private static String image(String service) {
    return "ghcr.io/" + REPOSITORY + "/" + service + "-service";
  }

  private static ScriptRun.Builder verify(String service, Stub cosign) {
    return ScriptRun.of(PipelineStep.find(new CiProvenance(), "verify", "Verify " + service))
        .env("GITHUB_SERVER_URL", "https://github.com")
        .env("GITHUB_REPOSITORY", REPOSITORY)
        .expr("inputs." + service + "-image", image(service))
        .expr("inputs." + service + "-digest", TTS_DIGEST)
        .stub(cosign);
  }

  /**
   * The call {@code cosign command reference options...}, then the issuer and the identity regexp
   * the certificate must match.
   */
  private static List<String> cosign(
      String command, String reference, String identityRegexp, String... options) {
    List<String> call = new ArrayList<>(List.of(command, reference));
    call.addAll(List.of(options));
    call.addAll(
        List.of(
            "--certificate-oidc-issuer", ISSUER, "--certificate-identity-regexp", identityRegexp));
    return call;
  }

  @ParameterizedTest
  @ValueSource(strings = {"tts", "agent"})
  void the_signature_the_build_metadata_and_the_slsa_provenance_are_verified(String service) {
    String reference = image(service) + "@" + TTS_DIGEST;
    ScriptRun.Result run =
        verify(service, Stub.command("cosign").otherwise(Answer.stdout("[{\"critical\":{}}]")))
            .run(tmp)
            .assertSucceeded();
    assertEquals(
        List.of(
            cosign("verify", reference, SIGNER),
            cosign("verify-attestation", reference, SIGNER, "--type", BUILD_METADATA),
            cosign(
                "verify-attestation",
                reference,
                SLSA_SIGNER,
                "--type",
                "slsaprovenance",
                "--new-bundle-format=false")),
        run.calls("cosign"));
    assertEquals(
        "- `" + reference + "`: signature, build metadata and SLSA provenance verified\n",
        run.summary());
    assertEquals("", run.stdout(), "cosign's output is not the log's business");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://github.com/acme/voice.agent/.github/workflows/ci-provenance.yml@refs/heads/main",
        "https://github.com/acme/voice.agent/.github/workflows/ci-provenance.yml@refs/tags/v1.4.2",
        "https://github.com/acme/voice.agent/.github/workflows/ci-provenance.yml@refs/tags/v1.4.2-rc.1"
      })
  void the_signer_regexp_accepts_the_provenance_workflow_on_main_and_on_release_tags(
      String identity) {
    assertTrue(Pattern.compile(SIGNER).matcher(identity).find(), identity);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://githubXcom/acme/voice.agent/.github/workflows/ci-provenance.yml@refs/heads/main",
        "https://github.com/acme/voiceXagent/.github/workflows/ci-provenance.yml@refs/heads/main",
        "https://github.com/acme/voice.agent/.github/workflows/ci-provenanceXyml@refs/heads/main",
        "https://github.com/acme/voice.agent/.github/workflows/ci-provenance.yml@refs/heads/main-fork",
        "https://github.com/acme/voice.agent/.github/workflows/ci-provenance.yml@refs/heads/feature",
        "https://github.com/acme/voice.agent/.github/workflows/ci-build-push.yml@refs/heads/main",
        "https://github.com/evil/voice.agent/.github/workflows/ci-provenance.yml@refs/heads/main",
        "https://evil.example/https://github.com/acme/voice.agent/.github/workflows/ci-provenance.yml@refs/heads/main",
        "https://github.com/acme/voice.agent/.github/workflows/ci-provenance.yml@refs/tags/v1.4"
      })
  void the_signer_regexp_refuses_look_alikes_other_workflows_and_other_refs(String identity) {
    assertFalse(Pattern.compile(SIGNER).matcher(identity).find(), identity);
  }

  @ParameterizedTest
  @CsvSource({
    "https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_container_slsa3.yml@refs/tags/v2.1.0, true",
    "https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_container_slsa3.yml@refs/heads/main, false",
    "https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@refs/tags/v2.1.0, false",
    "https://github.com/evil/slsa-github-generator/.github/workflows/generator_container_slsa3.yml@refs/tags/v2.1.0, false"
  })
  void the_slsa_regexp_accepts_only_a_released_container_generator(
      String identity, boolean accepted) {
    assertEquals(accepted, Pattern.compile(SLSA_SIGNER).matcher(identity).find(), identity);
  }

  @ParameterizedTest(name = "cosign {0} fails")
  @CsvSource({
    "'verify *', 1",
    "'verify-attestation * --type https://vibevoice.ai/attestations/build-metadata/v1 *', 2",
    "'verify-attestation * --type slsaprovenance *', 3"
  })
  void a_failed_verification_fails_the_step(String failing, int calls) {
    ScriptRun.Result run =
        verify(
                "tts",
                Stub.command("cosign")
                    .on(
                        failing,
                        Answer.fails(
                            1,
                            "Error: no matching signatures: none of the expected identities matched"))
                    .otherwise(Answer.ok()))
            .run(tmp)
            .assertFailed();
    assertEquals(
        "Error: no matching signatures: none of the expected identities matched\n", run.stderr());
    assertEquals(calls, run.calls("cosign").size(), "stops at the failed verification");
    assertEquals("", run.summary());
  }
}
