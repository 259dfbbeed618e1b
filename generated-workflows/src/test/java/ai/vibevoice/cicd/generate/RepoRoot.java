package ai.vibevoice.cicd.generate;

import java.nio.file.Path;

/** The repository the tests run in: {@code -Drepo.root} (the build sets it), else the parent. */
final class RepoRoot {
  static final Path PATH =
      Path.of(System.getProperty("repo.root", "..")).toAbsolutePath().normalize();

  private RepoRoot() {}
}
