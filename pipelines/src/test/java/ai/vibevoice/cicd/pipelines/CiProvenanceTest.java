package ai.vibevoice.cicd.pipelines;

import static ai.vibevoice.cicd.pipelines.Model.assertGrants;
import static ai.vibevoice.cicd.pipelines.Model.callJob;
import static ai.vibevoice.cicd.pipelines.Model.runJob;
import static ai.vibevoice.cicd.pipelines.Model.runs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.vibevoice.cicd.dsl.job.CallJob;
import ai.vibevoice.cicd.dsl.job.RemoteWorkflow;
import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.permission.Access;
import ai.vibevoice.cicd.dsl.permission.Scope;
import ai.vibevoice.cicd.dsl.step.Step;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import ai.vibevoice.cicd.pipelines.platform.Shared;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** ci-provenance.yml against R9, on the model. */
class CiProvenanceTest {
  final Workflow w = new CiProvenance().workflow();

  @Test
  void r9_1_signs_each_digest_keylessly_whenever_called() {
    for (Platform.Service s : Platform.Service.values()) {
      RunJob sign = runJob(w, "sign-" + s.key);
      assertEquals(null, sign.ifCondition(), "every candidate the build pushes is signed");
      runs(sign, "cosign sign --yes --recursive \"$IMAGE@$DIGEST\"");
      // A dispatch from another ref would sign with an identity the verification refuses.
      assertEquals(List.of(HelperJar.JOB_ID), sign.needs());
      assertEquals(List.of("signed-ref"), callJob(w, "slsa-" + s.key).needs());
      assertGrants(sign, Scope.ID_TOKEN, Access.WRITE);
      assertGrants(sign, Scope.PACKAGES, Access.WRITE);
    }
  }

  @Test
  void every_job_waits_for_the_check_of_the_ref() {
    assertEquals(List.of(CiProvenance.signedRefCheck()), runJob(w, "signed-ref").steps());
    assertEquals(List.of("signed-ref"), runJob(w, HelperJar.JOB_ID).needs());
  }

  @Test
  void r9_2_and_r9_3_attaches_build_metadata_with_commit_run_and_matrix() throws IOException {
    RunJob sign = runJob(w, "sign-tts");
    Step metadata = runs(sign, "scripts/ci-helper build-metadata");
    assertTrue(
        metadata
            .run()
            .contains(
                "--matrix '{\"service\":\"tts\",\"platforms\":[\"linux/amd64\",\"linux/arm64\"]}'"),
        metadata.run());
    runs(
        sign,
        "cosign attest --yes --type "
            + CiProvenance.METADATA_PREDICATE_TYPE
            + " --predicate build-metadata.json");
    assertEquals(helperPredicateType(), CiProvenance.METADATA_PREDICATE_TYPE);
  }

  /**
   * The predicate type ci-helper writes, read from its source: this module does not depend on
   * scripts, so failing scripts tests never skip these (parent pom, modules).
   */
  private static String helperPredicateType() throws IOException {
    Path source =
        Shared.repoRoot()
            .resolve("scripts/src/main/java/ai/vibevoice/cicd/helper/metadata/BuildMetadata.java");
    Matcher m =
        Pattern.compile("public static final String PREDICATE_TYPE = \"([^\"]+)\";")
            .matcher(Files.readString(source));
    assertTrue(m.find(), source + " declares no PREDICATE_TYPE");
    return m.group(1);
  }

  @Test
  void r9_4_slsa_provenance_from_the_generator_by_tag() {
    CallJob slsa = callJob(w, "slsa-tts");
    RemoteWorkflow callee = (RemoteWorkflow) slsa.callee();
    assertEquals("v2.1.0", callee.ref());
    assertGrants(slsa, Scope.ID_TOKEN, Access.WRITE);
    assertGrants(slsa, Scope.ACTIONS, Access.READ);
  }

  @Test
  void r9_5_verification_expects_the_exact_identities() {
    RunJob verify = runJob(w, "verify");
    assertTrue(
        verify.needs().containsAll(List.of("sign-tts", "slsa-tts", "sign-agent", "slsa-agent")));
    Step step = runs(verify, "cosign verify \"$IMAGE@$DIGEST\"");
    assertTrue(
        step.run()
            .contains("--certificate-oidc-issuer https://token.actions.githubusercontent.com"));
    // The signer pattern is anchored and matches only this repository's ci-provenance.yml at a
    // release tag.
    String signer =
        CiProvenance.SIGNER_IDENTITY
            .replace("${server}", "https://github\\.com")
            .replace("${repository}", "acme/voice\\.agent");
    Pattern p = Pattern.compile(signer);
    assertTrue(
        p.matcher(
                "https://github.com/acme/voice.agent/.github/workflows/ci-provenance.yml@refs/tags/v1.2.3")
            .matches());
    assertTrue(
        !p.matcher(
                "https://github.com/acme/voice.agent-evil/.github/workflows/ci-provenance.yml@refs/tags/v1.2.3")
            .matches());
    assertTrue(
        !p.matcher(
                "https://github.com/acme/voice.agent/.github/workflows/ci-build-push.yml@refs/tags/v1.2.3")
            .matches());
    assertTrue(
        p.matcher(
                "https://github.com/acme/voice.agent/.github/workflows/ci-provenance.yml@refs/heads/main")
            .matches());
    assertTrue(
        p.matcher(
                "https://github.com/acme/voice.agent/.github/workflows/ci-provenance.yml@refs/tags/v1.2.3-rc.1")
            .matches());
    assertTrue(
        !p.matcher(
                "https://github.com/acme/voice.agent/.github/workflows/ci-provenance.yml@refs/heads/feature")
            .matches());
    assertTrue(
        !p.matcher(
                "https://github.com/acme/voice.agent/.github/workflows/ci-provenance.yml@refs/tags/v1.2.3/x")
            .matches());
    assertTrue(
        !p.matcher(
                "https://githubXcom/acme/voice.agent/.github/workflows/ci-provenance.yml@refs/tags/v1.2.3")
            .matches());
    assertTrue(
        !Pattern.compile(CiProvenance.SLSA_IDENTITY)
            .matcher(
                "https://githubXcom/slsa-framework/slsa-github-generator/.github/workflows/generator_container_slsa3.yml@refs/tags/v2.1.0")
            .matches());
    assertTrue(
        Pattern.compile(CiProvenance.SLSA_IDENTITY)
            .matcher(
                "https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_container_slsa3.yml@refs/tags/v2.1.0")
            .matches());
  }
}
