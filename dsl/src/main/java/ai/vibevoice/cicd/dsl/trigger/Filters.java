package ai.vibevoice.cicd.dsl.trigger;

import ai.vibevoice.cicd.dsl.util.KebabKey;
import ai.vibevoice.cicd.dsl.util.Ordered;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Branch, tag and path filters of push and pull_request events. GitHub forbids a filter and its
 * {@code -ignore} form on the same event; the constructor says so.
 */
public record Filters(
    List<String> branches,
    List<String> branchesIgnore,
    List<String> tags,
    List<String> tagsIgnore,
    List<String> paths,
    List<String> pathsIgnore) {

  /** The six filters, in the components' order and GitHub's spelling. */
  public enum Key implements KebabKey {
    BRANCHES,
    BRANCHES_IGNORE,
    TAGS,
    TAGS_IGNORE,
    PATHS,
    PATHS_IGNORE
  }

  public static final Filters NONE =
      new Filters(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

  public Filters {
    branches = Ordered.copyOf(branches, "branches");
    branchesIgnore = Ordered.copyOf(branchesIgnore, "branches-ignore");
    tags = Ordered.copyOf(tags, "tags");
    tagsIgnore = Ordered.copyOf(tagsIgnore, "tags-ignore");
    paths = Ordered.copyOf(paths, "paths");
    pathsIgnore = Ordered.copyOf(pathsIgnore, "paths-ignore");
    exclusive("branches", branches, branchesIgnore);
    exclusive("tags", tags, tagsIgnore);
    exclusive("paths", paths, pathsIgnore);
  }

  /** The filters {@code patterns} holds; a key it lacks filters nothing. */
  static Filters of(Map<Key, List<String>> patterns) {
    Function<Key, List<String>> at = k -> patterns.getOrDefault(k, List.of());
    return new Filters(
        at.apply(Key.BRANCHES),
        at.apply(Key.BRANCHES_IGNORE),
        at.apply(Key.TAGS),
        at.apply(Key.TAGS_IGNORE),
        at.apply(Key.PATHS),
        at.apply(Key.PATHS_IGNORE));
  }

  /** The patterns of one filter (empty when it is not set). */
  public List<String> get(Key key) {
    return List.of(branches, branchesIgnore, tags, tagsIgnore, paths, pathsIgnore)
        .get(key.ordinal());
  }

  /**
   * The filters that are set, by GitHub's key ({@code branches}, {@code branches-ignore}, ...), in
   * GitHub's order.
   */
  public Map<String, List<String>> byKey() {
    Map<String, List<String>> keys = new LinkedHashMap<>();
    for (Key k : Key.values()) {
      List<String> patterns = get(k);
      if (!patterns.isEmpty()) keys.put(k.key(), patterns);
    }
    return Collections.unmodifiableMap(keys);
  }

  private static void exclusive(String what, List<String> a, List<String> b) {
    if (!a.isEmpty() && !b.isEmpty()) {
      throw new IllegalArgumentException(
          what
              + " and "
              + what
              + "-ignore cannot both filter one event; use '!' patterns in "
              + what);
    }
  }
}
