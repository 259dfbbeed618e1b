package ai.vibevoice.cicd.dsl.dependabot;

/** Package ecosystems Dependabot updates, in its spelling. */
public enum Ecosystem {
  UV("uv"),
  PIP("pip"),
  GITHUB_ACTIONS("github-actions"),
  DOCKER("docker"),
  MAVEN("maven"),
  HELM("helm"),
  NPM("npm");

  private final String key;

  Ecosystem(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
