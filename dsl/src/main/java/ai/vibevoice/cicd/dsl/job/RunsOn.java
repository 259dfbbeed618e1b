package ai.vibevoice.cicd.dsl.job;

import ai.vibevoice.cicd.dsl.expr.Expr;
import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.util.Ordered;
import java.util.List;

/**
 * {@code runs-on:}: runner labels (each may be an expression), or a runner group with optional
 * labels. Custom labels must also be declared for actionlint in {@code .github/actionlint.yaml}.
 */
public record RunsOn(List<Text> labels, String group) {
  public RunsOn {
    labels = Ordered.copyOf(labels, "runs-on labels");
    if (labels.isEmpty() && group == null)
      throw new IllegalArgumentException("runs-on needs a label or a group");
  }

  public static RunsOn label(String label) {
    return new RunsOn(List.of(Text.of(label)), null);
  }

  /** A label chosen at run time (a matrix value, a repository variable). */
  public static RunsOn expr(Expr label) {
    return new RunsOn(List.of(Text.of(label)), null);
  }

  public static RunsOn group(String group) {
    return new RunsOn(List.of(), group);
  }
}
