package ai.vibevoice.cicd.pipelines;

import ai.vibevoice.cicd.dsl.actions.Cache;
import ai.vibevoice.cicd.dsl.expr.Contexts;
import ai.vibevoice.cicd.dsl.expr.Fn;
import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.repo.RepoPath;
import ai.vibevoice.cicd.dsl.step.ActionStep;
import ai.vibevoice.cicd.dsl.step.Step;
import ai.vibevoice.cicd.pipelines.Platform.Service;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Docker Compose as the smoke test and the benchmark run it: the files go into {@code COMPOSE_FILE}
 * (read by every later {@code docker compose} command of the job), the services are named on {@code
 * up} so the monitoring stack of the base file never starts, and the stack is always torn down.
 */
public final class Compose {
  private Compose() {}

  /** One way a job starts the stack: the files in order and the services it names on {@code up}. */
  public record Stack(
      String workflow, String job, String variant, List<RepoPath> files, List<Service> services) {}

  /**
   * Every stack the workflows start; the contract check merges each and checks the result against
   * the platform.
   */
  public static final List<Stack> STACKS =
      List.of(
          new Stack(
              "ci-smoke-test.yml",
              "smoke",
              "amd64",
              List.of(
                  Platform.COMPOSE_FILE,
                  Platform.COMPOSE_CI_OVERRIDE,
                  Platform.COMPOSE_CPU_OVERRIDE),
              List.of(Service.values())),
          new Stack(
              "ci-smoke-test.yml",
              "smoke",
              "arm64",
              List.of(
                  Platform.COMPOSE_FILE,
                  Platform.COMPOSE_ARM64_FILE,
                  Platform.COMPOSE_CI_OVERRIDE,
                  Platform.COMPOSE_CPU_OVERRIDE),
              List.of(Service.values())),
          new Stack(
              "ci-performance.yml",
              "benchmark",
              "hosted runner (CPU)",
              List.of(
                  Platform.COMPOSE_FILE,
                  Platform.COMPOSE_CI_OVERRIDE,
                  Platform.COMPOSE_CPU_OVERRIDE),
              List.of(Service.TTS)),
          new Stack(
              "ci-performance.yml",
              "benchmark",
              "PERF_RUNNER (GPU)",
              List.of(Platform.COMPOSE_FILE, Platform.COMPOSE_CI_OVERRIDE),
              List.of(Service.TTS)));

  /**
   * The steps before the stack starts: the model weights restored from the cache, then {@code
   * COMPOSE_FILE}, {@code CI_UID} and {@code CI_GID} (the user the TTS container runs as, see
   * {@link SupportFiles}) written to {@code $GITHUB_ENV} and the model cache directory created
   * before Docker would create it as root. {@code files} is bash that fills the array {@code
   * files}.
   */
  static List<Step> setUp(Text files) {
    return List.of(modelCache().step(), prepare(files));
  }

  private static Step prepare(Text files) {
    return Step.run(
            Text.of(
                files,
                "\n",
                "mkdir -p \"$MODEL_CACHE\"\n",
                "{\n",
                "  echo \"COMPOSE_FILE=$(IFS=:; echo \"${files[*]}\")\"\n",
                "  echo \"CI_UID=$(id -u)\"\n",
                "  echo \"CI_GID=$(id -g)\"\n",
                "} >> \"$GITHUB_ENV\""))
        .name("Compose files and the container user")
        .build();
  }

  /**
   * The model weights, cached per model and runner architecture (the same key in every workflow).
   */
  private static ActionStep<Cache.Outputs> modelCache() {
    return Cache.builder(
            Text.of(
                "tts-model-" + Platform.TTS_MODEL.replace('/', '-') + "-", Contexts.runner("arch")),
            Text.of(Platform.MODEL_CACHE_ON_HOST))
        .name("Model weights cache")
        .build();
  }

  /**
   * Starts exactly {@code services} from the images already pulled; nothing is built or pulled by
   * Compose.
   */
  static Step up(Service... services) {
    return Step.run("docker compose up --detach --no-build --pull never " + keys(services))
        .name("Start " + keys(services) + " (docker compose)")
        .build();
  }

  /** State and logs of the stack, for the artifact of a failed run. */
  static Step collectLogs(String dir) {
    return Step.run(
            "mkdir -p "
                + dir
                + "\n"
                + "docker compose ps --all > "
                + dir
                + "/ps.txt\n"
                + "docker compose logs --no-color --timestamps > "
                + dir
                + "/compose.log")
        .name("Collect logs")
        .ifCondition(Fn.failure())
        .build();
  }

  static Step down() {
    return Step.run("docker compose down --volumes --remove-orphans")
        .name("Tear down")
        .ifCondition(Fn.always())
        .build();
  }

  static String keys(Service... services) {
    return Arrays.stream(services).map(s -> s.key).collect(Collectors.joining(" "));
  }
}
