package ai.vibevoice.cicd.helper.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.vibevoice.cicd.helper.InputException;
import ai.vibevoice.cicd.helper.io.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The edges of what the regression check reads (metrics and thresholds files) and of how it prints
 * numbers.
 */
class RegressionInputsTest {
  @TempDir Path dir;

  private static MetricsFile metrics(String json) {
    return MetricsFile.of("m.json", Json.parse("m.json", json));
  }

  private static String valid(String errorRate, String totalRequests) {
    return CheckRegressionCommandTest.STEADY
        .replace("\"error_rate\": 0.0", "\"error_rate\": " + errorRate)
        .replace("\"total_requests\": 100", "\"total_requests\": " + totalRequests);
  }

  private static String problem(String json) {
    return assertThrows(InputException.class, () -> metrics(json)).getMessage();
  }

  @Test
  void a_metrics_file_must_be_an_object_with_a_metrics_object() {
    assertEquals("m.json: $: expected a JSON object", problem("[1]"));
    assertEquals("m.json: $.metrics: missing", problem("{}"));
    assertEquals("m.json: $.metrics: expected an object", problem("{\"metrics\": 3}"));
  }

  @Test
  void an_error_rate_of_exactly_one_is_a_fraction_and_a_request_count_must_be_whole() {
    assertEquals(1.0, metrics(valid("1", "100")).errorRate());
    assertEquals(
        "m.json: $.metrics.error_rate: 1.01 is not a fraction between 0 and 1",
        problem(valid("1.01", "100")));
    assertEquals(100, metrics(valid("0", "100.0")).totalRequests());
    assertEquals(
        "m.json: $.metrics.total_requests: 100.5 is not a whole number",
        problem(valid("0", "100.5")));
  }

  @Test
  void numbers_that_json_text_cannot_hold_are_refused_too() {
    ObjectNode root = (ObjectNode) Json.parse("m.json", valid("0", "100"));
    ObjectNode m = (ObjectNode) root.get("metrics");
    ((ObjectNode) m.get("ttfa_ms")).put("p50", Double.NaN);
    ((ObjectNode) m.get("ttfa_ms")).put("p95", Double.POSITIVE_INFINITY);
    m.put("error_rate", -0.5);
    InputException e = assertThrows(InputException.class, () -> MetricsFile.of("m.json", root));
    assertEquals(
        "m.json: $.metrics.ttfa_ms.p50: NaN is not a finite number; "
            + "$.metrics.ttfa_ms.p95: Infinity is not a finite number; $.metrics.error_rate: -0.5 is negative",
        e.getMessage());
  }

  @Test
  void an_absent_thresholds_document_is_the_defaults() {
    assertEquals(Thresholds.defaults(), Thresholds.of("t.json", null));
    assertEquals(Thresholds.defaults(), Thresholds.of("t.json", NullNode.getInstance()));
  }

  private static Thresholds thresholds(String json) {
    return Thresholds.of("t.json", Json.parse("t.json", json));
  }

  private static String thresholdsProblem(String json) {
    return assertThrows(InputException.class, () -> thresholds(json)).getMessage();
  }

  @Test
  void error_rate_limits_may_meet_but_not_cross() {
    Thresholds equal = thresholds("{\"error_rate\": {\"fail_above\": 0.05, \"warn_above\": 0.05}}");
    assertEquals(0.05, equal.errorRateFailAbove());
    assertEquals(0.05, equal.errorRateWarnAbove());
    assertEquals(1.0, thresholds("{\"error_rate\": {\"fail_above\": 1}}").errorRateFailAbove());
    assertNull(thresholds("{\"error_rate\": {\"fail_above\": 0.2}}").errorRateWarnAbove());
    assertEquals(
        "t.json: $.error_rate: need warn_above <= fail_above <= 1",
        thresholdsProblem("{\"error_rate\": {\"fail_above\": 1.5}}"));
    assertEquals(
        "t.json: $.error_rate: need warn_above <= fail_above <= 1",
        thresholdsProblem("{\"error_rate\": {\"fail_above\": 0.05, \"warn_above\": 0.06}}"));
  }

  @Test
  void zero_is_a_valid_limit_and_statistics_must_be_an_object() {
    assertEquals(0.0, thresholds("{\"floor_ms\": 0}").floorMs());
    assertEquals(
        "t.json: $.floor_ms: expected a finite number >= 0, found -1",
        thresholdsProblem("{\"floor_ms\": -1}"));
    assertEquals(
        "t.json: $.latency.ttfa_ms.statistics: expected an object",
        thresholdsProblem("{\"latency\": {\"ttfa_ms\": {\"statistics\": [1]}}}"));
  }

