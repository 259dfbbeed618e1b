package ai.vibevoice.cicd.dsl.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * GitHub's <a
 * href="https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#filter-pattern-cheat-sheet">filter
 * pattern cheat sheet</a>, rule by rule, with its own examples where it gives them.
 */
class GlobTest {

  @ParameterizedTest(name = "{0}: {1} on {2} is {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # "*: Matches zero or more characters, but does not match the / character."
          a star matches any characters but not a slash    | feature/*           | feature/my-branch        | true
          a star matches any characters but not a slash    | feature/*           | feature/your/branch      | false
          a star matches any characters but not a slash    | *                   | ''                       | true
          # "**: Matches zero or more of any character." feature/** matches feature/beta-a/my-branch
          a double star matches slashes too                | feature/**          | feature/beta-a/my-branch | true
          a double star matches slashes too                | docs/**             | docs/a/b.md              | true
          a double star matches slashes too                | **.js               | src/app/index.js         | true
          # '**/migrate-*.sql' matches migrate-10909.sql, db/migrate-v1.0.sql and db/sept/migrate-v1.sql
          a double star slash also matches the root        | **/migrate-*.sql    | migrate-10909.sql        | true
          a double star slash also matches the root        | **/migrate-*.sql    | db/migrate-v1.0.sql      | true
          a double star slash also matches the root        | **/migrate-*.sql    | db/sept/migrate-v1.sql   | true
          # "?: Matches zero or one of the preceding character." '*.jsx?' matches page.js and page.jsx
          a question mark makes the preceding one optional | *.jsx?              | page.js                  | true
          a question mark makes the preceding one optional | *.jsx?              | page.jsx                 | true
          a question mark makes the preceding one optional | *.jsx?              | page.jsxx                | false
          # "+: Matches one or more of the preceding character." v[12].[0-9]+.[0-9]+ matches v2.10.0
          a plus repeats the preceding character           | v[12].[0-9]+.[0-9]+ | v2.10.0                  | true
          a plus repeats the preceding character           | v[12].[0-9]+.[0-9]+ | v3.1.0                   | false
          a plus repeats the preceding character           | v[12].[0-9]+.[0-9]+ | v1..0                    | false
          # "[]: Matches one alphanumeric character listed in the brackets or included in ranges."
          brackets match one listed character or range     | [CB]at              | Cat                      | true
          brackets match one listed character or range     | [CB]at              | Hat                      | false
          brackets match one listed character or range     | [a-c]x              | bx                       | true
          # v*.*.* matches v1.2.3 (the dots are plain characters)
          a dot is a literal dot                           | v*.*.*              | v1.2.3                   | true
          a dot is a literal dot                           | v*.*.*              | v1x2x3                   | false
          # "You can escape special characters using \\"
          a backslash escapes a special character          | a\\*b               | a*b                      | true
          a backslash escapes a special character          | a\\*b               | axb                      | false
          """)
  void a_pattern_matches_a_path_as_the_cheat_sheet_says(
      String rule, String pattern, String path, boolean matches) {
    assertEquals(matches, Glob.of(pattern).matches(path), rule);
  }

  @Test
  void a_leading_bang_negates_the_pattern() {
    // "!: At the start of a pattern makes it negate previous positive patterns."
    Glob g = Glob.of("!release/**-alpha");
    assertTrue(g.negated());
    assertTrue(g.matches("release/1.0-alpha"));
  }

  @Test
  void a_quantifier_without_a_character_before_it_is_refused() {
    // ? and + apply to "the preceding character", so a pattern cannot start with one
    assertThrows(IllegalArgumentException.class, () -> Glob.of("+a"));
  }
}
