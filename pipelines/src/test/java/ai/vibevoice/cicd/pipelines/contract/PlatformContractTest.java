package ai.vibevoice.cicd.pipelines.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.vibevoice.cicd.dsl.validate.Problem;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import ai.vibevoice.cicd.pipelines.Compose;
import ai.vibevoice.cicd.pipelines.Pipelines;
import ai.vibevoice.cicd.pipelines.Platform;
import ai.vibevoice.cicd.pipelines.platform.Shared;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workflows against the platform as it is (the snapshot), then against copies of it broken one
 * way each: every class of defect the review found on GitHub is a listed problem here.
 */
class PlatformContractTest {
  final List<Workflow> workflows = Pipelines.all().stream().map(s -> s.workflow()).toList();

  @TempDir Path tmp;

  /**
   * The platform checkout first, this project second (its own files, such as scripts/ci-helper).
   */
  private List<Problem> check(Path platform) {
    return PlatformContract.check(workflows, List.of(platform, Shared.repoRoot()));
  }

  /**
   * A copy of the platform snapshot in which {@code file} has {@code from} replaced by {@code to}.
   */
  private Path platformWith(String file, String from, String to) throws IOException {
    Path copy = Shared.platformCopy(tmp);
    Path edited = copy.resolve(file);
    Files.writeString(edited, Files.readString(edited).replace(from, to));
    return copy;
  }

  /**
   * The one problem of pyproject.toml taking {@code fromGit} from git, Platform listing vibevoice.
   */
  private static List<Problem> auditProblem(String... fromGit) {
    return List.of(
        new Problem(
            "ci-security-deps.yml",
            "audit",
            null,
            ContractProblems.gitDependenciesDiffer(List.of(fromGit), Platform.GIT_DEPENDENCIES)));
  }

  private static String text(List<Problem> problems) {
    return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
  }

  @Test
  void the_workflows_hold_their_contract_with_the_platform_snapshot() {
    Path platform = Shared.platform();
    assertTrue(PlatformContract.isPlatformCheckout(platform));
    assertEquals("", text(check(platform)));
  }

  @Test
  void a_directory_without_pyproject_and_infra_is_not_a_platform_checkout() throws IOException {
    assertTrue(!PlatformContract.isPlatformCheckout(tmp));
    Files.writeString(tmp.resolve("pyproject.toml"), "");
    assertTrue(!PlatformContract.isPlatformCheckout(tmp), "infra/ is missing");
    Files.createDirectory(tmp.resolve("infra"));
    assertTrue(PlatformContract.isPlatformCheckout(tmp));
  }

  @Test
  void reports_a_test_directory_that_does_not_exist() throws IOException {
    Path copy = Shared.platformCopy(tmp);
    Files.move(copy.resolve("tests"), copy.resolve("test"));
    String problems = text(check(copy));
    assertTrue(
        problems.contains(
            ".github/workflows/ci-test.yml: job test: step unit: "
                + "names tests, which is not in the repository (expected a directory)"),
        problems);
  }

  @Test
  void reports_an_undeclared_pytest_marker() throws IOException {
    Path copy = platformWith("pyproject.toml", "\"integration: marks", "\"e2e: marks");
    assertEquals(
        List.of(
            new Problem(
                "ci-test.yml",
                "test",
                null,
                ContractProblems.markerNotDeclared("integration", List.of("e2e", "slow")))),
        check(copy));
    assertEquals(
        "pytest marker 'integration' is not declared in pyproject.toml [tool.pytest.ini_options] markers"
            + " (declared: [e2e, slow])",
        ContractProblems.markerNotDeclared("integration", List.of("e2e", "slow")));
  }

  @Test
  void reports_a_git_dependency_the_audit_would_not_leave_out() throws IOException {
    Path copy =
        platformWith(
            "pyproject.toml",
            "\"redis>=5.0.0\",",
            "\"Redis_Py @ git+https://github.com/redis/redis-py.git\",");
    assertEquals(auditProblem("redis-py", "vibevoice"), check(copy));
    assertEquals(
        "pyproject.toml takes [redis-py, vibevoice] from git, Platform.GIT_DEPENDENCIES lists [vibevoice]:"
            + " list exactly the git dependencies (uv exports them without a hash, which pip-audit"
            + " --require-hashes refuses; any other name left out would go unaudited)",
        ContractProblems.gitDependenciesDiffer(
            List.of("redis-py", "vibevoice"), List.of("vibevoice")));
  }

