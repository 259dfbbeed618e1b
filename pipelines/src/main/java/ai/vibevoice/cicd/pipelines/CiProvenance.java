package ai.vibevoice.cicd.pipelines;

import ai.vibevoice.cicd.dsl.actions.CosignInstaller;
import ai.vibevoice.cicd.dsl.actions.SlsaContainerGenerator;
import ai.vibevoice.cicd.dsl.actions.UploadArtifact;
import ai.vibevoice.cicd.dsl.expr.Contexts;
import ai.vibevoice.cicd.dsl.expr.Github;
import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.job.CallJob;
import ai.vibevoice.cicd.dsl.job.Concurrency;
import ai.vibevoice.cicd.dsl.job.Defaults;
import ai.vibevoice.cicd.dsl.job.Job;
import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.permission.Access;
import ai.vibevoice.cicd.dsl.permission.Need;
import ai.vibevoice.cicd.dsl.permission.Scope;
import ai.vibevoice.cicd.dsl.step.Step;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import ai.vibevoice.cicd.dsl.workflow.WorkflowSource;
import ai.vibevoice.cicd.pipelines.Platform.Arch;
import ai.vibevoice.cicd.pipelines.Platform.Service;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code ci-provenance.yml} (R9), for every candidate the build pushes (default branch and release
 * tags), after its smoke test and scan passed and before promotion: per image, a keyless cosign
 * signature of the digest, the build metadata predicate from {@code ci-helper build-metadata}
 * attached with {@code cosign attest}, SLSA provenance from the SLSA container generator, then a
 * job that verifies all three with the exact expected identities and fails when anything does not
 * verify.
 */
public final class CiProvenance implements WorkflowSource {
  /** The predicate type of the build metadata attestation (see ci-helper build-metadata --help). */
  public static final String METADATA_PREDICATE_TYPE =
      "https://vibevoice.ai/attestations/build-metadata/v1";

  static final String ISSUER = "https://token.actions.githubusercontent.com";

  /**
   * The refs whose signatures {@link #SIGNER_IDENTITY} accepts, as an unanchored regular
   * expression: the default branch or a release tag (with an optional pre-release suffix).
   */
  static final String SIGNED_REF =
      "refs/(heads/"
          + Platform.DEFAULT_BRANCH
          + "|tags/v[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?)";

  /**
   * Fails a job on a ref whose signatures {@link #SIGNER_IDENTITY} refuses (a dispatch from a
   * branch, a tag like {@code v1.2.x} that the build's {@code v*.*.*} glob lets through) before it
   * pushes or signs anything. A regular expression, which {@code if:} has not.
   */
  static Step signedRefCheck() {
    return Step.run(
            String.join(
                "\n",
                "signed='^" + SIGNED_REF + "$'",
                "if [[ ! \"$GITHUB_REF\" =~ $signed ]]; then",
                "  echo \"::error::$GITHUB_REF is neither "
                    + Platform.DEFAULT_BRANCH
                    + " nor a release tag vX.Y.Z[-pre]: ci-provenance.yml would refuse the signatures of its images\"",
                "  exit 1",
                "fi"))
        .name("Check the ref is one whose images can be signed")
        .build();
  }

  /**
   * Signatures made in this called workflow carry its file and the caller's ref as identity: the
   * default branch or a release tag (with an optional pre-release suffix). Every dot is escaped and
   * the pattern is anchored at both ends; the server and repository come from the environment,
   * escaped by the script.
   */
  static final String SIGNER_IDENTITY =
      "^${server}/${repository}/\\.github/workflows/ci-provenance\\.yml@" + SIGNED_REF + "$";

  static final String SLSA_IDENTITY =
      "^https://github\\.com/slsa-framework/slsa-github-generator/"
          + "\\.github/workflows/generator_container_slsa3\\.yml@refs/tags/v[0-9]+\\.[0-9]+\\.[0-9]+$";

  @Override
  public Workflow workflow() {
    // Every job waits for the ref check: the SLSA generator would otherwise attest in parallel.
    RunJob signedRef =
        Job.builder("signed-ref")
            .name("Check the ref is one whose images can be signed")
            .runsOn(Platform.RUNNER)
            .timeoutMinutes(5)
            .step(signedRefCheck())
            .build();
    RunJob helper = HelperJar.job().toBuilder().needs(signedRef).build();
    List<Job> jobs = new ArrayList<>(List.of(signedRef, helper));
    List<Job> verifyNeeds = new ArrayList<>();
    for (Service s : Service.values()) {
      RunJob sign = sign(s, helper);
      CallJob slsa =
          Job.call("slsa-" + s.key, SlsaContainerGenerator.callee())
              .name("SLSA provenance (" + s.key + ")")
              .needs(signedRef)
              .with("image", Text.of(ImageInputs.image(s).ref()))
              .with("digest", Text.of(ImageInputs.digest(s).ref()))
              .with("registry-username", Text.of(Github.ACTOR))
              .secret("registry-password", Contexts.secrets("GITHUB_TOKEN"))
              .build();
      jobs.add(sign);
      jobs.add(slsa);
      verifyNeeds.add(sign);
      verifyNeeds.add(slsa);
    }
    jobs.add(verify(verifyNeeds));
    return Workflow.builder("ci-provenance.yml", "Provenance and signing")
        .description(
            "Signs each image digest that passed the smoke test and the scan keylessly, attaches the build "
                + "metadata and SLSA provenance, and verifies them with the expected identities. Called by the build before promotion.")
        .on(ImageInputs.call(), ImageInputs.dispatch())
        .concurrency(Concurrency.of(Text.of("ci-provenance-", Github.REF), false))
        .defaults(Defaults.bash())
        .jobs(jobs.toArray(Job[]::new))
        .build();
  }

