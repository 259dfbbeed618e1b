package ai.vibevoice.cicd.dsl.validate;

import java.util.regex.Pattern;

@Rejects(
    "The workflow file name is not letters, digits, dots, underscores or dashes ending in .yml or .yaml.")
public final class InvalidFileName implements Rule {
  private static final Pattern FILE = Pattern.compile("[A-Za-z0-9._-]+\\.ya?ml");

  @Override
  public void checkWorkflow(Sight at, Reporter r) {
    String file = at.workflow().fileName();
    if (!FILE.matcher(file).matches()) r.report(at, message(file));
  }

  public static String message(String file) {
    return "file name '%s' must be letters, digits, '.', '_' or '-' ending in .yml or .yaml"
        .formatted(file);
  }
}
