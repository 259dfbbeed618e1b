package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.permission.Access;
import ai.vibevoice.cicd.dsl.permission.Permissions;
import java.util.stream.Collectors;

@Rejects(
    "The workflow grants a write permission at workflow level instead of on the jobs that need it.")
public final class TopLevelWrite implements Rule {
  @Override
  public void checkWorkflow(Sight at, Reporter r) {
    Permissions top = at.workflow().permissions();
    if (!top.grantsWrite()) return;
    String scopes =
        top.grants().entrySet().stream()
            .filter(e -> e.getValue() == Access.WRITE)
            .map(e -> e.getKey().key())
            .collect(Collectors.joining(", "));
    r.report(at, message(scopes));
  }

  public static String message(String scopes) {
    return "grants write at workflow level (%s); grant it on the jobs that need it"
        .formatted(scopes);
  }
}
