package ai.vibevoice.cicd.dsl.expr;

import java.util.stream.Collectors;

/**
 * Prints an expression as GitHub reads it, the inverse of {@link ExprParser}: operands are
 * parenthesised only where reading them back would give another tree. {@link Expr#text()} uses it.
 */
final class Printer implements ExprVisitor<String> {
  static final Printer INSTANCE = new Printer();

  private Printer() {}

  @Override
  public String visitLiteral(Literal e) {
    if (e.value() == null) return "null";
    if (e.value() instanceof String s) return "'" + s.replace("'", "''") + "'";
    return e.value().toString();
  }

  @Override
  public String visitContext(ContextRef e) {
    return e.path().isEmpty() ? e.context() : e.context() + "." + e.path();
  }

  @Override
  public String visitInput(InputRef e) {
    return "inputs." + e.name();
  }

  @Override
  public String visitMatrix(MatrixRef e) {
    return "matrix." + e.axis();
  }

  @Override
  public String visitJob(JobRef e) {
    return e.context().key()
        + "."
        + e.jobId()
        + (e.isResult() ? ".result" : ".outputs." + e.output());
  }

  @Override
  public String visitStep(StepRef e) {
    return switch (e.property()) {
      case OUTPUT -> "steps." + e.stepId() + ".outputs." + e.output();
      case OUTCOME -> "steps." + e.stepId() + ".outcome";
      case CONCLUSION -> "steps." + e.stepId() + ".conclusion";
    };
  }

  @Override
  public String visitCall(Call e) {
    return e.function()
        + "("
        + e.args().stream().map(Expr::text).collect(Collectors.joining(", "))
        + ")";
  }

  @Override
  public String visitBinary(Binary e) {
    return operand(e, e.left(), true) + " " + e.op().symbol() + " " + operand(e, e.right(), false);
  }

  /**
   * Operands print bare only where reading them back gives the same tree: a tighter operator, or
   * the left operand of a chain of the same {@code &&} or {@code ||} (operators read left to
   * right).
   */
  private static String operand(Binary parent, Expr e, boolean leftSide) {
    if (e instanceof Binary b) {
      Binary.Op op = parent.op();
      boolean associativeChain =
          leftSide && b.op() == op && (op == Binary.Op.AND || op == Binary.Op.OR);
      if (b.precedence() < parent.precedence()
          || (b.precedence() == parent.precedence() && !associativeChain)) {
        return "(" + b.text() + ")";
      }
    }
    return e.text();
  }

  @Override
  public String visitNot(Not e) {
    Expr operand = e.operand();
    return operand instanceof Binary ? "!(" + operand.text() + ")" : "!" + operand.text();
  }

  @Override
  public String visitIndex(Index e) {
    Expr target = e.target();
    String t =
        target instanceof Binary || target instanceof Not
            ? "(" + target.text() + ")"
            : target.text();
    return t + "[" + e.key().text() + "]";
  }

  @Override
  public String visitRaw(RawExpr e) {
    return e.text();
  }
}
