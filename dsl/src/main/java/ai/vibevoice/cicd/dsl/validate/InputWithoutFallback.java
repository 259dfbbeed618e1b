package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.expr.Expr;
import ai.vibevoice.cicd.dsl.expr.InputRef;
import ai.vibevoice.cicd.dsl.trigger.Trigger;
import ai.vibevoice.cicd.dsl.trigger.WorkflowCall;
import ai.vibevoice.cicd.dsl.trigger.WorkflowDispatch;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@Rejects(
    "An expression reads a workflow_dispatch input without a fallback in a workflow that also runs on events that set no inputs.")
public final class InputWithoutFallback implements Rule {
  @Override
  public void checkExpression(Expr node, Sight at, Reporter r) {
    if (node instanceof InputRef ref
        && at.canRead(node)
        && at.inputs().contains(ref.name())
        && dispatchOnly(at.workflow()).contains(ref.name())
        && !at.guarded(node)) {
      r.report(at, message(ref.text(), otherEvents(at.workflow())));
    }
  }

  /** Events besides workflow_dispatch and workflow_call, on which dispatch inputs are empty. */
  private static List<String> otherEvents(Workflow w) {
    return w.triggers().stream()
        .map(Trigger::event)
        .filter(e -> !e.equals("workflow_dispatch") && !e.equals("workflow_call"))
        .toList();
  }

  /** Inputs only workflow_dispatch sets, in a workflow that also runs on events without inputs. */
  private static Set<String> dispatchOnly(Workflow w) {
    if (otherEvents(w).isEmpty()) return Set.of();
    Set<String> names = new HashSet<>();
    w.trigger(WorkflowDispatch.class).ifPresent(d -> d.inputs().forEach(i -> names.add(i.name())));
    WorkflowCall call = w.workflowCall();
    if (call != null) call.inputs().forEach(i -> names.remove(i.name()));
    return names;
  }

  public static String message(String ref, List<String> events) {
    return "%s is empty on %s (only workflow_dispatch sets it): read it with orDefault(), which falls back to the declared default"
        .formatted(ref, String.join(", ", events));
  }
}
