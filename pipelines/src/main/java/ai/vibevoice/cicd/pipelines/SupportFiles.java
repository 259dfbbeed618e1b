package ai.vibevoice.cicd.pipelines;

import ai.vibevoice.cicd.dsl.file.DataFile;
import ai.vibevoice.cicd.dsl.file.YamlTag;
import ai.vibevoice.cicd.pipelines.Platform.Service;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Data files the workflows use, generated from the platform description like the workflows: the
 * Compose override of the smoke test and benchmark, and the chart's CI values profile.
 */
public final class SupportFiles {
  private SupportFiles() {}

  public static List<DataFile> all() {
    return List.of(composeOverride(), composeCpu(), helmCiValues());
  }

  /**
   * The user the TTS container runs as in CI: the runner's, so the cached model directory is
   * writable both ways.
   */
  static final String CI_USER =
      "${CI_UID:?set CI_UID to the runner's uid}:${CI_GID:?set CI_GID to the runner's gid}";

  /**
   * Images by digest (from the job's environment), never pulled by Compose; for TTS the model cache
   * mounted from the host and a healthcheck the image can run. The TTS image has no curl and runs
   * as {@code ttsuser}, which cannot write a directory the runner restored from the cache: in CI it
   * runs as the runner's user instead, with {@code HF_HOME} in the mounted directory and {@code
   * HOME} somewhere writable. Used by the smoke test and the benchmark.
   */
  static DataFile composeOverride() {
    Map<String, Object> services = new LinkedHashMap<>();
    for (Service s : Service.values()) {
      Map<String, Object> service = new LinkedHashMap<>();
      service.put(
          "image", "${" + s.composeVariable + ":?set " + s.composeVariable + " to image@digest}");
      service.put("pull_policy", "never");
      if (s == Service.TTS) {
        service.put("user", CI_USER);
        // An explicit device: the service passes TTS_DEVICE to Tensor.to() as given, and "auto"
        // (the base
        // file's) fails there; the CPU override replaces it on hosted runners.
        service.put(
            "environment",
            map(
                "TTS_DEVICE",
                "cuda:0",
                "HF_HOME",
                Platform.MODEL_CACHE_IN_CONTAINER,
                "HOME",
                "/tmp"));
        // !override: the base file's named volume at /root/.cache/huggingface goes; the cache is
        // mounted instead.
        service.put(
            "volumes",
            YamlTag.override(
                List.of(
                    "${MODEL_CACHE:-"
                        + Platform.MODEL_CACHE_ON_HOST
                        + "}:"
                        + Platform.MODEL_CACHE_IN_CONTAINER)));
        service.put(
            "healthcheck",
            map(
                "test",
                Platform.TTS_HEALTHCHECK,
                "interval",
                "10s",
                "timeout",
                "5s",
                "retries",
                3,
                "start_period",
                Platform.TTS_START_PERIOD));
      }
      services.put(s.key, service);
    }
    return new DataFile(
        Platform.COMPOSE_CI_OVERRIDE.path(),
        "Compose override for CI: images by digest, cached model weights, a healthcheck the TTS image can run. "
            + "Used after "
            + Platform.COMPOSE_FILE
            + ".",
        map("services", services));
  }

  /**
   * CPU instead of GPU for hosted runners, which have none: {@code !reset} drops the base file's
   * {@code deploy} (its GPU reservation), and the service is told to use the CPU ({@link
   * #ttsOnCpu}).
   */
  static DataFile composeCpu() {
    Map<String, Object> tts =
        map("deploy", YamlTag.reset(), "environment", ttsOnCpu("CUDA_VISIBLE_DEVICES", ""));
    return new DataFile(
        Platform.COMPOSE_CPU_OVERRIDE.path(),
        "Compose override for runners without a GPU: no device reservation, inference on the CPU.",
        map("services", map(Service.TTS.key, tts)));
  }

  /**
   * Name of the image pull secret the Kind job creates from the job's token (GHCR packages may be
   * private).
   */
  static final String PULL_SECRET = "ghcr-pull";

  /**
   * The CI profile, written from the chart's own keys: CPU only (the GPU requests, node selector
   * and toleration removed: Helm deletes a default set to null, and replaces lists), one replica
   * each, no persistence (the chart has no claim template), no ingress or autoscaling, resources
   * that fit a Kind node, {@code HF_HOME} where the image's user can write.
   */
  static DataFile helmCiValues() {
    return new DataFile(
        Platform.HELM_CI_VALUES.path(),
        "Helm values for CI (helm template, kubeconform, Kind): CPU only, one replica, no ingress, autoscaling or persistence.",
        map(
            "global",
            map("imagePullSecrets", List.of(map("name", PULL_SECRET))),
            Service.TTS.helmKey,
            map(
                "replicaCount", 1,
                "resources",
                    map(
                        "requests", map("cpu", "500m", "memory", "2Gi", "nvidia.com/gpu", null),
                        "limits", map("cpu", "2", "memory", "6Gi", "nvidia.com/gpu", null)),
                "env", ttsOnCpu("HF_HOME", "/tmp/huggingface", "HOME", "/tmp"),
                // The server listens only once the model is loaded and warmed up (minutes on a
                // CPU): an earlier liveness probe would restart it, downloading the model again.
                "livenessProbe", map("initialDelaySeconds", 900),
                "nodeSelector", map("nvidia.com/gpu.present", null),
                "tolerations", List.of(),
                "podDisruptionBudget", map("enabled", false),
                "persistence", map("enabled", false)),
            Service.AGENT.helmKey,
            map(
                "replicaCount", 1,
                "resources",
                    map(
                        "requests", map("cpu", "100m", "memory", "256Mi"),
                        "limits", map("cpu", "1", "memory", "1Gi")),
                "autoscaling", map("enabled", false),
                "podDisruptionBudget", map("enabled", false)),
            "ingress",
            map("enabled", false)));
  }

  /**
   * The TTS service's environment for inference on the CPU in float32 (half precision is for GPUs),
   * then {@code more} keys and values; the same in Compose and in the chart's CI values.
   */
  private static Map<String, Object> ttsOnCpu(Object... more) {
    Map<String, Object> environment = map("TTS_DEVICE", "cpu", "TTS_DTYPE", "float32");
    environment.putAll(map(more));
    return environment;
  }

  private static Map<String, Object> map(Object... keyValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put((String) keyValues[i], keyValues[i + 1]);
    }
    return m;
  }
}
