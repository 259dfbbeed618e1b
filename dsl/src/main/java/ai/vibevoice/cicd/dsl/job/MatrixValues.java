package ai.vibevoice.cicd.dsl.job;

import java.util.List;
import java.util.Map;

/** The values a matrix may hold: strings, numbers, booleans, and lists or maps of them. */
final class MatrixValues {
  private MatrixValues() {}

  static void check(Object v, String where) {
    if (v instanceof String || v instanceof Number || v instanceof Boolean) return;
    if (v instanceof List<?> l) {
      l.forEach(x -> check(x, where));
      return;
    }
    if (v instanceof Map<?, ?> m) {
      m.forEach(
          (k, x) -> {
            if (!(k instanceof String))
              throw new IllegalArgumentException(where + ": map keys must be strings");
            check(x, where);
          });
      return;
    }
    throw new IllegalArgumentException(
        where + ": value " + v + " must be a string, number, boolean, list or map");
  }
}
