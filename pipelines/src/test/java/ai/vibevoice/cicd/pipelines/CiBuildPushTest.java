package ai.vibevoice.cicd.pipelines;

import static ai.vibevoice.cicd.pipelines.Model.assertGrants;
import static ai.vibevoice.cicd.pipelines.Model.callJob;
import static ai.vibevoice.cicd.pipelines.Model.onlyUse;
import static ai.vibevoice.cicd.pipelines.Model.runJob;
import static ai.vibevoice.cicd.pipelines.Model.runs;
import static ai.vibevoice.cicd.pipelines.Model.useWith;
import static ai.vibevoice.cicd.pipelines.Model.uses;
import static ai.vibevoice.cicd.pipelines.Model.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.job.CallJob;
import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.permission.Access;
import ai.vibevoice.cicd.dsl.permission.Scope;
import ai.vibevoice.cicd.dsl.step.Step;
import ai.vibevoice.cicd.dsl.trigger.Filters;
import ai.vibevoice.cicd.dsl.trigger.PullRequest;
import ai.vibevoice.cicd.dsl.trigger.Push;
import ai.vibevoice.cicd.dsl.trigger.WorkflowDispatch;
import ai.vibevoice.cicd.dsl.workflow.LocalWorkflow;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ci-build-push.yml against R2 (and the promotion gates of R3.5 and R8.5), on the model. */
class CiBuildPushTest {
  final Workflow w = new CiBuildPush().workflow();
  final RunJob build = runJob(w, "build");

  @Test
  void r2_1_builds_on_release_tags_main_and_by_hand_never_on_pull_requests() {
    Filters push = w.trigger(Push.class).orElseThrow().filters();
    assertEquals(List.of("main"), push.branches());
    assertEquals(List.of("v*.*.*"), push.tags());
    assertTrue(w.on(WorkflowDispatch.class));
    assertFalse(w.on(PullRequest.class), "a pull request must never push images");
    // Another ref would push images whose signatures ci-provenance.yml refuses: checked first.
    assertEquals(CiProvenance.signedRefCheck(), build.steps().get(0));
  }

  @Test
  void r2_2_builds_both_platforms_natively_one_per_job() {
    assertEquals(
        List.of("service", "arch"), build.strategy().axes().stream().map(a -> a.name()).toList());
    List<Map<String, Object>> include = build.strategy().include();
    assertTrue(
        include.contains(
            Map.of("arch", "amd64", "platform", "linux/amd64", "runner", "ubuntu-24.04")),
        include.toString());
    assertTrue(
        include.contains(
            Map.of("arch", "arm64", "platform", "linux/arm64", "runner", "ubuntu-24.04-arm")),
        include.toString());
    assertEquals(
        "${{ matrix.platform }}", with(onlyUse(build, "docker/build-push-action"), "platforms"));
    assertTrue(uses(build, "docker/setup-qemu-action").isEmpty(), "native arm64: no emulation");
    assertEquals("${{ matrix.runner }}", build.runsOn().labels().get(0).render());
  }

  @Test
  void r2_3_pushes_by_digest_to_ghcr_with_a_cache_scoped_per_service_and_platform_on_main_only() {
    Step push = onlyUse(build, "docker/build-push-action");
    assertTrue(with(push, "outputs").contains("push-by-digest=true,name-canonical=true,push=true"));
    // A registry cache per image and platform: GB-sized TTS layers would overflow the 10 GB Actions
    // cache.
    assertEquals(
        "${{ github.ref == 'refs/heads/main' && format('type=registry,ref={0}:buildcache-{1}', "
            + "steps.names.outputs.image, matrix.arch) || '' }}",
        with(push, "cache-from"));
    assertEquals(
        List.of(Platform.Service.TTS.dockerfile, Platform.Service.AGENT.dockerfile),
        push.paths(),
        "the Dockerfiles the matrix chooses are checked against the platform");
    assertTrue(
        with(push, "cache-to").contains("mode=max")
            && with(push, "cache-to").startsWith("${{ github.ref == 'refs/heads/main' &&"));
    assertEquals("ghcr.io", with(onlyUse(build, "docker/login-action"), "registry"));
    assertGrants(build, Scope.PACKAGES, Access.WRITE);
    useWith(
        build,
        "actions/upload-artifact",
        "name",
        "digests-${{ matrix.service }}-${{ matrix.arch }}");
  }

