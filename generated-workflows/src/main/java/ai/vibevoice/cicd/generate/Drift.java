package ai.vibevoice.cicd.generate;

import ai.vibevoice.cicd.dsl.action.codegen.BindingGenerator;
import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Compares the generated files with the tree: what changed, what is new, what is stale. */
public final class Drift {
  private Drift() {}

  /** One difference between the Java and the committed files. */
  public record Change(Kind kind, String path, String expected, String actual) {
    public enum Kind {
      /** The file is generated but missing on disk. */
      MISSING,
      /** The file on disk differs from what the Java generates. */
      CHANGED,
      /** A generated file that no pipeline produces any more. */
      STALE,
      /** A workflow no pipeline generates and nobody listed as hand-maintained. */
      UNKNOWN
    }

    /** A unified diff from the file on disk to the generated text, for people and CI logs. */
    public String diff() {
      List<String> from = lines(actual);
      List<String> to = lines(expected);
      List<String> out =
          UnifiedDiffUtils.generateUnifiedDiff(
              "a/" + path, "b/" + path, from, DiffUtils.diff(from, to), 3);
      StringBuilder sb = new StringBuilder(String.join("\n", out)).append('\n');
      if (actual != null && expected != null && out.isEmpty()) {
        sb.append("(the files differ only in line endings or the final newline)\n");
      }
      return sb.toString();
    }

    /** One line for the summary. */
    public String summary() {
      return switch (kind) {
        case MISSING -> "missing  " + path;
        case CHANGED -> "changed  " + path;
        case STALE -> "stale    " + path + " (generated, but no pipeline produces it any more)";
        case UNKNOWN -> "unknown  " + path + " (not generated and not listed as hand-maintained)";
      };
    }
  }

  /**
   * Lines with visible markers for what a plain diff would hide: CR and a missing final newline.
   */
  static List<String> lines(String text) {
    if (text == null) return List.of();
    List<String> l = new ArrayList<>(Arrays.asList(text.replace("\r", "\\r").split("\n", -1)));
    if (!l.isEmpty() && l.get(l.size() - 1).isEmpty()) {
      l.remove(l.size() - 1);
    } else if (!l.isEmpty()) {
      l.set(l.size() - 1, l.get(l.size() - 1) + "\\ no newline at end of file");
    }
    return l;
  }

  /** Every difference between {@code files} and the tree at {@code root}. */
  public static List<Change> compute(
      Path root, List<GeneratedFile> files, List<String> handMaintained) throws IOException {
    List<Change> changes = new ArrayList<>();
    List<String> generated = new ArrayList<>();
    for (GeneratedFile f : files) {
      generated.add(f.path());
      Path p = root.resolve(f.path());
      if (!Files.exists(p)) {
        changes.add(new Change(Change.Kind.MISSING, f.path(), f.content(), null));
      } else {
        String actual = Files.readString(p, StandardCharsets.UTF_8);
        if (!actual.equals(f.content()))
          changes.add(new Change(Change.Kind.CHANGED, f.path(), f.content(), actual));
      }
    }
    Path dir = root.resolve(GeneratedFiles.WORKFLOWS_DIR);
    if (Files.isDirectory(dir)) {
      try (Stream<Path> s = Files.list(dir)) {
        for (Path p : s.sorted().toList()) {
          String name = p.getFileName().toString();
          String rel = GeneratedFiles.WORKFLOWS_DIR + "/" + name;
          if (!(name.endsWith(".yml") || name.endsWith(".yaml")) || generated.contains(rel))
            continue;
          String text = Files.readString(p, StandardCharsets.UTF_8);
          if (Header.isGeneratedYaml(text)) {
            changes.add(new Change(Change.Kind.STALE, rel, null, text));
          } else if (!handMaintained.contains(rel)) {
            changes.add(new Change(Change.Kind.UNKNOWN, rel, null, text));
          }
        }
      }
    }
    stale(root, GeneratedFiles.DATA_DIR, generated, Header::isGeneratedYaml, changes);
    stale(
        root,
        BindingGenerator.SOURCE_DIR,
        generated,
        text -> text.startsWith("// " + Header.MARKER),
        changes);
    return changes;
  }

  /** Files in {@code dir} that carry the generated header but that nothing generates any more. */
  private static void stale(
      Path root,
      String dir,
      List<String> generated,
      Predicate<String> isGenerated,
      List<Change> changes)
      throws IOException {
    Path path = root.resolve(dir);
    if (!Files.isDirectory(path)) return;
    try (Stream<Path> s = Files.list(path)) {
      for (Path p : s.sorted().toList()) {
        String rel = dir + "/" + p.getFileName();
        if (generated.contains(rel) || !Files.isRegularFile(p)) continue;
        String text = Files.readString(p, StandardCharsets.UTF_8);
        if (isGenerated.test(text)) changes.add(new Change(Change.Kind.STALE, rel, null, text));
      }
    }
  }
}
