package ai.vibevoice.cicd.pipelines;

import ai.vibevoice.cicd.dsl.file.DataFile;
import ai.vibevoice.cicd.dsl.file.YamlTag;
import ai.vibevoice.cicd.pipelines.Platform.Service;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Data files the workflows use, generated from the platform description like the workflows:
 * the Compose override of the smoke test and benchmark, and the chart's CI values profile.
 */
public final class SupportFiles {
  private SupportFiles() {}

  public static List<DataFile> all() {
    return List.of(composeOverride(), composeCpu(), helmCiValues());
  }

  /**
   * Images by digest (from the job's environment) and the model cache mounted from the host, so
   * weights survive between runs. Used by the smoke test and the benchmark.
   */
  static DataFile composeOverride() {
    Map<String, Object> services = new LinkedHashMap<>();
    for (Service s : Service.values()) {
      Map<String, Object> service = new LinkedHashMap<>();
      service.put("image", "${" + s.composeVariable + ":?set " + s.composeVariable + " to image@digest}");
      service.put("pull_policy", "never");
      if (s == Service.TTS) {
        service.put("environment", map("HF_HOME", Platform.MODEL_CACHE_IN_CONTAINER));
        service.put("volumes", List.of("${MODEL_CACHE:-" + Platform.MODEL_CACHE_ON_HOST + "}:" + Platform.MODEL_CACHE_IN_CONTAINER));
      }
      services.put(s.key, service);
    }
    return new DataFile(Platform.COMPOSE_CI_OVERRIDE,
        "Compose override for CI: images by digest and cached model weights. Used after " + Platform.COMPOSE_FILE + ".",
        map("services", services));
  }

  /**
   * CPU instead of GPU for hosted runners, which have none: {@code !reset} drops the base file's
   * {@code deploy} (its GPU reservation), and the service is told to use the CPU.
   */
  static DataFile composeCpu() {
    return new DataFile(Platform.COMPOSE_CPU_OVERRIDE,
        "Compose override for runners without a GPU: no device reservation, inference on the CPU.",
        map("services", map(Service.TTS.key, map(
            "deploy", YamlTag.reset(),
            "environment", map("DEVICE", "cpu", "CUDA_VISIBLE_DEVICES", "")))));
  }

  /** The CI profile: small, CPU-only, no ingress or autoscaling, so it installs on Kind. */
  static DataFile helmCiValues() {
    return new DataFile(Platform.HELM_CI_VALUES,
        "Helm values for CI (helm template, kubeconform, Kind): CPU only, one replica, no ingress or autoscaling.",
        map(
            "tts", map(
                "replicaCount", 1,
                "resources", map("limits", map("cpu", "2", "memory", "4Gi"), "requests", map("cpu", "500m", "memory", "1Gi")),
                "gpu", map("enabled", false),
                "env", map("DEVICE", "cpu")),
            "agent", map(
                "replicaCount", 1,
                "resources", map("limits", map("cpu", "1", "memory", "1Gi"), "requests", map("cpu", "100m", "memory", "256Mi"))),
            "autoscaling", map("enabled", false),
            "ingress", map("enabled", false)));
  }

  private static Map<String, Object> map(Object... keyValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put((String) keyValues[i], keyValues[i + 1]);
    }
    return m;
  }
}
