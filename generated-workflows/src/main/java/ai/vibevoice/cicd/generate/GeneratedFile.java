package ai.vibevoice.cicd.generate;

import java.util.Objects;

/**
 * One file the generator owns: its path from the repository root, its exact text, and its Java
 * source.
 */
public record GeneratedFile(String path, String content, String source) {
  public GeneratedFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(content, () -> path + ": content");
    Objects.requireNonNull(source, () -> path + ": source");
    if (path.startsWith("/") || path.contains("..") || path.contains("\\")) {
      throw new IllegalArgumentException(
          "generated path must be relative and inside the repository: " + path);
    }
  }
}
