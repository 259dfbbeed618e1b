package ai.vibevoice.cicd.dsl.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.vibevoice.cicd.dsl.dependabot.DependabotConfig;
import ai.vibevoice.cicd.dsl.dependabot.Ecosystem;
import ai.vibevoice.cicd.dsl.dependabot.Update;
import java.util.List;
import org.junit.jupiter.api.Test;

class DependabotRendererTest {
  @Test
  void renders_a_grouped_weekly_update_with_cooldown() {
    assertEquals(
        """
        version: 2
        updates:
          - package-ecosystem: uv
            directory: /
            schedule:
              interval: weekly
              day: monday
              time: '06:00'
              timezone: Etc/UTC
            cooldown:
              default-days: 7
            groups:
              python:
                patterns:
                  - '*'
        """,
        DependabotRenderer.render(
            DependabotConfig.of(Update.weekly(Ecosystem.UV, "/").group("python", "*").build()),
            List.of()));
  }

  @Test
  void rejects_a_cooldown_outside_1_to_90_days() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Update.weekly(Ecosystem.MAVEN, "/").cooldownDays(0).build());
    assertEquals("dependabot maven: cooldown of 0 days is outside 1-90", e.getMessage());
  }

  @Test
  void rejects_a_relative_directory() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Update.weekly(Ecosystem.DOCKER, "infra").build());
    assertEquals("dependabot docker: directory 'infra' must start with /", e.getMessage());
  }
}
