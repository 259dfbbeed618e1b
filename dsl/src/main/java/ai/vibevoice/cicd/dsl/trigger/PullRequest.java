package ai.vibevoice.cicd.dsl.trigger;

import ai.vibevoice.cicd.dsl.util.Ordered;
import java.util.List;
import java.util.Objects;

/**
 * {@code on.pull_request}: runs with the merge commit and, for forks, a read-only token and no
 * secrets. Pull requests filter on branches of the base and on paths; tags do not apply.
 */
public record PullRequest(List<PullRequestType> types, Filters filters) implements Trigger {
  public PullRequest {
    types = Ordered.copyOf(types, "pull_request types");
    Objects.requireNonNull(filters, "pull_request filters");
    if (!filters.tags().isEmpty() || !filters.tagsIgnore().isEmpty()) {
      throw new IllegalArgumentException("pull_request has no tag filters");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Every pull request with the default types (opened, synchronize, reopened). */
  public static PullRequest any() {
    return new PullRequest(List.of(), Filters.NONE);
  }

  public Builder toBuilder() {
    Builder b = new Builder().from(filters);
    b.types = types;
    return b;
  }

  public static final class Builder extends FilterBuilder<Builder> {
    private List<PullRequestType> types = List.of();

    private Builder() {}

    public Builder types(PullRequestType... v) {
      types = List.of(v);
      return this;
    }

    public PullRequest build() {
      return new PullRequest(types, filters());
    }
  }
}
