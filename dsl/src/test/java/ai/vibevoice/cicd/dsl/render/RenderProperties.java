package ai.vibevoice.cicd.dsl.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import ai.vibevoice.cicd.dsl.expr.Contexts;
import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.job.Job;
import ai.vibevoice.cicd.dsl.job.MatrixAxis;
import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.job.Strategy;
import ai.vibevoice.cicd.dsl.step.Step;
import ai.vibevoice.cicd.dsl.trigger.Push;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;

/**
 * Rendering then parsing gives back the model's content, byte-stably, whatever the strings hold.
 */
class RenderProperties {
  private static final Pattern SAME_IN_1_1_AND_1_2 =
      Pattern.compile("true|false|-?(0|[1-9][0-9]*)");

  /** Strings that break naive YAML writers. */
  static Gen<String> nasty() {
    List<String> words = new ArrayList<>(WorkflowRendererTest.YAML_1_1_NON_STRINGS);
    words.addAll(
        List.of(
            "a: b",
            "# not a comment",
            "'quoted'",
            "\"double\"",
            "${{ not an expression",
            " leading",
            "trailing ",
            "- dash",
            "? q",
            "[flow]",
            "{flow}",
            "*alias",
            "&anchor",
            "!tag",
            "%directive",
            "@at",
            "`tick`",
            "ünïcødé ✓",
            "tab\there",
            "a\\b",
            "|",
            ">",
            ","));
    Gen<String> specials = arbitrary().pick(words);
    List<Character> chars = new ArrayList<>();
    for (char c = ' '; c <= '~'; c++) chars.add(c);
    for (char c : "äé✓\t".toCharArray()) chars.add(c);
    Gen<Character> printable = arbitrary().pick(chars);
    Gen<String> random =
        in -> {
          int length = integers().between(0, 20).generate(in);
          StringBuilder s = new StringBuilder(length);
          for (int i = 0; i < length; i++) s.append(printable.generate(in));
          return s.toString();
        };
    return Generate.oneOf(specials, random, specials.zip(random, (a, b) -> a + b));
  }

  /**
   * Multi-line scripts: any lines, no trailing white space (validation rejects it). A blank script
   * becomes {@code true} rather than a discarded example: QuickTheories tries the simplest (empty)
   * strings first and gives up when too many of them are discarded.
   */
  static Gen<String> script() {
    return lists()
        .of(nasty().map(s -> s.replaceAll("[ \t]+$", "")))
        .ofSizeBetween(1, 5)
        .map(lines -> String.join("\n", lines))
        .map(s -> s.isBlank() ? "true" : s)
        .assuming(s -> !s.contains("${{"));
  }

  static Gen<Workflow> workflows() {
    Gen<Map<String, String>> env =
        lists()
            .of(
                strings()
                    .betweenCodePoints('A', 'Z')
                    .ofLengthBetween(1, 8)
                    .zip(nasty(), Map::entry))
            .ofSizeBetween(0, 4)
            .map(
                es -> {
                  Map<String, String> m = new LinkedHashMap<>();
                  es.forEach(e -> m.putIfAbsent(e.getKey(), e.getValue()));
                  return m;
                });
    Gen<List<String>> axis =
        lists().of(nasty()).ofSizeBetween(1, 3).map(values -> values.stream().distinct().toList());
    return nasty()
        .zip(
            env,
            lists().of(script()).ofSizeBetween(1, 3),
            nasty(),
            axis,
            (name, vars, scripts, stepName, values) -> {
              RunJob.Builder job =
                  Job.builder("job")
                      .runsOn("ubuntu-24.04")
                      .timeoutMinutes(5)
                      .strategy(
                          Strategy.builder()
                              .axis(new MatrixAxis("axis", new ArrayList<>(values)))
                              .build());
              vars.forEach(job::env);
              for (String s : scripts)
                job.step(Step.run(s).name(stepName).env("REF", Contexts.vars("X")).build());
              Workflow.Builder w =
                  Workflow.builder("p.yml", name.isEmpty() ? "n" : name)
                      .on(Push.any())
                      .job(job.build());
              vars.forEach(w::env);
              return w.build();
            })
        .describedAs(RenderProperties::describe);
  }