  @Test
  void reads_git_dependencies_from_uv_sources_and_single_quoted_requirements() throws IOException {
    Path copy =
        platformWith(
            "pyproject.toml",
            "\"redis>=5.0.0\",",
            "'plugins @ git+https://example.com/plugins.git', \"voice-kit\",");
    Files.writeString(
        copy.resolve("pyproject.toml"),
        "\n[tool.uv.sources]\nvoice-kit = { git = \"https://example.com/kit.git\", tag = \"v1\" }\n"
            + "local-thing = { path = \"../thing\" }\n",
        StandardOpenOption.APPEND);
    assertEquals(auditProblem("plugins", "vibevoice", "voice-kit"), check(copy));
  }

  @Test
  void reports_a_dependency_the_job_does_not_start() throws IOException {
    String problems =
        text(
            check(
                platformWith(
                    "docker-compose.yml",
                    "    depends_on:\n      tts:\n        condition: service_healthy",
                    "    depends_on:\n      tts:\n        condition: service_healthy\n      prometheus:\n        condition: service_started")));
    assertTrue(
        problems.contains(
            ".github/workflows/ci-smoke-test.yml: job smoke: compose stack (amd64: "
                + "[docker-compose.yml, .github/ci/docker-compose.ci.yml, .github/ci/docker-compose.cpu.yml]): service 'agent' "
                + "depends on 'prometheus', which the job does not start or pull: compose would start it from an image never pulled"),
        problems);
  }

  @Test
  void reports_settings_a_service_does_not_read() throws IOException {
    String problems =
        text(
            check(
                platformWith(
                    "src/common/config.py", "env_prefix=\"TTS_\"", "env_prefix=\"SPEECH_\"")));
    assertTrue(
        problems.contains(
            "src/common/config.py declares no settings class with env_prefix \"TTS_\" "
                + "(declared: [SPEECH_, AGENT_, OBS_]) (the tts service's settings)"),
        problems);
  }

  @Test
  void reports_ci_values_keys_the_chart_does_not_have() throws IOException {
    String problems = text(check(platformWith(Platform.HELM_VALUES.path(), "ttsService:", "tts:")));
    assertTrue(
        problems.contains(
            ".github/workflows/ci-helm-validate.yml: job validate: .github/ci/helm-values-ci.yaml "
                + "sets ttsService, which infra/k8s/helm/voice-agent/values.yaml does not have: Helm would ignore it"),
        problems);
  }

  @Test
  void reports_chart_dependencies_the_workflows_do_not_build() throws IOException {
    String problems =
        text(
            check(
                platformWith(
                    Platform.HELM_CHART_YAML.path(), "version: \"7.0.0\"", "version: \"8.0.0\"")));
    assertTrue(
        problems.contains("infra/k8s/helm/voice-agent/Chart.yaml declares dependencies"), problems);
    assertTrue(problems.contains("version=8.0.0"), problems);
  }

  @Test
  void the_tts_image_cannot_run_curl_but_python_and_the_agent_image_has_curl() throws IOException {
    Path platform = Shared.platform();
    String tts = Files.readString(platform.resolve(Platform.Service.TTS.dockerfile.path()));
    String agent = Files.readString(platform.resolve(Platform.Service.AGENT.dockerfile.path()));
    assertTrue(!Dockerfiles.finalStageHas(tts, "curl"), "the TTS runtime stages install no curl");
    assertTrue(
        Dockerfiles.finalStageHas(tts, "python"), "python3.11 on amd64, python:3.11-slim on arm64");
    assertTrue(Dockerfiles.finalStageHas(agent, "curl"));
  }

  @Test
  void the_base_healthcheck_alone_would_be_reported() throws IOException {
    Path platform = Shared.platform();
    Compose.Stack withoutOverride =
        new Compose.Stack(
            "ci-smoke-test.yml",
            "smoke",
            "base only",
            List.of(Platform.COMPOSE_FILE),
            List.of(Platform.Service.TTS));
    Object base =
        YamlFiles.read(
            Files.readString(platform.resolve("docker-compose.yml")), "docker-compose.yml");
    Object test =
        ((Map<?, ?>)
                ComposeMerge.services(ComposeMerge.merge(List.of(base)))
                    .get("tts")
                    .get("healthcheck"))
            .get("test");
    assertEquals(List.of("CMD", "curl", "-f", "http://localhost:8000/health"), test);
    assertEquals(
        "compose stack (base only: [docker-compose.yml]): the healthcheck of 'tts' runs curl, which the final "
            + "stage of infra/docker/Dockerfile.tts does not install: the container never becomes healthy",
        ContractProblems.inStack(
            withoutOverride, ContractProblems.healthcheckCannotRun(Platform.Service.TTS, "curl")));
  }
}
