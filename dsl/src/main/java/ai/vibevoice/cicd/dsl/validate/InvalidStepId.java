package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.step.Step;

@Rejects(
    "A step id does not start with a letter or underscore, or has characters besides letters, digits, - and _.")
public final class InvalidStepId implements Rule {
  @Override
  public void checkRunJob(Sight at, RunJob job, Reporter r) {
    for (Step s : job.steps()) {
      if (s.id() != null && !InvalidJobId.ID.matcher(s.id()).matches())
        r.report(at.atStep(s.label()), message(s.id()));
    }
  }

  public static String message(String id) {
    return "step id '%s' must start with a letter or '_' and contain only letters, digits, '-' and '_'"
        .formatted(id);
  }
}
