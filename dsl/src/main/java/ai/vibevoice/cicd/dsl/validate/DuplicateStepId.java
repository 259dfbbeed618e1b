package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.step.Step;
import java.util.HashSet;
import java.util.Set;

@Rejects("Two steps of a job have the same id.")
public final class DuplicateStepId implements Rule {
  @Override
  public void checkJob(Sight at, Reporter r) {
    if (!(at.job() instanceof RunJob job)) return;
    Set<String> seen = new HashSet<>();
    for (Step s : job.steps()) {
      if (s.id() != null && !seen.add(s.id())) r.report(at.atStep(s.label()), message(s.id()));
    }
  }

  public static String message(String id) {
    return "step id '%s' is used by more than one step of the job".formatted(id);
  }
}
