package ai.vibevoice.cicd.dsl.plan;

import ai.vibevoice.cicd.dsl.util.Ordered;
import java.util.List;
import java.util.Objects;

/**
 * An {@code if:} evaluated for an event: its text, whether it holds, and the unknowns it depends on
 * when the event alone cannot tell ({@code vars.PERF_RUNNER}, {@code needs.build.outputs.digest}).
 */
public record Condition(String text, Truth truth, List<String> unknowns) {
  public Condition {
    Objects.requireNonNull(truth, "truth");
    unknowns = Ordered.copyOf(unknowns, "condition " + text + ": unknowns");
    if ((truth == Truth.UNKNOWN) == unknowns.isEmpty()) {
      throw new IllegalArgumentException(
          "a condition names its unknowns exactly when it is unknown: " + text);
    }
  }
}
