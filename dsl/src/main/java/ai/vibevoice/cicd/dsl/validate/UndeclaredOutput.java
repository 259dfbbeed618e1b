package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.expr.Expr;
import ai.vibevoice.cicd.dsl.expr.JobRef;
import ai.vibevoice.cicd.dsl.expr.StepRef;
import ai.vibevoice.cicd.dsl.job.Job;
import ai.vibevoice.cicd.dsl.step.Step;
import java.util.List;

@Rejects("An expression reads an output that the needed job or earlier step does not declare.")
public final class UndeclaredOutput implements Rule {
  @Override
  public void checkExpression(Expr node, Sight at, Reporter r) {
    if (!at.canRead(node)) return;
    if (node instanceof JobRef ref
        && ref.context() == JobRef.Context.NEEDS
        && !ref.isResult()
        && at.needs().contains(ref.jobId())) {
      Job target = at.jobs().get(ref.jobId());
      if (target != null && !target.outputNames().contains(ref.output())) {
        r.report(at, message(ref.text(), "job " + ref.jobId(), target.outputNames()));
      }
    }
    if (node instanceof StepRef ref && ref.property() == StepRef.Property.OUTPUT) {
      Step target = at.steps().get(ref.stepId());
      if (target != null && !target.outputs().contains(ref.output())) {
        r.report(at, message(ref.text(), "step " + ref.stepId(), target.outputs()));
      }
    }
  }

  /** {@code producer}: {@code job <id>} or {@code step <id>}. */
  public static String message(String ref, String producer, List<String> declared) {
    return "reads ${{ %s }}, but %s declares no such output (declared: %s)"
        .formatted(ref, producer, declared);
  }
}
