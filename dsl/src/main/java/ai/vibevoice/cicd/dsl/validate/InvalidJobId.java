package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.job.Job;
import java.util.regex.Pattern;

@Rejects(
    "A job id does not start with a letter or underscore, or has characters besides letters, digits, - and _.")
public final class InvalidJobId implements Rule {
  static final Pattern ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  @Override
  public void checkWorkflow(Sight at, Reporter r) {
    for (Job j : at.workflow().jobs()) {
      if (!ID.matcher(j.id()).matches()) r.report(at.ofJob(j), message(j.id()));
    }
  }

  public static String message(String id) {
    return "job id '%s' must start with a letter or '_' and contain only letters, digits, '-' and '_'"
        .formatted(id);
  }
}
