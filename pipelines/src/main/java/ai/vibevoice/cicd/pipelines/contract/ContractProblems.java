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
    return "pytest marker '"
        + marker
        + "' is not declared in "
        + Platform.PYPROJECT
        + " [tool.pytest.ini_options] markers (declared: "
        + declared
        + ")";
  }

  static String prefixNotRead(Service service, Collection<String> declared) {
    return prefixNotRead(service.settingsPrefix, declared)
        + " (the "
        + service.key
        + " service's settings)";
  }

  static String prefixNotRead(String prefix, Collection<String> declared) {
    return Platform.SETTINGS_MODULE
        + " declares no settings class with env_prefix \""
        + prefix
        + "\" (declared: "
        + declared
        + ")";
  }

  static String overrideNamesUnknownService(
      RepoPath file, String service, Collection<String> declared) {
    return file
        + " names service '"
        + service
        + "', which "
        + Platform.COMPOSE_FILE
        + " does not define (it has "
        + declared
        + ")";
  }

  static String serviceMissing(Compose.Stack stack, String service, Collection<String> available) {
    return where(stack)
        + "starts service '"
        + service
        + "', which the merged Compose files do not define (they have "
        + available
        + ")";
  }

  static String dependencyNotStarted(Compose.Stack stack, String service, String dependency) {
    return where(stack)
        + "service '"
        + service
        + "' depends on '"
        + dependency
        + "', which the job does not start or pull: compose would start it from an image never pulled";
  }

  static String imageNotUnderTest(Compose.Stack stack, String service, String image) {
    return where(stack)
        + "service '"
        + service
        + "' runs image "
        + image
        + ", not the image under test by digest with pull_policy: never";
  }

  static String healthcheckCannotRun(Compose.Stack stack, Service service, String executable) {
    return where(stack)
        + "the healthcheck of '"
        + service.key
        + "' runs "
        + executable
        + ", which the final stage of "
        + service.dockerfile
        + " does not install: the container never becomes healthy";
  }

  static String variableNotRead(RepoPath file, Service service, String variable) {
    return file
        + " sets "
        + variable
        + " for '"
        + service.key
        + "', which it does not read: its settings take "
        + service.settingsPrefix
        + "* and "
        + Platform.OBSERVABILITY_PREFIX
        + "* (see "
        + Platform.SETTINGS_MODULE
        + "), the process "
        + Platform.PROCESS_ENVIRONMENT;
  }

  static String portNotPublished(Compose.Stack stack, Service service, String published) {
    return where(stack)
        + "service '"
        + service.key
        + "' does not publish "
        + published
        + " in "
        + Platform.COMPOSE_FILE
        + ", the port the workflows probe";
  }

  static String helmKeyUnknown(String key, Collection<String> siblings) {
    return Platform.HELM_CI_VALUES
        + " sets "
        + key
        + ", which "
        + Platform.HELM_VALUES
        + " does not have: Helm would ignore it (keys there: "
        + siblings
        + ")";
  }

  static String notRangedOver(String key) {
    return "Platform.HELM_FREE_FORM_VALUES lists "
        + key
        + ", but no template of "
        + Platform.HELM_CHART
        + " ranges over .Values."
        + key;
  }

  static String helmDependenciesDiffer(
      Collection<HelmDependency> chart, Collection<HelmDependency> platform) {
    return Platform.HELM_CHART_YAML
        + " declares dependencies "
        + chart
        + ", Platform.HELM_DEPENDENCIES "
        + platform
        + ": the workflows would build the wrong ones";
  }

  private static String where(Compose.Stack stack) {
    return "compose stack (" + stack.variant() + ": " + stack.files() + "): ";
  }
}
