package ai.vibevoice.cicd.generate;

import ai.vibevoice.cicd.dsl.action.codegen.BindingGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The repository the tests run in: {@code -Drepo.root} (the build sets it), else the parent. */
final class RepoRoot {
  static final Path PATH =
      Path.of(System.getProperty("repo.root", "..")).toAbsolutePath().normalize();

  private RepoRoot() {}

  /**
   * Copies this repository's action manifests into the scratch repository {@code repo}; returns the
   * originals, sorted.
   */
  static List<Path> copyManifests(Path repo) throws IOException {
    Path target = Files.createDirectories(repo.resolve(BindingGenerator.MANIFEST_DIR));
    List<Path> manifests;
    try (Stream<Path> s = Files.list(PATH.resolve(BindingGenerator.MANIFEST_DIR))) {
      manifests = s.sorted().toList();
    }
    for (Path p : manifests) {
      Files.copy(p, target.resolve(p.getFileName()));
    }
    return manifests;
  }
}
