package ai.vibevoice.cicd.dsl.trigger;

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

  public Builder toBuilder() {
    return new Builder().from(filters);
  }

  public static final class Builder extends FilterBuilder<Builder> {
    private Builder() {}

    public Builder tags(String... patterns) {
      return filter(Filters.Key.TAGS, patterns);
    }

    public Builder tagsIgnore(String... patterns) {
      return filter(Filters.Key.TAGS_IGNORE, patterns);
    }

    public Push build() {
      return new Push(filters());
    }
  }
}
