package ai.vibevoice.cicd.dsl.dependabot;

import ai.vibevoice.cicd.dsl.util.Ordered;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One {@code updates:} entry: an ecosystem in some directories on a weekly schedule, with groups
 * that bundle routine bumps into one pull request and a cooldown that delays version updates. See <a
 * href="https://docs.github.com/en/code-security/dependabot/working-with-dependabot/dependabot-options-reference">options</a>.
 */
public record Update(
    Ecosystem ecosystem,
    List<String> directories,
    String day,
    String time,
    Map<String, List<String>> groups,
    int cooldownDays,
    List<String> labels) {

  private static final List<String> DAYS =
      List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  public Update {
    Objects.requireNonNull(ecosystem, "ecosystem");
    String label = "dependabot " + ecosystem.key();
    directories = Ordered.copyOf(directories, label + ": directories");
    groups = Ordered.copyOf(groups, label + ": groups");
    labels = Ordered.copyOf(labels, label + ": labels");
    if (directories.isEmpty()) throw new IllegalArgumentException(label + ": needs a directory");
    for (String d : directories) {
      if (!d.startsWith("/")) throw new IllegalArgumentException(label + ": directory '" + d + "' must start with /");
    }
    if (!DAYS.contains(day)) throw new IllegalArgumentException(label + ": day '" + day + "' is not one of " + DAYS);
    if (!time.matches("([01][0-9]|2[0-3]):[0-5][0-9]")) throw new IllegalArgumentException(label + ": time '" + time + "' is not HH:MM");
    if (cooldownDays < 1 || cooldownDays > 90) {
      throw new IllegalArgumentException(label + ": cooldown of " + cooldownDays + " days is outside 1-90");
    }
  }

  /** A weekly update of {@code ecosystem} in {@code directory}, Mondays 06:00 UTC, 7 days of cooldown. */
  public static Update weekly(Ecosystem ecosystem, String directory) {
    return new Update(ecosystem, List.of(directory), "monday", "06:00", Map.of(), 7, List.of());
  }

  /** A copy that bundles every dependency matching {@code patterns} into the group {@code name}. */
  public Update withGroup(String name, String... patterns) {
    Map<String, List<String>> g = new java.util.LinkedHashMap<>(groups);
    g.put(name, List.of(patterns));
    return new Update(ecosystem, directories, day, time, g, cooldownDays, labels);
  }

  public Update withLabels(String... labels) {
    return new Update(ecosystem, directories, day, time, groups, cooldownDays, List.of(labels));
  }

  public Update withCooldownDays(int days) {
    return new Update(ecosystem, directories, day, time, groups, days, labels);
  }
}
