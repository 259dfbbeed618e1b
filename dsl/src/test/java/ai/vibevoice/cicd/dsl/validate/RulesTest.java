package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static ai.vibevoice.cicd.dsl.Fixtures.workflow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.vibevoice.cicd.dsl.workflow.Workflow;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The registry lists every rule class of the package once, every id is kebab-case and unique, and
 * every rule accepts a plain workflow (each rule's own test shows what it rejects).
 */
class RulesTest {
  private static final Pattern KEBAB = Pattern.compile("[a-z]+(-[a-z]+)*");

  @Test
  void lists_every_rule_class_of_the_package() throws IOException, URISyntaxException {
    Path dir =
        Path.of(Rule.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .resolve(Rule.class.getPackageName().replace('.', '/'));
    List<String> classes;
    try (Stream<Path> files = Files.list(dir)) {
      classes =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".class") && !n.contains("$"))
              .map(
                  n ->
                      Rule.class.getPackageName()
                          + "."
                          + n.substring(0, n.length() - ".class".length()))
              .map(RulesTest::load)
              .filter(
                  c ->
                      Rule.class.isAssignableFrom(c)
                          && !c.isInterface()
                          && !Modifier.isAbstract(c.getModifiers()))
              .map(Class::getName)
              .sorted()
              .toList();
    }
    assertEquals(classes, Rules.all().stream().map(r -> r.getClass().getName()).sorted().toList());
  }

  @Test
  void no_two_rules_share_an_id_and_every_id_is_kebab_case() {
    List<String> ids = Rules.all().stream().map(Rule::id).toList();
    assertEquals(ids.stream().distinct().toList(), ids);
    assertEquals(List.of(), ids.stream().filter(id -> !KEBAB.matcher(id).matches()).toList());
  }

  @Test
  void every_rule_overrides_the_hook_of_exactly_one_level() {
    assertEquals(
        List.of("expression", "step"),
        Rules.all().stream()
            .filter(r -> r instanceof TrailingWhitespace || r instanceof UndeclaredOutput)
            .map(r -> r.appliesTo().toString())
            .toList());
    Rules.all().forEach(Rule::appliesTo);
  }

  @Test
  void every_rule_has_a_summary_ending_in_a_full_stop() {
    assertEquals(
        List.of(),
        Rules.all().stream().filter(r -> !r.summary().endsWith(".")).map(Rule::id).toList());
  }

  @Test
  void every_rule_accepts_a_plain_workflow() {
    Workflow plain = workflow(job("a").build()).build();
    assertEquals(
        List.of(),
        Rules.all().stream().flatMap(r -> RuleTesting.problems(r, plain).stream()).toList());
  }

  @Test
  void a_rule_is_named_by_its_class_and_applies_where_its_hook_is() {
    Rule rule = new PullRequestTargetWithoutOptIn();
    assertEquals("pull-request-target-without-opt-in", rule.id());
    assertEquals(Rule.Level.WORKFLOW, rule.appliesTo());
    assertEquals("workflow", rule.appliesTo().toString());
    assertEquals(Rule.Level.EXPRESSION, new ExpressionDoesNotParse().appliesTo());
    assertEquals(
        "expression step job workflow",
        Stream.of(
                new UndeclaredMatrixKey(),
                new TrailingWhitespace(),
                new NoSteps(),
                new MissingRequiredKey())
            .map(r -> r.appliesTo().toString())
            .collect(Collectors.joining(" ")));
  }

  @Test
  void a_rule_without_its_annotation_is_refused_by_name() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> new Unannotated().summary());
    assertEquals(Unannotated.class.getName() + " is a Rule without @Rejects", e.getMessage());
  }

  @Test
  void a_rule_overriding_hooks_of_two_levels_or_none_is_refused_by_name() {
    IllegalStateException two =
        assertThrows(IllegalStateException.class, () -> new TwoLevels().appliesTo());
    assertEquals(
        TwoLevels.class.getName()
            + " overrides the hooks of [workflow, job]; a rule overrides one level's",
        two.getMessage());
    IllegalStateException none =
        assertThrows(IllegalStateException.class, () -> new Unannotated().appliesTo());
    assertEquals(
        Unannotated.class.getName() + " overrides the hooks of []; a rule overrides one level's",
        none.getMessage());
  }

  private static final class Unannotated implements Rule {}

  @Rejects("Nothing.")
  private static final class TwoLevels implements Rule {
    @Override
    public void checkWorkflow(Sight at, Reporter r) {}

    @Override
    public void checkJob(Sight at, Reporter r) {}
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
