package ai.vibevoice.cicd.dsl.validate;

@Rejects("A job's name has ${{ }} typed into a string, which nothing checks.")
public final class ExpressionInName implements Rule {
  @Override
  public void checkJob(Sight at, Reporter r) {
    if (at.job().name() == null) return;
    if (at.job().name().parts().stream()
        .anyMatch(p -> p instanceof String s && s.contains("${{"))) {
      r.report(at, message());
    }
  }

  public static String message() {
    return "the name has ${{ }} typed into a string, which nothing checks; build it with Text.of(\"...\", expr)";
  }
}
