package ai.vibevoice.cicd.dsl.trigger;

import ai.vibevoice.cicd.dsl.util.Ordered;
import java.util.Map;
import java.util.Objects;

/**
 * ESCAPE HATCH: an event the DSL does not model ({@code issues}, {@code check_run}, ...), with its
 * configuration as plain values (strings, numbers, booleans, lists and maps). Nothing in it is
 * checked.
 */
public record RawTrigger(String event, Map<String, Object> config) implements Trigger {
  public RawTrigger {
    Objects.requireNonNull(event, "raw trigger event");
    config = Ordered.copyOf(config, "raw trigger " + event);
  }
}
