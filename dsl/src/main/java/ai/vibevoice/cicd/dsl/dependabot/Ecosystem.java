package ai.vibevoice.cicd.dsl.dependabot;

import ai.vibevoice.cicd.dsl.util.KebabKey;

/** Package ecosystems Dependabot updates, in its spelling. */
public enum Ecosystem implements KebabKey {
  UV,
  PIP,
  GITHUB_ACTIONS,
  DOCKER,
  MAVEN,
  HELM,
  NPM
}
