package ai.vibevoice.cicd.pipelines;

import ai.vibevoice.cicd.dsl.file.DataFile;
import ai.vibevoice.cicd.dsl.workflow.WorkflowSource;
import java.util.List;

/** Every workflow this repository generates, in the order the generated docs list them. */
public final class Pipelines {
  private Pipelines() {}

  /** One source per file under {@code .github/workflows}. */
  public static List<WorkflowSource> all() {
    return List.of(
        new CiTest(),
        new CiBuildPush(),
        new CiSmokeTest(),
        new CiSecurityImages(),
        new CiProvenance(),
        new CiHelmValidate(),
        new CiPerformance(),
        new CiSecurityDeps(),
        new DriftCheck());
  }

  /**
   * Data files the workflows read (Compose overrides, Helm CI values), generated like the
   * workflows.
   */
  public static List<DataFile> dataFiles() {
    return SupportFiles.all();
  }

  /**
   * Workflow files under {@code .github/workflows} that are written by hand and must not fail the
   * drift check. Empty: every workflow here is generated. See CICD.md, "Adopting the generator".
   */
  public static List<String> handMaintainedWorkflows() {
    return List.of();
  }
}
