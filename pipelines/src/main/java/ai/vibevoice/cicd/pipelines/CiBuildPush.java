package ai.vibevoice.cicd.pipelines;

import ai.vibevoice.cicd.dsl.actions.BuildPush;
import ai.vibevoice.cicd.dsl.actions.DockerMetadata;
import ai.vibevoice.cicd.dsl.actions.DownloadArtifact;
import ai.vibevoice.cicd.dsl.actions.SbomAction;
import ai.vibevoice.cicd.dsl.actions.SetupBuildx;
import ai.vibevoice.cicd.dsl.actions.SetupQemu;
import ai.vibevoice.cicd.dsl.actions.UploadArtifact;
import ai.vibevoice.cicd.dsl.expr.Contexts;
import ai.vibevoice.cicd.dsl.expr.Expr;
import ai.vibevoice.cicd.dsl.expr.Fn;
import ai.vibevoice.cicd.dsl.expr.Github;
import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.job.CallJob;
import ai.vibevoice.cicd.dsl.job.Concurrency;
import ai.vibevoice.cicd.dsl.job.Defaults;
import ai.vibevoice.cicd.dsl.job.Job;
import ai.vibevoice.cicd.dsl.job.MatrixAxis;
import ai.vibevoice.cicd.dsl.job.MatrixKey;
import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.job.RunsOn;
import ai.vibevoice.cicd.dsl.job.Strategy;
import ai.vibevoice.cicd.dsl.permission.Access;
import ai.vibevoice.cicd.dsl.repo.RepoPath;
import ai.vibevoice.cicd.dsl.step.ActionStep;
import ai.vibevoice.cicd.dsl.step.Step;
import ai.vibevoice.cicd.dsl.trigger.Push;
import ai.vibevoice.cicd.dsl.trigger.WorkflowDispatch;
import ai.vibevoice.cicd.dsl.workflow.LocalWorkflow;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import ai.vibevoice.cicd.dsl.workflow.WorkflowSource;
import ai.vibevoice.cicd.pipelines.Platform.Arch;
import ai.vibevoice.cicd.pipelines.Platform.Service;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ci-build-push.yml} (R2): builds each service for each platform natively, pushes by digest,
 * merges a multi-arch manifest list per service under the candidate tag (the commit SHA), then
 * calls the smoke test and the image scan on those digests; when both pass, signs them and attaches
 * provenance, and only then promotes them (release tags on the same, signed digests).
 */
public final class CiBuildPush implements WorkflowSource {
  static final MatrixAxis SERVICE = MatrixAxis.of("service", (Object[]) keys(Service.values()));
  static final MatrixAxis ARCH =
      MatrixAxis.of(
          "arch", (Object[]) Arrays.stream(Arch.values()).map(a -> a.key).toArray(String[]::new));

  /** Tags promotion adds to a proven digest (docker/metadata-action syntax). */
  static final String PROMOTION_TAGS =
      String.join(
          "\n",
          "type=semver,pattern={{version}}",
          "type=semver,pattern={{major}}.{{minor}}",
          "type=raw,value=latest,enable={{is_default_branch}}",
          "type=ref,event=branch");

  @Override
  public Workflow workflow() {
    RunJob helper = HelperJar.job();
    RunJob build = build();
    Map<Service, RunJob> merges = new EnumMap<>(Service.class);
    for (Service s : Service.values()) {
      merges.put(s, merge(s, build));
    }
    Job[] mergeJobs = merges.values().toArray(Job[]::new);
    CallJob smoke =
        withImages(Job.call("smoke-test", new LocalWorkflow(new CiSmokeTest().workflow())), merges)
            .name("Smoke test")
            .needs(concat(mergeJobs, helper))
            .build();
    CallJob scan =
        withImages(
                Job.call("image-scan", new LocalWorkflow(new CiSecurityImages().workflow())),
                merges)
            .name("Image scan")
            .needs(mergeJobs)
            .build();
    // Only digests that passed the smoke test and the scan are signed, and only signed digests get
    // release tags.
    CallJob provenance =
        withImages(Job.call("provenance", new LocalWorkflow(new CiProvenance().workflow())), merges)
            .name("Provenance and signing")
            .needs(concat(mergeJobs, smoke, scan, helper))
            .build();
    RunJob promote = promote(merges, provenance);
    Workflow.Builder w =
        Workflow.builder("ci-build-push.yml", "Build and push images")
            .description(
                "Builds both services for amd64 and arm64, pushes them by digest under the commit SHA, "
                    + "smoke-tests and scans exactly those digests, signs them and attaches provenance, then promotes them.")
            .on(
                Push.builder()
                    .branches(Platform.DEFAULT_BRANCH)
                    .tags(Platform.RELEASE_TAGS)
                    .build(),
                WorkflowDispatch.of())
            .concurrency(Concurrency.of(Text.of("ci-build-push-", Github.REF), false))
            .defaults(Defaults.bash())
            .job(helper)
            .job(build);
    merges.values().forEach(w::job);
    return w.job(smoke).job(scan).job(provenance).job(promote).build();
  }

