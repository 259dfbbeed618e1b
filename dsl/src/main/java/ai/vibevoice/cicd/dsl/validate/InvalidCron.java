package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.trigger.Cron;
import ai.vibevoice.cicd.dsl.trigger.Schedule;
import ai.vibevoice.cicd.dsl.trigger.Trigger;

@Rejects("A schedule's cron expression is not one GitHub accepts.")
public final class InvalidCron implements Rule {
  @Override
  public void checkWorkflow(Sight at, Reporter r) {
    for (Trigger t : at.workflow().triggers()) {
      if (t instanceof Schedule s)
        s.crons().forEach(c -> Cron.problems(c).forEach(p -> r.report(at, message(p))));
    }
  }

  public static String message(String detail) {
    return "schedule: %s".formatted(detail);
  }
}
