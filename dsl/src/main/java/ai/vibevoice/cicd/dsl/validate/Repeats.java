package ai.vibevoice.cicd.dsl.validate;

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
    return items.stream().filter(i -> key.apply(i) != null && !seen.add(key.apply(i))).toList();
  }
}
