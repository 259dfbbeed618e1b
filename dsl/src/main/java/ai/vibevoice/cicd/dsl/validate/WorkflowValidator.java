package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a set of workflows before anything is written and reports every problem at once, each
 * naming file, job and step: it runs every rule of {@link Rules#all()}. Structural rules come from
 * GitHub's workflow syntax; the security rules from zizmor and OpenSSF Scorecard (see CICD.md).
 */
public final class WorkflowValidator {
  private WorkflowValidator() {}

  /** Every problem of the set, empty when it may be written. */
  public static List<Problem> validate(List<Workflow> workflows) {
    List<Problem> problems = new ArrayList<>();
    new Walker(Rules.all(), (at, message) -> problems.add(Problem.at(at, message)))
        .walk(List.copyOf(workflows));
    return List.copyOf(problems);
  }

  /** Throws one exception listing every problem, if there is any. */
  public static void check(List<Workflow> workflows) {
    List<Problem> found = validate(workflows);
    if (!found.isEmpty()) throw new ValidationException(found);
  }
}
