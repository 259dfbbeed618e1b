package ai.vibevoice.cicd.pipelines.contract;

import ai.vibevoice.cicd.dsl.repo.RepoPath;
import ai.vibevoice.cicd.pipelines.Compose;
import ai.vibevoice.cicd.pipelines.Platform;
import ai.vibevoice.cicd.pipelines.Platform.HelmDependency;
import ai.vibevoice.cicd.pipelines.Platform.Service;
import java.util.Collection;

/** The message of every contract problem, one factory each, so tests state the exact text. */
final class ContractProblems {
  private ContractProblems() {}

  static String markerNotDeclared(String marker, Collection<String> declared) {
    return "pytest marker '%s' is not declared in %s [tool.pytest.ini_options] markers (declared: %s)"
        .formatted(marker, Platform.PYPROJECT, declared);
  }

  static String gitDependenciesDiffer(Collection<String> pyproject, Collection<String> platform) {
    return "%s takes %s from git, Platform.GIT_DEPENDENCIES lists %s: list exactly the git dependencies (uv exports them without a hash, which pip-audit --require-hashes refuses; any other name left out would go unaudited)"
        .formatted(Platform.PYPROJECT, pyproject, platform);
  }

  static String prefixNotRead(Service service, Collection<String> declared) {
    return prefixNotRead(service.settingsPrefix, declared)
        + " (the %s service's settings)".formatted(service.key);
  }

  static String prefixNotRead(String prefix, Collection<String> declared) {
    return "%s declares no settings class with env_prefix \"%s\" (declared: %s)"
        .formatted(Platform.SETTINGS_MODULE, prefix, declared);
  }

  static String overrideNamesUnknownService(
      RepoPath file, String service, Collection<String> declared) {
    return "%s names service '%s', which %s does not define (it has %s)"
        .formatted(file, service, Platform.COMPOSE_FILE, declared);
  }

  static String serviceMissing(String service, Collection<String> available) {
    return "starts service '%s', which the merged Compose files do not define (they have %s)"
        .formatted(service, available);
  }

  static String dependencyNotStarted(String service, String dependency) {
    return "service '%s' depends on '%s', which the job does not start or pull: compose would start it from an image never pulled"
        .formatted(service, dependency);
  }

  static String imageNotUnderTest(String service, String image) {
    return "service '%s' runs image %s, not the image under test by digest with pull_policy: never"
        .formatted(service, image);
  }

  static String healthcheckCannotRun(Service service, String executable) {
    return "the healthcheck of '%s' runs %s, which the final stage of %s does not install: the container never becomes healthy"
        .formatted(service.key, executable, service.dockerfile);
  }

  static String variableNotRead(RepoPath file, Service service, String variable) {
    return "%s sets %s for '%s', which it does not read: its settings take %s* and %s* (see %s), the process %s"
        .formatted(
            file,
            variable,
            service.key,
            service.settingsPrefix,
            Platform.OBSERVABILITY_PREFIX,
            Platform.SETTINGS_MODULE,
            Platform.PROCESS_ENVIRONMENT);
  }

  static String portNotPublished(Service service, String published) {
    return "service '%s' does not publish %s in %s, the port the workflows probe"
        .formatted(service.key, published, Platform.COMPOSE_FILE);
  }

  static String helmKeyUnknown(String key, Collection<String> siblings) {
    return "%s sets %s, which %s does not have: Helm would ignore it (keys there: %s)"
        .formatted(Platform.HELM_CI_VALUES, key, Platform.HELM_VALUES, siblings);
  }

  static String notRangedOver(String key) {
    return "Platform.HELM_FREE_FORM_VALUES lists %s, but no template of %s ranges over .Values.%s"
        .formatted(key, Platform.HELM_CHART, key);
  }

  static String helmDependenciesDiffer(
      Collection<HelmDependency> chart, Collection<HelmDependency> platform) {
    return "%s declares dependencies %s, Platform.HELM_DEPENDENCIES %s: the workflows would build the wrong ones"
        .formatted(Platform.HELM_CHART_YAML, chart, platform);
  }

  /** A problem of one Compose stack, with the stack named first. */
  static String inStack(Compose.Stack stack, String problem) {
    return "compose stack (" + stack.variant() + ": " + stack.files() + "): " + problem;
  }
}
