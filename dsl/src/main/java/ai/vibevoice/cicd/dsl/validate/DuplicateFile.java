package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.workflow.Workflow;

@Rejects("Two workflows of the set are generated into the same file.")
public final class DuplicateFile implements Rule {
  @Override
  public void checkWorkflow(Sight at, Reporter r) {
    Workflow w = at.workflow();
    for (Workflow other : at.workflows()) {
      if (other == w) break;
      if (other.fileName().equals(w.fileName())) {
        r.report(at, message(w.fileName()));
        return;
      }
    }
  }

  public static String message(String file) {
    return "two workflows are generated into %s".formatted(file);
  }
}
