package ai.vibevoice.cicd.dsl.trigger;

import ai.vibevoice.cicd.dsl.util.Ordered;
import java.util.List;

/**
 * {@code on.schedule}: POSIX cron expressions in UTC, validated by {@link Cron} before anything is
 * written. Scheduled runs use the default branch.
 */
public record Schedule(List<String> crons) implements Trigger {
  public Schedule {
    crons = Ordered.copyOf(crons, "schedule crons");
    if (crons.isEmpty()) throw new IllegalArgumentException("schedule needs at least one cron");
  }

  public static Schedule cron(String... crons) {
    return new Schedule(List.of(crons));
  }
}
