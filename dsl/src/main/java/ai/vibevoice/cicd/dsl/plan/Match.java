package ai.vibevoice.cicd.dsl.plan;

import java.util.Objects;

/** Whether a trigger (or one of its filters) matches an event, and the rule that decided it. */
public record Match(Truth truth, String reason) {
  public Match {
    Objects.requireNonNull(truth, "truth");
    Objects.requireNonNull(reason, "reason");
  }

  public static Match yes(String reason) {
    return new Match(Truth.TRUE, reason);
  }

  public static Match no(String reason) {
    return new Match(Truth.FALSE, reason);
  }

  /** This match and then {@code next} (a filter after the event and type checks). */
  public Match then(Match next) {
    if (truth == Truth.FALSE) return this;
    if (next.truth == Truth.FALSE) return next;
    return new Match(truth.and(next.truth), reason + "; " + next.reason);
  }
}
