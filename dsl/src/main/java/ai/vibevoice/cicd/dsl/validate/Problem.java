package ai.vibevoice.cicd.dsl.validate;

import java.util.Objects;

/**
 * One thing wrong with a workflow, located by file, job and step (either may be null). A problem
 * found while a pipeline class was still building its workflow names the class instead of a file.
 */
public record Problem(String file, String job, String step, String message) {
  private static final String SOURCE = "source:";

  public Problem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
  }

  /** A problem a rule reports where {@code at} looks. */
  static Problem at(Sight at, String message) {
    return new Problem(
        at.workflow().fileName(), at.job() == null ? null : at.job().id(), at.step(), message);
  }

  /**
   * A builder of {@code className} refused a value; its message names the job or step it was
   * building.
   */
  public static Problem inSource(String className, String message) {
    return new Problem(SOURCE + className, null, null, message);
  }

  @Override
  public String toString() {
    String where =
        file.startsWith(SOURCE)
            ? file.substring(SOURCE.length()) + " (building its workflow)"
            : ".github/workflows/" + file;
    return where
        + (job == null ? "" : ": job " + job)
        + (step == null ? "" : ": " + step)
        + ": "
        + message;
  }
}