  @Test
  void a_thresholds_file_is_yaml_by_either_extension_and_json_otherwise() throws IOException {
    String yaml = "floor_ms: 7\n";
    for (String name : List.of("t.yml", "t.yaml")) {
      Path file = Files.writeString(dir.resolve(name), yaml);
      assertEquals(7.0, Thresholds.read(file).floorMs(), name);
    }
    Path json = Files.writeString(dir.resolve("t.json"), yaml);
    InputException e = assertThrows(InputException.class, () -> Thresholds.read(json));
    assertEquals(
        json
            + ": line 1, column 1: malformed JSON: Unrecognized token 'floor_ms': was expecting"
            + " (JSON String, Number (or 'NaN'/'+INF'/'-INF'), Array, Object or token 'null', 'true' or 'false')",
        e.getMessage());
  }

  @Test
  void numbers_print_whole_when_whole_and_in_four_significant_digits_otherwise() {
    assertEquals("5", RegressionCheck.fmt(5));
    assertEquals("-3", RegressionCheck.fmt(-3));
    assertEquals("2.5", RegressionCheck.fmt(2.5));
    assertEquals("0.01", RegressionCheck.fmt(0.01));
    assertEquals("999999999999999", RegressionCheck.fmt(999_999_999_999_999d));
    assertEquals("1.000e+15", RegressionCheck.fmt(1e15));
  }

  @Test
  void within_a_verdict_an_increase_from_zero_sorts_before_every_percentage() {
    Comparison fromZero =
        new Comparison(
            "ttfa_ms", "p50", 0, 9, null, 5.0, 10, "percent", Verdict.FAIL, "baseline is 0");
    Comparison big =
        new Comparison(
            "ttfa_ms", "p95", 100, 200, 100.0, 5.0, 10, "percent", Verdict.FAIL, "above +10 %");
    Comparison small =
        new Comparison(
            "ttfa_ms", "p99", 100, 120, 20.0, 5.0, 10, "percent", Verdict.FAIL, "above +10 %");
    Comparison warn =
        new Comparison(
            "ttfa_ms", "max", 100, 300, 200.0, 5.0, 10, "percent", Verdict.WARN, "few requests");
    assertEquals(
        List.of(fromZero, big, small, warn),
        Stream.of(small, warn, big, fromZero).sorted(Comparison.WORST_FIRST).toList());
  }

  @Test
  void the_json_report_writes_a_null_percentage_for_a_zero_baseline() {
    MetricsFile before = metrics(CheckRegressionCommandTest.metrics(0, 500, 0, 100));
    MetricsFile after = metrics(CheckRegressionCommandTest.metrics(9, 500, 0, 100));
    RegressionCheck.Result result = RegressionCheck.compare(before, after, Thresholds.defaults());
    JsonNode rows =
        RegressionReport.json(result, "c.json", "b.json", RegressionReport.Baseline.KEPT)
            .get("comparisons");
    JsonNode ttfa = rows.get(0);
    assertEquals("ttfa_ms", ttfa.get("metric").asText());
    assertEquals(true, ttfa.get("change_pct").isNull(), ttfa.toString());
    assertEquals(9.0, ttfa.get("change").asDouble());
    JsonNode e2e =
        rows.findValues("metric").stream()
            .filter(n -> n.asText().equals("e2e_latency_ms"))
            .findFirst()
            .orElseThrow();
    assertEquals("e2e_latency_ms", e2e.asText());
  }

  @Test
  void the_markdown_report_marks_each_verdict_with_its_icon() {
    String md = markdownAgainstTtfa200(215);
    assertEquals(true, md.contains("| \u26a0\ufe0f"), md);
    assertEquals(true, md.contains("| \u2705"), md);
    String failing = markdownAgainstTtfa200(300);
    assertEquals(true, failing.contains("| \u274c"), failing);
  }

  /** The markdown report of a run with TTFA {@code ttfa} ms against a baseline of 200 ms. */
  private static String markdownAgainstTtfa200(double ttfa) {
    MetricsFile before = metrics(CheckRegressionCommandTest.metrics(200, 500, 0, 100));
    MetricsFile after = metrics(CheckRegressionCommandTest.metrics(ttfa, 500, 0, 100));
    return RegressionReport.markdown(
        RegressionCheck.compare(before, after, Thresholds.defaults()),
        "c.json",
        "b.json",
        RegressionReport.Baseline.KEPT);
  }
}
