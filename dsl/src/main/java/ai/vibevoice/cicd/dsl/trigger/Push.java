package ai.vibevoice.cicd.dsl.trigger;

import java.util.List;
import java.util.Objects;

/** {@code on.push}, with branch, tag and path filters. */
public record Push(Filters filters) implements Trigger {
  public Push {
    Objects.requireNonNull(filters, "push filters");
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Every push. */
  public static Push any() {
    return new Push(Filters.NONE);
  }

  @Override
  public String event() {
    return "push";
  }

  @Override
  public <R> R accept(TriggerVisitor<R> visitor) {
    return visitor.visitPush(this);
  }

  public static final class Builder {
    private final Filters.Builder f = new Filters.Builder();

    private Builder() {}

    public Builder branches(String... v) {
      f.branches = List.of(v);
      return this;
    }

    public Builder branchesIgnore(String... v) {
      f.branchesIgnore = List.of(v);
      return this;
    }

    public Builder tags(String... v) {
      f.tags = List.of(v);
      return this;
    }

    public Builder tagsIgnore(String... v) {
      f.tagsIgnore = List.of(v);
      return this;
    }

    public Builder paths(String... v) {
      f.paths = List.of(v);
      return this;
    }

    public Builder pathsIgnore(String... v) {
      f.pathsIgnore = List.of(v);
      return this;
    }

    public Push build() {
      return new Push(f.build());
    }
  }
}
