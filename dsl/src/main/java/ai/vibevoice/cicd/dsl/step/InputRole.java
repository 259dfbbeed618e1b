package ai.vibevoice.cicd.dsl.step;

import ai.vibevoice.cicd.dsl.util.KebabKey;

/**
 * What an action does with one of its inputs, as far as validation and the planner care: a fact of
 * the action's manifest ({@code "role"} of the input), carried onto the steps that use the action,
 * so the rules and the planner treat any action with such an input alike instead of naming actions.
 * The guide's table of roles is generated from {@link #meaning()} and {@link #readBy()}.
 */
public enum InputRole implements KebabKey {
  CODE("the action runs the input's text as code", "`untrusted-in-code-input`"),
  ARTIFACT_NAME(
      "the input names an uploaded artifact, unique in the run",
      "`artifact-name-collides`, the artifacts of docs/workflows.md"),
  KEEPS_CREDENTIALS(
      "a boolean that, unless `false`, leaves the job's token on the runner's disk",
      "`persisted-credentials`"),
  CACHE_KEY("the action saves a GitHub Actions cache under this key", "the planner's cache writes"),
  ENABLES_CACHE(
      "set to anything but `false` or empty, the action saves a GitHub Actions cache",
      "the planner's cache writes"),
  CACHE_TO(
      "where the action exports a build cache (shared by every ref unless `type=gha`)",
      "the planner's cache writes");

  private final String meaning;
  private final String readBy;

  InputRole(String meaning, String readBy) {
    this.meaning = meaning;
    this.readBy = readBy;
  }

  /** What the role says about the input, in Markdown. */
  public String meaning() {
    return meaning;
  }

  /** The rules and tools that read the role, in Markdown. */
  public String readBy() {
    return readBy;
  }
}
