package ai.vibevoice.cicd.dsl.trigger;

import ai.vibevoice.cicd.dsl.util.Ordered;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

  /** GitHub's keys of the components, in their order. */
  private static final List<String> KEYS =
      List.of("branches", "branches-ignore", "tags", "tags-ignore", "paths", "paths-ignore");

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

  /** The filters {@code byKey} holds by GitHub's key: the inverse of {@link #byKey()}. */
  static Filters ofKeys(Map<String, List<String>> byKey) {
    Map<String, List<String>> unknown = new LinkedHashMap<>(byKey);
    unknown.keySet().removeAll(KEYS);
    if (!unknown.isEmpty()) throw new IllegalArgumentException("unknown filters " + unknown);
    List<List<String>> lists = KEYS.stream().map(k -> byKey.getOrDefault(k, List.of())).toList();
    return new Filters(
        lists.get(0), lists.get(1), lists.get(2), lists.get(3), lists.get(4), lists.get(5));
  }

  /**
   * The filters that are set, by GitHub's key ({@code branches}, {@code branches-ignore}, ...), in
   * GitHub's order.
   */
  public Map<String, List<String>> byKey() {
    List<List<String>> lists =
        List.of(branches, branchesIgnore, tags, tagsIgnore, paths, pathsIgnore);
    Map<String, List<String>> keys = new LinkedHashMap<>();
    for (int i = 0; i < KEYS.size(); i++) {
      if (!lists.get(i).isEmpty()) keys.put(KEYS.get(i), lists.get(i));
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
