package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.step.Step;

@Rejects("A line of a multi-line run script ends in white space.")
public final class TrailingWhitespace implements Rule {
  @Override
  public void checkStep(Sight at, Step step, Reporter r) {
    if (step.run() == null) return;
    String[] lines = step.run().split("\n", -1);
    if (lines.length < 2) return;
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      if (!l.isEmpty() && (l.endsWith(" ") || l.endsWith("\t"))) r.report(at, message(i + 1));
    }
  }

  public static String message(int line) {
    return "run script line %s ends in white space, which would force the script out of its literal block"
        .formatted(line);
  }
}
