package ai.vibevoice.cicd.pipelines.platform;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Test data from {@code ../shared} beside the repository: the platform snapshot and the reference
 * schemas. Tests that need them run whenever they are there and are skipped, with the reason, where
 * they are not (a clone inside the platform, whose own checkout the generator checks); with {@code
 * -Dplatform.snapshot.required=true} ({@code .ci/run}) a missing one fails instead.
 */
public final class Shared {
  private Shared() {}

  /**
   * The platform snapshot: {@code -Dplatform.snapshot}, else {@code PLATFORM_SNAPSHOT}, else {@code
   * ../shared/platform/tts-ops}.
   */
  public static Path platform() {
    String configured = System.getProperty("platform.snapshot", System.getenv("PLATFORM_SNAPSHOT"));
    Path dir = configured != null ? Path.of(configured) : sharedDir().resolve("platform/tts-ops");
    return require(dir, "pyproject.toml", "the platform snapshot");
  }

  /**
   * The Compose Specification's JSON schema ({@code
   * ../shared/reference/schemas/compose-spec.json}).
   */
  public static Path composeSchema() {
    return require(
            sharedDir().resolve("reference/schemas"), "compose-spec.json", "the Compose schema")
        .resolve("compose-spec.json");
  }

  /** This repository's root (the build passes it as {@code repo.root}). */
  public static Path repoRoot() {
    return Path.of(System.getProperty("repo.root", "..")).toAbsolutePath().normalize();
  }

  /** A writable copy of the platform snapshot (the snapshot itself is read-only). */
  public static Path platformCopy(Path into) {
    Path copy = into.resolve("platform");
    copyTree(platform(), copy);
    return copy;
  }

  /** Copies a directory tree, files made writable. */
  public static void copyTree(Path from, Path to) {
    try {
      Files.walkFileTree(
          from,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
                throws IOException {
              Files.createDirectories(to.resolve(from.relativize(dir).toString()));
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              Path target = to.resolve(from.relativize(file).toString());
              Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
              target.toFile().setWritable(true);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path sharedDir() {
    return repoRoot().resolve("../shared").normalize();
  }

  private static Path require(Path dir, String marker, String what) {
    boolean there = Files.isRegularFile(dir.resolve(marker));
    if (!there && Boolean.getBoolean("platform.snapshot.required")) {
      fail(
          what
              + " is required (-Dplatform.snapshot.required) but "
              + dir.resolve(marker)
              + " is not there");
    }
    assumeTrue(
        there,
        what + " is not at " + dir + ": skipped (set -Dplatform.snapshot or PLATFORM_SNAPSHOT)");
    return dir;
  }
}
