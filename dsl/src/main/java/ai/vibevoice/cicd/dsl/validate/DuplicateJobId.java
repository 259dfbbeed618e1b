package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.job.Job;

@Rejects("Two jobs of the workflow have the same id.")
public final class DuplicateJobId implements Rule {
  @Override
  public void checkWorkflow(Sight at, Reporter r) {
    for (Job j : Repeats.of(at.workflow().jobs(), Job::id)) r.report(at.ofJob(j), message(j.id()));
  }

  public static String message(String id) {
    return "job id '%s' is used by more than one job".formatted(id);
  }
}
