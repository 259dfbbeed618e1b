package ai.vibevoice.cicd.dsl.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The registry lists every rule class of the package once, and every id is kebab-case and unique.
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
  void every_rule_has_a_summary_ending_in_a_full_stop_and_a_place() {
    assertEquals(
        List.of(),
        Rules.all().stream()
            .filter(
                r ->
                    !r.summary().endsWith(".")
                        || !List.of("workflow", "job", "step", "expression")
                            .contains(r.appliesTo()))
            .map(Rule::id)
            .toList());
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
