package ai.vibevoice.cicd.dsl.file;

import ai.vibevoice.cicd.dsl.util.Ordered;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A YAML data file the generator writes beside the workflows (a Compose override, Helm values),
 * from plain ordered data: maps with string keys, lists, strings, numbers, booleans and {@link
 * YamlTag}s. {@code path} is relative to the repository root.
 */
public record DataFile(String path, String description, Map<String, Object> content) {
  public DataFile {
    Objects.requireNonNull(path, "data file path");
    Objects.requireNonNull(description, () -> path + ": description");
    content =
        Ordered.copyOf(
            Objects.requireNonNull(content, () -> path + ": content"), path + ": content");
    check(path, "$", content);
  }

  private static void check(String path, String where, Object value) {
    if (value instanceof Map<?, ?> map) {
      map.forEach(
          (k, v) -> {
            if (!(k instanceof String)) {
              throw new IllegalArgumentException(
                  path + ": " + where + ": keys must be strings, found " + k);
            }
            check(path, where + "." + k, v);
          });
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        check(path, where + "[" + i + "]", list.get(i));
      }
    } else if (value instanceof YamlTag tag) {
      check(path, where, tag.value());
    } else if (!(value == null
        || value instanceof String
        || value instanceof Number
        || value instanceof Boolean)) {
      throw new IllegalArgumentException(
          path + ": " + where + ": unsupported value " + value.getClass().getSimpleName());
    }
  }
}
