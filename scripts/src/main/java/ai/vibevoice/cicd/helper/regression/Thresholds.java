package ai.vibevoice.cicd.helper.regression;

import ai.vibevoice.cicd.helper.InputException;
import ai.vibevoice.cicd.helper.io.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The limits of a regression check. Defaults: TTFA warn above +5 %, fail above +10 %; end-to-end
 * warn above +10 %, fail above +15 %; error rate fails above 0.01; changes of at most 5 ms are
 * noise; fewer than 30 requests turn latency failures into warnings. A thresholds file (JSON or
 * YAML, format in CICD.md) overrides any of them, per metric and per statistic.
 */
public record Thresholds(
    Map<String, Threshold> latency,
    Map<String, Map<String, Threshold>> perStatistic,
    double floorMs,
    long minRequests,
    double errorRateFailAbove,
    Double errorRateWarnAbove) {

  public static final double DEFAULT_FLOOR_MS = 5;
  public static final long DEFAULT_MIN_REQUESTS = 30;
  public static final double DEFAULT_ERROR_RATE_FAIL_ABOVE = 0.01;

  public Thresholds {
    latency = ordered(latency);
    Map<String, Map<String, Threshold>> stats = new LinkedHashMap<>();
    perStatistic.forEach((metric, byStat) -> stats.put(metric, ordered(byStat)));
    perStatistic = Collections.unmodifiableMap(stats);
    for (String metric : MetricsFile.LATENCY_METRICS) {
      if (!latency.containsKey(metric)) {
        throw new IllegalArgumentException("no threshold for " + metric);
      }
    }
    if (!(floorMs >= 0) || Double.isInfinite(floorMs)) {
      throw new IllegalArgumentException("floor_ms must be finite and not negative: " + floorMs);
    }
    if (minRequests < 0) {
      throw new IllegalArgumentException("min_requests must not be negative: " + minRequests);
    }
  }

  public static Thresholds defaults() {
    Map<String, Threshold> latency = new LinkedHashMap<>();
    latency.put("ttfa_ms", new Threshold(5, 10));
    latency.put("e2e_latency_ms", new Threshold(10, 15));
    return new Thresholds(
        latency,
        Map.of(),
        DEFAULT_FLOOR_MS,
        DEFAULT_MIN_REQUESTS,
        DEFAULT_ERROR_RATE_FAIL_ABOVE,
        null);
  }

  /** The limits of one statistic: its own if the file sets them, else its metric's. */
  public Threshold forLatency(String metric, String statistic) {
    Threshold own = perStatistic.getOrDefault(metric, Map.of()).get(statistic);
    return own != null ? own : latency.get(metric);
  }

  /**
   * Reads a thresholds file over the defaults; YAML when the name ends in .yml or .yaml, else JSON.
   */
  public static Thresholds read(Path file) {
    String name = file.getFileName().toString();
    JsonNode root;
    if (name.endsWith(".yml") || name.endsWith(".yaml")) {
      try {
        Object loaded =
            new Load(LoadSettings.builder().setLabel(file.toString()).build())
                .loadFromString(Files.readString(file));
        root = Json.MAPPER.valueToTree(loaded);
      } catch (NoSuchFileException e) {
        throw new InputException(file + ": file not found");
      } catch (IOException e) {
        throw new InputException(file + ": cannot read: " + e.getMessage());
      } catch (YamlEngineException e) {
        throw new InputException(file + ": malformed YAML: " + e.getMessage().replace('\n', ' '));
      }
    } else {
      root = Json.read(file);
    }
    return of(file.toString(), root);
  }

  /**
   * Applies a parsed thresholds document to the defaults; unknown keys are refused (a typo must not
   * pass silently).
   */
  public static Thresholds of(String source, JsonNode root) {
    Thresholds base = defaults();
    if (root == null || root.isNull() || root.isMissingNode()) {
      return base;
    }
    Reader reader = new Reader(source);
    reader.object(root, "$", Set.of("floor_ms", "min_requests", "error_rate", "latency"));
    double floor = reader.number(root, "$", "floor_ms", base.floorMs);
    double minRequests = reader.number(root, "$", "min_requests", base.minRequests);
    if (minRequests != Math.rint(minRequests)) {
      throw new InputException(source + ": $.min_requests: expected a whole number");
    }
    double failAbove = base.errorRateFailAbove;
    Double warnAbove = base.errorRateWarnAbove;
    if (root.has("error_rate")) {
      JsonNode errorRate = root.get("error_rate");
      reader.object(errorRate, "$.error_rate", Set.of("fail_above", "warn_above"));
      failAbove = reader.number(errorRate, "$.error_rate", "fail_above", failAbove);
      warnAbove =
          errorRate.has("warn_above")
              ? reader.number(errorRate, "$.error_rate", "warn_above", 0)
              : null;
      if (failAbove > 1 || (warnAbove != null && warnAbove > failAbove)) {
        throw new InputException(source + ": $.error_rate: need warn_above <= fail_above <= 1");
      }
    }
    Map<String, Threshold> latency = new LinkedHashMap<>(base.latency);
    Map<String, Map<String, Threshold>> perStatistic = new LinkedHashMap<>();
    if (root.has("latency")) {
      JsonNode metrics = root.get("latency");
      reader.object(metrics, "$.latency", Set.copyOf(MetricsFile.LATENCY_METRICS));
      for (String metric : MetricsFile.LATENCY_METRICS) {
        if (!metrics.has(metric)) {
          continue;
        }
        String path = "$.latency." + metric;
        JsonNode node = metrics.get(metric);
        reader.object(node, path, Set.of("warn_pct", "fail_pct", "statistics"));
        Threshold metricThreshold = reader.threshold(node, path, latency.get(metric));
        latency.put(metric, metricThreshold);
        if (node.has("statistics")) {
          JsonNode stats = node.get("statistics");
          reader.object(stats, path + ".statistics", null);
          Map<String, Threshold> byStat = new LinkedHashMap<>();
          for (Iterator<Map.Entry<String, JsonNode>> it = stats.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String statPath = path + ".statistics." + entry.getKey();
            if (!MetricsFile.isComparedStatistic(entry.getKey())) {
              throw new InputException(
                  source + ": " + statPath + ": not a compared statistic (mean or pNN)");
            }
            reader.object(entry.getValue(), statPath, Set.of("warn_pct", "fail_pct"));
            byStat.put(
                entry.getKey(), reader.threshold(entry.getValue(), statPath, metricThreshold));
          }
          perStatistic.put(metric, byStat);
        }
      }
    }
    try {
      return new Thresholds(latency, perStatistic, floor, (long) minRequests, failAbove, warnAbove);
    } catch (IllegalArgumentException e) {
      throw new InputException(source + ": " + e.getMessage());
    }
  }

  private static <V> Map<String, V> ordered(Map<String, V> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  private record Reader(String source) {
    void object(JsonNode node, String path, Set<String> allowed) {
      if (!node.isObject()) {
        throw new InputException(source + ": " + path + ": expected an object");
      }
      if (allowed != null) {
        node.fieldNames()
            .forEachRemaining(
                key -> {
                  if (!allowed.contains(key)) {
                    throw new InputException(
                        source
                            + ": "
                            + path
                            + "."
                            + key
                            + ": unknown key (known: "
                            + String.join(", ", allowed.stream().sorted().toList())
                            + ")");
                  }
                });
      }
    }

    double number(JsonNode parent, String path, String field, double fallback) {
      if (!parent.has(field)) {
        return fallback;
      }
      JsonNode node = parent.get(field);
      if (!node.isNumber() || !Double.isFinite(node.doubleValue()) || node.doubleValue() < 0) {
        throw new InputException(
            source + ": " + path + "." + field + ": expected a finite number >= 0, found " + node);
      }
      return node.doubleValue();
    }

    Threshold threshold(JsonNode node, String path, Threshold fallback) {
      double warn = number(node, path, "warn_pct", fallback.warnPct());
      double fail = number(node, path, "fail_pct", fallback.failPct());
      try {
        return new Threshold(warn, fail);
      } catch (IllegalArgumentException e) {
        throw new InputException(source + ": " + path + ": " + e.getMessage());
      }
    }
  }
}
