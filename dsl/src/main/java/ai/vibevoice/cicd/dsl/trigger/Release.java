package ai.vibevoice.cicd.dsl.trigger;

import ai.vibevoice.cicd.dsl.util.Ordered;
import java.util.List;
import java.util.Locale;

/** {@code on.release}, with activity types. */
public record Release(List<Type> types) implements Trigger {
  /** Release activity types. */
  public enum Type {
    PUBLISHED,
    UNPUBLISHED,
    CREATED,
    EDITED,
    DELETED,
    PRERELEASED,
    RELEASED;

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Release {
    types = Ordered.copyOf(types, "release types");
  }

  public static Release of(Type... types) {
    return new Release(List.of(types));
  }
}
