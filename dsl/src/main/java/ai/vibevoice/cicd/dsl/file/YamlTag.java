package ai.vibevoice.cicd.dsl.file;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A tagged node in a {@link DataFile}: Docker Compose's merge tags. {@code value} is null (rendered
 * {@code null}), a string, or a map or list as elsewhere in a data file. See <a
 * href="https://docs.docker.com/reference/compose-file/merge/">Compose merge</a>.
 */
public record YamlTag(String tag, Object value) {
  public YamlTag {
    Objects.requireNonNull(tag, "tag");
    if (value != null
        && !(value instanceof String || value instanceof Map<?, ?> || value instanceof List<?>)) {
      throw new IllegalArgumentException(
          tag + ": a tagged value is null, a string, a map or a list, not " + value.getClass());
    }
  }

  /** Compose's {@code !reset null}: drop the attribute from the merged file. */
  public static YamlTag reset() {
    return new YamlTag("!reset", null);
  }

  /**
   * Compose's {@code !override}: this value replaces the overridden file's instead of merging with
   * it.
   */
  public static YamlTag override(Object value) {
    return new YamlTag("!override", Objects.requireNonNull(value, "!override value"));
  }
}
