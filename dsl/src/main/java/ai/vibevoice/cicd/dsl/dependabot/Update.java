package ai.vibevoice.cicd.dsl.dependabot;

import ai.vibevoice.cicd.dsl.codegen.Buildable;
import ai.vibevoice.cicd.dsl.util.Ordered;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One {@code updates:} entry: an ecosystem in some directories on a weekly schedule, with groups
 * that bundle routine bumps into one pull request and a cooldown that delays version updates. See
 * <a
 * href="https://docs.github.com/en/code-security/dependabot/working-with-dependabot/dependabot-options-reference">options</a>.
 */
@Buildable
public record Update(
    @Buildable.NoSetter Ecosystem ecosystem,
    @Buildable.AddAll List<String> directories,
    @Buildable.NoSetter String day,
    @Buildable.NoSetter String time,
    Map<String, List<String>> groups,
    int cooldownDays,
    @Buildable.AddAll List<String> labels) {

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
      if (!d.startsWith("/"))
        throw new IllegalArgumentException(label + ": directory '" + d + "' must start with /");
    }
    if (!DAYS.contains(day))
      throw new IllegalArgumentException(label + ": day '" + day + "' is not one of " + DAYS);
    if (!time.matches("([01][0-9]|2[0-3]):[0-5][0-9]"))
      throw new IllegalArgumentException(label + ": time '" + time + "' is not HH:MM");
    if (cooldownDays < 1 || cooldownDays > 90) {
      throw new IllegalArgumentException(
          label + ": cooldown of " + cooldownDays + " days is outside 1-90");
    }
  }

  /**
   * A weekly update of {@code ecosystem} in {@code directory}, Mondays 06:00 UTC, 7 days of
   * cooldown.
   */
  public static Builder weekly(Ecosystem ecosystem, String directory) {
    return new Builder(ecosystem).directories(directory);
  }

  public Builder toBuilder() {
    return new Builder(ecosystem).from(this);
  }

  public static final class Builder extends UpdateBuilderBase {
    private Builder(Ecosystem ecosystem) {
      this.ecosystem = ecosystem;
      this.day = "monday";
      this.time = "06:00";
      this.cooldownDays = 7;
    }

    /**
     * The weekly run: {@code day} ({@code monday}..{@code sunday}) at {@code time} (HH:MM, UTC).
     */
    public Builder schedule(String day, String time) {
      this.day = day;
      this.time = time;
      return this;
    }

    /** Bundles every dependency matching {@code patterns} into the group {@code name}. */
    public Builder group(String name, String... patterns) {
      groups.put(name, List.of(patterns));
      return this;
    }
  }
}
