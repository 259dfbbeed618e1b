package ai.vibevoice.cicd.dsl.validate;

/** A ${{ }} written into a string or a raw expression does not parse. */
public final class ExpressionDoesNotParse implements Rule {
  @Override
  public String id() {
    return "expression-does-not-parse";
  }

  @Override
  public String summary() {
    return "A ${{ }} written into a string or a raw expression does not parse.";
  }

  @Override
  public String appliesTo() {
    return "expression";
  }

  public static String message(String expression, int position, String detail) {
    return "expression '${{"
        + expression
        + "}}' does not parse at position "
        + position
        + ": "
        + detail;
  }

  @Override
  public void checkUnparsed(Unparsed expression, Sight at, Reporter r) {
    r.report(at, message(expression.text(), expression.position(), expression.detail()));
  }
}
