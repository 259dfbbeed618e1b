package ai.vibevoice.cicd.pipelines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.vibevoice.cicd.dsl.trigger.MergeGroup;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every acceptance criterion of the requirements (R1.1 to R9.5) has a configuration test, named
 * {@code r<requirement>_<criterion>_...}, and a row in CICD.md's criteria table naming that test.
 */
class CriteriaCoverageTest {
  static final List<Class<?>> TESTS =
      List.of(
          CiTestTest.class,
          CiBuildPushTest.class,
          CiSmokeTestTest.class,
          CiHelmValidateTest.class,
          CiPerformanceTest.class,
          CiSecurityTest.class,
          CiProvenanceTest.class);
  static final Pattern NAME = Pattern.compile("r(\\d)_(\\d)_(?:and_r(\\d)_(\\d)_)?.*");

  static Map<String, List<String>> testsByCriterion() {
    Map<String, List<String>> byCriterion = new TreeMap<>();
    for (Class<?> c : TESTS) {
      for (Method m : c.getDeclaredMethods()) {
        Matcher matcher = NAME.matcher(m.getName());
        if (matcher.matches() && m.isAnnotationPresent(Test.class)) {
          String test = c.getSimpleName() + "." + m.getName();
          byCriterion
              .computeIfAbsent(
                  "R" + matcher.group(1) + "." + matcher.group(2), k -> new ArrayList<>())
              .add(test);
          if (matcher.group(3) != null) {
            byCriterion
                .computeIfAbsent(
                    "R" + matcher.group(3) + "." + matcher.group(4), k -> new ArrayList<>())
                .add(test);
          }
        }
      }
    }
    return byCriterion;
  }

  @Test
  void every_acceptance_criterion_has_a_configuration_test() {
    List<String> missing = new ArrayList<>();
    Map<String, List<String>> tests = testsByCriterion();
    for (int r = 1; r <= 9; r++) {
      for (int c = 1; c <= 5; c++) {
        if (!tests.containsKey("R" + r + "." + c)) {
          missing.add("R" + r + "." + c);
        }
      }
    }
    assertEquals(List.of(), missing, "criteria without a test");
  }

  /**
   * A required check must also report for the merge queue, or a queued pull request waits forever.
   */
  @Test
  void workflows_with_required_checks_also_run_in_the_merge_queue() {
    List<String> missing = new ArrayList<>();
    for (var source : Pipelines.all()) {
      var w = source.workflow();
      if (w.runsOnEveryPullRequest() && !w.on(MergeGroup.class)) {
        missing.add(w.fileName());
      }
    }
    assertEquals(
        List.of(), missing, "run on every pull request (required checks) but not on merge_group");
  }

  @Test
  void cicd_md_lists_each_criterion_with_its_tests() throws IOException {
    Path root = Path.of(System.getProperty("repo.root", "..")).toAbsolutePath().normalize();
    String cicd = Files.readString(root.resolve("CICD.md"));
    List<String> problems = new ArrayList<>();
    testsByCriterion()
        .forEach(
            (criterion, tests) -> {
              Matcher row =
                  Pattern.compile("(?m)^\\| " + Pattern.quote(criterion) + " \\|.*$").matcher(cicd);
              if (!row.find()) {
                problems.add(criterion + ": no row in CICD.md");
                return;
              }
              for (String test : tests) {
                if (!row.group().contains(test)) {
                  problems.add(criterion + ": CICD.md row does not name " + test);
                }
              }
            });
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }
}
