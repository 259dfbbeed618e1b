package ai.vibevoice.cicd.helper.metadata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The commit and ref of a working tree, read with the git command line (absent when git cannot
 * tell).
 */
public record GitRepository(Path directory) implements BuildMetadata.Git {
  @Override
  public Optional<String> sha() {
    return git("rev-parse", "HEAD");
  }

  /** The branch ({@code refs/heads/...}) or, on a detached head, an exactly matching tag. */
  @Override
  public Optional<String> ref() {
    return git("symbolic-ref", "-q", "HEAD")
        .or(
            () ->
                git("describe", "--tags", "--exact-match", "HEAD").map(tag -> "refs/tags/" + tag));
  }

  private Optional<String> git(String... args) {
    try {
      Process process =
          new ProcessBuilder(concat(args))
              .directory(directory.toFile())
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      String out =
          new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return Optional.empty();
      }
      return process.exitValue() == 0 && !out.isEmpty() ? Optional.of(out) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private static List<String> concat(String... args) {
    return Stream.concat(Stream.of("git"), Arrays.stream(args)).toList();
  }
}
