package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.step.ActionRef;
import ai.vibevoice.cicd.dsl.step.Step;

@Rejects("actions/checkout keeps its credentials on disk though the step does not push.")
public final class CheckoutPersistsCredentials implements Rule {
  @Override
  public void checkStep(Sight at, Step step, Reporter r) {
    if (!(step.uses() instanceof ActionRef a)
        || !a.name().equals("actions/checkout")
        || step.pushes()) return;
    Text persist = step.with().get("persist-credentials");
    if (persist == null || !persist.render().equals("false")) r.report(at, message());
  }

  public static String message() {
    return "checks out with persisted credentials; set persist-credentials: false (or declare the step pushes)";
  }
}
