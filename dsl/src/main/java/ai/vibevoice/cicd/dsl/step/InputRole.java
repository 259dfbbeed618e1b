package ai.vibevoice.cicd.dsl.step;

import ai.vibevoice.cicd.dsl.util.KebabKey;

/**
 * What an action does with one of its inputs, as far as validation and the planner care: a fact of
 * the action's manifest ({@code "role"} of the input), carried by the generated binding onto every
 * step it builds, so the rules and the planner treat any action with such an input alike instead of
 * naming actions.
 */
public enum InputRole implements KebabKey {
  /** The action runs the input's text as code (github-script's {@code script}). */
  CODE,
  /**
   * The input names an uploaded artifact, unique per workflow run (upload-artifact's {@code name}).
   */
  ARTIFACT_NAME,
  /**
   * A boolean input that, unless {@code false}, leaves the job's token on the runner's disk
   * (checkout's {@code persist-credentials}, true by default).
   */
  KEEPS_CREDENTIALS,
  /** The action saves a GitHub Actions cache under this key (actions/cache's {@code key}). */
  CACHE_KEY,
  /**
   * Set to anything but {@code false} or empty, the action saves a GitHub Actions cache
   * (setup-python's {@code cache}, setup-uv's {@code enable-cache}).
   */
  ENABLES_CACHE,
  /** Where the action exports a build cache (build-push's {@code cache-to}). */
  CACHE_TO;
}
