package ai.vibevoice.cicd.dsl.permission;

import ai.vibevoice.cicd.dsl.util.KebabKey;

/**
 * The scopes of the {@code GITHUB_TOKEN}. See <a
 * href="https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#permissions">permissions</a>.
 */
public enum Scope implements KebabKey {
  ACTIONS,
  ATTESTATIONS,
  CHECKS,
  CONTENTS,
  DEPLOYMENTS,
  DISCUSSIONS,
  ID_TOKEN,
  ISSUES,
  MODELS,
  PACKAGES,
  PAGES,
  PULL_REQUESTS,
  REPOSITORY_PROJECTS,
  SECURITY_EVENTS,
  STATUSES
}
