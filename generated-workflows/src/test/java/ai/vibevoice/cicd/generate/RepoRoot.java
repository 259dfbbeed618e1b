package ai.vibevoice.cicd.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The repository the tests run in: {@code -Drepo.root} (the build sets it), else the parent. */
final class RepoRoot {
  static final Path PATH =
      Path.of(System.getProperty("repo.root", "..")).toAbsolutePath().normalize();

  private static final String MANIFESTS = "dsl/src/main/actions";

  private RepoRoot() {}

  /**
   * Copies this repository's action manifests into the scratch repository {@code repo}; returns the
   * originals, sorted.
   */
  static List<Path> copyManifests(Path repo) throws IOException {
    Path target = Files.createDirectories(repo.resolve(MANIFESTS));
    List<Path> manifests;
    try (Stream<Path> s = Files.list(PATH.resolve(MANIFESTS))) {
      manifests = s.sorted().toList();
    }
    for (Path p : manifests) {
      Files.copy(p, target.resolve(p.getFileName()));
    }
    return manifests;
  }
}
