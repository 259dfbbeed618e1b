package ai.vibevoice.cicd.helper.regression;

import ai.vibevoice.cicd.helper.InputException;
import ai.vibevoice.cicd.helper.io.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A performance metrics file in the platform's format (see CICD.md, "Metrics file"): the latency
 * statistics of {@code ttfa_ms} and {@code e2e_latency_ms}, {@code error_rate} and {@code
 * total_requests}, and the load they were measured under when {@code load-test} recorded it ({@code
 * load}: its model and rate or concurrency), null otherwise. Other fields are ignored.
 */
public record MetricsFile(
    String source,
    Map<String, Map<String, Double>> latency,
    double errorRate,
    long totalRequests,
    String load) {

  /** The latency metrics compared, in report order. */
  public static final List<String> LATENCY_METRICS = List.of("ttfa_ms", "e2e_latency_ms");

  /** Statistics every latency metric must have. */
  public static final List<String> REQUIRED_STATISTICS = List.of("mean", "p50", "p95", "p99");

  private static final Pattern PERCENTILE = Pattern.compile("p\\d+(\\.\\d+)?");

  public MetricsFile {
    Map<String, Map<String, Double>> copy = new LinkedHashMap<>();
    latency.forEach(
        (metric, stats) ->
            copy.put(metric, Collections.unmodifiableMap(new LinkedHashMap<>(stats))));
    latency = Collections.unmodifiableMap(copy);
  }

  /**
   * Whether {@code key} is a statistic the check compares: the mean or a percentile such as {@code
   * p99.9}.
   */
  public static boolean isComparedStatistic(String key) {
    return key.equals("mean") || PERCENTILE.matcher(key).matches();
  }

  public static MetricsFile read(Path file) {
    return of(file.toString(), Json.read(file));
  }

  /** Validates a parsed document, listing every problem with its JSON path. */
  public static MetricsFile of(String source, JsonNode root) {
    List<String> problems = new ArrayList<>();
    JsonNode metrics = root.path("metrics");
    if (!root.isObject()) {
      throw new InputException(source + ": $: expected a JSON object");
    }
    if (!metrics.isObject()) {
      throw new InputException(
          source + ": $.metrics: " + (metrics.isMissingNode() ? "missing" : "expected an object"));
    }
    Map<String, Map<String, Double>> latency = new LinkedHashMap<>();
    for (String metric : LATENCY_METRICS) {
      String path = "$.metrics." + metric;
      JsonNode stats = metrics.path(metric);
      if (!stats.isObject()) {
        problems.add(
            path + ": " + (stats.isMissingNode() ? "missing" : "expected an object of statistics"));
        continue;
      }
      Map<String, Double> values = new LinkedHashMap<>();
      for (String required : REQUIRED_STATISTICS) {
        if (!stats.has(required)) {
          problems.add(path + "." + required + ": missing");
        }
      }
      stats
          .fields()
          .forEachRemaining(
              entry -> {
                if (isComparedStatistic(entry.getKey())) {
                  Double value = number(entry.getValue(), path + "." + entry.getKey(), problems);
                  if (value != null) {
                    values.put(entry.getKey(), value);
                  }
                }
              });
      latency.put(metric, values);
    }
    Double errorRate = required(metrics, "error_rate", problems);
    if (errorRate != null && errorRate > 1) {
      problems.add("$.metrics.error_rate: " + errorRate + " is not a fraction between 0 and 1");
    }
    Double total = required(metrics, "total_requests", problems);
    if (total != null && total != Math.rint(total)) {
      problems.add("$.metrics.total_requests: " + total + " is not a whole number");
    }
    if (!problems.isEmpty()) {
      throw new InputException(source + ": " + String.join("; ", problems));
    }
    return new MetricsFile(source, latency, errorRate, total.longValue(), load(root.path("load")));
  }

  /**
   * The load as one comparable phrase ("closed model, 1 in flight", "open model, 2.0 requests/s"),
   * or null when the file does not say: the model and its rate or concurrency shape the latencies;
   * the run's length and warm-up do not.
   */
  private static String load(JsonNode load) {
    String model = load.path("model").asText("");
    if (model.equals("open") && load.path("rate_per_s").isNumber()) {
      return "open model, " + load.get("rate_per_s").doubleValue() + " requests/s";
    }
    if (model.equals("closed") && load.path("concurrency").isNumber()) {
      return "closed model, " + load.get("concurrency").longValue() + " in flight";
    }
    return null;
  }

  /**
   * Whether this run's latencies may be compared with {@code baseline}'s: measured under the same
   * load, or either file does not say (files the platform's own tools wrote).
   */
  public boolean comparableWith(MetricsFile baseline) {
    return load == null || baseline.load == null || load.equals(baseline.load);
  }

  private static Double required(JsonNode metrics, String field, List<String> problems) {
    if (!metrics.has(field)) {
      problems.add("$.metrics." + field + ": missing");
      return null;
    }
    return number(metrics.get(field), "$.metrics." + field, problems);
  }

  private static Double number(JsonNode node, String path, List<String> problems) {
    if (!node.isNumber()) {
      problems.add(
          path
              + ": expected a number, found "
              + (node.isTextual() ? "\"" + node.asText() + "\"" : node.toString()));
      return null;
    }
    double value = node.doubleValue();
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      problems.add(path + ": " + value + " is not a finite number");
      return null;
    }
    if (value < 0) {
      problems.add(path + ": " + value + " is negative");
      return null;
    }
    return value;
  }
}
