package ai.vibevoice.cicd.pipelines;

import ai.vibevoice.cicd.dsl.actions.UploadArtifact;
import ai.vibevoice.cicd.dsl.expr.Fn;
import ai.vibevoice.cicd.dsl.expr.Github;
import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.job.Concurrency;
import ai.vibevoice.cicd.dsl.job.Defaults;
import ai.vibevoice.cicd.dsl.job.Job;
import ai.vibevoice.cicd.dsl.job.MatrixAxis;
import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.job.RunsOn;
import ai.vibevoice.cicd.dsl.job.Strategy;
import ai.vibevoice.cicd.dsl.permission.Access;
import ai.vibevoice.cicd.dsl.step.Step;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import ai.vibevoice.cicd.dsl.workflow.WorkflowSource;
import ai.vibevoice.cicd.pipelines.Platform.Arch;
import ai.vibevoice.cicd.pipelines.Platform.Service;

/**
 * {@code ci-smoke-test.yml} (R3): pulls both images by digest, starts them with Docker Compose (the
 * generated CI override: images by digest, CPU, cached model weights) on amd64 and on arm64, and
 * runs {@code ci-helper smoke-test}. Logs are kept on failure; the stack is always torn down.
 * Called by the build (a failure blocks promotion); runnable by hand on given digests.
 */
public final class CiSmokeTest implements WorkflowSource {
  public static final String JOB_NAME = "Smoke test";
  static final MatrixAxis ARCH = CiBuildPush.ARCH;

  @Override
  public Workflow workflow() {
    Strategy.Builder matrix = Strategy.builder().axis(ARCH).failFast(false);
    for (Arch a : Arch.values()) {
      matrix.include(ARCH, a.key, CiBuildPush.RUNNER, a.runner);
    }
    RunJob helper = HelperJar.job();
    RunJob.Builder smoke =
        Job.builder("smoke")
            .name(Text.of(JOB_NAME + " (", ARCH.ref(), ")"))
            .needs(helper)
            .runsOn(RunsOn.expr(CiBuildPush.RUNNER.ref()))
            .timeoutMinutes(40)
            .strategy(matrix.build())
            .env("MODEL_CACHE", Platform.MODEL_CACHE_ON_HOST)
            .env("CI_HELPER_JAR", HelperJar.jarPath());
    for (Service s : Service.values()) {
      smoke.env(s.composeVariable, ImageInputs.reference(s));
    }
    smoke
        .step(Steps.freeDiskSpace())
        .step(Steps.checkout())
        .step(Steps.checkDigests(ImageInputs.digests()))
        .step(Steps.javaRuntime())
        .step(HelperJar.download())
        .step(Steps.ghcrLogin(Access.READ))
        .steps(
            Compose.setUp(
                Text.of(
                    "files=(",
                    Platform.COMPOSE_FILE,
                    ")\n",
                    "if [ \"",
                    ARCH.ref(),
                    "\" = " + Arch.ARM64.key + " ]; then files+=(",
                    Platform.COMPOSE_ARM64_FILE,
                    "); fi\n",
                    "files+=(",
                    Platform.COMPOSE_CI_OVERRIDE,
                    " ",
                    Platform.COMPOSE_CPU_OVERRIDE,
                    ")")))
        .step(
            Step.run("docker pull \"$TTS_IMAGE\"\ndocker pull \"$AGENT_IMAGE\"")
                .name("Pull the images by digest"))
        .step(Compose.up(Service.values()))
        .step(
            Step.run(
                    HelperJar.command(
                        "smoke-test --tts-url http://localhost:"
                            + Service.TTS.port
                            + " --agent-url http://localhost:"
                            + Service.AGENT.port
                            + " --timeout "
                            + Platform.SMOKE_TIMEOUT))
                .name("Smoke test (health, readiness, one synthesis)"))
        .step(Compose.collectLogs("compose-logs"))
        .step(
            UploadArtifact.builder(Text.of("compose-logs/"))
                .name("Upload logs")
                .ifCondition(Fn.failure())
                .nameInput(Text.of("compose-logs-", ARCH.ref(), "-", Github.RUN_ATTEMPT))
                .retentionDays(14)
                .build())
        .step(Compose.down());
    return Workflow.builder("ci-smoke-test.yml", "Smoke test images")
        .description(
            "Starts the images under test by digest with Docker Compose on amd64 and arm64 and checks health, "
                + "readiness and one synthesis. Called by the build; runnable by hand on given digests.")
        .on(ImageInputs.call(), ImageInputs.dispatch())
        // Never cancelled: it runs on pushes and dispatches only (called by the build), never for a
        // pull
        // request, so cancelling "on pull requests" would be a condition that is always false.
        .concurrency(
            Concurrency.of(
                Text.of("ci-smoke-test-", Github.REF, "-", ImageInputs.digest(Service.TTS).ref()),
                false))
        .defaults(Defaults.bash())
        .jobs(helper, smoke.build())
        .build();
  }
}
