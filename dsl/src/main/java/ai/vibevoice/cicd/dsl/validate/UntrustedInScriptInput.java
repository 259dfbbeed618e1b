package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.expr.Expr;
import ai.vibevoice.cicd.dsl.expr.Untrusted;
import ai.vibevoice.cicd.dsl.step.ActionRef;
import ai.vibevoice.cicd.dsl.step.Step;
import java.util.ArrayList;
import java.util.List;

@Rejects("github-script's script interpolates an expression an outsider can choose.")
public final class UntrustedInScriptInput implements Rule {
  @Override
  public void checkStep(Sight at, Step step, Reporter r) {
    if (!(step.uses() instanceof ActionRef a)
        || !a.name().equals("actions/github-script")
        || !step.with().containsKey("script")) {
      return;
    }
    List<Expr> script = new ArrayList<>();
    for (Object part : step.with().get("script").parts()) {
      if (part instanceof Expr e) script.add(e);
      else if (part instanceof String text && text.contains("${{"))
        script.addAll(Walker.parseEmbedded(text, (t, x) -> {}));
    }
    script.stream().filter(Untrusted::isUntrusted).forEach(e -> r.report(at, message(e.text())));
  }

  public static String message(String expression) {
    return "interpolates ${{ "
        + expression
        + " }}, which an outsider can choose, into github-script's script"
        + " (code injection); pass it through env: and read process.env instead";
  }
}
