package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.job.Job;
import java.util.HashSet;
import java.util.Set;

@Rejects("Two jobs of the workflow have the same id.")
public final class DuplicateJobId implements Rule {
  @Override
  public void checkWorkflow(Sight at, Reporter r) {
    Set<String> seen = new HashSet<>();
    for (Job j : at.workflow().jobs()) {
      if (!seen.add(j.id())) r.report(at.ofJob(j), message(j.id()));
    }
  }

  public static String message(String id) {
    return "job id '%s' is used by more than one job".formatted(id);
  }
}
