package ai.vibevoice.cicd.dsl.util;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one ordered-copy helper of the model. {@code Map.copyOf} and {@code Set.copyOf} iterate in an
 * order that changes from run to run, which would break byte-stable output, so every map of the
 * model goes through here: an unmodifiable {@link LinkedHashMap} in insertion order, with nulls
 * rejected by a message that names the element.
 */
public final class Ordered {
  private Ordered() {}

  /**
   * An unmodifiable insertion-ordered copy; {@code what} names the map in messages ("job build:
   * env").
   */
  public static <K, V> Map<K, V> copyOf(Map<K, V> map, String what) {
    Objects.requireNonNull(map, () -> what + " is null");
    LinkedHashMap<K, V> copy = new LinkedHashMap<>();
    map.forEach(
        (k, v) -> {
          if (k == null) throw new NullPointerException(what + " contains a null key");
          if (v == null) throw new NullPointerException(what + " contains a null value for " + k);
          copy.put(k, v);
        });
    return Collections.unmodifiableMap(copy);
  }

  /**
   * An unmodifiable copy of a list; {@code what} names the list in messages ("job build: steps").
   */
  public static <T> List<T> copyOf(List<T> list, String what) {
    Objects.requireNonNull(list, () -> what + " is null");
    for (T t : list) {
      if (t == null) throw new NullPointerException(what + " contain null");
    }
    return List.copyOf(list);
  }
}