  @Test
  void every_platform_image_gets_its_own_sbom_where_it_was_built() {
    Step sbom = onlyUse(build, "anchore/sbom-action");
    assertEquals("spdx-json", with(sbom, "format"));
    // The platform image's digest: given the manifest list, syft describes the runner's platform.
    assertEquals(
        "${{ steps.names.outputs.image }}@${{ steps.build.outputs.digest }}", with(sbom, "image"));
    useWith(
        build, "actions/upload-artifact", "name", "sbom-${{ matrix.service }}-${{ matrix.arch }}");
    for (Platform.Service s : Platform.Service.values()) {
      assertTrue(uses(runJob(w, "merge-" + s.key), "anchore/sbom-action").isEmpty());
    }
  }

  @Test
  void r2_4_merge_applies_the_commit_sha_and_promotion_adds_semver_on_the_same_digest() {
    for (Platform.Service s : Platform.Service.values()) {
      RunJob merge = runJob(w, "merge-" + s.key);
      assertEquals(
          "type=sha,format=long,prefix=", with(onlyUse(merge, "docker/metadata-action"), "tags"));
      runs(merge, "docker buildx imagetools create");
      assertEquals(List.of("image", "digest"), merge.outputNames());
    }
    RunJob promote = runJob(w, "promote");
    for (Step meta : uses(promote, "docker/metadata-action")) {
      assertTrue(with(meta, "tags").contains("type=semver,pattern={{version}}"));
      assertTrue(with(meta, "tags").contains("type=raw,value=latest,enable={{is_default_branch}}"));
      // latest=auto would also tag latest for every semver tag: a release of an old commit would
      // move it back.
      assertEquals("latest=false", with(meta, "flavor"));
    }
    Step tag = runs(promote, "imagetools create --tag");
    assertTrue(
        tag.run().contains("if [ \"$got\" != \"$DIGEST\" ]"),
        "the digest is checked after tagging");
    assertFalse(
        tag.run().contains("--annotation"),
        "promotion adds no annotations (they would change the digest)");
  }

  @Test
  void r2_5_and_r3_5_smoke_test_runs_on_the_built_digests_and_gates_promotion() {
    CallJob smoke = callJob(w, "smoke-test");
    assertEquals("ci-smoke-test.yml", ((LocalWorkflow) smoke.callee()).workflow().fileName());
    assertEquals(
        "${{ needs.merge-tts.outputs.digest }}", ((Text) smoke.with().get("tts-digest")).render());
    assertTrue(callJob(w, "provenance").needs().containsAll(List.of("smoke-test", "image-scan")));
    assertTrue(
        runJob(w, "promote").needs().contains("provenance"), "promotion waits for the signature");
    assertTrue(
        runJob(w, "promote").ifCondition() == null,
        "promotion runs only when every need succeeded");
  }

  @Test
  void r8_1_and_r8_5_image_scan_runs_on_every_build_and_gates_promotion() {
    CallJob scan = callJob(w, "image-scan");
    assertEquals("ci-security-images.yml", ((LocalWorkflow) scan.callee()).workflow().fileName());
    assertTrue(scan.needs().containsAll(List.of("merge-tts", "merge-agent")));
    assertTrue(
        callJob(w, "provenance").needs().contains("image-scan"),
        "only scanned digests are signed and promoted");
  }

  @Test
  void r9_every_pushed_candidate_is_signed_before_promotion() {
    CallJob provenance = callJob(w, "provenance");
    assertNull(
        provenance.ifCondition(), "default-branch images are signed too, not only release tags");
    assertTrue(runJob(w, "promote").needs().contains("provenance"));
    assertGrants(provenance, Scope.ID_TOKEN, Access.WRITE);
  }

  @Test
  void helper_jar_is_built_once_and_passed_down() {
    RunJob helper = runJob(w, HelperJar.JOB_ID);
    assertEquals(1, uses(helper, "actions/upload-artifact").size());
    assertTrue(callJob(w, "smoke-test").needs().contains(HelperJar.JOB_ID));
    assertTrue(callJob(w, "provenance").needs().contains(HelperJar.JOB_ID));
  }
}
