package ai.vibevoice.cicd.dsl.validate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** What the duplicate rules share: finding the elements whose key an earlier element has. */
final class Repeats {
  private Repeats() {}

  /**
   * The second and later element of every key {@code items} repeat, in order; an element without a
   * key (null) repeats nothing.
   */
  static <T> List<T> of(Collection<T> items, Function<T, String> key) {
    Set<String> seen = new HashSet<>();
    List<T> repeats = new ArrayList<>();
    for (T item : items) {
      String k = key.apply(item);
      if (k != null && !seen.add(k)) repeats.add(item);
    }
    return repeats;
  }
}
