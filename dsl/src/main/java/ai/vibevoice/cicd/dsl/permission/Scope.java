package ai.vibevoice.cicd.dsl.permission;

/**
 * The scopes of the {@code GITHUB_TOKEN}. See <a
 * href="https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#permissions">permissions</a>.
 */
public enum Scope {
  ACTIONS("actions"),
  ATTESTATIONS("attestations"),
  CHECKS("checks"),
  CONTENTS("contents"),
  DEPLOYMENTS("deployments"),
  DISCUSSIONS("discussions"),
  ID_TOKEN("id-token"),
  ISSUES("issues"),
  MODELS("models"),
  PACKAGES("packages"),
  PAGES("pages"),
  PULL_REQUESTS("pull-requests"),
  REPOSITORY_PROJECTS("repository-projects"),
  SECURITY_EVENTS("security-events"),
  STATUSES("statuses");

  private final String key;

  Scope(String key) {
    this.key = key;
  }

  /** GitHub's spelling, as in the YAML. */
  public String key() {
    return key;
  }
}
