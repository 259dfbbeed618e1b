package ai.vibevoice.cicd.dsl.util;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file through a temporary file in the same directory and a rename, so no reader ever sees
 * half a file and a failure loses nothing. The generator's files and its binding cache go through
 * here. The rename never leaves the target's directory, so it never crosses file systems and {@code
 * ATOMIC_MOVE} cannot be refused ({@link java.nio.file.AtomicMoveNotSupportedException}).
 */
public final class AtomicWrite {
  private AtomicWrite() {}

  public static void write(Path target, String content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
    try {
      Files.writeString(tmp, content, StandardCharsets.UTF_8);
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
