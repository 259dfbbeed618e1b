package ai.vibevoice.cicd.dsl.step;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A published action pinned to a full commit SHA, rendered {@code owner/repo[/path]@<sha> # vX.Y.Z}
 * (the form Dependabot keeps up to date). Normally made by a generated binding from its manifest.
 */
public record ActionRef(String repository, String path, String sha, String version)
    implements Uses {
  private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}");
  private static final Pattern REPO = Pattern.compile("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+");

  public ActionRef {
    Objects.requireNonNull(repository, "action repository");
    Objects.requireNonNull(sha, () -> repository + ": sha");
    Objects.requireNonNull(version, () -> repository + ": version");
    if (!REPO.matcher(repository).matches()) {
      throw new IllegalArgumentException(
          "action repository '" + repository + "' must be owner/name");
    }
    if (!SHA.matcher(sha).matches()) {
      throw new IllegalArgumentException(
          repository
              + ": '"
              + sha
              + "' is not a full 40-hex commit SHA; tags and short SHAs can be moved");
    }
    if (path != null && (path.isBlank() || path.startsWith("/") || path.endsWith("/"))) {
      throw new IllegalArgumentException(repository + ": bad sub-path '" + path + "'");
    }
  }

  /** {@code owner/repo[/path]}: the action's name without the ref. */
  public String name() {
    return path == null ? repository : repository + "/" + path;
  }

  @Override
  public String value() {
    return name() + "@" + sha;
  }

  @Override
  public String comment() {
    return version;
  }
}
