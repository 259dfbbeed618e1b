package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.trigger.Trigger;

@Rejects("An event is declared twice in the workflow's triggers.")
public final class DuplicateTrigger implements Rule {
  @Override
  public void checkWorkflow(Sight at, Reporter r) {
    for (Trigger t : Repeats.of(at.workflow().triggers(), Trigger::event)) {
      r.report(at, message(t.event()));
    }
  }

  public static String message(String event) {
    return "trigger %s is declared twice".formatted(event);
  }
}
