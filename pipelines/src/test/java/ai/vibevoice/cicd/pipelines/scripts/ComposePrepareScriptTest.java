package ai.vibevoice.cicd.pipelines.scripts;

import static ai.vibevoice.cicd.pipelines.scripts.TestValues.AGENT_DIGEST;
import static ai.vibevoice.cicd.pipelines.scripts.TestValues.TTS_DIGEST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.vibevoice.cicd.pipelines.CiPerformance;
import ai.vibevoice.cicd.pipelines.CiSmokeTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The "Compose files and the container user" steps: {@code COMPOSE_FILE} lists the base file, the
 * arm64 file on arm64 only, the CI override, and the CPU override unless a performance runner (with
 * a GPU) is configured; the container runs as the runner's user, who owns the model cache
 * directory.
 */
class ComposePrepareScriptTest {
  @TempDir Path tmp;

  static final String STEP = "Compose files and the container user";

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "amd64, docker-compose.yml:.github/ci/docker-compose.ci.yml:.github/ci/docker-compose.cpu.yml",
    "arm64, docker-compose.yml:docker-compose.arm64.yml:.github/ci/docker-compose.ci.yml:.github/ci/docker-compose.cpu.yml"
  })
  void the_smoke_test_adds_the_arm64_file_on_arm64_only(String arch, String composeFile)
      throws Exception {
    ScriptRun.Result run =
        ScriptRun.of(PipelineStep.find(new CiSmokeTest(), "smoke", STEP))
            .expr("matrix.arch", arch)
            .expr("inputs.tts-image", "ghcr.io/acme/voice/tts-service")
            .expr("inputs.tts-digest", TTS_DIGEST)
            .expr("inputs.agent-image", "ghcr.io/acme/voice/agent-service")
            .expr("inputs.agent-digest", AGENT_DIGEST)
            .run(tmp)
            .assertSucceeded();
    assertPrepared(run, composeFile);
  }

  @ParameterizedTest(name = "PERF_RUNNER=''{0}''")
  @CsvSource({
    "'', docker-compose.yml:.github/ci/docker-compose.ci.yml:.github/ci/docker-compose.cpu.yml",
    "gpu-a10, docker-compose.yml:.github/ci/docker-compose.ci.yml"
  })
  void the_benchmark_runs_on_cpu_unless_a_performance_runner_is_configured(
      String perfRunner, String composeFile) throws Exception {
    ScriptRun.Result run =
        ScriptRun.of(PipelineStep.find(new CiPerformance(), "benchmark", STEP))
            .expr("vars.PERF_RUNNER", perfRunner)
            .run(tmp)
            .assertSucceeded();
    assertPrepared(run, composeFile);
  }

  private static void assertPrepared(ScriptRun.Result run, String composeFile) throws Exception {
    assertEquals(
        Map.of("COMPOSE_FILE", composeFile, "CI_UID", id("-u"), "CI_GID", id("-g")),
        run.envWritten());
    assertTrue(
        Files.isDirectory(run.workspace().resolve(".model-cache")),
        "the model cache is created by the runner's user");
  }

  /** {@code id -u} or {@code id -g} of the user running the tests (the scripts' user too). */
  private static String id(String option) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("id", option).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertEquals(0, p.waitFor(), out);
    return out;
  }
}
