package ai.vibevoice.cicd.helper.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.vibevoice.cicd.helper.InputException;
import ai.vibevoice.cicd.helper.io.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The exact boundaries of the regression check, its report's columns and counts, and the thresholds
 * file's keys.
 */
class RegressionCheckTest {
  private static final Thresholds DEFAULTS = Thresholds.defaults();

  private static Comparison ttfa(double baseline, double current) {
    return RegressionCheck.latency("ttfa_ms", "p50", baseline, current, DEFAULTS, false);
  }

  private static MetricsFile metrics(double ttfa, double errorRate, long requests) {
    return MetricsFile.of(
        "m.json",
        Json.parse("m.json", CheckRegressionCommandTest.metrics(ttfa, 500, errorRate, requests)));
  }

  @Test
  void ttfa_exactly_five_percent_up_passes_and_just_above_warns() {
    assertEquals(Verdict.PASS, ttfa(200, 210).verdict());
    assertEquals("within limits", ttfa(200, 210).reason());
    assertEquals(Verdict.WARN, ttfa(200, 210.2).verdict());
    assertEquals("above +5 %", ttfa(200, 210.2).reason());
  }

  @Test
  void ttfa_exactly_ten_percent_up_warns_and_just_above_fails() {
    assertEquals(Verdict.WARN, ttfa(200, 220).verdict());
    assertEquals(Verdict.FAIL, ttfa(200, 220.2).verdict());
    assertEquals("above +10 %", ttfa(200, 220.2).reason());
  }

  @Test
  void end_to_end_exactly_ten_percent_up_passes_and_exactly_fifteen_warns() {
    Comparison ten = RegressionCheck.latency("e2e_latency_ms", "p50", 200, 220, DEFAULTS, false);
    Comparison fifteen =
        RegressionCheck.latency("e2e_latency_ms", "p50", 200, 230, DEFAULTS, false);
    Comparison above =
        RegressionCheck.latency("e2e_latency_ms", "p50", 200, 230.2, DEFAULTS, false);
    assertEquals(Verdict.PASS, ten.verdict());
    assertEquals(Verdict.WARN, fifteen.verdict());
    assertEquals("above +10 %", fifteen.reason());
    assertEquals(Verdict.FAIL, above.verdict());
    assertEquals("above +15 %", above.reason());
  }

  @Test
  void an_increase_of_exactly_the_floor_is_noise_and_just_above_it_counts() {
    assertEquals(Verdict.PASS, ttfa(10, 15).verdict());
    assertEquals("within the 5 ms noise floor", ttfa(10, 15).reason());
    assertEquals("no increase", ttfa(10, 10).reason());
    assertEquals("no increase", ttfa(10, 9).reason());
    assertEquals(Verdict.FAIL, ttfa(10, 15.1).verdict());
    assertEquals("baseline is 0", ttfa(0, 5.1).reason());
    assertEquals(Verdict.PASS, ttfa(0, 5).verdict());
  }

  @Test
  void exactly_the_minimum_request_count_keeps_a_failure_a_failure() {
    RegressionCheck.Result atMinimum =
        RegressionCheck.compare(metrics(100, 0, 100), metrics(120, 0, 30), DEFAULTS);
    assertFalse(atMinimum.lowSample());
    assertEquals(Verdict.FAIL, atMinimum.verdict());
    RegressionCheck.Result below =
        RegressionCheck.compare(metrics(100, 0, 100), metrics(120, 0, 29), DEFAULTS);
    assertTrue(below.lowSample());
    assertEquals(Verdict.WARN, below.verdict());
    assertEquals(
        "above +10 %; fewer than 30 requests, so only a warning",
        below.comparisons().get(0).reason());
  }

  @Test
  void error_rate_exactly_at_its_level_passes_and_above_it_fails() {
    assertEquals(Verdict.PASS, RegressionCheck.errorRate(0, 0.01, DEFAULTS).verdict());
    assertEquals("at most 0.01", RegressionCheck.errorRate(0, 0.01, DEFAULTS).reason());
    assertEquals(Verdict.FAIL, RegressionCheck.errorRate(0, 0.0101, DEFAULTS).verdict());
    assertEquals("above 0.01", RegressionCheck.errorRate(0, 0.0101, DEFAULTS).reason());
    Thresholds warnAt = new Thresholds(DEFAULTS.latency(), Map.of(), 5, 30, 0.01, 0.005);
    assertEquals(Verdict.PASS, RegressionCheck.errorRate(0, 0.005, warnAt).verdict());
    assertEquals(Verdict.WARN, RegressionCheck.errorRate(0, 0.006, warnAt).verdict());
    assertEquals("above 0.005", RegressionCheck.errorRate(0, 0.006, warnAt).reason());
    assertEquals(100.0, RegressionCheck.errorRate(0.005, 0.01, warnAt).changePct(), 1e-9);
  }