  /** A counterexample as the strings that went into it, quoted and escaped so white space shows. */
  static String describe(Workflow w) {
    RunJob job = (RunJob) w.jobs().get(0);
    StringBuilder s =
        new StringBuilder("name ")
            .append(quoted(w.name()))
            .append(", env ")
            .append(quoted(stringMap(w.env())))
            .append(", axis ")
            .append(quoted(job.strategy().axes().get(0).values()));
    job.steps()
        .forEach(
            step ->
                s.append(", step ")
                    .append(quoted(step.name()))
                    .append(" runs ")
                    .append(quoted(step.run())));
    return s.toString();
  }

  private static String quoted(Object o) {
    if (o instanceof Map<?, ?> m) {
      StringBuilder s = new StringBuilder("{");
      m.forEach(
          (k, v) ->
              s.append(s.length() > 1 ? ", " : "")
                  .append(quoted(k))
                  .append(": ")
                  .append(quoted(v)));
      return s.append('}').toString();
    }
    if (o instanceof List<?> l) {
      return l.stream().map(RenderProperties::quoted).collect(Collectors.joining(", ", "[", "]"));
    }
    if (o == null) return "null";
    return '"'
        + o.toString()
            .replace("\\", "\\\\")
            .replace("\"", "\\\"")
            .replace("\n", "\\n")
            .replace("\t", "\\t")
        + '"';
  }

  @Test
  @SuppressWarnings("unchecked")
  void rendering_then_parsing_gives_back_the_content() {
    forEachRendered(
        (w, yaml) -> {
          Map<String, Object> doc =
              (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(yaml);
          assertEquals(w.name(), doc.get("name"));
          assertEquals(stringMap(w.env()), stringMap((Map<String, Object>) doc.get("env")));
          Map<String, Object> job =
              (Map<String, Object>) ((Map<String, Object>) doc.get("jobs")).get("job");
          RunJob model = (RunJob) w.jobs().get(0);
          assertEquals(stringMap(model.env()), stringMap((Map<String, Object>) job.get("env")));
          Map<String, Object> matrix =
              (Map<String, Object>) ((Map<String, Object>) job.get("strategy")).get("matrix");
          assertEquals(model.strategy().axes().get(0).values(), matrix.get("axis"));
          List<Map<String, Object>> steps = (List<Map<String, Object>>) job.get("steps");
          for (int i = 0; i < steps.size(); i++) {
            assertEquals(model.steps().get(i).run(), steps.get(i).get("run"));
            assertEquals(model.steps().get(i).name(), steps.get(i).get("name"));
          }
        });
  }

  @Test
  void plain_scalars_read_the_same_in_yaml_1_1_and_1_2() {
    forEachRendered(
        (w, yaml) -> {
          for (Event e : new Parse(LoadSettings.builder().build()).parseString(yaml)) {
            if (e instanceof ScalarEvent s
                && s.isPlain()
                && !s.getValue().isEmpty()
                && !s.getValue().equals("on")) {
              assertFalse(
                  Scalars.resolvesToNonString(s.getValue())
                      && !SAME_IN_1_1_AND_1_2.matcher(s.getValue()).matches(),
                  "plain scalar '" + s.getValue() + "' reads differently in YAML 1.1:\n" + yaml);
            }
          }
        });
  }

  @Test
  void rendering_twice_gives_identical_bytes() {
    qt().withExamples(100)
        .forAll(workflows())
        .checkAssert(
            w ->
                assertEquals(
                    WorkflowRenderer.render(w, List.of("h")),
                    WorkflowRenderer.render(w.toBuilder().build(), List.of("h"))));
  }

  /** Checks {@code property} on 300 drawn workflows, each with its YAML. */
  private static void forEachRendered(BiConsumer<Workflow, String> property) {
    qt().withExamples(300)
        .forAll(workflows())
        .checkAssert(w -> property.accept(w, WorkflowRenderer.render(w, List.of("header"))));
  }

  private static Map<String, String> stringMap(Map<String, ?> m) {
    Map<String, String> out = new LinkedHashMap<>();
    if (m != null)
      m.forEach((k, v) -> out.put(k, v instanceof Text t ? t.render() : String.valueOf(v)));
    return out;
  }
}
