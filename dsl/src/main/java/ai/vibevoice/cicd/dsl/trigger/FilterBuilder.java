package ai.vibevoice.cicd.dsl.trigger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The branch and path filter setters {@link Push.Builder} and {@link PullRequest.Builder} share,
 * written once; tags filter pushes only, so only the push builder adds them. See <a
 * href="https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#onpushpull_requestpull_request_targetpathspaths-ignore">filters</a>.
 */
public abstract sealed class FilterBuilder<B extends FilterBuilder<B>>
    permits Push.Builder, PullRequest.Builder {
  private final Map<String, List<String>> patterns = new LinkedHashMap<>();

  FilterBuilder() {}

  /** Copies built filters into this builder (for {@code toBuilder()}). */
  final B from(Filters f) {
    patterns.putAll(f.byKey());
    return self();
  }

  @SuppressWarnings("unchecked")
  final B self() {
    return (B) this;
  }

  final Filters filters() {
    return Filters.ofKeys(patterns);
  }

  /** Sets the filter GitHub spells {@code key} ({@code branches-ignore}, say). */
  final B filter(String key, String... values) {
    patterns.put(key, List.of(values));
    return self();
  }

  public B branches(String... patterns) {
    return filter("branches", patterns);
  }

  public B branchesIgnore(String... patterns) {
    return filter("branches-ignore", patterns);
  }

  public B paths(String... patterns) {
    return filter("paths", patterns);
  }

  public B pathsIgnore(String... patterns) {
    return filter("paths-ignore", patterns);
  }
}
