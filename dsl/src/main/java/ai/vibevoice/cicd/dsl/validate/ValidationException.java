package ai.vibevoice.cicd.dsl.validate;

import java.util.List;
import java.util.stream.Collectors;

/** Every problem found, thrown before anything is written. */
public final class ValidationException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<Problem> problems;

  public ValidationException(List<Problem> problems) {
    super(
        problems.size()
            + " problem(s) in the workflows:\n"
            + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
