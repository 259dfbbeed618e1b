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
        weekly(Ecosystem.UV, "/", "python", "python"),
        weekly(Ecosystem.GITHUB_ACTIONS, "/", "actions", "ci"),
        weekly(Ecosystem.DOCKER, "/infra/docker", "base-images", "docker"),
        weekly(Ecosystem.MAVEN, "/", "maven", "ci"));
  }

  /**
   * Weekly updates of {@code ecosystem} in {@code directory}, all in one pull request ({@code
   * group}), labelled dependencies and {@code label}.
   */
  private static Update weekly(Ecosystem ecosystem, String directory, String group, String label) {
    return Update.weekly(ecosystem, directory)
        .group(group, "*")
        .labels("dependencies", label)
        .build();
  }
}
