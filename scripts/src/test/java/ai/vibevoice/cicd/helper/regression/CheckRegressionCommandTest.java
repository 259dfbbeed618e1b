package ai.vibevoice.cicd.helper.regression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.vibevoice.cicd.helper.io.Json;
import ai.vibevoice.cicd.helper.testing.Cli;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckRegressionCommandTest {
  @TempDir Path dir;

  /** A run of 100 requests without errors: TTFA 100 ms and end to end 500 ms at every statistic. */
  static final String STEADY = metrics(100, 500, 0, 100);

  static String metrics(double ttfa, double e2e, double errorRate, long requests) {
    return """
        {
          "timestamp": "2026-01-01T02:00:00Z",
          "git_sha": "abc",
          "workflow_run_id": "1",
          "metrics": {
            "ttfa_ms":        {"mean": %1$s, "p50": %1$s, "p95": %1$s, "p99": %1$s, "max": 9999},
            "e2e_latency_ms": {"mean": %2$s, "p50": %2$s, "p95": %2$s, "p99": %2$s},
            "throughput_rps": 10.0,
            "error_rate": %3$s,
            "total_requests": %4$d,
            "future_field": {"anything": true}
          }
        }
        """
        .formatted(ttfa, e2e, errorRate, requests);
  }

  Path file(String name, String text) throws IOException {
    Path path = dir.resolve(name);
    Files.writeString(path, text);
    return path;
  }

  Cli check(Path current, Path baseline, String... extra) {
    return Cli.run(
        List.of(
            "check-regression",
            "--current",
            current.toString(),
            "--baseline",
            baseline.toString(),
            "--output",
            dir.resolve("result.json").toString(),
            "--markdown",
            dir.resolve("report.md").toString()),
        extra);
  }

  /** A check that must exit 2 (bad usage or input). */
  Cli refused(Path current, Path baseline, String... extra) {
    Cli cli = check(current, baseline, extra);
    assertEquals(2, cli.exitCode(), cli.toString());
    return cli;
  }

  JsonNode result() {
    return Json.read(dir.resolve("result.json"));
  }

  @Test
  void missing_baseline_becomes_the_current_metrics_and_passes() throws IOException {
    Path current = file("current.json", STEADY);
    Path baseline = dir.resolve("baselines/baseline.json");
    Cli cli = check(current, baseline);
    assertEquals(0, cli.exitCode(), cli.toString());
    assertArrayEquals(Files.readAllBytes(current), Files.readAllBytes(baseline));
    assertEquals("created", result().get("baseline_action").asText());
    assertEquals("pass", result().get("verdict").asText());
    assertTrue(Files.readString(dir.resolve("report.md")).contains("now the baseline"));
  }

  @Test
  void unchanged_metrics_pass_and_list_every_comparison() throws IOException {
    Cli cli = check(file("c.json", STEADY), file("b.json", STEADY));
    assertEquals(0, cli.exitCode(), cli.toString());
    // 4 statistics x 2 metrics (max is not compared: not on both sides) + error rate
    assertEquals(9, result().get("comparisons").size());
    assertEquals("kept", result().get("baseline_action").asText());
  }

  @Test
  void ttfa_above_ten_percent_fails_with_exit_1_and_report_lists_it_first() throws IOException {
    Cli cli = check(file("c.json", metrics(112, 500, 0, 100)), file("b.json", STEADY));
    assertEquals(1, cli.exitCode(), cli.toString());
    assertEquals("fail", result().get("verdict").asText());
    JsonNode first = result().get("comparisons").get(0);
    assertEquals("ttfa_ms", first.get("metric").asText());
    assertEquals(12.0, first.get("change_pct").asDouble(), 1e-9);
    assertEquals("fail", first.get("verdict").asText());
    String report = Files.readString(dir.resolve("report.md"));
    List<String> rows =
        report
            .lines()
            .filter(l -> l.startsWith("| ") && !l.startsWith("| verdict") && !l.startsWith("| ---"))
            .toList();
    assertTrue(rows.get(0).contains("fail") && rows.get(0).contains("ttfa_ms"), report);
    assertTrue(rows.get(rows.size() - 1).contains("pass"), report);
  }

  @Test
  void standard_output_says_what_happened_to_the_baseline_and_lists_what_did_not_pass()
      throws IOException {
    Path current = file("c.json", metrics(112, 500, 0, 100));
    Path baseline = dir.resolve("b.json");
    Cli created = check(current, baseline);
    assertEquals(
        "no baseline at " + baseline + ": stored " + current + " as the new baseline\n",
        created.out());
    file("b.json", STEADY);
    Cli failed = check(current, baseline);
    List<String> lines = failed.out().lines().toList();
    assertEquals(
        "verdict: fail (9 comparisons; baseline kept)",
        lines.get(lines.size() - 1),
        failed.toString());
    assertTrue(
        lines.stream().allMatch(l -> l.startsWith("fail ttfa_ms.") || l.startsWith("verdict:")),
        failed.toString());
    assertEquals(
        "fail ttfa_ms.mean: 100.0 -> 112.0 (above +10 %)", lines.get(0), failed.toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "ttfa between five and ten percent warns, 107, 100, warn",
    "a change within the floor is noise (+40 % but only 4 ms), 14, 10, pass"
  })
  void ttfa_changes_short_of_a_failure_exit_0_with_their_verdict(
      String change, int currentTtfa, int baselineTtfa, String verdict) throws IOException {
    Cli cli =
        check(
            file("c.json", metrics(currentTtfa, 500, 0, 100)),
            file("b.json", metrics(baselineTtfa, 500, 0, 100)));
    assertEquals(0, cli.exitCode(), cli.toString());
    assertEquals(verdict, result().get("verdict").asText());
  }

  @Test
  void few_requests_turn_latency_failures_into_warnings() throws IOException {
    Cli cli = check(file("c.json", metrics(200, 500, 0, 10)), file("b.json", STEADY));
    assertEquals(0, cli.exitCode(), cli.toString());
    assertEquals("warn", result().get("verdict").asText());
    assertTrue(result().get("low_sample").asBoolean());
  }

  @Test
  void error_rate_above_one_percent_fails_whatever_the_baseline() throws IOException {
    Cli cli =
        check(
            file("c.json", metrics(100, 500, 0.02, 100)),
            file("b.json", metrics(100, 500, 0.5, 100)));
    assertEquals(1, cli.exitCode(), cli.toString());
    assertTrue(cli.out().contains("error_rate.value"), cli.toString());
  }

  @Test
  void zero_baseline_with_current_above_the_floor_is_a_regression_without_division()
      throws IOException {
    Cli cli = check(file("c.json", STEADY), file("b.json", metrics(0, 500, 0, 100)));
    assertEquals(1, cli.exitCode(), cli.toString());
    JsonNode ttfa = result().get("comparisons").get(0);
    assertTrue(ttfa.get("change_pct").isNull(), ttfa.toString());
    assertEquals("baseline is 0", ttfa.get("reason").asText());
    assertFalse(Files.readString(dir.resolve("report.md")).contains("Infinity"));
    assertFalse(Files.readString(dir.resolve("report.md")).contains("NaN"));
  }

  @Test
  void baseline_is_updated_only_when_asked_and_passing() throws IOException {
    Path baseline = file("b.json", STEADY);
    Path better = file("c.json", metrics(90, 480, 0, 100));
    assertEquals(0, check(better, baseline).exitCode());
    assertEquals(STEADY, Files.readString(baseline));
    assertEquals(0, check(better, baseline, "--update-baseline").exitCode());
    assertEquals(metrics(90, 480, 0, 100), Files.readString(baseline));
    assertEquals("updated", result().get("baseline_action").asText());
  }

  @Test
  void warning_does_not_ratchet_the_baseline() throws IOException {
    Path baseline = file("b.json", STEADY);
    Cli cli = check(file("c.json", metrics(107, 500, 0, 100)), baseline, "--update-baseline");
    assertEquals(0, cli.exitCode(), cli.toString());
    assertEquals(STEADY, Files.readString(baseline));
  }

  /** {@link #STEADY} as load-test writes it under {@code load} (a JSON object). */
  static String under(String load) {
    return STEADY.replaceFirst("\\{", "{\n  \"load\": " + load + ",");
  }

  @Test
  void a_baseline_measured_under_another_load_is_not_compared() throws IOException {
    Path baseline = file("b.json", under("{\"model\": \"open\", \"rate_per_s\": 2.0}"));
    Path current = file("c.json", under("{\"model\": \"closed\", \"concurrency\": 1}"));
    Cli cli = refused(current, baseline);
    assertEquals(
        "ci-helper check-regression: not comparable: "
            + baseline
            + " was measured under open model, 2.0 requests/s, "
            + current
            + " under closed model, 1 in flight; measure a baseline under this load"
            + " (--update-baseline) or run the baseline's",
        cli.err().strip());
    assertFalse(Files.exists(dir.resolve("result.json")));

    Cli replaced = check(current, baseline, "--update-baseline");
    assertEquals(0, replaced.exitCode(), replaced.toString());
    assertEquals(Files.readString(current), Files.readString(baseline));
    assertEquals("replaced", result().get("baseline_action").asText());
    assertTrue(
        Files.readString(dir.resolve("report.md")).contains("was measured under another load"));
  }

  @Test
  void the_same_load_or_a_file_that_does_not_say_is_compared() throws IOException {
    String closed = under("{\"model\": \"closed\", \"concurrency\": 1, \"requests\": 40}");
    assertEquals(
        0,
        check(
                file("c.json", closed),
                file(
                    "b.json",
                    under("{\"model\": \"closed\", \"concurrency\": 1, \"duration_s\": 120}")))
            .exitCode());
    assertEquals("kept", result().get("baseline_action").asText());
    assertEquals(0, check(file("c2.json", closed), file("b2.json", STEADY)).exitCode());
    assertEquals("kept", result().get("baseline_action").asText());
  }

  @Test
  void malformed_json_exits_2_naming_file_and_line() throws IOException {
    Path current = file("current.json", "{\n  \"metrics\": {\n    \"ttfa_ms\": [1,\n}");
    Cli cli = refused(current, file("b.json", STEADY));
    assertTrue(
        cli.err().contains(current.toString()) && cli.err().contains("line 4"), cli.toString());
    assertFalse(Files.exists(dir.resolve("result.json")));
  }

  @Test
  void empty_file_exits_2() throws IOException {
    Cli cli = refused(file("current.json", ""), file("b.json", STEADY));
    assertTrue(cli.err().contains("empty file"), cli.toString());
  }

  @Test
  void missing_fields_exit_2_naming_every_json_path() throws IOException {
    String text = STEADY.replace("\"p95\": 100.0, ", "").replace("\"error_rate\": 0.0,", "");
    Path baseline = file("b.json", text);
    Cli cli = refused(file("c.json", STEADY), baseline);
    assertTrue(cli.err().contains(baseline + ": $.metrics.ttfa_ms.p95: missing"), cli.toString());
    assertTrue(cli.err().contains("$.metrics.error_rate: missing"), cli.toString());
  }

  @Test
  void non_numeric_negative_and_nan_values_exit_2_naming_the_path() throws IOException {
    String text =
        STEADY
            .replace("\"p50\": 100.0", "\"p50\": \"fast\"")
            .replace("\"p99\": 500.0", "\"p99\": -1")
            .replace("\"mean\": 500.0", "\"mean\": NaN");
    Cli cli = refused(file("c.json", text), file("b.json", STEADY));
    assertTrue(
        cli.err().contains("$.metrics.ttfa_ms.p50: expected a number, found \"fast\""),
        cli.toString());
    assertTrue(
        cli.err().contains("$.metrics.e2e_latency_ms.p99: -1.0 is negative"), cli.toString());
    assertTrue(
        cli.err().contains("$.metrics.e2e_latency_ms.mean: NaN is not a finite number"),
        cli.toString());
  }

  @Test
  void thresholds_file_in_yaml_overrides_one_statistic() throws IOException {
    Path thresholds =
        file(
            "thresholds.yml",
            """
        latency:
          ttfa_ms:
            statistics:
              p99: {warn_pct: 30, fail_pct: 50}
        """);
    String current = STEADY.replace("\"p99\": 100.0", "\"p99\": 140.0");
    Cli cli =
        check(
            file("c.json", current), file("b.json", STEADY), "--thresholds", thresholds.toString());
    assertEquals(0, cli.exitCode(), cli.toString());
    assertEquals("warn", result().get("verdict").asText());
  }

  @Test
  void thresholds_file_with_unknown_key_exits_2_naming_it() throws IOException {
    Path thresholds =
        file("thresholds.json", "{\"latency\": {\"ttfa_ms\": {\"warn_percent\": 3}}}");
    Cli cli =
        refused(
            file("c.json", STEADY), file("b.json", STEADY), "--thresholds", thresholds.toString());
    assertTrue(cli.err().contains("$.latency.ttfa_ms.warn_percent: unknown key"), cli.toString());
  }

  @Test
  void missing_current_file_exits_2_and_missing_option_exits_2() throws IOException {
    Cli cli = refused(dir.resolve("nope.json"), file("b.json", STEADY));
    assertTrue(cli.err().contains("nope.json: file not found"), cli.toString());
    Cli usage = Cli.run("check-regression", "--current", "x.json");
    assertEquals(2, usage.exitCode(), usage.toString());
    assertTrue(usage.err().contains("--baseline"), usage.toString());
  }
}
