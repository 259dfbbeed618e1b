package ai.vibevoice.cicd.pipelines;

import ai.vibevoice.cicd.dsl.actions.TrivyAction;
import ai.vibevoice.cicd.dsl.actions.UploadArtifact;
import ai.vibevoice.cicd.dsl.actions.UploadSarif;
import ai.vibevoice.cicd.dsl.expr.Contexts;
import ai.vibevoice.cicd.dsl.expr.Fn;
import ai.vibevoice.cicd.dsl.expr.Github;
import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.job.Job;
import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.permission.Access;
import ai.vibevoice.cicd.dsl.workflow.Concurrency;
import ai.vibevoice.cicd.dsl.workflow.Defaults;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import ai.vibevoice.cicd.dsl.workflow.WorkflowSource;
import ai.vibevoice.cicd.pipelines.Platform.Service;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ci-security-images.yml} (R8): Trivy on each image digest (OS and language packages). The
 * full SARIF goes to code scanning with one category per image and to an artifact; a second pass
 * gates on critical, fixable CVEs. A required gate of promotion.
 */
public final class CiSecurityImages implements WorkflowSource {
  @Override
  public Workflow workflow() {
    List<Job> jobs = new ArrayList<>();
    for (Service s : Service.values()) {
      jobs.add(scan(s));
    }
    return Workflow.builder("ci-security-images.yml", "Image security scan")
        .description("Scans each image digest with Trivy, uploads SARIF per image to code scanning and fails on "
            + Platform.IMAGE_FAIL_SEVERITIES.toLowerCase() + " vulnerabilities that have a fix. Called by the build before promotion.")
        .on(ImageInputs.call(), ImageInputs.dispatch())
        .concurrency(Concurrency.of(Text.of("ci-security-images-", Github.REF, "-", ImageInputs.digest(Service.TTS).ref()),
            Github.eventIs("pull_request")))
        .defaults(Defaults.bash())
        .jobs(jobs.toArray(Job[]::new))
        .build();
  }

  private static RunJob scan(Service s) {
    String sarif = "trivy-" + s.key + ".sarif";
    Text reference = ImageInputs.reference(s);
    return Job.builder("scan-" + s.key)
        .name("Image scan (" + s.key + ")")
        .runsOn(Platform.RUNNER)
        .timeoutMinutes(30)
        // Trivy reads these to pull private images from GHCR.
        .env("TRIVY_USERNAME", Text.of(Github.ACTOR))
        .env("TRIVY_PASSWORD", Text.of(Contexts.secrets("GITHUB_TOKEN")))
        .step(Steps.checkDigests(ImageInputs.digest(s).ref()))
        .step(Steps.ghcrLogin(Access.READ))
        .step(TrivyAction.builder()
            .name("Trivy: full report (SARIF)")
            .version(Platform.TRIVY_VERSION)
            .cache("true")
            .scanType("image")
            .imageRef(reference)
            .scanners("vuln")
            .vulnType("os,library")
            .format("sarif")
            .output(sarif)
            .exitCode("0")
            .build())
        .step(UploadSarif.builder()
            .name("Upload SARIF to code scanning")
            .ifCondition(Fn.always().and(Steps.notForkPullRequest()))
            .sarifFile(sarif)
            .category("trivy-image-" + s.key)
            .build())
        .step(UploadArtifact.builder()
            .name("Upload the report")
            .ifCondition(Fn.always())
            .nameInput("trivy-" + s.key)
            .path(sarif)
            .retentionDays("30")
            .build())
        .step(TrivyAction.builder()
            .name("Trivy: fail on " + Platform.IMAGE_FAIL_SEVERITIES.toLowerCase() + " fixable vulnerabilities")
            .version(Platform.TRIVY_VERSION)
            .skipSetupTrivy("true")
            .cache("true")
            .scanType("image")
            .imageRef(reference)
            .scanners("vuln")
            .vulnType("os,library")
            .severity(Platform.IMAGE_FAIL_SEVERITIES)
            .ignoreUnfixed("true")
            .format("table")
            .exitCode("1")
            .build())
        .build();
  }
}
