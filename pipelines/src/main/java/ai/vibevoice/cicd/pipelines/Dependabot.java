package ai.vibevoice.cicd.pipelines;

import ai.vibevoice.cicd.dsl.dependabot.DependabotConfig;
import ai.vibevoice.cicd.dsl.dependabot.Ecosystem;
import ai.vibevoice.cicd.dsl.dependabot.Update;

/**
 * {@code .github/dependabot.yml} (R7.3): weekly, grouped updates with a 7-day cooldown. Python uses
 * the {@code uv} ecosystem because the platform locks with {@code uv.lock}, which pip updates never
 * touch.
 */
public final class Dependabot {
  private Dependabot() {}

  public static DependabotConfig config() {
    return DependabotConfig.of(
        Update.weekly(Ecosystem.UV, "/")
            .group("python", "*")
            .labels("dependencies", "python")
            .build(),
        Update.weekly(Ecosystem.GITHUB_ACTIONS, "/")
            .group("actions", "*")
            .labels("dependencies", "ci")
            .build(),
        Update.weekly(Ecosystem.DOCKER, "/infra/docker")
            .group("base-images", "*")
            .labels("dependencies", "docker")
            .build(),
        Update.weekly(Ecosystem.MAVEN, "/")
            .group("maven", "*")
            .labels("dependencies", "ci")
            .build());
  }
}