  private static RunJob build() {
    Strategy.Builder matrix = Strategy.builder().axis(SERVICE).axis(ARCH).failFast(false);
    for (Arch a : Arch.values()) {
      matrix.include(ARCH, a.key, PLATFORM, a.platform, RUNNER, a.runner);
    }
    for (Service s : Service.values()) {
      matrix.include(SERVICE, s.key, IMAGE, s.image, DOCKERFILE, s.dockerfile.path());
    }
    Step names = imageName(Text.of(IMAGE.ref()));
    ActionStep<DockerMetadata.Outputs> meta =
        DockerMetadata.builder()
            .id("meta")
            .name("OCI labels")
            .images(Text.of(names.output("image")))
            .build();
    Expr onDefaultBranch = Github.onBranch(Platform.DEFAULT_BRANCH);
    // Registry cache, one tag per image and platform: the TTS layers (CUDA, torch) run to several
    // GB, and
    // four scopes of them in the GitHub Actions cache would pass its 10 GB per repository and evict
    // everything else (see CICD.md, "Build cache").
    Expr cacheRef =
        Fn.format(
            "type=registry,ref={0}:" + BUILD_CACHE_TAG + "-{1}", names.output("image"), ARCH.ref());
    ActionStep<BuildPush.Outputs> push =
        BuildPush.builder()
            .id("build")
            .name("Build and push by digest")
            .context(Platform.DOCKER_CONTEXT)
            .file(Text.of(DOCKERFILE.ref()))
            .reads(Arrays.stream(Service.values()).map(s -> s.dockerfile).toArray(RepoPath[]::new))
            .platforms(Text.of(PLATFORM.ref()))
            // Dockerfile.tts declares ARG TARGETARCH=amd64; the argument makes each leg build its
            // own variant.
            .buildArgs(Text.of("TARGETARCH=", ARCH.ref()))
            .labels(Text.of(meta.outputs().labels()))
            .outputsInput(
                Text.of(
                    "type=image,name=",
                    names.output("image"),
                    ",push-by-digest=true,name-canonical=true,push=true"))
            .provenance(false)
            .sbom(false)
            // Cache only for default-branch builds: a poisoned cache must never reach a release
            // image.
            .cacheFrom(Text.of(Fn.when(onDefaultBranch, cacheRef, Expr.of(""))))
            .cacheTo(
                Text.of(
                    Fn.when(
                        onDefaultBranch,
                        Fn.format("{0},mode=max,image-manifest=true,oci-mediatypes=true", cacheRef),
                        Expr.of(""))))
            .build();
    // One SBOM per platform image, made where that image was built (its leg freed the disk): syft
    // given the manifest list would describe the runner's platform only.
    Text sbom = Text.of("sbom-", SERVICE.ref(), "-", ARCH.ref(), ".spdx.json");
    RunJob.Builder job =
        Job.builder("build")
            .name(Text.of("Build (", SERVICE.ref(), ", ", ARCH.ref(), ")"))
            .runsOn(RunsOn.expr(RUNNER.ref()))
            .timeoutMinutes(90)
            .strategy(matrix.build())
            .step(CiProvenance.signedRefCheck())
            .step(Steps.freeDiskSpace())
            .step(Steps.checkout())
            .step(names);
    if (!Platform.NATIVE_ARM64) {
      job.step(
          SetupQemu.builder()
              .name("QEMU for arm64 (no native arm64 runners)")
              .platforms("arm64")
              .build()
              .step()
              .toBuilder()
              .ifCondition(ARCH.ref().eq("arm64")));
    }
    return job.step(SetupBuildx.builder().name("Set up Buildx").build())
        .step(meta)
        .step(Steps.ghcrLogin(Access.WRITE))
        .step(push)
        .step(
            Step.run(
                    Text.of(
                        "mkdir -p \"$RUNNER_TEMP/digests\"\ntouch \"$RUNNER_TEMP/digests/${DIGEST#sha256:}\""))
                .name("Record the digest")
                .env("DIGEST", push.outputs().digest()))
        .step(
            UploadArtifact.builder(Text.of(Contexts.runner("temp"), "/digests/*"))
                .name("Upload the digest")
                .nameInput(Text.of("digests-", SERVICE.ref(), "-", ARCH.ref()))
                .ifNoFilesFound(UploadArtifact.BehaviorIfNoFilesFound.ERROR)
                // As long as a run can be re-run (30 days): a re-run of the merge jobs reads these.
                .retentionDays(30)
                .build())
        .step(
            SbomAction.builder()
                .name("SBOM of this platform's image (SPDX JSON)")
                .image(Text.of(names.output("image"), "@", push.outputs().digest()))
                .format("spdx-json")
                .outputFile(sbom)
                .uploadArtifact(false)
                .registryUsername(Text.of(Github.ACTOR))
                .registryPassword(Text.of(Contexts.secrets("GITHUB_TOKEN")))
                .build())
        .step(
            UploadArtifact.builder(sbom)
                .name("Upload the SBOM")
                .nameInput(Text.of("sbom-", SERVICE.ref(), "-", ARCH.ref()))
                .ifNoFilesFound(UploadArtifact.BehaviorIfNoFilesFound.ERROR)
                .build())
        .build();
  }

