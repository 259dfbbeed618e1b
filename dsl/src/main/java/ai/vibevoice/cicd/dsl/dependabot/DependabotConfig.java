package ai.vibevoice.cicd.dsl.dependabot;

import ai.vibevoice.cicd.dsl.util.Ordered;
import java.util.List;

/** {@code .github/dependabot.yml} (version 2): one entry per ecosystem and directory set. */
public record DependabotConfig(List<Update> updates) {
  public DependabotConfig {
    updates = Ordered.copyOf(updates, "dependabot updates");
    if (updates.isEmpty())
      throw new IllegalArgumentException("dependabot needs at least one update");
  }

  public static DependabotConfig of(Update... updates) {
    return new DependabotConfig(List.of(updates));
  }
}
