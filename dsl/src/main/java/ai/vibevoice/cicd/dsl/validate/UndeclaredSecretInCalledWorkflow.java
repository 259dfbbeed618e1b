package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.expr.ContextRef;
import ai.vibevoice.cicd.dsl.expr.Expr;
import ai.vibevoice.cicd.dsl.trigger.WorkflowCall;
import java.util.List;

@Rejects("A called workflow reads a secret its workflow_call does not declare.")
public final class UndeclaredSecretInCalledWorkflow implements Rule {
  @Override
  public void checkExpression(Expr node, Sight at, Reporter r) {
    WorkflowCall call = at.workflow().workflowCall();
    if (call == null
        || !(node instanceof ContextRef c)
        || !c.context().equals("secrets")
        || !at.canRead(node)) return;
    String path = c.path();
    if (path.isEmpty()) return;
    String name = path.contains(".") ? path.substring(0, path.indexOf('.')) : path;
    if (!name.equals("GITHUB_TOKEN")
        && call.secrets().stream().noneMatch(s -> s.name().equals(name))) {
      r.report(
          at, message(c.text(), call.secrets().stream().map(WorkflowCall.Secret::name).toList()));
    }
  }

  public static String message(String ref, List<String> declared) {
    return "%s is not a secret this called workflow declares (declared: %s); callers pass only declared secrets, so it is always empty"
        .formatted(ref, declared);
  }
}
