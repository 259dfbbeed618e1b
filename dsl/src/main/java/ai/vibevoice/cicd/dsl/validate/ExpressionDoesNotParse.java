package ai.vibevoice.cicd.dsl.validate;

@Rejects("A ${{ }} written into a string or a raw expression does not parse.")
public final class ExpressionDoesNotParse implements Rule {
  @Override
  public void checkUnparsed(Unparsed expression, Sight at, Reporter r) {
    r.report(at, message(expression.text(), expression.position(), expression.detail()));
  }

  public static String message(String expression, int position, String detail) {
    return "expression '${{%s}}' does not parse at position %s: %s"
        .formatted(expression, position, detail);
  }
}