  private static RunJob merge(Service s, RunJob build) {
    Step names = imageName(Text.of(s.image));
    ActionStep<DockerMetadata.Outputs> meta =
        DockerMetadata.builder()
            .id("meta")
            .name("Candidate tag (the commit SHA) and index annotations")
            .images(Text.of(names.output("image")))
            .tags("type=sha,format=long,prefix=")
            .flavor(NO_AUTOMATIC_LATEST)
            .env("DOCKER_METADATA_ANNOTATIONS_LEVELS", Text.of("index"))
            .build();
    Step create =
        Step.run(
                """
            # A command substitution in an assignment fails the step when jq fails; mapfile < <(jq) would not.
            options="$(jq -r '(.tags[] | "--tag=" + .), (.annotations[] | "--annotation=" + .)' <<<"$METADATA")"
            mapfile -t args <<<"$options"
            if ! grep -q '^--tag=' <<<"$options"; then echo "::error::docker/metadata-action gave no tag"; exit 1; fi
            # No digest file counts 0: without nullglob the unmatched pattern itself would count as one.
            shopt -s nullglob
            sources=()
            for file in "$RUNNER_TEMP"/digests/*; do sources+=("$IMAGE@sha256:$(basename "$file")"); done
            if [ "${#sources[@]}" -ne %d ]; then echo "::error::expected %d platform digests, found ${#sources[@]}"; exit 1; fi
            docker buildx imagetools create "${args[@]}" "${sources[@]}"
            digest="$(docker buildx imagetools inspect "$IMAGE:$TAG" --format '{{json .Manifest}}' | jq -r .digest)"
            if [[ ! "$digest" =~ ^sha256:[0-9a-f]{64}$ ]]; then echo "::error::$IMAGE:$TAG has no digest (got '$digest')"; exit 1; fi
            echo "digest=$digest" >> "$GITHUB_OUTPUT"
            echo "### $IMAGE:$TAG" >> "$GITHUB_STEP_SUMMARY"
            echo "\\`$digest\\` from ${#sources[@]} platform images" >> "$GITHUB_STEP_SUMMARY\""""
                    .formatted(Arch.values().length, Arch.values().length))
            .id("manifest")
            .name("Create the multi-arch manifest list")
            .env("METADATA", meta.outputs().json())
            .env("IMAGE", names.output("image"))
            .env("TAG", meta.outputs().version())
            .outputs("digest")
            .build();
    Expr digest = create.output("digest");
    return Job.builder("merge-" + s.key)
        .name("Manifest list (" + s.key + ")")
        .needs(build)
        .runsOn(Platform.RUNNER)
        .timeoutMinutes(20)
        .output("image", names.output("image"))
        .output("digest", digest)
        .step(
            DownloadArtifact.builder()
                .name("Download the platform digests")
                .pattern("digests-" + s.key + "-*")
                .mergeMultiple(true)
                .path(Text.of(Contexts.runner("temp"), "/digests"))
                .build())
        .step(names)
        .step(SetupBuildx.builder().name("Set up Buildx").build())
        .step(meta)
        .step(Steps.ghcrLogin(Access.WRITE))
        .step(create)
        .build();
  }

