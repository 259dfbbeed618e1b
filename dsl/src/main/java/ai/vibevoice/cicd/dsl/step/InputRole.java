package ai.vibevoice.cicd.dsl.step;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What an action does with one of its inputs, as far as validation cares: a fact of the action's
 * manifest ({@code "role"} of the input), carried by the generated binding onto every step it
 * builds, so the rules check any action with such an input instead of naming actions.
 */
public enum InputRole {
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
  KEEPS_CREDENTIALS;

  /** The manifest's spelling: {@code artifact-name}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The role spelled {@code key} in a manifest, if any. */
  public static Optional<InputRole> ofKey(String key) {
    return Arrays.stream(values()).filter(r -> r.key().equals(key)).findFirst();
  }
}
