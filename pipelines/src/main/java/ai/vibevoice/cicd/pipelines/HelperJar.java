package ai.vibevoice.cicd.pipelines;

import ai.vibevoice.cicd.dsl.actions.DownloadArtifact;
import ai.vibevoice.cicd.dsl.expr.Expr;
import ai.vibevoice.cicd.dsl.expr.Fn;
import ai.vibevoice.cicd.dsl.expr.Github;
import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.job.Job;
import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.repo.RepoPath;
import ai.vibevoice.cicd.dsl.step.Step;

/**
 * The ci-helper jar, built once per workflow run: the {@code helper} job downloads the run's jar
 * artifact and builds and uploads it only when it is not there yet (a workflow called from the
 * build finds the caller's; a dispatched one builds its own). Jobs that run helpers download it.
 */
public final class HelperJar {
  private HelperJar() {}

  /** The launcher of the helper programs; with {@code CI_HELPER_JAR} set it runs that jar. */
  public static final RepoPath LAUNCHER = RepoPath.file("scripts/ci-helper");

  /** The Maven Wrapper that builds this repository's modules. */
  public static final RepoPath MAVEN_WRAPPER = RepoPath.file("mvnw");

  /** A ci-helper command line: the launcher, then {@code arguments}. */
  public static Text command(String arguments) {
    return Text.of(LAUNCHER, " " + arguments);
  }

  /** The job id every workflow uses for it. */
  public static final String JOB_ID = "helper";

  /**
   * Where jobs put the jar, relative to the workspace (job-level {@code env} cannot read the {@code
   * runner} context); {@code scripts/ci-helper} runs it through {@code CI_HELPER_JAR}.
   */
  static final String DIR = ".ci-helper";

  public static RunJob job() {
    Step found =
        DownloadArtifact.builder()
            .id("found")
            .name("Use the jar this run already built")
            .nameInput(Platform.HELPER_ARTIFACT)
            .path(DIR)
            .continueOnError(true)
            .build()
            .step();
    Expr missing = found.outcome().ne("success");
    return Job.builder(JOB_ID)
        .name("Build ci-helper")
        .runsOn(Platform.RUNNER)
        .timeoutMinutes(15)
        .step(found)
        .step(Steps.checkout().step().toBuilder().ifCondition(missing))
        // No dependency cache on release tags: the jar writes the metadata that gets signed, and a
        // cache written by another ref must not be able to reach it.
        .step(
            Steps.jdk("Set up JDK " + Platform.JAVA_VERSION)
                .ifCondition(missing)
                .cache(
                    Fn.when(
                        Fn.startsWith(Github.REF, "refs/tags/").not(),
                        Expr.of("maven"),
                        Expr.of("")))
                .build())
        .step(
            Step.run(
                    Text.of(
                        "./",
                        MAVEN_WRAPPER,
                        " --batch-mode --no-transfer-progress --quiet -pl scripts -am -DskipTests package"))
                .name("Build the jar")
                .ifCondition(missing))
        .step(
            Steps.uploadRequired(
                "Upload the jar for the later jobs",
                missing,
                "scripts/target/ci-helper.jar",
                Platform.HELPER_ARTIFACT,
                7))
        .build();
  }

  /** Downloads the jar into {@link #DIR}. */
  public static Step download() {
    return DownloadArtifact.builder()
        .name("Download ci-helper")
        .nameInput(Platform.HELPER_ARTIFACT)
        .path(DIR)
        .build()
        .step();
  }

  /** The environment value that makes {@code scripts/ci-helper} run the downloaded jar. */
  public static String jarPath() {
    return DIR + "/ci-helper.jar";
  }
}
