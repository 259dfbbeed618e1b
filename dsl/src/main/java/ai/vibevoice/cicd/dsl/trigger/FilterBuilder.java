package ai.vibevoice.cicd.dsl.trigger;

import java.util.List;

/**
 * The branch and path filter setters {@link Push.Builder} and {@link PullRequest.Builder} share,
 * written once; tags filter pushes only, so only the push builder adds them. See <a
 * href="https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#onpushpull_requestpull_request_targetpathspaths-ignore">filters</a>.
 */
public abstract sealed class FilterBuilder<B extends FilterBuilder<B>>
    permits Push.Builder, PullRequest.Builder {
  List<String> branches = List.of();
  List<String> branchesIgnore = List.of();
  List<String> tags = List.of();
  List<String> tagsIgnore = List.of();
  List<String> paths = List.of();
  List<String> pathsIgnore = List.of();

  FilterBuilder() {}

  /** Copies built filters into this builder (for {@code toBuilder()}). */
  final B from(Filters f) {
    branches = f.branches();
    branchesIgnore = f.branchesIgnore();
    tags = f.tags();
    tagsIgnore = f.tagsIgnore();
    paths = f.paths();
    pathsIgnore = f.pathsIgnore();
    return self();
  }

  @SuppressWarnings("unchecked")
  final B self() {
    return (B) this;
  }

  final Filters filters() {
    return new Filters(branches, branchesIgnore, tags, tagsIgnore, paths, pathsIgnore);
  }

  public B branches(String... patterns) {
    branches = List.of(patterns);
    return self();
  }

  public B branchesIgnore(String... patterns) {
    branchesIgnore = List.of(patterns);
    return self();
  }

  public B paths(String... patterns) {
    paths = List.of(patterns);
    return self();
  }

  public B pathsIgnore(String... patterns) {
    pathsIgnore = List.of(patterns);
    return self();
  }
}
