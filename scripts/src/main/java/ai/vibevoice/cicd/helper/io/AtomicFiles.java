package ai.vibevoice.cicd.helper.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files through a temporary sibling and a rename, so a reader never sees half a file (a
 * rename inside one directory never crosses file systems, so {@code ATOMIC_MOVE} holds). It repeats
 * dsl's {@code util.AtomicWrite} on purpose: ci-helper is a stand-alone jar that depends on no
 * other module of this build.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  public static void write(Path target, String text) {
    write(target, text.getBytes(StandardCharsets.UTF_8));
  }

  public static void write(Path target, byte[] bytes) {
    Path absolute = target.toAbsolutePath();
    try {
      Files.createDirectories(absolute.getParent());
      Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
      try {
        Files.write(temp, bytes);
        Files.move(
            temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }
}
