package ai.vibevoice.cicd.generate;

import java.io.File;
import java.nio.file.Path;
import org.approvaltests.namer.ApprovalNamer;

/**
 * Names the committed file itself as the approved file, and puts the received file under {@code
 * target/approvals}: never under {@code .github/workflows}, where it would be a live workflow.
 */
final class CommittedFileNamer implements ApprovalNamer {
  private final Path root;
  private final String path;
  private String info = "";

  CommittedFileNamer(Path root, String path) {
    this.root = root;
    this.path = path;
  }

  @Override
  public File getApprovedFile(String extensionWithDot) {
    return root.resolve(path).toFile();
  }

  @Override
  public File getReceivedFile(String extensionWithDot) {
    return root.resolve("generated-workflows/target/approvals")
        .resolve(path.replace('/', '_') + ".received")
        .toFile();
  }

  @Override
  public String getApprovalName() {
    return path;
  }

  @Override
  public String getSourceFilePath() {
    return root.toString();
  }

  @Override
  public ApprovalNamer addAdditionalInformation(String information) {
    info = information;
    return this;
  }

  @Override
  public String getAdditionalInformation() {
    return info;
  }
}
