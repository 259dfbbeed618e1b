package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.trigger.Trigger;
import java.util.HashSet;
import java.util.Set;

@Rejects("An event is declared twice in the workflow's triggers.")
public final class DuplicateTrigger implements Rule {
  @Override
  public void checkWorkflow(Sight at, Reporter r) {
    Set<String> events = new HashSet<>();
    for (Trigger t : at.workflow().triggers()) {
      if (!events.add(t.event())) r.report(at, message(t.event()));
    }
  }

  public static String message(String event) {
    return "trigger %s is declared twice".formatted(event);
  }
}
