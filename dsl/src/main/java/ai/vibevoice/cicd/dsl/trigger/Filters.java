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

  /**
   * The filters that are set, by GitHub's key ({@code branches}, {@code branches-ignore}, ...), in
   * GitHub's order.
   */
  public Map<String, List<String>> byKey() {
    Map<String, List<String>> keys = new LinkedHashMap<>();
    keys.put("branches", branches);
    keys.put("branches-ignore", branchesIgnore);
    keys.put("tags", tags);
    keys.put("tags-ignore", tagsIgnore);
    keys.put("paths", paths);
    keys.put("paths-ignore", pathsIgnore);
    keys.values().removeIf(List::isEmpty);
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