  @Test
  void the_report_counts_failures_warnings_and_comparisons_and_shows_each_change() {
    MetricsFile base = metrics(100, 0.001, 100);
    String current =
        CheckRegressionCommandTest.metrics(100, 500, 0.002, 100)
            .replace("\"p99\": 100.0", "\"p99\": 120.0")
            .replace("\"p95\": 100.0", "\"p95\": 107.0");
    RegressionCheck.Result result =
        RegressionCheck.compare(
            base, MetricsFile.of("c.json", Json.parse("c.json", current)), DEFAULTS);
    String md =
        RegressionReport.markdown(result, "c.json", "b.json", RegressionReport.Baseline.KEPT);
    assertTrue(md.contains("**Verdict: FAIL** (1 failed, 1 warned, 9 compared).\n"), md);
    assertTrue(
        md.contains(
            "| ttfa_ms | p99 | 100.0 ms | 120.0 ms | +20.0 ms (+20.0 %) | +5 % / +10 % | above +10 % |"),
        md);
    assertTrue(
        md.contains(
            "| ttfa_ms | p95 | 100.0 ms | 107.0 ms | +7.0 ms (+7.0 %) | +5 % / +10 % | above +5 % |"),
        md);
    assertTrue(
        md.contains(
            "| error_rate | value | 0.0010 | 0.0020 | +0.0010 (+100.0 %) | - / > 0.01 | at most 0.01 |"),
        md);
    assertTrue(md.endsWith("\nBaseline `b.json` kept; current `c.json`.\n"), md);
    var json = RegressionReport.json(result, "c.json", "b.json", RegressionReport.Baseline.KEPT);
    assertEquals(20.0, json.get("comparisons").get(3).get("change").asDouble(), 1e-9);
    assertEquals("ttfa_ms", json.get("comparisons").get(3).get("metric").asText());
    assertEquals(20.0, json.get("comparisons").get(3).get("change_pct").asDouble(), 1e-9);
  }

  @Test
  void the_change_column_says_from_0_for_a_zero_baseline_and_nothing_for_no_change() {
    RegressionCheck.Result result =
        RegressionCheck.compare(metrics(0, 0, 100), metrics(0, 0, 100), DEFAULTS);
    String md =
        RegressionReport.markdown(result, "c.json", "b.json", RegressionReport.Baseline.UPDATED);
    assertTrue(md.contains("| 0.0 ms | 0.0 ms | +0.0 ms | +5 % / +10 % | no increase |"), md);
    RegressionCheck.Result up =
        RegressionCheck.compare(metrics(0, 0, 100), metrics(3, 0, 100), DEFAULTS);
    String upMd =
        RegressionReport.markdown(up, "c.json", "b.json", RegressionReport.Baseline.UPDATED);
    assertTrue(upMd.contains("| 0.0 ms | 3.0 ms | +3.0 ms (from 0) |"), upMd);
    assertTrue(upMd.contains("(0 failed, 0 warned, 9 compared)"), upMd);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"floor\": 1}|$.floor: unknown key (known: error_rate, floor_ms, latency, min_requests)",
        "{\"error_rate\": {\"fail\": 0.1}}|$.error_rate.fail: unknown key (known: fail_above, warn_above)",
        "{\"latency\": {\"ttfa\": {}}}|$.latency.ttfa: unknown key (known: e2e_latency_ms, ttfa_ms)",
        "{\"latency\": {\"ttfa_ms\": {\"warn\": 3}}}|$.latency.ttfa_ms.warn: unknown key (known: fail_pct, statistics, warn_pct)",
        "{\"latency\": {\"ttfa_ms\": {\"statistics\": {\"p99\": {\"fail\": 3}}}}}|$.latency.ttfa_ms.statistics.p99.fail: unknown key (known: fail_pct, warn_pct)",
        "{\"latency\": {\"ttfa_ms\": {\"statistics\": {\"median\": {}}}}}|$.latency.ttfa_ms.statistics.median: not a compared statistic (mean or pNN)"
      })
  void an_unknown_key_at_any_level_of_the_thresholds_file_is_refused_by_its_path(
      String json, String message) {
    InputException e =
        assertThrows(
            InputException.class, () -> Thresholds.of("t.json", Json.parse("t.json", json)));
    assertEquals("t.json: " + message, e.getMessage());
  }

  @Test
  void known_keys_at_every_level_are_read() {
    Thresholds t =
        Thresholds.of(
            "t.json",
            Json.parse(
                "t.json",
                """
        {"floor_ms": 2, "min_requests": 10, "error_rate": {"fail_above": 0.05, "warn_above": 0.02},
         "latency": {"ttfa_ms": {"warn_pct": 3, "fail_pct": 6, "statistics": {"p99": {"fail_pct": 20}}}}}
        """));
    assertEquals(2, t.floorMs());
    assertEquals(10, t.minRequests());
    assertEquals(0.05, t.errorRateFailAbove());
    assertEquals(0.02, t.errorRateWarnAbove());
    assertEquals(new Threshold(3, 6), t.forLatency("ttfa_ms", "p50"));
    assertEquals(new Threshold(3, 20), t.forLatency("ttfa_ms", "p99"));
    assertEquals(new Threshold(10, 15), t.forLatency("e2e_latency_ms", "p99"));
  }
}