  private static RunJob promote(Map<Service, RunJob> merges, CallJob provenance) {
    RunJob.Builder job =
        Job.builder("promote")
            .name("Promote (release tags on the proven, signed digests)")
            .needs(concat(merges.values().toArray(Job[]::new), provenance))
            .runsOn(Platform.RUNNER)
            .timeoutMinutes(15)
            .step(SetupBuildx.builder().name("Set up Buildx").build())
            .step(Steps.ghcrLogin(Access.WRITE));
    for (Service s : Service.values()) {
      RunJob merge = merges.get(s);
      ActionStep<DockerMetadata.Outputs> meta =
          DockerMetadata.builder()
              .id("meta-" + s.key)
              .name("Release tags (" + s.key + ")")
              .images(Text.of(merge.output("image")))
              .tags(PROMOTION_TAGS)
              .flavor(NO_AUTOMATIC_LATEST)
              .build();
      job.step(meta)
          .step(
              Step.run(PROMOTE)
                  .name("Tag " + s.key + " without changing its digest")
                  .env("METADATA", meta.outputs().json())
                  .env("IMAGE", merge.output("image"))
                  .env("DIGEST", merge.output("digest")));
    }
    return job.build();
  }

  /**
   * Explicit: with the default {@code latest=auto}, docker/metadata-action also tags {@code latest}
   * for every semver tag, so a release of an old commit would move {@code latest} back. {@code
   * latest} comes only from the raw rule of {@link #PROMOTION_TAGS}.
   */
  static final String NO_AUTOMATIC_LATEST = "latest=false";

  /** Tag prefix of the registry build cache ({@code <image>:buildcache-<arch>}). */
  static final String BUILD_CACHE_TAG = "buildcache";

  /**
   * Adds each tag to the digest, then checks the tag resolves to that very digest (signatures are
   * bound to it).
   */
  static final String PROMOTE =
      """
      # A command substitution in an assignment fails the step when jq fails; mapfile < <(jq) would not.
      list="$(jq -r '.tags[]' <<<"$METADATA")"
      if [ -z "$list" ]; then echo "::error::docker/metadata-action gave no tag to promote"; exit 1; fi
      mapfile -t tags <<<"$list"
      for tag in "${tags[@]}"; do
        docker buildx imagetools create --tag "$tag" "$IMAGE@$DIGEST"
        got="$(docker buildx imagetools inspect "$tag" --format '{{json .Manifest}}' | jq -r .digest)"
        if [ "$got" != "$DIGEST" ]; then
          echo "::error::$tag resolves to $got, expected $DIGEST"
          exit 1
        fi
        echo "- \\`$tag\\` -> \\`$DIGEST\\`" >> "$GITHUB_STEP_SUMMARY"
      done""";

  /**
   * {@code ghcr.io/<owner>/<repo>/<name>} in lower case (GHCR refuses upper case; repository names
   * may have it).
   */
  static Step imageName(Text name) {
    return Step.run(
            Text.of(
                "echo \"image=" + Platform.REGISTRY + "/${GITHUB_REPOSITORY,,}/",
                name,
                "\" >> \"$GITHUB_OUTPUT\""))
        .id("names")
        .name("Image name")
        .outputs("image")
        .build();
  }

  private static CallJob.Builder withImages(CallJob.Builder call, Map<Service, RunJob> merges) {
    for (Service s : Service.values()) {
      call.with(ImageInputs.image(s).name(), Text.of(merges.get(s).output("image")));
      call.with(ImageInputs.digest(s).name(), Text.of(merges.get(s).output("digest")));
    }
    return call;
  }

  private static Job[] concat(Job[] jobs, Job... more) {
    List<Job> all = new ArrayList<>(List.of(jobs));
    all.addAll(List.of(more));
    return all.toArray(Job[]::new);
  }

  private static String[] keys(Service[] services) {
    return Arrays.stream(services).map(s -> s.key).toArray(String[]::new);
  }

  static final MatrixKey IMAGE = MatrixKey.of("image");
  static final MatrixKey DOCKERFILE = MatrixKey.of("dockerfile");
  static final MatrixKey PLATFORM = MatrixKey.of("platform");
  static final MatrixKey RUNNER = MatrixKey.of("runner");
}
