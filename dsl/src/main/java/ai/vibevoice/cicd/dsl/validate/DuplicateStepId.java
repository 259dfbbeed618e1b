package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.step.Step;

@Rejects("Two steps of a job have the same id.")
public final class DuplicateStepId implements Rule {
  @Override
  public void checkRunJob(Sight at, RunJob job, Reporter r) {
    for (Step s : Repeats.of(job.steps(), Step::id))
      r.report(at.atStep(s.label()), message(s.id()));
  }

  public static String message(String id) {
    return "step id '%s' is used by more than one step of the job".formatted(id);
  }
}
