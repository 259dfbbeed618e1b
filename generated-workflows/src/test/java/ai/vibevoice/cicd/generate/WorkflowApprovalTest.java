package ai.vibevoice.cicd.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.approvaltests.Approvals;
import org.approvaltests.core.ApprovalWriter;
import org.approvaltests.core.Options;
import org.approvaltests.core.VerifyResult;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The drift guard: every generated file must equal, byte for byte, the committed one, and no
 * workflow may sit under {@code .github/workflows} that nothing generates (unless hand-maintained).
 */
class WorkflowApprovalTest {
  private static final Path ROOT = RepoRoot.PATH;

  @TestFactory
  Stream<DynamicTest> every_generated_file_equals_the_committed_one() throws IOException {
    return GeneratedFiles.all(ROOT).stream()
        .map(f -> DynamicTest.dynamicTest(f.path(), () -> verify(f)));
  }

  @Test
  void no_workflow_is_stale_or_unknown() throws IOException {
    List<String> extra =
        Drift.compute(ROOT, GeneratedFiles.all(ROOT), GeneratedFiles.handMaintained()).stream()
            .filter(
                c -> c.kind() == Drift.Change.Kind.STALE || c.kind() == Drift.Change.Kind.UNKNOWN)
            .map(Drift.Change::summary)
            .toList();
    assertEquals(
        List.of(),
        extra,
        "run `"
            + Header.COMMAND
            + "`; list hand-written workflows in Pipelines.handMaintainedWorkflows()");
  }

  private static void verify(GeneratedFile f) {
    Path committed = ROOT.resolve(f.path());
    if (!Files.exists(committed)) {
      fail(
          f.path() + " is generated but not committed; run `" + Header.COMMAND + "` and commit it");
    }
    Options options =
        new Options()
            .withComparator(WorkflowApprovalTest::sameBytes)
            .withReporter((received, approved) -> true);
    try {
      Approvals.verify(
          new ExactWriter(f.content()), new CommittedFileNamer(ROOT, f.path()), options);
    } catch (Throwable e) {
      String actual = read(committed);
      fail(
          "drift in "
              + f.path()
              + " (generated from "
              + f.source()
              + "):\n"
              + new Drift.Change(Drift.Change.Kind.CHANGED, f.path(), f.content(), actual).diff()
              + "run `"
              + Header.COMMAND
              + "` and commit the result.");
    }
  }

  private static VerifyResult sameBytes(File received, File approved) {
    try {
      return VerifyResult.from(
          approved.exists()
              && Arrays.equals(
                  Files.readAllBytes(received.toPath()), Files.readAllBytes(approved.toPath())));
    } catch (IOException e) {
      return VerifyResult.FAILURE;
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  /** Writes the generated text exactly: UTF-8, no line-ending translation. */
  private record ExactWriter(String content) implements ApprovalWriter {
    @Override
    public File writeReceivedFile(File received) {
      try {
        Files.createDirectories(received.toPath().getParent());
        Files.writeString(received.toPath(), content, StandardCharsets.UTF_8);
        return received;
      } catch (IOException e) {
        throw new IllegalStateException("cannot write " + received, e);
      }
    }

    @Override
    public String getFileExtensionWithDot() {
      return ".yml";
    }
  }
}
