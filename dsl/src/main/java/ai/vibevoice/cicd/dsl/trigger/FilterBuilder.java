package ai.vibevoice.cicd.dsl.trigger;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The branch and path filter setters {@link Push.Builder} and {@link PullRequest.Builder} share,
 * written once; tags filter pushes only, so only the push builder adds them. See <a
 * href="https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#onpushpull_requestpull_request_targetpathspaths-ignore">filters</a>.
 */
public abstract sealed class FilterBuilder<B extends FilterBuilder<B>>
    permits Push.Builder, PullRequest.Builder {
  private final Map<Filters.Key, List<String>> patterns = new EnumMap<>(Filters.Key.class);

  FilterBuilder() {}

  /** Copies built filters into this builder (for {@code toBuilder()}). */
  final B from(Filters f) {
    for (Filters.Key k : Filters.Key.values()) patterns.put(k, f.get(k));
    return self();
  }

  @SuppressWarnings("unchecked")
  final B self() {
    return (B) this;
  }

  final Filters filters() {
    return Filters.of(patterns);
  }

  /** Sets one filter's patterns, replacing what it had. */
  final B filter(Filters.Key key, String... values) {
    patterns.put(key, List.of(values));
    return self();
  }

  public B branches(String... patterns) {
    return filter(Filters.Key.BRANCHES, patterns);
  }

  public B branchesIgnore(String... patterns) {
    return filter(Filters.Key.BRANCHES_IGNORE, patterns);
  }

  public B paths(String... patterns) {
    return filter(Filters.Key.PATHS, patterns);
  }

  public B pathsIgnore(String... patterns) {
    return filter(Filters.Key.PATHS_IGNORE, patterns);
  }
}
