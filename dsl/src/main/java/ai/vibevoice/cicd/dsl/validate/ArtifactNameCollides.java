package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.expr.Expr;
import ai.vibevoice.cicd.dsl.expr.MatrixRef;
import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.job.MatrixAxis;
import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.step.InputRole;
import ai.vibevoice.cicd.dsl.step.Step;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

@Rejects(
    "An artifact name (an input of role artifact-name) in a matrix job does not use every varying axis, so the legs collide.")
public final class ArtifactNameCollides implements Rule {
  @Override
  public void checkStep(Sight at, Step step, Reporter r) {
    String input =
        step.inputRoles().entrySet().stream()
            .filter(e -> e.getValue() == InputRole.ARTIFACT_NAME)
            .map(Map.Entry::getKey)
            .findFirst()
            .orElse(null);
    if (input == null || !(at.job() instanceof RunJob job) || job.strategy() == null) return;
    List<String> varying =
        job.strategy().axes().stream()
            .filter(ax -> ax.values().size() > 1)
            .map(MatrixAxis::name)
            .toList();
    Text name = step.with().get(input);
    Set<String> used =
        name == null
            ? Set.of()
            : name.parsedExpressions((text, unparsed) -> {}).stream()
                .flatMap(Expr::walk)
                .filter(MatrixRef.class::isInstance)
                .map(e -> ((MatrixRef) e).axis())
                .collect(Collectors.toSet());
    if (!varying.isEmpty() && !used.containsAll(varying)) {
      r.report(at, message(name == null ? "artifact" : name.render(), varying));
    }
  }

  public static String message(String name, List<String> axes) {
    return "uploads artifact '%s' from a matrix job, but the name does not use matrix axes %s, so the legs collide"
        .formatted(name, axes);
  }
}
