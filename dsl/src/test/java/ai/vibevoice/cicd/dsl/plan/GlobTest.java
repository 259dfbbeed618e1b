package ai.vibevoice.cicd.dsl.plan;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** GitHub's filter pattern cheat sheet, rule by rule. */
class GlobTest {

  @Test
  void a_star_matches_any_characters_but_not_a_slash() {
    // https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#filter-pattern-cheat-sheet
    // "*: Matches zero or more characters, but does not match the / character."
    assertTrue(Glob.of("feature/*").matches("feature/my-branch"));
    assertFalse(Glob.of("feature/*").matches("feature/your/branch"));
    assertTrue(Glob.of("*").matches(""));
  }

  @Test
  void a_double_star_matches_slashes_too() {
    // https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#filter-pattern-cheat-sheet
    // "**: Matches zero or more of any character." feature/** matches feature/beta-a/my-branch
    assertTrue(Glob.of("feature/**").matches("feature/beta-a/my-branch"));
    assertTrue(Glob.of("docs/**").matches("docs/a/b.md"));
    assertTrue(Glob.of("**.js").matches("src/app/index.js"));
  }

  @Test
  void a_double_star_slash_also_matches_the_root() {
    // https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#filter-pattern-cheat-sheet
    // '**/migrate-*.sql' matches migrate-10909.sql, db/migrate-v1.0.sql and db/sept/migrate-v1.sql
    Glob g = Glob.of("**/migrate-*.sql");
    assertTrue(g.matches("migrate-10909.sql"));
    assertTrue(g.matches("db/migrate-v1.0.sql"));
    assertTrue(g.matches("db/sept/migrate-v1.sql"));
  }

  @Test
  void a_question_mark_makes_the_preceding_character_optional() {
    // https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#filter-pattern-cheat-sheet
    // "?: Matches zero or one of the preceding character." '*.jsx?' matches page.js and page.jsx
    assertTrue(Glob.of("*.jsx?").matches("page.js"));
    assertTrue(Glob.of("*.jsx?").matches("page.jsx"));
    assertFalse(Glob.of("*.jsx?").matches("page.jsxx"));
  }

  @Test
  void a_plus_repeats_the_preceding_character() {
    // https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#filter-pattern-cheat-sheet
    // "+: Matches one or more of the preceding character." v[12].[0-9]+.[0-9]+ matches v2.10.0
    assertTrue(Glob.of("v[12].[0-9]+.[0-9]+").matches("v2.10.0"));
    assertFalse(Glob.of("v[12].[0-9]+.[0-9]+").matches("v3.1.0"));
    assertFalse(Glob.of("v[12].[0-9]+.[0-9]+").matches("v1..0"));
  }

  @Test
  void brackets_match_one_listed_character_or_range() {
    // https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#filter-pattern-cheat-sheet
    // "[]: Matches one alphanumeric character listed in the brackets or included in ranges."
    assertTrue(Glob.of("[CB]at").matches("Cat"));
    assertFalse(Glob.of("[CB]at").matches("Hat"));
    assertTrue(Glob.of("[a-c]x").matches("bx"));
  }

  @Test
  void a_dot_is_a_literal_dot() {
    // https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#filter-pattern-cheat-sheet
    // v*.*.* matches v1.2.3 (the dots are plain characters)
    assertTrue(Glob.of("v*.*.*").matches("v1.2.3"));
    assertFalse(Glob.of("v*.*.*").matches("v1x2x3"));
  }

  @Test
  void a_backslash_escapes_a_special_character() {
    // https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#filter-pattern-cheat-sheet
    // "You can escape special characters using \"
    assertTrue(Glob.of("a\\*b").matches("a*b"));
    assertFalse(Glob.of("a\\*b").matches("axb"));
  }

  @Test
  void a_leading_bang_negates_the_pattern() {
    // https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#filter-pattern-cheat-sheet
    // "!: At the start of a pattern makes it negate previous positive patterns."
    Glob g = Glob.of("!release/**-alpha");
    assertTrue(g.negated());
    assertTrue(g.matches("release/1.0-alpha"));
  }

  @Test
  void a_quantifier_without_a_character_before_it_is_refused() {
    // https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#filter-pattern-cheat-sheet
    // ? and + apply to "the preceding character", so a pattern cannot start with one
    assertThrows(IllegalArgumentException.class, () -> Glob.of("+a"));
  }
}
