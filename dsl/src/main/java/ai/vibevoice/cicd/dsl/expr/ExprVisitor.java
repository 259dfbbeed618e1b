package ai.vibevoice.cicd.dsl.expr;

/**
 * One method per kind of {@link Expr}; Java 17 does not check switch exhaustiveness, a visitor
 * does: the generated {@code ExprDispatch} fails the compile for a kind without its method.
 */
public interface ExprVisitor<R> {
  R visitLiteral(Literal e);

  R visitContext(ContextRef e);

  R visitInput(InputRef e);

  R visitMatrix(MatrixRef e);

  R visitJob(JobRef e);

  R visitStep(StepRef e);

  R visitCall(Call e);

  R visitBinary(Binary e);

  R visitNot(Not e);

  R visitIndex(Index e);

  R visitRaw(RawExpr e);
}
