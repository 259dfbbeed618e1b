package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.step.ActionRef;
import ai.vibevoice.cicd.dsl.step.Step;

/** actions/checkout keeps its credentials on disk though the step does not push. */
public final class CheckoutPersistsCredentials implements Rule {
  @Override
  public String id() {
    return "checkout-persists-credentials";
  }

  @Override
  public String summary() {
    return "actions/checkout keeps its credentials on disk though the step does not push.";
  }

  @Override
  public String appliesTo() {
    return "step";
  }

  public static String message() {
    return "checks out with persisted credentials; set persist-credentials: false (or declare the step pushes)";
  }

  @Override
  public void checkStep(Sight at, Step step, Reporter r) {
    if (!(step.uses() instanceof ActionRef a)
        || !a.name().equals("actions/checkout")
        || step.pushes()) return;
    Text persist = step.with().get("persist-credentials");
    if (persist == null || !persist.render().equals("false")) r.report(at, message());
  }
}
