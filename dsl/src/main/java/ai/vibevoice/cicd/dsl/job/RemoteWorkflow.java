package ai.vibevoice.cicd.dsl.job;

import ai.vibevoice.cicd.dsl.permission.Need;
import ai.vibevoice.cicd.dsl.permission.Permissions;
import ai.vibevoice.cicd.dsl.trigger.WorkflowCall;
import ai.vibevoice.cicd.dsl.util.Ordered;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A published reusable workflow ({@code owner/repo/.github/workflows/x.yml@ref}), described by its
 * manifest: its contract and the permissions it needs. Referenced by tag only where its manifest
 * says the workflow requires it (the SLSA generator verifies its own ref); by SHA otherwise.
 */
public record RemoteWorkflow(
    String path, String ref, String version, WorkflowCall contract, List<Need> needs)
    implements Callee {
  private static final Pattern PATH =
      Pattern.compile(
          "[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+/\\.github/workflows/[A-Za-z0-9_.-]+\\.ya?ml");

  public RemoteWorkflow {
    Objects.requireNonNull(path, "reusable workflow path");
    Objects.requireNonNull(ref, () -> path + ": ref");
    Objects.requireNonNull(contract, () -> path + ": contract");
    needs = Ordered.copyOf(needs, path + ": needs");
    if (!PATH.matcher(path).matches()) {
      throw new IllegalArgumentException(
          "reusable workflow '" + path + "' must be owner/repo/.github/workflows/file.yml");
    }
  }

  @Override
  public String uses() {
    return path + "@" + ref;
  }

  @Override
  public String comment() {
    return ref.equals(version) ? null : version;
  }

  @Override
  public Permissions required() {
    return Need.union(needs);
  }
}
