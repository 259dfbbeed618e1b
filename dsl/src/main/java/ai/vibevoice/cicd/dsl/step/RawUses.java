package ai.vibevoice.cicd.dsl.step;

import java.util.Objects;

/**
 * ESCAPE HATCH: an untyped {@code uses:} (a local {@code ./} action, a {@code docker://} image). A
 * remote action by tag is refused: pin it with a manifest instead.
 */
public record RawUses(String value) implements Uses {
  public RawUses {
    Objects.requireNonNull(value, "uses");
    if (!value.startsWith("./") && !value.startsWith("docker://")) {
      throw new IllegalArgumentException(
          "untyped uses '"
              + value
              + "' must be a local ./ action or a docker:// image;"
              + " a published action needs a manifest (see docs/dsl-guide.md, 'Adding an action')");
    }
    if (value.startsWith("docker://") && !value.contains("@sha256:")) {
      throw new IllegalArgumentException(
          "docker action '" + value + "' must be pinned by @sha256 digest");
    }
  }

  @Override
  public String comment() {
    return null;
  }
}
