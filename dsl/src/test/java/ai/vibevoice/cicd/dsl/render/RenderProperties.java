package ai.vibevoice.cicd.dsl.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;

/** Rendering then parsing gives back the model's content, byte-stably, whatever the strings hold. */
class RenderProperties {
  private static final Pattern SAME_IN_1_1_AND_1_2 = Pattern.compile("true|false|-?(0|[1-9][0-9]*)");

  /** Strings that break naive YAML writers. */
  @Provide
  Arbitrary<String> nasty() {
    Arbitrary<String> specials = Arbitraries.of(
        "on", "off", "yes", "no", "y", "n", "null", "~", "08", "1e3", "0x1F", "true", "2026-01-01", "12:30",
        "a: b", "# not a comment", "'quoted'", "\"double\"", "${{ not an expression", " leading", "trailing ",
        "- dash", "? q", "[flow]", "{flow}", "*alias", "&anchor", "!tag", "%directive", "@at", "`tick`",
        "ünïcødé ✓", "tab\there", "a\\b", "|", ">", ",", "");
    Arbitrary<String> random = Arbitraries.strings().withCharRange(' ', '~').withChars("äé✓\t").ofMaxLength(20);
    return Arbitraries.oneOf(specials, random,
        Combinators.combine(specials, random).as((a, b) -> a + b));
  }

  /** Multi-line scripts: any lines, no trailing white space (validation rejects it). */
  @Provide
  Arbitrary<String> script() {
    return nasty().map(s -> s.replaceAll("[ \t]+$", "")).list().ofMinSize(1).ofMaxSize(5)
        .map(lines -> String.join("\n", lines))
        .filter(s -> !s.isBlank() && !s.contains("${{"));
  }

  @Provide
  Arbitrary<Workflow> workflows() {
    Arbitrary<Map<String, String>> env = Combinators.combine(
            Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(8), nasty())
        .as(Map::entry).list().ofMaxSize(4)
        .map(es -> {
          Map<String, String> m = new LinkedHashMap<>();
          es.forEach(e -> m.putIfAbsent(e.getKey(), e.getValue()));
          return m;
        });
    Arbitrary<List<String>> axis = nasty().list().ofMinSize(1).ofMaxSize(3).uniqueElements();
    return Combinators.combine(nasty(), env, script().list().ofMinSize(1).ofMaxSize(3), nasty(), axis)
        .as((name, vars, scripts, stepName, values) -> {
          RunJob.Builder job = Job.builder("job").runsOn("ubuntu-24.04").timeoutMinutes(5)
              .strategy(Strategy.builder().axis(new MatrixAxis("axis", new ArrayList<>(values))).build());
          vars.forEach(job::env);
          for (String s : scripts) job.step(Step.run(s).name(stepName).env("REF", Contexts.vars("X")).build());
          Workflow.Builder w = Workflow.builder("p.yml", name.isEmpty() ? "n" : name).on(Push.any()).job(job.build());
          vars.forEach(w::env);
          return w.build();
        });
  }

  @Property(tries = 300)
  @SuppressWarnings("unchecked")
  void rendering_then_parsing_gives_back_the_content(@ForAll("workflows") Workflow w) {
    String yaml = WorkflowRenderer.render(w, List.of("header"));
    Map<String, Object> doc = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(yaml);
    assertEquals(w.name(), doc.get("name"));
    assertEquals(stringMap(w.env()), stringMap((Map<String, Object>) doc.get("env")));
    Map<String, Object> job = (Map<String, Object>) ((Map<String, Object>) doc.get("jobs")).get("job");
    RunJob model = (RunJob) w.jobs().get(0);
    assertEquals(stringMap(model.env()), stringMap((Map<String, Object>) job.get("env")));
    Map<String, Object> matrix = (Map<String, Object>) ((Map<String, Object>) job.get("strategy")).get("matrix");
    assertEquals(model.strategy().axes().get(0).values(), matrix.get("axis"));
    List<Map<String, Object>> steps = (List<Map<String, Object>>) job.get("steps");
    for (int i = 0; i < steps.size(); i++) {
      assertEquals(model.steps().get(i).run(), steps.get(i).get("run"));
      assertEquals(model.steps().get(i).name(), steps.get(i).get("name"));
    }
  }

  @Property(tries = 300)
  void plain_scalars_read_the_same_in_yaml_1_1_and_1_2(@ForAll("workflows") Workflow w) {
    String yaml = WorkflowRenderer.render(w, List.of("header"));
    for (Event e : new Parse(LoadSettings.builder().build()).parseString(yaml)) {
      if (e instanceof ScalarEvent s && s.isPlain() && !s.getValue().isEmpty() && !s.getValue().equals("on")) {
        assertFalse(Scalars.resolvesToNonString(s.getValue()) && !SAME_IN_1_1_AND_1_2.matcher(s.getValue()).matches(),
            "plain scalar '" + s.getValue() + "' reads differently in YAML 1.1:\n" + yaml);
      }
    }
  }

  @Property(tries = 100)
  void rendering_twice_gives_identical_bytes(@ForAll("workflows") Workflow w) {
    assertEquals(WorkflowRenderer.render(w, List.of("h")), WorkflowRenderer.render(w.toBuilder().build(), List.of("h")));
  }

  private static Map<String, String> stringMap(Map<String, ?> m) {
    Map<String, String> out = new LinkedHashMap<>();
    if (m != null) m.forEach((k, v) -> out.put(k, v instanceof Text t ? t.render() : String.valueOf(v)));
    return out;
  }
}
