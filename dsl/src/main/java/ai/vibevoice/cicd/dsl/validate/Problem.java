package ai.vibevoice.cicd.dsl.validate;

import java.util.Objects;

/** One thing wrong with a workflow, located by file, job and step (either may be null). */
public record Problem(String file, String job, String step, String message) {
  public Problem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return ".github/workflows/" + file
        + (job == null ? "" : ": job " + job)
        + (step == null ? "" : ": " + step)
        + ": " + message;
  }
}
