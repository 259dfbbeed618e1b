package ai.vibevoice.cicd.pipelines;

import ai.vibevoice.cicd.dsl.actions.TrivyAction;
import ai.vibevoice.cicd.dsl.actions.UploadArtifact;
import ai.vibevoice.cicd.dsl.actions.UploadSarif;
import ai.vibevoice.cicd.dsl.expr.Contexts;
import ai.vibevoice.cicd.dsl.expr.Fn;
import ai.vibevoice.cicd.dsl.expr.Github;
import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.job.Concurrency;
import ai.vibevoice.cicd.dsl.job.Defaults;
import ai.vibevoice.cicd.dsl.job.Job;
import ai.vibevoice.cicd.dsl.job.MatrixAxis;
import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.job.Strategy;
import ai.vibevoice.cicd.dsl.permission.Access;
import ai.vibevoice.cicd.dsl.step.ActionStep;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import ai.vibevoice.cicd.dsl.workflow.WorkflowSource;
import ai.vibevoice.cicd.pipelines.Platform.Arch;
import ai.vibevoice.cicd.pipelines.Platform.Service;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ci-security-images.yml} (R8): Trivy on every platform of each image digest (OS and
 * language packages). The full SARIF goes to code scanning with one category per image and platform
 * and to an artifact; a second pass gates on critical, fixable CVEs. A required gate of promotion.
 */
public final class CiSecurityImages implements WorkflowSource {
  @Override
  public Workflow workflow() {
    List<Job> jobs = new ArrayList<>();
    for (Service s : Service.values()) {
      jobs.add(scan(s));
    }
    return Workflow.builder("ci-security-images.yml", "Image security scan")
        .description(
            "Scans each image digest with Trivy, uploads SARIF per image to code scanning and fails on "
                + Platform.IMAGE_FAIL_SEVERITIES.toLowerCase()
                + " vulnerabilities that have a fix. Called by the build before promotion.")
        .on(ImageInputs.call(), ImageInputs.dispatch())
        // Never cancelled: it runs on pushes and dispatches only (called by the build), never for a
        // pull
        // request, so cancelling "on pull requests" would be a condition that is always false.
        .concurrency(
            Concurrency.of(
                Text.of(
                    "ci-security-images-", Github.REF, "-", ImageInputs.digest(Service.TTS).ref()),
                false))
        .defaults(Defaults.bash())
        .jobs(jobs.toArray(Job[]::new))
        .build();
  }

  private static RunJob scan(Service s) {
    Text sarif = Text.of("trivy-" + s.key + "-", ARCH.ref(), ".sarif");
    Text reference = ImageInputs.reference(s);
    Strategy.Builder matrix = Strategy.builder().axis(ARCH).failFast(false);
    for (Arch a : Arch.values()) {
      matrix.include(ARCH, a.key, CiBuildPush.PLATFORM, a.platform);
    }
    return Job.builder("scan-" + s.key)
        .name(Text.of("Image scan (" + s.key + ", ", ARCH.ref(), ")"))
        .runsOn(Platform.RUNNER)
        .timeoutMinutes(30)
        .strategy(matrix.build())
        // Trivy scans one platform of a multi-arch image; every platform is scanned and gates
        // promotion.
        .env("TRIVY_PLATFORM", Text.of(CiBuildPush.PLATFORM.ref()))
        .step(Steps.freeDiskSpace())
        .step(Steps.checkDigests(ImageInputs.digest(s).ref()))
        .step(Steps.ghcrLogin(Access.READ))
        .step(
            withRegistryLogin(
                TrivyAction.builder()
                    .name("Trivy: full report (SARIF)")
                    .version(Platform.TRIVY_VERSION)
                    .cache(true)
                    .scanType(TrivyAction.ScanType.IMAGE)
                    .imageRef(reference)
                    .scanners("vuln")
                    .vulnType("os", "library")
                    .format(TrivyAction.Format.SARIF)
                    .output(sarif)
                    .exitCode(0)))
        .step(
            UploadSarif.builder()
                .name("Upload SARIF to code scanning")
                .ifCondition(Fn.always())
                .sarifFile(sarif)
                .category(Text.of("trivy-image-" + s.key + "-", ARCH.ref()))
                .build())
        .step(
            UploadArtifact.builder(sarif)
                .name("Upload the report")
                .ifCondition(Fn.always())
                .nameInput(Text.of("trivy-" + s.key + "-", ARCH.ref()))
                .retentionDays(30)
                .build())
        .step(
            withRegistryLogin(
                TrivyAction.builder()
                    .name(
                        "Trivy: fail on "
                            + Platform.IMAGE_FAIL_SEVERITIES.toLowerCase()
                            + " fixable vulnerabilities")
                    .version(Platform.TRIVY_VERSION)
                    .skipSetupTrivy(true)
                    .cache(true)
                    .scanType(TrivyAction.ScanType.IMAGE)
                    .imageRef(reference)
                    .scanners("vuln")
                    .vulnType("os", "library")
                    .severity(Platform.IMAGE_FAIL_SEVERITIES.split(","))
                    .ignoreUnfixed(true)
                    .format(TrivyAction.Format.TABLE)
                    .exitCode(1)))
        .build();
  }

  /** Trivy reads these to pull private images from GHCR; the token goes to the Trivy steps only. */
  private static ActionStep<TrivyAction.Outputs> withRegistryLogin(TrivyAction.Builder trivy) {
    return trivy
        .env("TRIVY_USERNAME", Text.of(Github.ACTOR))
        .env("TRIVY_PASSWORD", Text.of(Contexts.secrets("GITHUB_TOKEN")))
        .build();
  }

  static final MatrixAxis ARCH = CiBuildPush.ARCH;
}
