package ai.vibevoice.cicd.dsl.repo;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A path into the repository the workflows run in, typed so the generator can check it exists: put
 * it into a step's script, {@code with:} or {@code env:} value (as a {@code Text} part) and the
 * step records it. See {@code validate.RepositoryPaths}.
 */
public record RepoPath(String path, Kind kind) {
  private static final Pattern RELATIVE = Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*");

  /** What must be at the path. */
  public enum Kind {
    FILE("a file"),
    DIRECTORY("a directory");

    private final String description;

    Kind(String description) {
      this.description = description;
    }

    /** "a file" or "a directory", for messages. */
    public String description() {
      return description;
    }
  }

  public RepoPath {
    Objects.requireNonNull(path, "repository path");
    Objects.requireNonNull(kind, "kind of repository path " + path);
    if (!RELATIVE.matcher(path).matches() || path.equals(".") || path.contains("..")) {
      throw new IllegalArgumentException(
          "repository path '" + path + "' must be relative, without '..' or globs");
    }
  }

  public static RepoPath file(String path) {
    return new RepoPath(path, Kind.FILE);
  }

  public static RepoPath directory(String path) {
    return new RepoPath(path, Kind.DIRECTORY);
  }

  /** A file or directory below this directory. */
  public RepoPath resolve(String child, Kind childKind) {
    if (kind != Kind.DIRECTORY)
      throw new IllegalStateException(path + " is a file, not a directory");
    return new RepoPath(path + "/" + child, childKind);
  }

  /** The path as written in a workflow. */
  @Override
  public String toString() {
    return path;
  }
}