  private static RunJob sign(Service s, RunJob helper) {
    String platforms =
        String.join("\",\"", Arrays.stream(Arch.values()).map(a -> a.platform).toList());
    return Job.builder("sign-" + s.key)
        .name("Sign and attest build metadata (" + s.key + ")")
        .needs(helper)
        .runsOn(Platform.RUNNER)
        .timeoutMinutes(20)
        .env("IMAGE", Text.of(ImageInputs.image(s).ref()))
        .env("DIGEST", Text.of(ImageInputs.digest(s).ref()))
        .env("CI_HELPER_JAR", HelperJar.jarPath())
        .step(Steps.checkout())
        .step(Steps.checkDigests(ImageInputs.digest(s).ref()))
        .step(Steps.javaRuntime())
        .step(HelperJar.download())
        .step(CosignInstaller.builder().name("Install cosign").build())
        .step(Steps.ghcrLogin(Access.WRITE))
        .step(
            Step.run(
                    HelperJar.command(
                        "build-metadata --output build-metadata.json --image \"$IMAGE\" --digest \"$DIGEST\""
                            + " --matrix '{\"service\":\""
                            + s.key
                            + "\",\"platforms\":[\""
                            + platforms
                            + "\"]}'"))
                .name("Build metadata (commit, run, workflow, matrix)"))
        .step(
            Step.run("cosign sign --yes --recursive \"$IMAGE@$DIGEST\"")
                .name("Sign the digest (keyless)")
                .requires(
                    new Need(
                        Scope.ID_TOKEN,
                        Access.WRITE,
                        "sign keylessly with the workflow's OIDC identity")))
        .step(
            Step.run(
                    "cosign attest --yes --type "
                        + METADATA_PREDICATE_TYPE
                        + " --predicate build-metadata.json \"$IMAGE@$DIGEST\"")
                .name("Attach the build metadata")
                .requires(new Need(Scope.ID_TOKEN, Access.WRITE, "sign the attestation keylessly")))
        .step(
            UploadArtifact.builder(Text.of("build-metadata.json"))
                .name("Upload the build metadata")
                .nameInput("build-metadata-" + s.key)
                .build())
        .build();
  }

  private static RunJob verify(List<Job> needs) {
    RunJob.Builder job =
        Job.builder("verify")
            .name("Verify signatures and provenance")
            .needs(needs.toArray(Job[]::new))
            .runsOn(Platform.RUNNER)
            .timeoutMinutes(15)
            .step(CosignInstaller.builder().name("Install cosign").build())
            .step(Steps.ghcrLogin(Access.READ));
    for (Service s : Service.values()) {
      job.step(
          Step.run(VERIFY)
              .name("Verify " + s.key)
              .env("IMAGE", Text.of(ImageInputs.image(s).ref()))
              .env("DIGEST", Text.of(ImageInputs.digest(s).ref())));
    }
    return job.build();
  }

  /**
   * Anchored identities with escaped dots: an unanchored pattern would also accept {@code
   * owner/repo-evil}, an unescaped dot any character. The SLSA generator runs cosign v2 and writes
   * its provenance as a legacy attestation; cosign v3 (cosign-installer v4) verifies only bundles
   * unless told otherwise, hence {@code --new-bundle-format=false} on that one call.
   */
  static final String VERIFY =
      String.join(
          "\n",
          "server=\"${GITHUB_SERVER_URL//./\\\\.}\"",
          "repository=\"${GITHUB_REPOSITORY//./\\\\.}\"",
          "signer=\"" + SIGNER_IDENTITY + "\"",
          "cosign verify \"$IMAGE@$DIGEST\" --certificate-oidc-issuer "
              + ISSUER
              + " --certificate-identity-regexp \"$signer\" > /dev/null",
          "cosign verify-attestation \"$IMAGE@$DIGEST\" --type "
              + METADATA_PREDICATE_TYPE
              + " --certificate-oidc-issuer "
              + ISSUER
              + " --certificate-identity-regexp \"$signer\" > /dev/null",
          "# The SLSA generator's cosign v2 wrote a legacy attestation, not a bundle (see above).",
          "cosign verify-attestation \"$IMAGE@$DIGEST\" --type slsaprovenance --new-bundle-format=false --certificate-oidc-issuer "
              + ISSUER
              + " --certificate-identity-regexp '"
              + SLSA_IDENTITY
              + "' > /dev/null",
          "echo \"- \\`$IMAGE@$DIGEST\\`: signature, build metadata and SLSA provenance verified\" >> \"$GITHUB_STEP_SUMMARY\"");
}
