package ai.vibevoice.cicd.pipelines;

import static ai.vibevoice.cicd.pipelines.Model.condition;
import static ai.vibevoice.cicd.pipelines.Model.indexOf;
import static ai.vibevoice.cicd.pipelines.Model.onlyUse;
import static ai.vibevoice.cicd.pipelines.Model.runJob;
import static ai.vibevoice.cicd.pipelines.Model.runs;
import static ai.vibevoice.cicd.pipelines.Model.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.step.Step;
import ai.vibevoice.cicd.dsl.trigger.WorkflowCall;
import ai.vibevoice.cicd.dsl.trigger.WorkflowDispatch;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ci-smoke-test.yml against R3, on the model. */
class CiSmokeTestTest {
  final Workflow w = new CiSmokeTest().workflow();
  final RunJob smoke = runJob(w, "smoke");

  @Test
  void takes_digests_as_inputs_when_called_or_dispatched() {
    List<String> inputs = List.of("tts-image", "tts-digest", "agent-image", "agent-digest");
    assertEquals(
        inputs,
        w.trigger(WorkflowCall.class).orElseThrow().inputs().stream().map(i -> i.name()).toList());
    assertEquals(
        inputs,
        w.trigger(WorkflowDispatch.class).orElseThrow().inputs().stream()
            .map(i -> i.name())
            .toList());
    assertTrue(
        w.concurrency().group().render().startsWith("ci-smoke-test-"),
        "not the caller's github.workflow");
  }

  @Test
  void r3_1_pulls_the_images_by_digest() {
    assertEquals(
        "${{ inputs.tts-image }}@${{ inputs.tts-digest }}", smoke.env().get("TTS_IMAGE").render());
    runs(smoke, "docker pull \"$TTS_IMAGE\"");
    runs(smoke, "sha256:[0-9a-f]{64}");
  }

  @Test
  void r3_2_starts_the_services_with_docker_compose_on_cpu_on_amd64_and_arm64() {
    // Exactly the two services: the base file's prometheus and grafana were never pulled.
    runs(smoke, "docker compose up --detach --no-build --pull never tts agent");
    String files = runs(smoke, "COMPOSE_FILE=").run();
    assertTrue(
        files.contains(
            "files=(docker-compose.yml)\n"
                + "if [ \"${MATRIX_ARCH}\" = arm64 ]; then files+=(docker-compose.arm64.yml); fi\n"
                + "files+=(.github/ci/docker-compose.ci.yml .github/ci/docker-compose.cpu.yml)\n"),
        files);
    assertTrue(
        smoke.strategy().include().contains(Map.of("arch", "arm64", "runner", "ubuntu-24.04-arm")));
    assertTrue(
        with(onlyUse(smoke, "actions/cache"), "path").equals(Platform.MODEL_CACHE_ON_HOST),
        "model weights cached");
  }

  @Test
  void r3_3_and_r3_4_checks_health_readiness_and_one_synthesis_with_the_helper() {
    Step helper = runs(smoke, "scripts/ci-helper smoke-test");
    assertTrue(
        helper.run().contains("--tts-url http://localhost:8000 --agent-url http://localhost:8080"),
        helper.run());
    assertEquals(
        HelperJar.jarPath(),
        smoke.env().get("CI_HELPER_JAR").render(),
        "the run's jar, not a rebuild");
  }

  @Test
  void r3_5_failures_fail_the_job_keep_logs_and_always_tear_down() {
    Step helper = runs(smoke, "scripts/ci-helper smoke-test");
    assertTrue(helper.continueOnError() == null, "a failed smoke test must fail the job");
    Step logs = runs(smoke, "docker compose logs");
    assertEquals("failure()", condition(logs));
    assertEquals("failure()", condition(onlyUse(smoke, "actions/upload-artifact")));
    Step down = runs(smoke, "down --volumes");
    assertEquals("always()", condition(down));
    assertTrue(indexOf(smoke, down) == smoke.steps().size() - 1);
  }
}
