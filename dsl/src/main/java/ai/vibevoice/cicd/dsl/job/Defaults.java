package ai.vibevoice.cicd.dsl.job;

/** {@code defaults.run}: the shell and working directory of run steps; either may be null. */
public record Defaults(String shell, String workingDirectory) {
  public Defaults {
    if (shell == null && workingDirectory == null) {
      throw new IllegalArgumentException("defaults need a shell or a working-directory");
    }
  }

  /** {@code bash} with GitHub's strict flags ({@code -eo pipefail}), the usual choice. */
  public static Defaults bash() {
    return new Defaults("bash", null);
  }
}
