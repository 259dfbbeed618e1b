package ai.vibevoice.cicd.dsl.expr;

/**
 * A reference into one of GitHub's contexts: a context property, an input, a matrix axis, a step's
 * or a job's result. Its text starts with the context it reads ({@code inputs.image}, {@code
 * steps.meta.outputs.tags}, {@code matrix}), so that is where {@link #readsContext()} reads it.
 */
public sealed interface Ref extends Expr permits ContextRef, InputRef, MatrixRef, StepRef, JobRef {
  @Override
  default String readsContext() {
    String text = text();
    int dot = text.indexOf('.');
    return dot < 0 ? text : text.substring(0, dot);
  }
}
