package ai.vibevoice.cicd.generate;

import ai.vibevoice.cicd.dsl.manifest.ActionManifest;
import ai.vibevoice.cicd.dsl.render.WorkflowRenderer;
import ai.vibevoice.cicd.dsl.step.InputRole;
import ai.vibevoice.cicd.dsl.util.MarkdownTable;
import ai.vibevoice.cicd.dsl.validate.Rule;
import ai.vibevoice.cicd.dsl.validate.Rules;
import ai.vibevoice.cicd.dsl.validate.WorkflowValidator;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import ai.vibevoice.cicd.guide.GuideExample;
import ai.vibevoice.cicd.guide.GuideExamples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the examples of docs/dsl-guide.md: between {@code <!-- example: NAME -->} and {@code <!--
 * end example -->} it writes the Java snippet (the {@code // tag::NAME[]} region of the example's
 * source, in {@link ai.vibevoice.cicd.guide}) and the YAML that code renders. The examples compile
 * with the generator and are validated like the pipelines, so a broken or stale example fails the
 * build.
 */
public final class Guide {
  private Guide() {}

  public static final String PATH = "docs/dsl-guide.md";

  /**
   * Documents whose example markers the generator fills: the guide and the README's before/after.
   */
  public static final List<String> DOCUMENTS = List.of(PATH, "README.md");

  /** Where the example sources live, from the repository root. */
  static final String SOURCES = "generated-workflows/src/main/java/";

  static final Pattern MARKER =
      Pattern.compile(
          "(<!-- example: ([a-z0-9-]+) -->\\n)(.*?)(<!-- end example -->)", Pattern.DOTALL);

  /** The region the generator fills with the table of every binding. */
  static final Pattern BINDINGS =
      Pattern.compile("(<!-- bindings -->\\n)(.*?)(<!-- end bindings -->)", Pattern.DOTALL);

  /** The generated table of every validation rule. */
  static final Pattern RULES =
      Pattern.compile("(<!-- rules -->\\n)(.*?)(<!-- end rules -->)", Pattern.DOTALL);

  /** The generated table of every input role and the manifest inputs that have it. */
  static final Pattern ROLES =
      Pattern.compile("(<!-- roles -->\\n)(.*?)(<!-- end roles -->)", Pattern.DOTALL);

  /** A guide that names an unknown example, or an example whose source has no tagged region. */
  public static final class GuideException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    GuideException(String message) {
      super(message);
    }
  }

  /**
   * Every document with example markers, filled; documents the repository does not have are
   * skipped.
   */
  static List<GeneratedFile> renderAll(Path root, Map<String, ActionManifest> manifests)
      throws IOException {
    List<GeneratedFile> files = new ArrayList<>();
    Map<String, GuideExample> examples = null;
    for (String doc : DOCUMENTS) {
      if (Files.exists(root.resolve(doc))) {
        if (examples == null) {
          examples = examples(manifests);
        }
        files.add(render(root, doc, examples, manifests));
      }
    }
    return files;
  }

  private static GeneratedFile render(
      Path root,
      String doc,
      Map<String, GuideExample> examples,
      Map<String, ActionManifest> manifests)
      throws IOException {
    String text = Files.readString(root.resolve(doc));
    text = fill(text, BINDINGS, bindingsTable(manifests));
    text = fill(text, RULES, rulesTable());
    text = fill(text, ROLES, rolesTable(manifests));
    Matcher m = MARKER.matcher(text);
    StringBuilder out = new StringBuilder();
    List<String> problems = new ArrayList<>();
    while (m.find()) {
      String name = m.group(2);
      GuideExample example = examples.get(name);
      String body;
      if (example == null) {
        problems.add(
            doc
                + ": example '"
                + name
                + "' does not exist (known: "
                + String.join(", ", examples.keySet())
                + ")");
        body = m.group(3);
      } else {
        body = block(root, example, problems);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + body + m.group(4)));
    }
    m.appendTail(out);
    if (!problems.isEmpty()) {
      throw new GuideException(String.join("\n", problems));
    }
    return new GeneratedFile(doc, out.toString(), GuideExamples.class.getName());
  }

  /** {@code text} with the region {@code region} marks (if any) holding {@code table}. */
  private static String fill(String text, Pattern region, String table) {
    Matcher m = region.matcher(text);
    if (!m.find()) return text;
    return text.substring(0, m.start()) + m.group(1) + table + m.group(3) + text.substring(m.end());
  }

  /** Every input role: what it means, what reads it, and the manifest inputs that have it. */
  static String rolesTable(Map<String, ActionManifest> manifests) {
    StringBuilder t =
        new StringBuilder(MarkdownTable.header("role", "meaning", "read by", "inputs"));
    for (InputRole role : InputRole.values()) {
      List<String> inputs = new ArrayList<>();
      for (ActionManifest m : manifests.values()) {
        m.inputs()
            .forEach(
                (name, in) -> {
                  if (in.role() == role) inputs.add("`" + m.name() + "` `" + name + "`");
                });
      }
      t.append(
          MarkdownTable.row(
              "`" + role.key() + "`",
              role.meaning(),
              role.readBy(),
              inputs.isEmpty() ? "(none)" : String.join(", ", inputs)));
    }
    return t.toString();
  }

  /**
   * Every validation rule of {@link Rules#all()}, in registry order: its id, what it rejects and
   * where.
   */
  static String rulesTable() {
    StringBuilder t = new StringBuilder(MarkdownTable.header("rule", "rejects", "applies to"));
    for (Rule r : Rules.all()) {
      t.append(
          MarkdownTable.row(
              "`" + r.id() + "`", MarkdownTable.cell(r.summary()), r.appliesTo().toString()));
    }
    return t.toString();
  }

  /**
   * Every binding: class, action, pinned version, and its inputs by type (the typed ones named; how
   * many are strings, and of those how many of unknown type).
   */
  static String bindingsTable(Map<String, ActionManifest> manifests) {
    StringBuilder t =
        new StringBuilder(
            MarkdownTable.header(
                "class", "action", "version", "typed inputs", "strings (unknown type)"));
    for (ActionManifest m : manifests.values()) {
      List<String> typed = new ArrayList<>();
      int strings = 0;
      int unknown = 0;
      for (Map.Entry<String, ActionManifest.Input> e : m.inputs().entrySet()) {
        ActionManifest.InputType type = e.getValue().type();
        if (type.kind() == ActionManifest.TypeKind.STRING) {
          strings++;
          if ("unknown".equals(type.source())) unknown++;
        } else {
          typed.add(
              "`"
                  + e.getKey()
                  + "` "
                  + (type.kind() == ActionManifest.TypeKind.LIST
                      ? "list of " + type.item().key()
                      : type.kind().key())
                  + (e.getValue().required() ? " (required)" : ""));
        }
      }
      t.append(
          MarkdownTable.row(
              "`" + m.className() + "`",
              "`" + m.name() + "`",
              m.version(),
              typed.isEmpty() ? "none" : String.join(", ", typed),
              strings + " (" + unknown + ")"));
    }
    return t.toString();
  }

  private static String block(Path root, GuideExample example, List<String> problems)
      throws IOException {
    String yaml = WorkflowRenderer.render(example.workflow(), List.of());
    if (example.showFrom() != null) {
      int at = yaml.indexOf("\n" + example.showFrom() + ":");
      if (at < 0) {
        problems.add(
            "example "
                + example.name()
                + ": its YAML has no top-level key '"
                + example.showFrom()
                + "'");
      } else {
        yaml = yaml.substring(at + 1);
      }
    }
    return "```java\n"
        + snippet(root, example, problems)
        + "```\n\nrenders (generated):\n\n```yaml\n"
        + yaml
        + "```\n";
  }

  static String snippet(Path root, GuideExample example, List<String> problems) throws IOException {
    String file = SOURCES + example.source().getName().replace('.', '/') + ".java";
    List<String> lines = Files.readAllLines(root.resolve(file));
    int start = -1;
    int end = -1;
    for (int i = 0; i < lines.size(); i++) {
      String t = lines.get(i).trim();
      if (t.equals("// tag::" + example.name() + "[]")) start = i + 1;
      if (t.equals("// end::" + example.name() + "[]")) end = i;
    }
    if (start < 0 || end < start) {
      problems.add(
          file
              + ": no region // tag::"
              + example.name()
              + "[] ... // end::"
              + example.name()
              + "[]");
      return "";
    }
    List<String> region = lines.subList(start, end);
    int indent =
        region.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    StringBuilder s = new StringBuilder();
    region.forEach(l -> s.append(l.isBlank() ? "" : l.substring(indent)).append('\n'));
    return s.toString();
  }

  /** The examples, pinned like the pipelines and validated together. */
  static Map<String, GuideExample> examples(Map<String, ActionManifest> manifests) {
    List<GuideExample> list = GuideExamples.all();
    Map<String, GuideExample> byName = new LinkedHashMap<>();
    List<Workflow> workflows = new ArrayList<>();
    for (GuideExample e : list) {
      GuideExample pinned =
          new GuideExample(
              e.name(), e.source(), Pins.pinned(e.workflow(), manifests), e.showFrom());
      if (byName.put(e.name(), pinned) != null) {
        throw new GuideException("two guide examples are named '" + e.name() + "'");
      }
      workflows.add(pinned.workflow());
    }
    WorkflowValidator.check(workflows);
    return byName;
  }
}
