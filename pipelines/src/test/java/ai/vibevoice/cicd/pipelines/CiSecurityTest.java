package ai.vibevoice.cicd.pipelines;

import static ai.vibevoice.cicd.pipelines.Model.assertGrants;
import static ai.vibevoice.cicd.pipelines.Model.condition;
import static ai.vibevoice.cicd.pipelines.Model.onlyUse;
import static ai.vibevoice.cicd.pipelines.Model.runJob;
import static ai.vibevoice.cicd.pipelines.Model.runs;
import static ai.vibevoice.cicd.pipelines.Model.uses;
import static ai.vibevoice.cicd.pipelines.Model.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.vibevoice.cicd.dsl.dependabot.DependabotConfig;
import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.permission.Access;
import ai.vibevoice.cicd.dsl.permission.Scope;
import ai.vibevoice.cicd.dsl.step.Step;
import ai.vibevoice.cicd.dsl.trigger.PullRequest;
import ai.vibevoice.cicd.dsl.trigger.Push;
import ai.vibevoice.cicd.dsl.trigger.Schedule;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ci-security-deps.yml, dependabot.yml and ci-security-images.yml against R7 and R8, on the model.
 */
class CiSecurityTest {
  final Workflow deps = new CiSecurityDeps().workflow();
  final RunJob audit = runJob(deps, "audit");
  final Workflow images = new CiSecurityImages().workflow();

  @Test
  void r7_1_scans_dependencies_on_every_change_and_weekly() {
    assertTrue(deps.on(Push.class) && deps.on(PullRequest.class));
    assertEquals(List.of("0 9 * * 1"), deps.trigger(Schedule.class).orElseThrow().crons());
  }

  @Test
  void r7_2_runs_pip_audit_over_the_locked_hashed_requirements() {
    // A git dependency is exported without a hash, which --require-hashes refuses.
    runs(audit, "uv export --locked --all-extras --no-emit-project --no-emit-package vibevoice ");
    Step audit = runs(this.audit, "pip-audit@" + Platform.PIP_AUDIT_VERSION);
    assertTrue(
        audit.run().contains("--require-hashes") && audit.run().contains("--format json"),
        audit.run());
  }

  @Test
  void r7_3_dependabot_updates_python_actions_docker_and_maven_weekly_with_cooldown() {
    DependabotConfig config = Dependabot.config();
    assertEquals(
        List.of("uv", "github-actions", "docker", "maven"),
        config.updates().stream().map(u -> u.ecosystem().key()).toList());
    config.updates().forEach(u -> assertTrue(u.cooldownDays() >= 7, u.toString()));
  }

  @Test
  void r7_4_fails_on_high_or_critical_vulnerabilities_and_reviews_pull_requests() {
    Step gate = uses(audit, "aquasecurity/trivy-action").get(1);
    assertEquals("HIGH,CRITICAL", with(gate, "severity"));
    assertEquals("1", with(gate, "exit-code"));
    RunJob review = runJob(deps, "dependency-review");
    assertEquals(
        "high", with(onlyUse(review, "actions/dependency-review-action"), "fail-on-severity"));
    assertEquals("github.event_name == 'pull_request'", review.ifCondition().text());
  }

  @Test
  void r7_5_reports_are_artifacts_and_sarif_goes_to_code_scanning_except_from_forks() {
    assertEquals("always()", condition(onlyUse(audit, "actions/upload-artifact")));
    // The upload is its own job, so the audit itself (run for forks and the merge queue) holds no
    // write grant.
    RunJob upload = runJob(deps, "code-scanning");
    onlyUse(upload, "github/codeql-action/upload-sarif");
    assertTrue(
        upload
            .ifCondition()
            .text()
            .contains("github.event.pull_request.head.repo.full_name == github.repository"),
        upload.ifCondition().text());
    assertTrue(
        upload.ifCondition().text().contains("github.event_name != 'merge_group'"),
        upload.ifCondition().text());
    assertGrants(upload, Scope.SECURITY_EVENTS, Access.WRITE);
    assertTrue(!audit.permissions().grantsWrite(), audit.permissions().toString());
  }

  @Test
  void r8_2_and_r8_3_trivy_scans_each_digest_and_fails_on_critical_fixable_cves() {
    for (Platform.Service s : Platform.Service.values()) {
      RunJob scan = runJob(images, "scan-" + s.key);
      List<Step> trivy = uses(scan, "aquasecurity/trivy-action");
      assertEquals(2, trivy.size());
      assertEquals(
          "${{ inputs." + s.key + "-image }}@${{ inputs." + s.key + "-digest }}",
          with(trivy.get(0), "image-ref"));
      assertEquals(Platform.TRIVY_VERSION, with(trivy.get(0), "version"));
      assertEquals("0", with(trivy.get(0), "exit-code"));
      assertEquals("CRITICAL", with(trivy.get(1), "severity"));
      assertEquals("true", with(trivy.get(1), "ignore-unfixed"));
      assertEquals("1", with(trivy.get(1), "exit-code"));
    }
  }

  @Test
  void r8_4_uploads_sarif_per_image_with_its_own_category_and_the_reports_as_artifacts() {
    for (Platform.Service s : Platform.Service.values()) {
      RunJob scan = runJob(images, "scan-" + s.key);
      assertEquals(
          "trivy-image-" + s.key + "-${{ matrix.arch }}",
          with(onlyUse(scan, "github/codeql-action/upload-sarif"), "category"));
      assertEquals(
          "trivy-" + s.key + "-${{ matrix.arch }}",
          with(onlyUse(scan, "actions/upload-artifact"), "name"));
      // Every platform of the image is scanned (Trivy scans one platform per run) and gates
      // promotion.
      assertEquals(List.of("amd64", "arm64"), scan.strategy().axes().get(0).values());
      assertEquals("${{ matrix.platform }}", scan.env().get("TRIVY_PLATFORM").render());
      assertTrue(
          scan.env().keySet().stream().noneMatch(k -> k.startsWith("TRIVY_PASSWORD")),
          "the token only in the Trivy steps");
    }
  }
}
